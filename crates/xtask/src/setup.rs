//! `cargo xtask setup`: install what is missing, pinned, and say what is installed.
//!
//! Every tool is checked first and skipped when present with the right version, so a warm run
//! costs a few probes. Nothing here downloads a prebuilt binary or a browser: Rust tools come
//! from crates.io through `cargo install`, Chromium from Debian, Node tools from npm.

use std::fs;
use std::path::Path;

use crate::{run_command, Ctx};

pub const WASM_TARGET: &str = "wasm32-unknown-unknown";
pub const TRUNK_VERSION: &str = "0.21.14";
/// Must equal the `wasm-bindgen` pin in the workspace Cargo.toml (`=0.2.130`).
pub const WASM_BINDGEN_VERSION: &str = "0.2.130";
/// npm packages installed into ./node_modules by `npm ci` (pinned in package.json and its lock):
/// binaryen gives `wasm-opt` for Trunk (Debian's is too old for current wasm-bindgen output),
/// playwright-core drives Debian's Chromium in tests/e2e (it never downloads a browser).
pub const NPM_PINS: [(&str, &str); 2] = [("binaryen", "132.0.0"), ("playwright-core", "1.65.1")];
pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

pub fn run_all(ctx: &Ctx) -> Result<(), String> {
    println!("==> setup");
    wasm_target(ctx)?;
    trunk(ctx)?;
    wasm_bindgen(ctx)?;
    chromium(ctx)?;
    node_tools(ctx)?;
    println!("setup: all tools present\n");
    Ok(())
}

/// stdout+stderr of `program args`, or None when it cannot be run or fails.
fn probe(ctx: &Ctx, program: &str, args: &[&str]) -> Option<String> {
    let out = ctx.command(program).args(args).output().ok()?;
    if !out.status.success() {
        return None;
    }
    let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&out.stderr));
    Some(text)
}

fn present(what: &str, version: &str) {
    println!("setup: {what} {version} present");
}

fn installing(what: &str, why: &str) {
    println!("setup: installing {what} ({why})");
}

fn wasm_target(ctx: &Ctx) -> Result<(), String> {
    let installed = probe(ctx, "rustup", &["target", "list", "--installed"]).ok_or(
        "rustup is needed to add the wasm32 target (https://rustup.rs), and was not found",
    )?;
    if installed.lines().any(|l| l.trim() == WASM_TARGET) {
        present("rust target", WASM_TARGET);
        return Ok(());
    }
    installing(&format!("rust target {WASM_TARGET}"), "not installed");
    let mut cmd = ctx.command("rustup");
    cmd.args(["target", "add", WASM_TARGET]);
    run_command(cmd)
}

/// The version a `--version` line reports: `trunk 0.21.14` → `0.21.14`.
pub fn version_in(output: &str) -> Option<&str> {
    output
        .split_whitespace()
        .find(|w| w.chars().next().is_some_and(|c| c.is_ascii_digit()))
}

/// `cargo install NAME --version V [--locked]`, with `--force` when another version is there.
fn cargo_install(
    ctx: &Ctx,
    krate: &str,
    version: &str,
    locked: bool,
    found: Option<&str>,
) -> Result<(), String> {
    let why = match found {
        Some(v) => format!("found {v}, need {version}"),
        None => "not installed".to_string(),
    };
    installing(&format!("{krate} {version} from crates.io"), &why);
    let mut cmd = ctx.command("cargo");
    cmd.args(["install", krate, "--version", version]);
    if locked {
        cmd.arg("--locked");
    }
    if found.is_some() {
        cmd.arg("--force");
    }
    run_command(cmd)
}

fn trunk(ctx: &Ctx) -> Result<(), String> {
    let found = probe(ctx, "trunk", &["--version"]);
    let found = found.as_deref().and_then(version_in);
    if found == Some(TRUNK_VERSION) {
        present("trunk", TRUNK_VERSION);
        return Ok(());
    }
    // 0.22.x needs a newer rustc; --locked keeps its dependencies to the tested set.
    cargo_install(ctx, "trunk", TRUNK_VERSION, true, found)
}

fn wasm_bindgen(ctx: &Ctx) -> Result<(), String> {
    let cli = probe(ctx, "wasm-bindgen", &["--version"]);
    let runner = probe(ctx, "wasm-bindgen-test-runner", &["--version"]);
    let cli_version = cli.as_deref().and_then(version_in);
    let runner_version = runner.as_deref().and_then(version_in);
    if cli_version == Some(WASM_BINDGEN_VERSION) && runner_version == Some(WASM_BINDGEN_VERSION) {
        present("wasm-bindgen-cli", WASM_BINDGEN_VERSION);
        return Ok(());
    }
    // No --locked: the registry mirror lacks one of its locked dependencies.
    let found = cli_version.or(runner_version);
    cargo_install(ctx, "wasm-bindgen-cli", WASM_BINDGEN_VERSION, false, found)
}

/// The major version in `Chromium 156.0.8078.108 …` / `ChromeDriver 156.0.8078.108 (…)`.
pub fn major_version(output: &str) -> Option<u32> {
    version_in(output)?.split('.').next()?.parse().ok()
}

