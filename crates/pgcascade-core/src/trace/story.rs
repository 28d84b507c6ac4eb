//! The run told as a story: where the abort cascade started, what it swallowed, and how the
//! transaction ended. The CLI prints it; the web app shows it as its banner.

use super::{Step, Trace};
use crate::response::{Outcome, TxStatus};

const ABORTED: &str = "25P02";

/// What a trace amounts to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Story {
    /// Position in `trace.steps` of the first error that is not 25P02.
    pub first_failure: Option<usize>,
    /// Positions of the steps that answered 25P02 after it.
    pub swallowed: Vec<usize>,
    /// Position of the COMMIT/END answered with ROLLBACK, if any.
    pub commit_rolled_back: Option<usize>,
    /// Statements that succeeded and stayed applied (autocommit, or committed blocks).
    pub applied: usize,
    /// One or two sentences for people.
    pub sentence: String,
}

fn label(step: &Step) -> String {
    if step.synthetic {
        format!("the runner's {}", step.text)
    } else {
        format!("Statement {}", step.index)
    }
}

fn is_commit(text: &str) -> bool {
    let t = text.trim_start().to_ascii_uppercase();
    t.starts_with("COMMIT") || t.starts_with("END")
}

/// Read the story of `trace`.
pub fn story(trace: &Trace) -> Story {
    let steps = &trace.steps;
    let first_failure = steps.iter().position(|s| {
        s.response.outcome == Outcome::Error
            && s.response
                .error
                .as_ref()
                .is_some_and(|e| e.sqlstate != ABORTED)
    });
    let swallowed: Vec<usize> = steps
        .iter()
        .enumerate()
        .filter(|(_, s)| {
            s.response
                .error
                .as_ref()
                .is_some_and(|e| e.sqlstate == ABORTED)
        })
        .map(|(i, _)| i)
        .collect();
    let commit_rolled_back = steps
        .iter()
        .position(|s| is_commit(&s.text) && s.response.tag.as_deref() == Some("ROLLBACK"));
    let applied = count_applied(steps);
    let not_run = steps
        .iter()
        .filter(|s| s.response.outcome == Outcome::NotExecuted)
        .count();

    let mut sentence = String::new();
    match first_failure {
        None if swallowed.is_empty() => {
            sentence.push_str(&format!(
                "All {} statements succeeded.",
                steps.iter().filter(|s| !s.synthetic).count()
            ));
        }
        None => sentence.push_str("The transaction was already aborted when the migration ran."),
        Some(i) => {
            let s = &steps[i];
            let e = s.response.error.as_ref().expect("an error");
            sentence.push_str(&format!(
                "{} failed ({}: {}).",
                label(s),
                e.sqlstate,
                e.message
            ));
            if !swallowed.is_empty() {
                let n = swallowed.len();
                sentence.push_str(&format!(
                    " The next {n} statement{} {} ignored ({ABORTED}: the transaction was aborted).",
                    if n == 1 { "" } else { "s" },
                    if n == 1 { "was" } else { "were" }
                ));
            }
            if not_run > 0 {
                sentence.push_str(&format!(
                    " {not_run} statement{} after it never ran.",
                    if not_run == 1 { "" } else { "s" }
                ));
            }
            if let Some(c) = commit_rolled_back {
                sentence.push_str(&format!(
                    " {} answered ROLLBACK: everything in that transaction was undone.",
                    label(&steps[c])
                ));
            } else if steps
                .iter()
                .skip(i)
                .any(|s| s.synthetic && s.text == "ROLLBACK" && s.left_open.is_none())
            {
                sentence.push_str(
                    " The runner rolled its transaction back: nothing in it was applied.",
                );
            }
        }
    }
    let ends_open = steps
        .last()
        .and_then(|s| s.response.tx_status)
        .is_some_and(|t| t != TxStatus::Idle);
    if ends_open {
        sentence.push_str(" The run ends with a transaction still open.");
    }
    if first_failure.is_some() && applied > 0 && commit_rolled_back.is_none() {
        sentence.push_str(&format!(
            " {applied} statement{} stayed applied.",
            if applied == 1 { "" } else { "s" }
        ));
    }
    Story {
        first_failure,
        swallowed,
        commit_rolled_back,
        applied,
        sentence,
    }
}

/// Statements that succeeded outside any block that was later rolled back: a rough count of
/// what stayed applied (autocommit statements, and blocks that committed).
fn count_applied(steps: &[Step]) -> usize {
    let mut applied = 0;
    let mut pending = 0;
    for s in steps {
        let r = &s.response;
        let in_block = r.tx_status.is_some_and(|t| t != TxStatus::Idle);
        if r.outcome == Outcome::Ok && !s.synthetic && in_block {
            pending += 1;
        } else if r.outcome == Outcome::Ok && !in_block {
            if r.tag.as_deref() == Some("COMMIT") {
                applied += pending;
            } else if !s.synthetic && r.tag.as_deref() != Some("ROLLBACK") {
                applied += 1;
            }
            pending = 0;
        } else if !in_block {
            pending = 0;
        }
    }
    applied
}

fn one_line(text: &str, max: usize) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        flat
    } else {
        let cut: String = flat.chars().take(max - 1).collect();
        format!("{cut}…")
    }
}

/// A plain-text rendering for terminals.
pub fn pretty(trace: &Trace, name: Option<&str>) -> String {
    let mut out = String::new();
    if let Some(n) = name {
        out.push_str(&format!("{n}\n"));
    }
    for s in &trace.steps {
        let r = &s.response;
        let what = match (&r.outcome, &r.error) {
            (Outcome::Ok, _) => format!("ok     {}", r.tag.as_deref().unwrap_or("")),
            (Outcome::Error, Some(e)) if e.sqlstate == ABORTED => "IGNORED 25P02".to_string(),
            (Outcome::Error, Some(e)) => format!("ERROR  {} {}", e.sqlstate, e.message),
            (Outcome::Error, None) => "ERROR".to_string(),
            (Outcome::NotExecuted, _) => "not executed".to_string(),
        };
        let status = r.tx_status.map_or("", |t| t.as_str());
        let file = s.file_index.map_or(String::new(), |f| format!("{f}:"));
        out.push_str(&format!(
            "  {file}#{:<3} {:<48} {:<9} {}\n",
            s.index,
            one_line(&s.text, 48),
            status,
            what
        ));
        for n in &r.notices {
            out.push_str(&format!(
                "         {} {}: {}\n",
                n.severity, n.sqlstate, n.message
            ));
        }
    }
    out.push_str(&format!("\n{}\n", story(trace).sentence));
    out
}
