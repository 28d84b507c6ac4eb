//! `cargo xtask …`: set up the tools, serve the web app, run every test.
//!
//! * `cargo xtask setup` installs what is missing (and says what it installs).
//! * `cargo xtask serve [TRUNK ARGS…]` = setup, then `trunk serve` on http://127.0.0.1:8080.
//! * `cargo xtask test [STAGE…]` = setup, then every stage of [`stages`] in order (or only the
//!   named ones), stopping at the first failure. `cargo xtask test --list` lists them.
//! * `cargo xtask bench corpus [--reps N] [--corpus DIR]` times pgcascade against squawk on the
//!   SQL corpus ([`bench`]).
//!
//! std only, so it builds in seconds on a fresh machine.

mod bench;
mod setup;
mod stages;

use std::env;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

const USAGE: &str = "\
usage: cargo xtask <command>

  setup                 install what is missing: the wasm32 target, trunk, wasm-bindgen-cli,
                        Debian's chromium + chromium-driver, and npm binaryen (wasm-opt) and
                        playwright-core into ./node_modules
  serve [TRUNK ARGS]    setup, then `trunk serve` on http://127.0.0.1:8080
  test [STAGE...]       setup, then every test stage in order (or only the named stages)
  test --list           list the test stages
  bench corpus [--reps N] [--corpus DIR]
                        time `pgcascade simulate` on every SQL file of the corpus against
                        squawk 2.70.0 linting the same files (default DIR ../shared/corpus/sql)";

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let ctx = Ctx::new();
    let result = match args.first().map(String::as_str) {
        Some("setup") => setup::run_all(&ctx),
        Some("serve") => setup::run_all(&ctx).and_then(|()| serve(&ctx, &args[1..])),
        Some("test") if args.get(1).map(String::as_str) == Some("--list") => {
            stages::list(&ctx);
            Ok(())
        }
        Some("test") => stages::check_names(&ctx, &args[1..])
            .and_then(|()| setup::run_all(&ctx))
            .and_then(|()| stages::run(&ctx, &args[1..])),
        Some("bench") => bench::run(&ctx, &args[1..]),
        Some("help" | "--help" | "-h") => {
            println!("{USAGE}");
            Ok(())
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("\nxtask: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Where things are, and the PATH every child process gets.
pub struct Ctx {
    /// The repository root (the workspace).
    pub root: PathBuf,
    /// `node_modules/.bin` (wasm-opt, playwright-core) and cargo's bin dir first, then PATH.
    pub path: OsString,
    /// The cargo that runs us.
    pub cargo: OsString,
}

impl Ctx {
    fn new() -> Ctx {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"))
            .ancestors()
            .nth(2)
            .expect("crates/xtask is two levels below the root")
            .to_path_buf();
        let cargo_bin = env::var_os("CARGO_HOME")
            .map(PathBuf::from)
            .or_else(|| env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
            .map(|home| home.join("bin"));
        let mut dirs = vec![root.join("node_modules").join(".bin")];
        dirs.extend(cargo_bin);
        dirs.extend(env::split_paths(&env::var_os("PATH").unwrap_or_default()));
        let path = env::join_paths(dirs).expect("PATH entries without separators");
        let cargo = env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        Ctx { root, path, cargo }
    }

    /// A command run in the repository root with our PATH.
    pub fn command(&self, program: impl AsRef<std::ffi::OsStr>) -> Command {
        let program = program.as_ref();
        let mut cmd = Command::new(if program == "cargo" {
            self.cargo.as_os_str()
        } else {
            program
        });
        cmd.current_dir(&self.root).env("PATH", &self.path);
        cmd
    }
}

/// Show a command as it would be typed.
pub fn show(cmd: &Command) -> String {
    let mut words = vec![Path::new(cmd.get_program())
        .file_name()
        .unwrap_or(cmd.get_program())
        .to_string_lossy()
        .into_owned()];
    words.extend(cmd.get_args().map(|a| a.to_string_lossy().into_owned()));
    words.join(" ")
}

/// Run `cmd` with inherited stdio, printing it first; an error says which command failed how.
pub fn run_command(mut cmd: Command) -> Result<(), String> {
    let shown = show(&cmd);
    println!("$ {shown}");
    let status = cmd
        .status()
        .map_err(|e| format!("could not start `{shown}`: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{shown}` failed ({status})"))
    }
}

fn serve(ctx: &Ctx, extra: &[String]) -> Result<(), String> {
    println!("\nxtask: serving the web app on http://127.0.0.1:8080 (Ctrl-C to stop)");
    let mut cmd = ctx.command("trunk");
    cmd.arg("serve").args(extra);
    run_command(cmd)
}
