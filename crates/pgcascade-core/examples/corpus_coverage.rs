//! How much of a corpus of migrations the front-end reads, and (with `--run`) how much of it the
//! engine simulates.
//!
//! ```text
//! cargo run --release -p pgcascade-core --example corpus_coverage -- [--run] [--history]
//!     [--pg N] [--show TEXT] [--why] [DIR]
//! ```
//!
//! * `DIR` (default `/work/shared/corpus/sql`) is walked recursively; every `*.sql` and
//!   `*.sql.postgres` file is split with [`pgcascade_core::sql::split::split`] and each statement
//!   parsed with [`pgcascade_core::sql::parse::parse`] (PostgreSQL 15 unless `--pg N`).
//! * The report: files, statements, how many parse via sqlparser, via our own `extra` parsers,
//!   as transaction control, empty, opaque (leading keywords only) or a syntax error (what
//!   PostgreSQL answers: a front-end that rejects the statement as PostgreSQL does has read it
//!   correctly), then the top 30 groups of opaque and syntax-error statements (leading keywords,
//!   and the error).
//! * `--why` adds, per group, sqlparser's own error messages (what it choked on).
//! * `--dump` prints one line per statement (file, index, class, error): for audits against
//!   recordings (e.g. the oracle's replays: every 42601 there must be an error here, and back).
//! * `--show TEXT` prints every opaque/error statement whose group contains TEXT (e.g.
//!   `--show "ALTER TABLE"`, `--show ERROR`), with its file.
//! * `--run` also runs each file through a fresh [`pgcascade_core::engine::Session`], each
//!   statement in autocommit, counts the coverage of the results (full/partial/opaque) and the
//!   errors, and catches panics per file.
//! * `--history` runs each project's files (first folder under DIR) in one session, in the
//!   order its migration tool applies them: the oracle's replay manifest
//!   (`DIR/../../oracle/replay/<project>.tsv`, with rendered templates) when there is one,
//!   else file-name order. Later migrations then meet the objects earlier ones made.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use pgcascade_core::engine::{ServerConfig, Session};
use pgcascade_core::sql::extra::Extra;
use pgcascade_core::sql::keywords::{classify, Classified};
use pgcascade_core::sql::parse::{parse, Command};
use pgcascade_core::sql::split::split;
use pgcascade_core::sql::words::{leading_words, Word};
use pgcascade_core::{Coverage, Outcome};

#[derive(Default)]
struct Counts {
    files: usize,
    unreadable: usize,
    statements: usize,
    sqlparser: usize,
    extra: usize,
    txn: usize,
    empty: usize,
    opaque: usize,
    error: usize,
}

#[derive(Default)]
struct RunCounts {
    full: usize,
    partial: usize,
    opaque: usize,
    ok: usize,
    errors: usize,
    panicked_files: Vec<(PathBuf, String)>,
    error_states: BTreeMap<String, usize>,
    /// coverage + group → statements not simulated in full
    not_full: BTreeMap<String, usize>,
}

struct Args {
    /// One line per statement: file, index, class, error (for audits against recordings).
    dump: bool,
    run: bool,
    history: bool,
    why: bool,
    pg: u32,
    show: Option<String>,
    dir: PathBuf,
}

fn usage() -> ! {
    eprintln!(
        "usage: corpus_coverage [--run] [--history] [--pg N] [--why] [--show TEXT] [DIR]\n\
         default DIR: /work/shared/corpus/sql"
    );
    std::process::exit(2)
}

fn args() -> Args {
    let mut a = Args {
        dump: false,
        run: false,
        history: false,
        why: false,
        pg: 15,
        show: None,
        dir: PathBuf::from("/work/shared/corpus/sql"),
    };
    let mut it = std::env::args().skip(1);
    while let Some(x) = it.next() {
        match x.as_str() {
            "--run" => a.run = true,
            "--dump" => a.dump = true,
            "--history" => a.history = true,
            "--why" => a.why = true,
            "--pg" => {
                a.pg = it
                    .next()
                    .and_then(|v| v.parse().ok())
                    .unwrap_or_else(|| usage())
            }
            "--show" => a.show = Some(it.next().unwrap_or_else(|| usage()).to_uppercase()),
            "-h" | "--help" => usage(),
            _ if x.starts_with("--") => usage(),
            _ => a.dir = PathBuf::from(x),
        }
    }
    a
}

/// Every migration file under `dir`, sorted (deterministic output).
fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
                if name.ends_with(".sql") || name.ends_with(".sql.postgres") {
                    out.push(p);
                }
            }
        }
    }
    if dir.is_file() {
        out.push(dir.to_path_buf());
    }
    out.sort();
    out
}

