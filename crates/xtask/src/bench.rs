//! `cargo xtask bench corpus [--reps N] [--corpus DIR]`: the whole SQL corpus through the native
//! simulator and through squawk 2.70.0 (a linter), side by side in the same run.
//!
//! * squawk-cli 2.70.0 (PyPI) goes into `target/bench-venv` when missing (python3 -m venv, pip).
//! * `pgcascade` is built in release.
//! * One untimed check run per tool first: pgcascade's JSON lines give the statement count, and
//!   a file that makes it fail or crash is found by bisecting and left out of the timed set;
//!   `squawk --verbose` shows that no config file was read and which files it linted.
//! * Then N repetitions, the order of the tools alternating, each timed as wall clock around
//!   the child process (`std::time::Instant`), output to /dev/null. One process for all files,
//!   or one per repository folder (summed) if the argument list is too long.
//! * Peak RSS from one extra run under `/usr/bin/time -f %M`, when it is installed.
//! * The table is printed and written to `target/bench/corpus.md`.

use std::collections::BTreeSet;
use std::ffi::OsString;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use crate::{run_command, Ctx};

const USAGE: &str = "usage: cargo xtask bench corpus [--reps N] [--corpus DIR]";
pub const SQUAWK_VERSION: &str = "2.70.0";
const DEFAULT_CORPUS: &str = "../shared/corpus/sql";
const DEFAULT_REPS: usize = 5;
const GNU_TIME: &str = "/usr/bin/time";
/// errno E2BIG: the argument list is too long for one exec.
const E2BIG: i32 = 7;

