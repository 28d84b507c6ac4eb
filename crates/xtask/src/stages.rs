//! `cargo xtask test`: the test stages, in order. To add a check, add a [`Stage`] to [`stages`].

use std::fs;
use std::process::Command;
use std::time::{Duration, Instant};

use crate::setup::WASM_TARGET;
use crate::{run_command, show, Ctx};

/// One step of `cargo xtask test`: a name, what it checks, and the commands that check it.
pub struct Stage {
    /// Short name, used by `cargo xtask test NAME` and in the summary.
    pub name: &'static str,
    pub about: &'static str,
    /// Run only when this file (relative to the root) exists; otherwise skipped, and said so.
    pub only_if: Option<&'static str>,
    pub commands: Vec<Command>,
}

/// THE list of stages `cargo xtask test` runs, in this order.
pub fn stages(ctx: &Ctx) -> Vec<Stage> {
    let cargo = |args: &[&str]| {
        let mut cmd = ctx.command("cargo");
        cmd.args(args);
        cmd
    };
    let bash = |script: &str| {
        let mut cmd = ctx.command("bash");
        cmd.arg(script);
        cmd
    };
    let mut e2e = ctx.command("node");
    e2e.arg("--test").args(e2e_tests(ctx));

    vec![
        Stage {
            name: "fmt",
            about: "formatting",
            only_if: None,
            commands: vec![cargo(&["fmt", "--all", "--", "--check"])],
        },
        Stage {
            name: "clippy",
            about: "lints, native and wasm32, warnings denied",
            only_if: None,
            commands: vec![
                cargo(&[
                    "clippy",
                    "--workspace",
                    "--all-targets",
                    "--",
                    "-D",
                    "warnings",
                ]),
                cargo(&[
                    "clippy",
                    "-p",
                    "pgcascade-web",
                    "--target",
                    WASM_TARGET,
                    "--all-targets",
                    "--",
                    "-D",
                    "warnings",
                ]),
            ],
        },
        Stage {
            name: "test-native",
            about: "native tests of every crate",
            only_if: None,
            commands: vec![cargo(&["test", "--workspace"])],
        },
        Stage {
            name: "test-wasm",
            about: "wasm32 tests in headless Chromium (wasm-bindgen-test-runner)",
            only_if: None,
            commands: vec![
                cargo(&["test", "-p", "pgcascade-core", "--target", WASM_TARGET]),
                cargo(&["test", "-p", "pgcascade-web", "--target", WASM_TARGET]),
            ],
        },
        Stage {
            name: "build-web",
            about: "release build of the web app into dist/ (wasm-opt -Oz)",
            only_if: None,
            commands: vec![{
                let mut cmd = ctx.command("trunk");
                cmd.args(["build", "--release"]);
                cmd
            }],
        },
        Stage {
            name: "e2e",
            about: "browser smoke test of dist/ (node --test, playwright-core, Chromium)",
            only_if: None,
            commands: vec![e2e],
        },
        Stage {
            name: "conformance-rerecord",
            about: "re-record conformance cases on real PostgreSQL",
            only_if: Some("tests/conformance-rerecord.sh"),
            commands: vec![bash("tests/conformance-rerecord.sh")],
        },
        Stage {
            name: "conformance",
            about: "simulator against recorded PostgreSQL behaviour",
            only_if: Some("tests/conformance.sh"),
            commands: vec![bash("tests/conformance.sh")],
        },
    ]
}

/// `tests/e2e/*.test.mjs`, sorted (node 20's `--test` takes files, not folders).
fn e2e_tests(ctx: &Ctx) -> Vec<String> {
    let mut files: Vec<String> = fs::read_dir(ctx.root.join("tests/e2e"))
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| n.ends_with(".test.mjs"))
        .map(|n| format!("tests/e2e/{n}"))
        .collect();
    files.sort();
    files
}

pub fn list(ctx: &Ctx) {
    for stage in stages(ctx) {
        println!("{:<22} {}", stage.name, stage.about);
        for cmd in &stage.commands {
            println!("{:<22}   $ {}", "", show(cmd));
        }
        if let Some(file) = stage.only_if {
            println!("{:<22}   (only if {file} exists)", "");
        }
    }
}

pub fn check_names(ctx: &Ctx, only: &[String]) -> Result<(), String> {
    let known: Vec<&str> = stages(ctx).iter().map(|s| s.name).collect();
    match only.iter().find(|n| !known.contains(&n.as_str())) {
        Some(unknown) => Err(format!(
            "no stage named `{unknown}`; stages: {}",
            known.join(", ")
        )),
        None => Ok(()),
    }
}

enum StageResult {
    Passed(Duration),
    Skipped(String),
    Failed(Duration),
}

/// Run the stages (all, or those named in `only`), stop at the first failure, print a summary.
pub fn run(ctx: &Ctx, only: &[String]) -> Result<(), String> {
    let selected: Vec<Stage> = stages(ctx)
        .into_iter()
        .filter(|s| only.is_empty() || only.iter().any(|n| n == s.name))
        .collect();
    let total = selected.len();
    let started = Instant::now();
    let mut results: Vec<(&'static str, StageResult)> = Vec::new();
    let mut failure = None;

    for (i, stage) in selected.into_iter().enumerate() {
        println!("\n==> [{}/{total}] {}: {}", i + 1, stage.name, stage.about);
        if let Some(file) = stage.only_if {
            if !ctx.root.join(file).exists() {
                println!("skipped: {file} does not exist");
                results.push((stage.name, StageResult::Skipped(format!("no {file}"))));
                continue;
            }
        }
        let t = Instant::now();
        let outcome = stage.commands.into_iter().try_for_each(run_command);
        match outcome {
            Ok(()) => results.push((stage.name, StageResult::Passed(t.elapsed()))),
            Err(e) => {
                results.push((stage.name, StageResult::Failed(t.elapsed())));
                failure = Some(format!(
                    "stage `{}` failed: {e}\n       re-run just this stage with `cargo xtask test {}`",
                    stage.name, stage.name
                ));
                break;
            }
        }
    }

    println!("\n==> summary ({:.1}s)", started.elapsed().as_secs_f64());
    let (mut passed, mut failed, mut skipped) = (0, 0, 0);
    for (name, result) in &results {
        match result {
            StageResult::Passed(d) => {
                passed += 1;
                println!("  ok       {name:<22} {:>7.1}s", d.as_secs_f64());
            }
            StageResult::Skipped(why) => {
                skipped += 1;
                println!("  skipped  {name:<22}          ({why})");
            }
            StageResult::Failed(d) => {
                failed += 1;
                println!("  FAILED   {name:<22} {:>7.1}s", d.as_secs_f64());
            }
        }
    }
    let not_run = total - results.len();
    if not_run > 0 {
        println!("  ({not_run} later stage(s) not run)");
    }
    println!("stages: {passed} passed, {failed} failed, {skipped} skipped");
    match failure {
        Some(message) => Err(message),
        None => Ok(()),
    }
}