/// The group a statement is reported under: its command tag, refined by the words that name
/// the sub-command for the common catch-alls (`ALTER TABLE … ADD CONSTRAINT`, `COMMENT ON X`).
fn group(text: &str) -> String {
    let tag = match classify(text) {
        Classified::Command { tag } => tag,
        Classified::SyntaxError { near } => return format!("(syntax at {near})"),
        Classified::Empty => return "(empty)".into(),
    };
    let words = leading_words(text, 12);
    let upper: Vec<String> = words
        .iter()
        .map(|w| match w {
            Word::Bare { upper, .. } => upper.clone(),
            _ => "·".into(),
        })
        .collect();
    let tag = tag.split(' ').take(3).collect::<Vec<_>>().join(" ");
    let tag = tag
        .trim_end_matches(|c: char| c.is_ascii_digit() || c == ' ')
        .to_string();
    match upper.first().map(String::as_str) {
        Some("COMMENT") => format!("COMMENT ON {}", upper.get(2).cloned().unwrap_or_default()),
        Some("ALTER") if tag == "ALTER TABLE" => {
            // the first action keyword after the table name
            let actions = [
                "ADD", "DROP", "ALTER", "RENAME", "SET", "RESET", "VALIDATE", "ENABLE", "DISABLE",
                "OWNER", "ATTACH", "DETACH", "INHERIT", "NO", "REPLICA", "CLUSTER", "FORCE", "OF",
                "NOT",
            ];
            let start = upper.iter().position(|w| w == "TABLE").map_or(2, |p| p + 1);
            let mut i = start;
            while upper
                .get(i)
                .is_some_and(|w| ["IF", "EXISTS", "ONLY"].contains(&w.as_str()))
            {
                i += 1;
            }
            i += 1; // the table name
            while matches!(words.get(i), Some(Word::Punct('.'))) {
                i += 2;
            }
            let a = upper.get(i).cloned().unwrap_or_default();
            if actions.contains(&a.as_str()) {
                let b = upper.get(i + 1).cloned().unwrap_or_default();
                let b = if b == "·" { String::new() } else { b };
                format!("ALTER TABLE … {a} {b}").trim_end().to_string()
            } else {
                "ALTER TABLE".into()
            }
        }
        _ => tag,
    }
}

/// sqlparser's own complaint about `text`, positions stripped, for `--why`.
fn sqlparser_error(text: &str) -> String {
    use sqlparser::dialect::PostgreSqlDialect;
    use sqlparser::parser::Parser;
    match Parser::parse_sql(&PostgreSqlDialect {}, text) {
        Ok(v) if v.len() == 1 => "(sqlparser accepts it)".into(),
        Ok(v) => format!("({} statements)", v.len()),
        Err(e) => {
            let s = e.to_string();
            match s.find(" at Line:") {
                Some(p) => s[..p].to_string(),
                None => s,
            }
        }
    }
}

fn pct(n: usize, d: usize) -> String {
    if d == 0 {
        "-".into()
    } else {
        format!("{:.2}%", 100.0 * n as f64 / d as f64)
    }
}