pub fn run(ctx: &Ctx, args: &[String]) -> Result<(), String> {
    let opts = Options::parse(args)?;
    let corpus = opts
        .corpus
        .clone()
        .unwrap_or_else(|| ctx.root.join(DEFAULT_CORPUS));
    if !corpus.is_dir() {
        println!(
            "bench: no corpus at {} (pass --corpus DIR): nothing to measure",
            corpus.display()
        );
        return Ok(());
    }
    let corpus = corpus
        .canonicalize()
        .map_err(|e| format!("cannot resolve {}: {e}", corpus.display()))?;
    let target = target_dir(ctx);

    println!("==> bench corpus");
    let squawk = install_squawk(ctx, &target)?;
    run_command({
        let mut cmd = ctx.command("cargo");
        cmd.args(["build", "--release", "-p", "pgcascade-cli"]);
        cmd
    })?;
    let pgcascade = target.join("release").join("pgcascade");
    if !pgcascade.is_file() {
        return Err(format!("{} was not built", pgcascade.display()));
    }

    let all = collect(&corpus)?;
    if all.is_empty() {
        println!(
            "bench: no *.sql file in {}: nothing to measure",
            corpus.display()
        );
        return Ok(());
    }
    let folders: BTreeSet<&str> = all.iter().map(|f| f.folder.as_str()).collect();
    let bytes: u64 = all.iter().map(|f| f.bytes).sum();
    println!(
        "bench: {} files ({} bytes) in {} repository folders of {}",
        all.len(),
        bytes,
        folders.len(),
        corpus.display()
    );
    if let Some(n) = manifest_sql_rows(&corpus) {
        if n != all.len() {
            println!(
                "bench: note: MANIFEST.tsv lists {n} sql files, the folder holds {}",
                all.len()
            );
        }
    }

    let pg_args: Vec<OsString> = [
        "simulate",
        "--mode",
        "single-transaction",
        "--format",
        "jsonl",
    ]
    .iter()
    .map(OsString::from)
    .collect();
    let pg_tool = Tool {
        label: "pgcascade simulate --mode single-transaction --format jsonl FILES…".into(),
        program: pgcascade.clone().into(),
        args: pg_args,
        ok_codes: &[0],
    };

    // Check run of pgcascade: the statement count, and the files it cannot take.
    let mut batching = Batching::One;
    let mut excluded: Vec<(String, String)> = Vec::new();
    let check = loop {
        let files: Vec<&SqlFile> = all
            .iter()
            .filter(|f| !excluded.iter().any(|(p, _)| *p == f.rel))
            .collect();
        match pg_tool.output(&corpus, &batches(&files, batching)) {
            Err(e) if e.raw_os_error() == Some(E2BIG) && batching == Batching::One => {
                println!("bench: the argument list is too long for one process: one process per repository folder, times summed");
                batching = Batching::PerFolder;
            }
            Err(e) => return Err(format!("cannot run {}: {e}", pgcascade.display())),
            Ok(out) if out.ok => break out,
            Ok(_) => {
                println!("bench: pgcascade failed on the corpus: bisecting to find the files");
                let found = bisect(&pg_tool, &corpus, &files);
                if found.is_empty() {
                    return Err("pgcascade fails on the whole corpus but on no part of it".into());
                }
                for (file, why) in &found {
                    println!("bench: pgcascade fails on {file}: {why} (left out of the timed set)");
                }
                excluded.extend(found);
            }
        }
    };
    let files: Vec<&SqlFile> = all
        .iter()
        .filter(|f| !excluded.iter().any(|(p, _)| *p == f.rel))
        .collect();
    let batch_list = batches(&files, batching);
    let statements = check
        .stdout
        .lines()
        .filter(|l| l.contains("\"index\""))
        .count();
    let synthetic = check
        .stdout
        .lines()
        .filter(|l| l.contains("\"synthetic\":true"))
        .count();

    // Check run of squawk: config-free, and which files it really linted.
    let squawk_check = Tool {
        label: String::new(),
        program: squawk.clone().into(),
        args: vec!["--verbose".into(), "--reporter".into(), "gcc".into()],
        ok_codes: &[0, 1],
    }
    .output(&corpus, &batch_list)
    .map_err(|e| format!("cannot run squawk: {e}"))?;
    if !squawk_check.ok {
        return Err(format!(
            "squawk failed ({}): {}",
            squawk_check.status,
            last_lines(&squawk_check.stderr, 5)
        ));
    }
    let lint = SquawkCheck::read(&squawk_check.stdout, &squawk_check.stderr, files.len());
    if !lint.config_free {
        println!("bench: warning: squawk read a config file (its --verbose log does not say `no config file found`)");
    }

    let mut tools = vec![
        pg_tool,
        Tool {
            label: "squawk FILES…".into(),
            program: squawk.clone().into(),
            args: vec![],
            ok_codes: &[0, 1],
        },
        Tool {
            label: "squawk --reporter gcc FILES…".into(),
            program: squawk.clone().into(),
            args: vec!["--reporter".into(), "gcc".into()],
            ok_codes: &[0, 1],
        },
    ];
    let taskset = find_in_path(ctx, "taskset");
    match (&taskset, first_allowed_cpu()) {
        (Some(taskset), Some(cpu)) => {
            let mut args: Vec<OsString> = vec!["-c".into(), cpu.to_string().into()];
            args.push(squawk.clone().into());
            args.extend(["--reporter", "gcc"].map(OsString::from));
            tools.push(Tool {
                label: format!("taskset -c {cpu} squawk --reporter gcc FILES… (one CPU)"),
                program: taskset.clone().into(),
                args,
                ok_codes: &[0, 1],
            });
        }
        _ => println!("bench: note: no taskset, so no one-CPU run of squawk"),
    }

    // The timed runs.
    let machine_before = machine_ticks();
    let children_before = children_ticks();
    let mut times: Vec<Vec<Duration>> = vec![Vec::new(); tools.len()];
    let mut cpu: Vec<Vec<Option<u64>>> = vec![Vec::new(); tools.len()];
    for rep in 0..opts.reps {
        let mut order: Vec<usize> = (0..tools.len()).collect();
        if rep % 2 == 1 {
            order.reverse();
        }
        for &i in &order {
            let ticks = children_ticks();
            let t = tools[i].time(&corpus, &batch_list)?;
            times[i].push(t);
            cpu[i].push(ticks.zip(children_ticks()).map(|(a, b)| b - a));
        }
        let line: Vec<String> = times
            .iter()
            .zip(&tools)
            .map(|(t, tool)| format!("{} {:.3}s", short(&tool.label), secs(t[rep])))
            .collect();
        println!("bench: rep {}/{}: {}", rep + 1, opts.reps, line.join(", "));
    }

    // The share of the machine that other processes kept busy meanwhile.
    let others = match (
        machine_before,
        machine_ticks(),
        children_before,
        children_ticks(),
    ) {
        (Some((busy0, all0)), Some((busy1, all1)), Some(c0), Some(c1)) if all1 > all0 => {
            let other = (busy1 - busy0).saturating_sub(c1 - c0);
            Some(other as f64 / (all1 - all0) as f64)
        }
        _ => None,
    };

    // Peak RSS, from one more run of each under GNU time.
    let bench_dir = target.join("bench");
    fs::create_dir_all(&bench_dir)
        .map_err(|e| format!("cannot create {}: {e}", bench_dir.display()))?;
    let gnu_time = Path::new(GNU_TIME).is_file();
    let rss: Vec<Option<u64>> = if gnu_time {
        tools
            .iter()
            .enumerate()
            .map(|(i, tool)| {
                tool.peak_rss_kb(
                    &corpus,
                    &batch_list,
                    &bench_dir.join(format!("rss-{i}.txt")),
                )
            })
            .collect()
    } else {
        println!("bench: note: {GNU_TIME} is not installed (Debian package `time`): no peak RSS");
        vec![None; tools.len()]
    };

    let report = Report {
        corpus: &corpus,
        files: files.len(),
        folders: files
            .iter()
            .map(|f| f.folder.as_str())
            .collect::<BTreeSet<_>>()
            .len(),
        bytes: files.iter().map(|f| f.bytes).sum(),
        batches: batch_list.len(),
        excluded: &excluded,
        pgcascade_version: describe(ctx),
        reps: opts.reps,
        tools: &tools,
        times: &times,
        cpu: &cpu,
        rss: &rss,
        gnu_time,
        others,
        statements,
        synthetic,
        lint: &lint,
    }
    .markdown();
    let out = bench_dir.join("corpus.md");
    fs::write(&out, &report).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    println!("\n{report}");
    println!("bench: written to {}", out.display());
    Ok(())
}

