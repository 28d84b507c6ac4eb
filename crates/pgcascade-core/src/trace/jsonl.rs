//! The trace as the oracle's JSON lines (`../shared/oracle` README, "Output"), so that
//! `compare.py` can measure the simulator against real PostgreSQL.

use serde_json::{json, Map, Value};

use super::{Step, Trace, WholeFile};
use crate::response::{Outcome, TxStatus};

fn outcome_name(o: Outcome) -> &'static str {
    match o {
        Outcome::Ok => "ok",
        Outcome::Error => "error",
        Outcome::NotExecuted => "not_executed",
    }
}

fn step_line(step: &Step) -> Value {
    let r = &step.response;
    let mut m = Map::new();
    if let Some(f) = &step.file {
        m.insert("file".into(), json!(f));
    }
    if let Some(i) = step.file_index {
        m.insert("file_index".into(), json!(i));
    }
    m.insert("index".into(), json!(step.index));
    m.insert("line".into(), json!(step.line));
    m.insert("text".into(), json!(step.text));
    if step.synthetic {
        m.insert("synthetic".into(), json!(true));
    }
    m.insert("outcome".into(), json!(outcome_name(r.outcome)));
    let err = r.error.as_ref();
    m.insert("sqlstate".into(), json!(err.map(|e| &e.sqlstate)));
    m.insert("message".into(), json!(err.map(|e| &e.message)));
    if let Some(d) = err.and_then(|e| e.detail.as_ref()) {
        m.insert("detail".into(), json!(d));
    }
    if let Some(h) = err.and_then(|e| e.hint.as_ref()) {
        m.insert("hint".into(), json!(h));
    }
    if let Some(p) = err.and_then(|e| e.position.as_ref()) {
        m.insert("position".into(), json!(p));
    }
    m.insert("tag".into(), json!(r.tag));
    m.insert("tx_status".into(), json!(r.tx_status.map(TxStatus::as_str)));
    if !r.notices.is_empty() {
        m.insert(
            "notices".into(),
            serde_json::to_value(&r.notices).unwrap_or(Value::Null),
        );
    }
    m.insert(
        "coverage".into(),
        serde_json::to_value(step.coverage).unwrap_or(Value::Null),
    );
    if let Some(d) = &r.data_dependent {
        m.insert(
            "data_dependent".into(),
            serde_json::to_value(d).unwrap_or(Value::Null),
        );
    }
    if let Some(s) = step.left_open {
        m.insert("left_open".into(), json!(s.as_str()));
        m.insert(
            "note".into(),
            json!(format!(
                "transaction still open ({}) at end of file; rolled back before the next file",
                s.as_str()
            )),
        );
    }
    Value::Object(m)
}

fn whole_file_line(w: &WholeFile) -> Value {
    let mut m = Map::new();
    if let Some(f) = &w.file {
        m.insert("file".into(), json!(f));
    }
    if let Some(i) = w.file_index {
        m.insert("file_index".into(), json!(i));
    }
    m.insert("index".into(), Value::Null);
    m.insert("whole_file".into(), json!(true));
    m.insert("results".into(), json!(w.results));
    m.insert("tx_status".into(), json!(w.tx_status.as_str()));
    Value::Object(m)
}

/// Every line of the trace, in the order the oracle writes them.
pub fn lines(trace: &Trace) -> Vec<Value> {
    let mut out = Vec::with_capacity(trace.steps.len() + trace.whole_files.len());
    let mut wf = trace.whole_files.iter().peekable();
    for (i, step) in trace.steps.iter().enumerate() {
        while let Some(w) = wf.next_if(|w| w.after_step == i) {
            out.push(whole_file_line(w));
        }
        out.push(step_line(step));
    }
    out.extend(wf.map(whole_file_line));
    out
}

/// The trace as JSON lines text (one object per line, newline-terminated).
pub fn to_string(trace: &Trace) -> String {
    let mut s = String::new();
    for v in lines(trace) {
        s.push_str(&v.to_string());
        s.push('\n');
    }
    s
}