thread_local! {
    /// Where the last panic happened (the hook stores it; the report prints it).
    static PANIC_AT: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

fn main() {
    let a = args();
    // panics are counted per file: keep stderr quiet, remember where they happened
    std::panic::set_hook(Box::new(|info| {
        let at = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_default();
        PANIC_AT.with(|p| *p.borrow_mut() = at);
    }));
    let t0 = Instant::now();
    let files = files(&a.dir);
    let mut c = Counts::default();
    let mut r = RunCounts::default();
    // group → (count, sqlparser errors → count)
    let mut groups: BTreeMap<String, (usize, BTreeMap<String, usize>)> = BTreeMap::new();
    let mut shown = 0usize;
    for path in &files {
        let Ok(text) = std::fs::read(path) else {
            c.unreadable += 1;
            continue;
        };
        let text = String::from_utf8_lossy(&text).into_owned();
        c.files += 1;
        let stmts = split(&text);
        for s in &stmts {
            c.statements += 1;
            let parsed = parse(&s.text, a.pg);
            if a.dump {
                let (class, msg) = match &parsed {
                    Ok(Command::Sql(_)) => ("sqlparser", String::new()),
                    Ok(Command::Extra(Extra::Rejected(r))) => match r.error_for(a.pg) {
                        Some(e) => ("error", e.message),
                        None => ("extra", String::new()),
                    },
                    Ok(Command::Extra(_)) => ("extra", String::new()),
                    Ok(Command::Txn(_)) => ("txn", String::new()),
                    Ok(Command::Empty) => ("empty", String::new()),
                    Ok(Command::Opaque { .. }) => ("opaque", String::new()),
                    Err(e) => ("error", e.message.clone()),
                };
                println!("{}\t{}\t{class}\t{msg}", path.display(), s.index);
            }
            let gap = match &parsed {
                Ok(Command::Sql(_)) => {
                    c.sqlparser += 1;
                    false
                }
                // a form PostgreSQL's grammar rejects in this version
                Ok(Command::Extra(Extra::Rejected(r))) if r.error_for(a.pg).is_some() => {
                    c.error += 1;
                    true
                }
                Ok(Command::Extra(_)) => {
                    c.extra += 1;
                    false
                }
                Ok(Command::Txn(_)) => {
                    c.txn += 1;
                    false
                }
                Ok(Command::Empty) => {
                    c.empty += 1;
                    false
                }
                Ok(Command::Opaque { .. }) => {
                    c.opaque += 1;
                    true
                }
                Err(_) => {
                    c.error += 1;
                    true
                }
            };
            if gap {
                let error = match &parsed {
                    Err(e) => Some(e.message.clone()),
                    Ok(Command::Extra(Extra::Rejected(r))) => r.error_for(a.pg).map(|e| e.message),
                    _ => None,
                };
                let g = match error {
                    Some(m) => format!("ERROR {m} [{}]", group(&s.text)),
                    None => group(&s.text),
                };
                let entry = groups.entry(g.clone()).or_default();
                entry.0 += 1;
                if a.why {
                    *entry.1.entry(sqlparser_error(&s.text)).or_default() += 1;
                }
                if a.show
                    .as_deref()
                    .is_some_and(|want| g.to_uppercase().starts_with(want))
                {
                    shown += 1;
                    let why = sqlparser_error(&s.text);
                    println!(
                        "--- {}:{} [{g}] {why}\n{}\n",
                        path.display(),
                        s.line,
                        s.text.trim()
                    );
                }
            }
        }
        if a.run {
            let texts: Vec<String> = stmts.iter().map(|s| s.text.clone()).collect();
            run_texts(&mut r, a.pg, path, &[], &texts);
        }
    }
    let mut h = RunCounts::default();
    if a.history {
        for (repo, files) in histories(&a.dir, &files) {
            let mut texts = Vec::new();
            // the replay's setup (schemas and roles the project expects) runs first, uncounted
            let setup = repo.file_name().map(|n| {
                a.dir
                    .join("../../oracle/replay")
                    .join(format!("{}.setup.sql", n.to_string_lossy()))
            });
            let setup: Vec<String> = setup
                .and_then(|p| std::fs::read_to_string(p).ok())
                .map(|t| split(&t).into_iter().map(|s| s.text).collect())
                .unwrap_or_default();
            for f in files {
                if let Ok(t) = std::fs::read(&f) {
                    let t = String::from_utf8_lossy(&t).into_owned();
                    texts.extend(split(&t).into_iter().map(|s| s.text));
                }
            }
            run_texts(&mut h, a.pg, &repo, &setup, &texts);
        }
    }
    if a.show.is_some() {
        eprintln!("{shown} statements shown");
        return;
    }
    let n = c.statements;
    println!("corpus: {} (PostgreSQL {})", a.dir.display(), a.pg);
    println!(
        "files        {:>7}   (unreadable: {})",
        c.files, c.unreadable
    );
    println!("statements   {:>7}", n);
    let parsed = c.sqlparser + c.extra + c.txn + c.empty;
    let handled = parsed + c.error;
    for (label, v) in [
        ("sqlparser", c.sqlparser),
        ("extra", c.extra),
        ("txn control", c.txn),
        ("empty", c.empty),
        ("= parsed", parsed),
        ("opaque", c.opaque),
        ("syntax error", c.error),
        ("= read", handled),
    ] {
        println!("  {label:<12} {v:>7}  {:>7}", pct(v, n));
    }
    let mut top: Vec<_> = groups.into_iter().collect();
    top.sort_by(|x, y| y.1 .0.cmp(&x.1 .0).then(x.0.cmp(&y.0)));
    println!(
        "\ntop groups of opaque and syntax-error statements (ERROR: what PostgreSQL answers):"
    );
    for (g, (count, why)) in top.iter().take(30) {
        println!("  {count:>6}  {g}");
        let mut why: Vec<_> = why.iter().collect();
        why.sort_by(|x, y| y.1.cmp(x.1).then(x.0.cmp(y.0)));
        for (msg, k) in why.iter().take(4) {
            println!("            {k:>5}  {msg}");
        }
    }
    if top.len() > 30 {
        let rest: usize = top[30..].iter().map(|x| x.1 .0).sum();
        println!("  {rest:>6}  ({} more groups)", top.len() - 30);
    }
    if a.run {
        report_run(
            &r,
            "run (each file in a fresh session, each statement in autocommit)",
        );
    }
    if a.history {
        report_run(
            &h,
            "history (each project's files in migration order in one session, autocommit)",
        );
    }
    eprintln!("({:.1} s)", t0.elapsed().as_secs_f64());
}

/// Run statements in one fresh session (each in autocommit) after `setup` (not counted), panics
/// caught, into `r`.
fn run_texts(r: &mut RunCounts, pg: u32, what: &Path, setup: &[String], texts: &[String]) {
    let res = std::panic::catch_unwind(|| {
        let mut session = Session::new(ServerConfig { pg_version: pg });
        for t in setup {
            session.execute(t);
        }
        texts.iter().map(|t| session.execute(t)).collect::<Vec<_>>()
    });
    match res {
        Ok(results) => {
            for (sr, text) in results.into_iter().zip(texts) {
                match sr.coverage {
                    Coverage::Full => r.full += 1,
                    Coverage::Partial => r.partial += 1,
                    Coverage::Opaque => r.opaque += 1,
                }
                if sr.coverage != Coverage::Full {
                    let g = format!("{:?} {}", sr.coverage, group(text)).to_lowercase();
                    *r.not_full.entry(g).or_default() += 1;
                }
                if sr.response.outcome == Outcome::Error {
                    r.errors += 1;
                    let st = sr.response.error.map(|e| e.sqlstate).unwrap_or_default();
                    *r.error_states.entry(st).or_default() += 1;
                } else {
                    r.ok += 1;
                }
            }
        }
        Err(p) => {
            let msg = p
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            let at = PANIC_AT.with(|p| p.borrow().clone());
            r.panicked_files
                .push((what.to_path_buf(), format!("{msg} at {at}")));
        }
    }
}

fn report_run(r: &RunCounts, title: &str) {
    let ran = r.full + r.partial + r.opaque;
    println!("\n{title}:");
    println!("  statements   {ran:>7}");
    println!("  full         {:>7}  {:>7}", r.full, pct(r.full, ran));
    println!(
        "  partial      {:>7}  {:>7}",
        r.partial,
        pct(r.partial, ran)
    );
    println!("  opaque       {:>7}  {:>7}", r.opaque, pct(r.opaque, ran));
    println!("  ok           {:>7}  {:>7}", r.ok, pct(r.ok, ran));
    println!("  errors       {:>7}  {:>7}", r.errors, pct(r.errors, ran));
    let mut states: Vec<_> = r.error_states.iter().collect();
    states.sort_by(|x, y| y.1.cmp(x.1).then(x.0.cmp(y.0)));
    for (st, k) in states.iter().take(10) {
        println!("    {k:>6}  {st}");
    }
    let mut nf: Vec<_> = r.not_full.iter().collect();
    nf.sort_by(|x, y| y.1.cmp(x.1).then(x.0.cmp(y.0)));
    println!("  top groups not simulated in full:");
    for (g, k) in nf.iter().take(30) {
        println!("    {k:>6}  {g}");
    }
    println!("  panicked {}", r.panicked_files.len());
    for (p, msg) in r.panicked_files.iter().take(20) {
        println!("    {}: {msg}", p.display());
    }
}

/// Each project's files (the first folder under `dir`) in the order its migration tool applies
/// them: the oracle's replay manifest when there is one (`../../oracle/replay/<project>.tsv`,
/// rendered templates included), else file-name order.
fn histories(dir: &Path, files: &[PathBuf]) -> Vec<(PathBuf, Vec<PathBuf>)> {
    let mut by_repo: BTreeMap<PathBuf, Vec<PathBuf>> = BTreeMap::new();
    for f in files {
        let Ok(rel) = f.strip_prefix(dir) else {
            continue;
        };
        let repo = rel.components().next().map(|c| dir.join(c.as_os_str()));
        if let Some(repo) = repo.filter(|r| r.is_dir()) {
            by_repo.entry(repo).or_default().push(f.clone());
        }
    }
    let replay = dir.join("../../oracle/replay");
    by_repo
        .into_iter()
        .map(|(repo, mut files)| {
            let name = repo.file_name().map(|n| n.to_string_lossy().into_owned());
            let manifest = name.map(|n| replay.join(format!("{n}.tsv")));
            if let Some(listed) = manifest.and_then(|m| manifest_files(&m)) {
                return (repo, listed);
            }
            files.sort();
            (repo, files)
        })
        .collect()
}

/// The files of a replay manifest (`PATH<TAB>MODE` lines, `# base: DIR` relative to it).
fn manifest_files(m: &Path) -> Option<Vec<PathBuf>> {
    let text = std::fs::read_to_string(m).ok()?;
    let folder = m.parent()?;
    let mut base = folder.to_path_buf();
    let mut out = Vec::new();
    for line in text.lines() {
        if let Some(b) = line.strip_prefix("# base:") {
            base = folder.join(b.trim());
            continue;
        }
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let path = line.split('\t').next()?;
        out.push(base.join(path));
    }
    Some(out)
}