struct Options {
    reps: usize,
    corpus: Option<PathBuf>,
}

impl Options {
    fn parse(args: &[String]) -> Result<Options, String> {
        match args.first().map(String::as_str) {
            Some("corpus") => {}
            Some(other) => return Err(format!("unknown benchmark {other:?}\n{USAGE}")),
            None => return Err(USAGE.into()),
        }
        let mut opts = Options {
            reps: DEFAULT_REPS,
            corpus: None,
        };
        let mut rest = args[1..].iter();
        while let Some(arg) = rest.next() {
            let (name, inline) = match arg.split_once('=') {
                Some((n, v)) => (n, Some(v.to_string())),
                None => (arg.as_str(), None),
            };
            let mut value = || {
                inline
                    .clone()
                    .or_else(|| rest.next().cloned())
                    .ok_or(format!("{name} needs a value\n{USAGE}"))
            };
            match name {
                "--reps" => {
                    opts.reps = value()?
                        .parse()
                        .ok()
                        .filter(|&n| n > 0)
                        .ok_or(format!("--reps needs a positive number\n{USAGE}"))?
                }
                "--corpus" => opts.corpus = Some(PathBuf::from(value()?)),
                _ => return Err(format!("unknown option {arg:?}\n{USAGE}")),
            }
        }
        Ok(opts)
    }
}

/// cargo's target directory (CARGO_TARGET_DIR or `target/` of the workspace).
fn target_dir(ctx: &Ctx) -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) if !dir.is_empty() => ctx.root.join(dir),
        _ => ctx.root.join("target"),
    }
}

