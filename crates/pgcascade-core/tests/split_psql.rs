//! `split()` against the psql-checked reference splitter: every `tests/split/**/*.sql`
//! at the workspace root has a `NAME.expected.jsonl` beside it (see tests/split/README.md).

use std::fs;
use std::path::{Path, PathBuf};

use pgcascade_core::sql::split::split;
use serde_json::Value;

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/split")
}

fn sql_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("read {}: {e}", dir.display()))
        .map(|e| e.expect("dir entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            sql_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "sql") {
            out.push(path);
        }
    }
}

fn field_usize(obj: &Value, key: &str, ctx: &str) -> usize {
    obj[key]
        .as_u64()
        .unwrap_or_else(|| panic!("{ctx}: missing/invalid {key:?}")) as usize
}

/// Compare one file; returns a description of every difference.
fn check_file(path: &Path) -> Vec<String> {
    let input = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let expected_path = path.with_extension("expected.jsonl");
    let expected_text = fs::read_to_string(&expected_path)
        .unwrap_or_else(|e| panic!("{}: {e}", expected_path.display()));
    let expected: Vec<Value> = expected_text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("valid JSON line"))
        .collect();
    let got = split(&input);
    let name = path.display().to_string();
    let mut diffs = Vec::new();
    if got.len() != expected.len() {
        diffs.push(format!(
            "{name}: {} statements, expected {}",
            got.len(),
            expected.len()
        ));
    }
    for (st, exp) in got.iter().zip(&expected) {
        let ctx = format!("{name} statement {}", st.index);
        let char_of = |byte: usize| input[..byte].chars().count();
        let want = (
            field_usize(exp, "index", &ctx),
            field_usize(exp, "start", &ctx),
            field_usize(exp, "end", &ctx),
            field_usize(exp, "char_start", &ctx),
            field_usize(exp, "char_end", &ctx),
            field_usize(exp, "line", &ctx),
            exp["text"].as_str().expect("text"),
        );
        let have = (
            st.index,
            st.span.start,
            st.span.end,
            char_of(st.span.start),
            char_of(st.span.end),
            st.line,
            st.text.as_str(),
        );
        if have != want {
            diffs.push(format!(
                "{ctx}:\n  got  (index, start, end, char_start, char_end, line, text) = {have:?}\n  want {want:?}"
            ));
        }
    }
    diffs
}

#[test]
fn split_matches_psql_reference() {
    let mut files = Vec::new();
    sql_files(&data_dir(), &mut files);
    // split_torture.sql, split_torture2.sql, eof.sql and 40 fuzz files.
    assert!(
        files.len() >= 43,
        "expected at least 43 .sql files under tests/split, found {}",
        files.len()
    );
    let mut diffs = Vec::new();
    let mut statements = 0;
    for path in &files {
        statements += split(&fs::read_to_string(path).expect("read")).len();
        diffs.extend(check_file(path));
    }
    assert!(
        diffs.is_empty(),
        "{} difference(s) over {} files:\n{}",
        diffs.len(),
        files.len(),
        diffs.join("\n")
    );
    assert!(statements > 0);
}
