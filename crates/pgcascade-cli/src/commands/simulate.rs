//! `pgcascade simulate`: the conformance contract (`--format jsonl`, the oracle's fields) and a
//! human story of the run (`--format pretty`).

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use pgcascade_core::runner::profiles::{Profile, PROFILES};
use pgcascade_core::trace::jsonl;
use pgcascade_core::{simulate, simulate_history, HistoryFile, Mode, SimulateOptions, Trace};

use crate::manifest;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// How the file is sent: single-transaction, autocommit, as-written, whole-file, whole-file-tx.
    #[arg(long, default_value = "single-transaction", value_parser = parse_mode)]
    mode: Mode,
    /// The tool that runs the migration (overrides --mode): psql, psql-on-error-stop,
    /// psql-single-transaction, flyway, diesel, sqlx, rails, django, golang-migrate, dbmate,
    /// prisma, autocommit, alembic (FILEs are revision .py files, run in down_revision order).
    /// `pgcascade simulate --runner list` describes them.
    #[arg(long)]
    runner: Option<String>,
    /// Alembic: `transaction_per_migration=True` (one transaction per revision).
    #[arg(long)]
    transaction_per_migration: bool,
    /// SQL applied first, statement by statement in autocommit (e.g. `pg_dump --schema-only`).
    #[arg(long = "setup", value_name = "FILE")]
    setup: Vec<PathBuf>,
    /// PostgreSQL major version to simulate.
    #[arg(long = "pg", default_value_t = 15)]
    pg: u32,
    /// Output format.
    #[arg(long, default_value = "pretty", value_parser = ["pretty", "jsonl"])]
    format: String,
    /// Replay a history: the files listed (PATH<TAB>MODE lines, `# base: DIR`) in order on one
    /// database; FILE arguments follow them.
    #[arg(long = "history-manifest", value_name = "LIST.tsv")]
    history_manifest: Option<PathBuf>,
    /// Migration files (`-` reads standard input).
    files: Vec<PathBuf>,
}

fn parse_mode(s: &str) -> Result<Mode, String> {
    Mode::parse(s).ok_or_else(|| {
        let names: Vec<_> = Mode::ALL.iter().map(|m| m.name()).collect();
        format!("unknown mode {s:?} (one of {})", names.join(", "))
    })
}

fn read(path: &Path) -> Result<String, String> {
    if path == Path::new("-") {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut s)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        return Ok(s);
    }
    let bytes = fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    String::from_utf8(bytes).map_err(|_| format!("{}: not valid UTF-8", path.display()))
}

pub fn run(args: Args) -> ExitCode {
    match run_inner(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("pgcascade: {e}");
            ExitCode::from(2)
        }
    }
}