/// `target/bench-venv/bin/squawk` at [`SQUAWK_VERSION`], installed from PyPI when missing.
fn install_squawk(ctx: &Ctx, target: &Path) -> Result<PathBuf, String> {
    let venv = target.join("bench-venv");
    let squawk = venv.join("bin").join("squawk");
    let version = || {
        let out = Command::new(&squawk).arg("--version").output().ok()?;
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        Some(text.split_whitespace().last()?.to_string())
    };
    if version().as_deref() == Some(SQUAWK_VERSION) {
        println!(
            "bench: squawk {SQUAWK_VERSION} present ({})",
            squawk.display()
        );
        return Ok(squawk);
    }
    println!(
        "bench: installing squawk-cli {SQUAWK_VERSION} from PyPI into {} (the linter timed against pgcascade)",
        venv.display()
    );
    let python = venv.join("bin").join("python");
    if !python.is_file() {
        let mut cmd = ctx.command("python3");
        cmd.args(["-m", "venv"]).arg(&venv);
        run_command(cmd).map_err(|e| format!("{e} (python3 with the venv module is needed)"))?;
    }
    let mut cmd = ctx.command(&python);
    cmd.args(["-m", "pip", "install", "--disable-pip-version-check"])
        .arg(format!("squawk-cli=={SQUAWK_VERSION}"));
    run_command(cmd)?;
    match version() {
        Some(v) if v == SQUAWK_VERSION => {
            println!("bench: squawk {v} installed");
            Ok(squawk)
        }
        other => Err(format!(
            "`{} --version` gives {other:?}, not {SQUAWK_VERSION}",
            squawk.display()
        )),
    }
}

struct SqlFile {
    /// The path relative to the corpus folder, as passed to both tools (run in that folder).
    rel: String,
    /// The repository folder (first component of `rel`).
    folder: String,
    bytes: u64,
}

/// Is this a SQL file of the corpus? `*.sql`, and synapse's `*.sql.postgres` (MANIFEST kind sql).
fn is_sql(name: &str) -> bool {
    name.ends_with(".sql") || name.ends_with(".sql.postgres")
}

