//! The conformance suites: every recording of real PostgreSQL 15 and 18 made with the oracle is
//! replayed through the simulator and compared statement by statement on the fields
//! `compare.py` compares: outcome, SQLSTATE, command tag, transaction status.
//!
//! * `own`: the project's cases in `tests/conformance/cases`;
//! * `oracle`: the oracle's own cases in `../shared/oracle/cases` (skipped, with a message, in a
//!   clone without `../shared`).
//!
//! Statements the simulator does not yet predict are listed, each with its reason, in
//! `tests/conformance/known-differences[-oracle].tsv`. A suite fails on any difference not listed
//! there, and on any listed difference that no longer occurs (so the lists only shrink).
//! `PGCASCADE_BLESS=1 cargo test -p pgcascade-core --test conformance` rewrites the lists, keeping
//! the reasons already written.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use pgcascade_core::trace::jsonl;
use pgcascade_core::{simulate, Mode, SimulateOptions};
use serde_json::Value;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/conformance")
}

/// Key of one recorded line: statement index, or "whole_file".
fn key(v: &Value) -> Option<String> {
    if v.get("whole_file").and_then(Value::as_bool) == Some(true) {
        return Some("whole_file".into());
    }
    v.get("index")
        .and_then(Value::as_u64)
        .map(|i| i.to_string())
}

fn field(v: &Value, f: &str) -> Value {
    v.get(f).cloned().unwrap_or(Value::Null)
}

struct Recording {
    case: String,
    mode: Mode,
    pg: u32,
    path: PathBuf,
}

fn recordings(dir: &Path) -> Vec<Recording> {
    let mut out = Vec::new();
    let mut names: Vec<_> = fs::read_dir(dir)
        .expect("tests/conformance/cases")
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|n| n.ends_with(".jsonl"))
        .collect();
    names.sort();
    for n in names {
        let (stem, pg) = match n.strip_suffix(".pg18.jsonl") {
            Some(s) => (s, 18),
            None => (n.strip_suffix(".jsonl").expect("jsonl"), 15),
        };
        let Some((case, mode)) = stem.rsplit_once('.') else {
            continue;
        };
        let Some(mode) = Mode::parse(mode) else {
            continue;
        };
        out.push(Recording {
            case: case.to_string(),
            mode,
            pg,
            path: dir.join(&n),
        });
    }
    out
}

/// The `--setup` files named in the case's `-- args:` header.
fn setups(dir: &Path, case: &str) -> Vec<String> {
    let sql = fs::read_to_string(dir.join(format!("{case}.sql"))).unwrap_or_default();
    let args = sql
        .lines()
        .find_map(|l| l.strip_prefix("-- args:"))
        .unwrap_or("");
    let words: Vec<&str> = args.split_whitespace().collect();
    words
        .windows(2)
        .filter(|w| w[0] == "--setup")
        .map(|w| fs::read_to_string(dir.join(w[1])).expect("setup file"))
        .collect()
}

/// (pg, case, mode, index) → reason
type Known = BTreeMap<(u32, String, String, String), String>;

fn read_known(path: &Path) -> Known {
    let text = fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let p: Vec<&str> = l.splitn(5, '\t').collect();
            (p.len() == 5).then(|| {
                (
                    (
                        p[0].parse().unwrap_or(0),
                        p[1].to_string(),
                        p[2].to_string(),
                        p[3].to_string(),
                    ),
                    p[4].to_string(),
                )
            })
        })
        .collect()
}

#[test]
fn own_cases_agree_with_recorded_postgresql() {
    check_suite(&root().join("cases"), &root().join("known-differences.tsv"));
}

#[test]
fn oracle_cases_agree_with_recorded_postgresql() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/oracle/cases");
    if !dir.is_dir() {
        println!("oracle conformance skipped: {} not found", dir.display());
        return;
    }
    check_suite(&dir, &root().join("known-differences-oracle.tsv"));
}

fn check_suite(dir: &Path, known_path: &Path) {
    let dir = dir.to_path_buf();
    let known = read_known(known_path);
    let mut found: Known = BTreeMap::new();
    let (mut agree, mut total) = (BTreeMap::<u32, usize>::new(), BTreeMap::<u32, usize>::new());
    for rec in recordings(&dir) {
        let text = fs::read_to_string(dir.join(format!("{}.sql", rec.case))).expect("case sql");
        let options = SimulateOptions {
            mode: rec.mode,
            setup: setups(&dir, &rec.case),
            pg_version: rec.pg,
            stop_on_error: false,
        };
        let trace = simulate(&text, &options);
        let actual: BTreeMap<String, Value> = jsonl::lines(&trace)
            .into_iter()
            .filter_map(|v| key(&v).map(|k| (k, v)))
            .collect();
        let expected = fs::read_to_string(&rec.path).expect("recording");
        for line in expected.lines() {
            let Ok(exp) = serde_json::from_str::<Value>(line) else {
                continue;
            };
            let Some(k) = key(&exp) else { continue };
            let fields: &[&str] = if k == "whole_file" {
                &["tx_status"]
            } else {
                &["outcome", "sqlstate", "tag", "tx_status"]
            };
            let act = actual.get(&k);
            let diffs: Vec<String> = fields
                .iter()
                .filter(|f| act.map(|a| field(a, f)) != Some(field(&exp, f)))
                .map(|f| {
                    format!(
                        "{f}: real={} sim={}",
                        field(&exp, f),
                        act.map_or(Value::Null, |a| field(a, f))
                    )
                })
                .collect();
            *total.entry(rec.pg).or_default() += 1;
            if diffs.is_empty() {
                *agree.entry(rec.pg).or_default() += 1;
            } else {
                found.insert(
                    (rec.pg, rec.case.clone(), rec.mode.name().to_string(), k),
                    diffs.join("; "),
                );
            }
        }
    }
    for (pg, t) in &total {
        let a = agree.get(pg).copied().unwrap_or(0);
        println!(
            "PostgreSQL {pg}: {a}/{t} statements agree ({:.1}%)",
            100.0 * a as f64 / *t as f64
        );
    }
    if std::env::var_os("PGCASCADE_BLESS").is_some() {
        let mut out = String::from(
            "# Statements of tests/conformance whose recorded PostgreSQL behaviour the simulator does not\n\
             # predict yet. Columns: pg, case, mode, statement index, reason. Kept in sync by\n\
             # PGCASCADE_BLESS=1 cargo test -p pgcascade-core --test conformance\n",
        );
        for (k, diff) in &found {
            let reason = known.get(k).cloned().unwrap_or_else(|| diff.clone());
            out.push_str(&format!("{}\t{}\t{}\t{}\t{}\n", k.0, k.1, k.2, k.3, reason));
        }
        fs::write(known_path, out).expect("write known differences");
        return;
    }
    let new: Vec<_> = found.keys().filter(|k| !known.contains_key(*k)).collect();
    let fixed: Vec<_> = known.keys().filter(|k| !found.contains_key(*k)).collect();
    for k in &new {
        println!(
            "NEW DIFFERENCE pg{} {} [{}] #{}: {}",
            k.0, k.1, k.2, k.3, found[*k]
        );
    }
    for k in &fixed {
        println!(
            "NOW AGREES (remove from known-differences.tsv) pg{} {} [{}] #{}",
            k.0, k.1, k.2, k.3
        );
    }
    assert!(
        new.is_empty() && fixed.is_empty(),
        "{} new differences, {} listed differences now agree",
        new.len(),
        fixed.len()
    );
}