fn run_inner(args: &Args) -> Result<(), String> {
    let profile = match args.runner.as_deref() {
        None => None,
        Some("alembic") => return run_alembic(args),
        Some("list") => {
            for p in PROFILES {
                println!("{:<24} {}\n{:<24} sends: {}", p.name, p.title, "", p.sends);
            }
            println!(
                "{:<24} Alembic (env.py defaults)\n{:<24} sends: BEGIN, the version-table checks, every op's SQL and Python's own queries, the alembic_version bookkeeping, COMMIT (or ROLLBACK when Python raises); --transaction-per-migration commits each revision",
                "alembic", ""
            );
            return Ok(());
        }
        Some(name) => Some(Profile::find(name).ok_or_else(|| {
            let names: Vec<_> = PROFILES.iter().map(|p| p.name).collect();
            format!("unknown runner {name:?} (one of {})", names.join(", "))
        })?),
    };
    let setup = args
        .setup
        .iter()
        .map(|p| read(p))
        .collect::<Result<Vec<_>, _>>()?;
    let options = SimulateOptions {
        mode: args.mode,
        setup,
        pg_version: args.pg,
        stop_on_error: profile.is_some_and(|p| p.stop_on_error),
    };
    let mut traces: Vec<(Option<String>, Trace)> = Vec::new();
    if let Some(m) = &args.history_manifest {
        let text = read(m)?;
        let mut entries = manifest::parse(&text, m, args.mode)?;
        entries.extend(args.files.iter().map(|p| manifest::Entry {
            given: p.display().to_string(),
            path: p.clone(),
            mode: args.mode,
        }));
        let files = entries
            .iter()
            .map(|e| {
                Ok(HistoryFile {
                    name: e.given.clone(),
                    text: read(&e.path)?,
                    mode: e.mode,
                })
            })
            .collect::<Result<Vec<_>, String>>()?;
        traces.push((None, simulate_history(&files, &options)));
    } else {
        if args.files.is_empty() {
            return Err("no migration file given (see --help)".into());
        }
        let inputs = args
            .files
            .iter()
            .map(|p| {
                let text = read(p)?;
                let mut opts = options.clone();
                if let Some(profile) = profile {
                    opts.mode = profile.mode_for(&text);
                }
                Ok((p.display().to_string(), text, opts))
            })
            .collect::<Result<Vec<_>, String>>()?;
        traces = par_map(&inputs, |(name, text, opts)| {
            (Some(name.clone()), simulate(text, opts))
        });
    }
    for (_, trace) in &traces {
        for f in &trace.setup_failures {
            let path = args
                .setup
                .get(f.file - 1)
                .map_or_else(String::new, |p| p.display().to_string());
            eprintln!(
                "pgcascade: warning: setup {path}:{}: {} ({}): {}",
                f.line,
                f.error.message,
                f.error.sqlstate,
                f.text
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .chars()
                    .take(80)
                    .collect::<String>()
            );
        }
    }
    let many = traces.len() > 1;
    let texts = par_map(&traces, |(name, trace)| match args.format.as_str() {
        "jsonl" => {
            let mut s = String::new();
            for mut line in jsonl::lines(trace) {
                if let (true, Some(n), Some(obj)) = (many, name, line.as_object_mut()) {
                    obj.insert("file".into(), serde_json::json!(n));
                }
                s.push_str(&line.to_string());
                s.push('\n');
            }
            s
        }
        _ => pgcascade_core::trace::story::pretty(trace, name.as_deref()),
    });
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for text in texts {
        out.write_all(text.as_bytes())
            .map_err(|e| format!("cannot write output: {e}"))?;
    }
    Ok(())
}

/// `--runner alembic`: the files are Alembic revisions, run as `alembic upgrade head` would.
fn run_alembic(args: &Args) -> Result<(), String> {
    if args.files.is_empty() {
        return Err("no revision file given (see --help)".into());
    }
    let texts = args
        .files
        .iter()
        .map(|p| Ok((p.display().to_string(), read(p)?)))
        .collect::<Result<Vec<_>, String>>()?;
    let files: Vec<(&str, &str)> = texts
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    let options = pgcascade_alembic::AlembicOptions {
        transaction_per_migration: args.transaction_per_migration,
        pg_version: args.pg,
        ..Default::default()
    };
    let run = pgcascade_alembic::simulate_revisions(&files, &options);
    let text = match args.format.as_str() {
        "jsonl" => run.jsonl(),
        _ => {
            let mut s = pgcascade_core::trace::story::pretty(&run.trace, None);
            for e in &run.events {
                s.push_str(&format!(
                    "python {}:{} {:?}: {}\n",
                    e.file.as_deref().unwrap_or(""),
                    e.line.map_or(String::new(), |l| l.to_string()),
                    e.kind,
                    e.text
                ));
            }
            s
        }
    };
    std::io::stdout()
        .write_all(text.as_bytes())
        .map_err(|e| format!("cannot write output: {e}"))
}

/// Map `f` over `items` on every core, keeping the order (the items are independent: each
/// file runs on a fresh simulated database).
fn par_map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(items.len().max(1));
    let f = &f;
    // worker w takes items w, w + workers, …: files of one size class spread over all workers
    let mut parts: Vec<Vec<(usize, R)>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|w| {
                scope.spawn(move || {
                    (w..items.len())
                        .step_by(workers)
                        .map(|i| (i, f(&items[i])))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("a simulation thread panicked"))
            .collect()
    });
    let mut all: Vec<(usize, R)> = parts.iter_mut().flat_map(std::mem::take).collect();
    all.sort_by_key(|(i, _)| *i);
    all.into_iter().map(|(_, r)| r).collect()
}