/// Every SQL file under `corpus`, sorted by path (stable across runs and machines).
fn collect(corpus: &Path) -> Result<Vec<SqlFile>, String> {
    fn walk(dir: &Path, rel: &str, out: &mut Vec<SqlFile>) -> Result<(), String> {
        let entries =
            fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
        for entry in entries {
            let entry = entry.map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let path = entry.path();
            let rel = if rel.is_empty() {
                name.clone()
            } else {
                format!("{rel}/{name}")
            };
            let meta =
                fs::metadata(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            if meta.is_dir() {
                walk(&path, &rel, out)?;
            } else if meta.is_file() && is_sql(&name) {
                let folder = match rel.split_once('/') {
                    Some((f, _)) => f.to_string(),
                    None => String::from("."),
                };
                out.push(SqlFile {
                    rel,
                    folder,
                    bytes: meta.len(),
                });
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    walk(corpus, "", &mut out)?;
    out.sort_by(|a, b| a.rel.cmp(&b.rel));
    Ok(out)
}

/// The number of `sql` rows of `MANIFEST.tsv` beside the corpus folder, when there is one.
fn manifest_sql_rows(corpus: &Path) -> Option<usize> {
    let text = fs::read_to_string(corpus.parent()?.join("MANIFEST.tsv")).ok()?;
    Some(
        text.lines()
            .skip(1)
            .filter(|l| l.rsplit('\t').next() == Some("sql"))
            .count(),
    )
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Batching {
    One,
    PerFolder,
}

fn batches<'a>(files: &[&'a SqlFile], how: Batching) -> Vec<Vec<&'a str>> {
    match how {
        Batching::One => vec![files.iter().map(|f| f.rel.as_str()).collect()],
        Batching::PerFolder => {
            let mut out: Vec<Vec<&str>> = Vec::new();
            let mut last: Option<&str> = None;
            for f in files {
                if last != Some(f.folder.as_str()) {
                    out.push(Vec::new());
                    last = Some(f.folder.as_str());
                }
                out.last_mut().expect("pushed").push(f.rel.as_str());
            }
            out
        }
    }
}

/// One measured command: `program args… FILES…`, run in the corpus folder.
struct Tool {
    label: String,
    program: OsString,
    args: Vec<OsString>,
    /// Exit codes of a good run (squawk exits 1 when it finds violations).
    ok_codes: &'static [i32],
}

struct Output {
    ok: bool,
    /// The first bad status, or the last status.
    status: ExitStatus,
    stdout: String,
    stderr: String,
}

impl Tool {
    fn command(&self, corpus: &Path, files: &[&str]) -> Command {
        let mut cmd = Command::new(&self.program);
        cmd.args(&self.args).args(files).current_dir(corpus);
        cmd
    }

    fn good(&self, status: ExitStatus) -> bool {
        status.code().is_some_and(|c| self.ok_codes.contains(&c))
    }

    /// Run every batch, collecting the output.
    fn output(&self, corpus: &Path, batches: &[Vec<&str>]) -> io::Result<Output> {
        let mut all = Output {
            ok: true,
            status: ExitStatus::default(),
            stdout: String::new(),
            stderr: String::new(),
        };
        for batch in batches {
            let out = self.command(corpus, batch).output()?;
            all.stdout.push_str(&String::from_utf8_lossy(&out.stdout));
            all.stderr.push_str(&String::from_utf8_lossy(&out.stderr));
            if all.ok {
                all.status = out.status;
            }
            all.ok &= self.good(out.status);
        }
        Ok(all)
    }

    /// Wall clock of every batch, summed; output to /dev/null.
    fn time(&self, corpus: &Path, batches: &[Vec<&str>]) -> Result<Duration, String> {
        let mut total = Duration::ZERO;
        for batch in batches {
            let mut cmd = self.command(corpus, batch);
            cmd.stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null());
            let start = Instant::now();
            let status = cmd.status();
            total += start.elapsed();
            let status = status.map_err(|e| format!("cannot run `{}`: {e}", self.label))?;
            if !self.good(status) {
                return Err(format!("`{}` failed in a timed run ({status})", self.label));
            }
        }
        Ok(total)
    }

    /// Peak RSS in KiB (the largest batch) from `/usr/bin/time -f %M -o FILE`.
    fn peak_rss_kb(&self, corpus: &Path, batches: &[Vec<&str>], file: &Path) -> Option<u64> {
        let mut peak = None;
        for batch in batches {
            let mut cmd = Command::new(GNU_TIME);
            cmd.args(["-f", "%M", "-o"])
                .arg(file)
                .arg(&self.program)
                .args(&self.args)
                .args(batch)
                .current_dir(corpus)
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null());
            cmd.status().ok()?;
            // GNU time writes "Command exited with non-zero status 1" before the figure.
            let text = fs::read_to_string(file).ok()?;
            let kb: u64 = text
                .lines()
                .rev()
                .find(|l| !l.trim().is_empty())?
                .trim()
                .parse()
                .ok()?;
            peak = Some(peak.map_or(kb, |p: u64| p.max(kb)));
        }
        peak
    }
}