fn is_root(ctx: &Ctx) -> bool {
    probe(ctx, "id", &["-u"]).is_some_and(|uid| uid.trim() == "0")
}

/// `apt-get update` then `apt-get install -y --no-install-recommends PACKAGES` (via sudo if
/// we are not root).
fn apt_install(ctx: &Ctx, packages: &[&str]) -> Result<(), String> {
    let sudo = !is_root(ctx);
    let apt = |args: &[&str]| {
        let mut cmd = if sudo {
            let mut c = ctx.command("sudo");
            c.arg("apt-get");
            c
        } else {
            ctx.command("apt-get")
        };
        cmd.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        cmd
    };
    run_command(apt(&["update"]))?;
    let mut install = apt(&["install", "-y", "--no-install-recommends"]);
    install.args(packages);
    run_command(install)
}

fn chromium(ctx: &Ctx) -> Result<(), String> {
    let browser = probe(ctx, CHROMIUM, &["--version"]);
    let driver = probe(ctx, CHROMEDRIVER, &["--version"]);
    let (b, d) = (
        browser.as_deref().and_then(major_version),
        driver.as_deref().and_then(major_version),
    );
    match (b, d) {
        (Some(b), Some(d)) if b == d => {
            present("chromium + chromium-driver", &b.to_string());
            return Ok(());
        }
        (Some(b), Some(d)) => installing(
            "chromium chromium-driver from Debian",
            &format!("chromium {b} and chromedriver {d} differ"),
        ),
        _ => installing("chromium chromium-driver from Debian", "not installed"),
    }
    apt_install(ctx, &["chromium", "chromium-driver"])
}

/// The `"version"` of `node_modules/NAME/package.json`, if installed.
fn npm_installed_version(root: &Path, name: &str) -> Option<String> {
    let manifest = fs::read_to_string(root.join("node_modules").join(name).join("package.json"));
    json_string_field(&manifest.ok()?, "version")
}

/// The first top-level-looking `"field": "value"` in a JSON text (enough for package.json).
pub fn json_string_field(json: &str, field: &str) -> Option<String> {
    let key = format!("\"{field}\"");
    let after = &json[json.find(&key)? + key.len()..];
    let after = after.trim_start().strip_prefix(':')?.trim_start();
    let value = after.strip_prefix('"')?;
    Some(value[..value.find('"')?].to_string())
}

fn node_tools(ctx: &Ctx) -> Result<(), String> {
    if probe(ctx, "node", &["--version"]).is_none() || probe(ctx, "npm", &["--version"]).is_none() {
        installing("nodejs npm from Debian", "node or npm not found");
        apt_install(ctx, &["nodejs", "npm"])?;
    }
    let missing: Vec<String> = NPM_PINS
        .iter()
        .filter(|(name, version)| {
            npm_installed_version(&ctx.root, name).as_deref() != Some(*version)
        })
        .map(|(name, version)| format!("{name}@{version}"))
        .collect();
    if missing.is_empty() {
        let all: Vec<String> = NPM_PINS.iter().map(|(n, v)| format!("{n}@{v}")).collect();
        present("npm", &all.join(" "));
        return Ok(());
    }
    installing(
        &format!("{} into ./node_modules from npm", missing.join(" ")),
        "missing or another version; npm ci installs package-lock.json exactly",
    );
    let mut cmd = ctx.command("npm");
    cmd.args(["ci", "--no-audit", "--no-fund"])
        .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
    run_command(cmd)?;
    if probe(ctx, "wasm-opt", &["--version"]).is_none() {
        return Err("node_modules/.bin/wasm-opt does not run after npm ci".into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_are_read_from_tool_output() {
        assert_eq!(version_in("trunk 0.21.14\n"), Some("0.21.14"));
        assert_eq!(version_in("wasm-bindgen 0.2.130"), Some("0.2.130"));
        assert_eq!(
            major_version("Chromium 156.0.8078.108 built on Debian GNU/Linux 12 (bookworm)"),
            Some(156)
        );
        assert_eq!(
            major_version("ChromeDriver 156.0.8078.108 (abc-refs/branch-heads/1@{#1})"),
            Some(156)
        );
        assert_eq!(version_in("no digits"), None);
    }

    #[test]
    fn npm_pins_match_package_json_and_lock() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let manifest = fs::read_to_string(root.join("package.json")).unwrap();
        let lock = fs::read_to_string(root.join("package-lock.json")).unwrap();
        for (name, version) in NPM_PINS {
            assert!(
                manifest.contains(&format!("\"{name}\": \"{version}\"")),
                "package.json pins {name} to {version}"
            );
            let entry = &lock[lock.find(&format!("\"node_modules/{name}\"")).unwrap()..];
            assert_eq!(
                json_string_field(entry, "version").as_deref(),
                Some(version)
            );
        }
    }

    #[test]
    fn wasm_bindgen_pin_matches_the_workspace() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let cargo_toml = fs::read_to_string(root.join("Cargo.toml")).unwrap();
        assert!(cargo_toml.contains(&format!("wasm-bindgen = \"={WASM_BINDGEN_VERSION}\"")));
    }
}