/// The files on which pgcascade alone fails, by halving the set (one process each half).
fn bisect(tool: &Tool, corpus: &Path, files: &[&SqlFile]) -> Vec<(String, String)> {
    let names: Vec<&str> = files.iter().map(|f| f.rel.as_str()).collect();
    let mut found = Vec::new();
    let mut todo = vec![names.as_slice()];
    while let Some(set) = todo.pop() {
        let out = match tool.command(corpus, set).output() {
            Ok(out) => out,
            Err(e) => {
                // Too long still, or cannot start: split anyway.
                if set.len() == 1 {
                    found.push((set[0].to_string(), format!("cannot run: {e}")));
                } else {
                    let (a, b) = set.split_at(set.len() / 2);
                    todo.extend([b, a]);
                }
                continue;
            }
        };
        if tool.good(out.status) {
            continue;
        }
        if set.len() == 1 {
            let stderr = String::from_utf8_lossy(&out.stderr);
            let what = match out.status.code() {
                Some(2) => "error, exit 2",
                Some(101) => "panic, exit 101",
                Some(_) => "failure",
                None => "killed by a signal",
            };
            let detail = stderr
                .lines()
                .find(|l| l.contains("panicked at") || l.starts_with("pgcascade:"))
                .or_else(|| stderr.lines().last())
                .unwrap_or("")
                .trim()
                .to_string();
            found.push((
                set[0].to_string(),
                format!("{what} ({}): {detail}", out.status),
            ));
        } else {
            let (a, b) = set.split_at(set.len() / 2);
            todo.extend([b, a]);
        }
    }
    found.sort();
    found
}

/// What squawk's `--verbose --reporter gcc` check run shows.
struct SquawkCheck {
    config_free: bool,
    /// Files named in `checking file path:` log lines.
    linted: usize,
    given: usize,
    /// Reported problems (one gcc line each).
    violations: usize,
    syntax_errors: usize,
    files_with_syntax_errors: usize,
}

impl SquawkCheck {
    fn read(stdout: &str, stderr: &str, given: usize) -> SquawkCheck {
        let syntax: Vec<&str> = stdout
            .lines()
            .filter_map(|l| l.find(": error: syntax-error").map(|i| &l[..i]))
            .collect();
        let files_with_syntax_errors = syntax
            .iter()
            // `path:line:col`
            .map(|loc| loc.rsplitn(3, ':').last().unwrap_or(loc))
            .collect::<BTreeSet<_>>()
            .len();
        SquawkCheck {
            config_free: stderr.contains("no config file found"),
            linted: stderr
                .lines()
                .filter(|l| l.contains("checking file path:"))
                .count(),
            given,
            violations: stdout.lines().filter(|l| !l.trim().is_empty()).count(),
            syntax_errors: syntax.len(),
            files_with_syntax_errors,
        }
    }
}

fn find_in_path(ctx: &Ctx, program: &str) -> Option<PathBuf> {
    std::env::split_paths(&ctx.path)
        .map(|dir| dir.join(program))
        .find(|p| p.is_file())
}

/// The first CPU this process may run on (`Cpus_allowed_list` of /proc/self/status).
fn first_allowed_cpu() -> Option<u32> {
    let status = fs::read_to_string("/proc/self/status").ok()?;
    let list = status
        .lines()
        .find_map(|l| l.strip_prefix("Cpus_allowed_list:"))?;
    list.trim().split([',', '-']).next()?.parse().ok()
}

/// Clock ticks per second of /proc (USER_HZ: 100 on every Linux this runs on; std cannot ask
/// sysconf).
const USER_HZ: f64 = 100.0;

/// CPU time (user + system, clock ticks) of the children we have waited for: cutime and cstime
/// of /proc/self/stat. A child's time counts once it has been waited for, as every run here is.
fn children_ticks() -> Option<u64> {
    let stat = fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name in parentheses, starting with field 3 (state).
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let cutime: u64 = fields.get(13)?.parse().ok()?;
    let cstime: u64 = fields.get(14)?.parse().ok()?;
    Some(cutime + cstime)
}

/// (busy, all) clock ticks of every CPU since boot, from the `cpu` line of /proc/stat.
fn machine_ticks() -> Option<(u64, u64)> {
    let stat = fs::read_to_string("/proc/stat").ok()?;
    let line = stat.lines().find(|l| l.starts_with("cpu "))?;
    let xs: Vec<u64> = line
        .split_whitespace()
        .skip(1)
        .take(8) // user nice system idle iowait irq softirq steal
        .map(|x| x.parse().ok())
        .collect::<Option<_>>()?;
    let all: u64 = xs.iter().sum();
    let idle = xs.get(3)? + xs.get(4)?;
    Some((all - idle, all))
}

fn cpu_model() -> String {
    fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|t| {
            t.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, m)| m.trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into())
}

/// `pgcascade-cli VERSION (git DESCRIBE)`.
fn describe(ctx: &Ctx) -> String {
    let git = ctx
        .command("git")
        .args(["describe", "--always", "--dirty"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_else(|| "no git".into());
    format!("{} (git {git})", env!("CARGO_PKG_VERSION"))
}

fn last_lines(text: &str, n: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(n)..].join("\n")
}

fn short(label: &str) -> &str {
    label.split(" FILES").next().unwrap_or(label)
}

fn secs(d: Duration) -> f64 {
    d.as_secs_f64()
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    let n = xs.len();
    if n % 2 == 1 {
        xs[n / 2]
    } else {
        (xs[n / 2 - 1] + xs[n / 2]) / 2.0
    }
}

struct Report<'a> {
    corpus: &'a Path,
    files: usize,
    folders: usize,
    bytes: u64,
    batches: usize,
    excluded: &'a [(String, String)],
    pgcascade_version: String,
    reps: usize,
    tools: &'a [Tool],
    times: &'a [Vec<Duration>],
    rss: &'a [Option<u64>],
    gnu_time: bool,
    /// CPU time (user + system) of each timed run, in clock ticks.
    cpu: &'a [Vec<Option<u64>>],
    /// The share of all CPUs that other processes kept busy during the timed runs.
    others: Option<f64>,
    statements: usize,
    synthetic: usize,
    lint: &'a SquawkCheck,
}

impl Report<'_> {
    fn markdown(&self) -> String {
        let mut s = String::new();
        let mut line = |l: String| {
            s.push_str(&l);
            s.push('\n');
        };
        line("## pgcascade vs squawk on the SQL corpus".into());
        line(String::new());
        line(format!(
            "- corpus: `{}`, {} files, {} bytes, {} repository folders ({})",
            self.corpus.display(),
            self.files,
            self.bytes,
            self.folders,
            if self.batches == 1 {
                "all files in one process per command".to_string()
            } else {
                format!(
                    "{} processes per command, one per folder, times summed",
                    self.batches
                )
            }
        ));
        line(format!(
            "- pgcascade {}, release build; squawk {SQUAWK_VERSION} (PyPI squawk-cli), no config file{}",
            self.pgcascade_version,
            if self.lint.config_free { "" } else { " — WARNING: squawk read a config file" }
        ));
        line(format!(
            "- machine: {} CPUs, {}",
            std::thread::available_parallelism().map_or(0, |n| n.get()),
            cpu_model()
        ));
        line(format!(
            "- {} repetitions, order of the commands alternating; wall clock around each child \
             process (`std::time::Instant`), stdout and stderr to /dev/null",
            self.reps
        ));
        if let Some(others) = self.others {
            line(format!(
                "- other processes kept {:.0}% of the machine's CPU time busy during the timed runs \
                 (/proc/stat less our children){}",
                others * 100.0,
                if others >= 0.05 {
                    ": the machine was shared, the figures are noisy (a parallel tool loses most)"
                } else {
                    ": a quiet machine"
                }
            ));
        }
        line(String::new());
        line("| command | median s | min s | max s | median CPU s (user+sys) | peak RSS MiB | pgcascade / this (median of per-rep ratios) |".into());
        line("|---|---:|---:|---:|---:|---:|---:|".into());
        let pg = &self.times[0];
        for (((tool, times), rss), cpu) in self
            .tools
            .iter()
            .zip(self.times)
            .zip(self.rss)
            .zip(self.cpu)
        {
            let cpu: Option<Vec<f64>> = cpu.iter().map(|t| t.map(|t| t as f64 / USER_HZ)).collect();
            let xs: Vec<f64> = times.iter().map(|&d| secs(d)).collect();
            let min = xs.iter().copied().fold(f64::INFINITY, f64::min);
            let max = xs.iter().copied().fold(0.0, f64::max);
            let ratio = median(
                pg.iter()
                    .zip(times)
                    .map(|(&a, &b)| secs(a) / secs(b))
                    .collect(),
            );
            line(format!(
                "| `{}` | {:.3} | {:.3} | {:.3} | {} | {} | {:.2} |",
                tool.label,
                median(xs.clone()),
                min,
                max,
                cpu.map_or_else(|| "–".to_string(), |c| format!("{:.2}", median(c))),
                rss.map_or_else(
                    || "–".to_string(),
                    |kb| format!("{:.1}", kb as f64 / 1024.0)
                ),
                ratio
            ));
        }
        line(String::new());
        let pg_median = median(pg.iter().map(|&d| secs(d)).collect());
        let own = self.statements - self.synthetic;
        line(format!(
            "- pgcascade: {} statements (JSON lines with \"index\") → **{:.0} statements/s** at the median; \
             {} of them are the synthetic BEGIN/COMMIT of single-transaction mode, so {} statements of \
             the files themselves → {:.0}/s",
            self.statements,
            self.statements as f64 / pg_median,
            self.synthetic,
            own,
            own as f64 / pg_median
        ));
        line(format!(
            "- squawk: linted {} of {} files (`checking file path` in its `--verbose` log), {} problems \
             reported, {} of them `syntax-error` in {} files (squawk then lints what it could parse)",
            self.lint.linted,
            self.lint.given,
            self.lint.violations,
            self.lint.syntax_errors,
            self.lint.files_with_syntax_errors
        ));
        if self.excluded.is_empty() {
            line("- pgcascade ran every file: no crash, no failure (exit 0)".into());
        } else {
            line(format!(
                "- left out of the timed set, because pgcascade fails on them: {}",
                self.excluded.len()
            ));
            for (file, why) in self.excluded {
                line(format!("  - `{file}`: {why}"));
            }
        }
        if !self.gnu_time {
            line(format!(
                "- no peak RSS: `{GNU_TIME}` is not installed (Debian package `time`)"
            ));
        } else {
            line(format!(
                "- peak RSS: one extra run of each under `{GNU_TIME} -f %M`"
            ));
        }
        line(
            "- ratio < 1: pgcascade is the faster. pgcascade simulates on one thread; squawk lints \
             files on a thread pool (the one-CPU row pins it to a single CPU)"
                .into(),
        );
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn options() {
        let o = Options::parse(&args(&["corpus"])).unwrap();
        assert_eq!((o.reps, o.corpus), (DEFAULT_REPS, None));
        let o = Options::parse(&args(&["corpus", "--reps", "3", "--corpus=/x"])).unwrap();
        assert_eq!((o.reps, o.corpus), (3, Some(PathBuf::from("/x"))));
        assert!(Options::parse(&args(&["corpus", "--reps", "0"])).is_err());
        assert!(Options::parse(&args(&["other"])).is_err());
        assert!(Options::parse(&args(&[])).is_err());
    }

    #[test]
    fn squawk_check_counts_files_and_syntax_errors() {
        let out = "a b.sql:3:0: warning: ban-drop-column x\n\
                   a b.sql:4:2: error: syntax-error y\n\
                   a b.sql:9:2: error: syntax-error z\n\
                   c.sql:1:0: error: syntax-error w\n";
        let err = "[INFO] no config file found\n[INFO] checking file path: a b.sql\n\
                   [INFO] checking file path: c.sql\n";
        let c = SquawkCheck::read(out, err, 2);
        assert!(c.config_free);
        assert_eq!(
            (
                c.linted,
                c.violations,
                c.syntax_errors,
                c.files_with_syntax_errors
            ),
            (2, 4, 3, 2)
        );
    }

    #[test]
    fn median_of_even_and_odd() {
        assert_eq!(median(vec![3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(vec![4.0, 1.0, 2.0, 3.0]), 2.5);
    }
}
