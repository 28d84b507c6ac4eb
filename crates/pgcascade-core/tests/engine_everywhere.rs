//! The engine behaves the same natively and in the browser (wasm32 in headless Chromium):
//! the abort cascade of the oracle's case 02 (single-transaction), recorded on PostgreSQL 15.

#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

use pgcascade_core::response::Outcome;
use pgcascade_core::{simulate, Mode, SimulateOptions};

const CASCADE: &str = "CREATE TABLE accounts (id bigserial PRIMARY KEY, email text NOT NULL);
CREATE TABLE accounts (id int);
CREATE INDEX accounts_email_idx ON accounts (email);
SELECT 1 FROM pg_class WHERE relname = 'accounts';
";

/// (SQLSTATE or tag, tx status) per step.
fn summary(mode: Mode) -> Vec<(String, Option<&'static str>)> {
    let trace = simulate(
        CASCADE,
        &SimulateOptions {
            mode,
            ..Default::default()
        },
    );
    trace
        .steps
        .iter()
        .map(|s| {
            let r = &s.response;
            let what = match (&r.outcome, &r.error) {
                (Outcome::Error, Some(e)) => e.sqlstate.clone(),
                (Outcome::NotExecuted, _) => "not_executed".into(),
                _ => r.tag.clone().unwrap_or_default(),
            };
            (what, r.tx_status.map(|t| t.as_str()))
        })
        .collect()
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn cascade_in_one_transaction() {
    let s = |a: &str, b: &'static str| (a.to_string(), Some(b));
    assert_eq!(
        summary(Mode::SingleTransaction),
        vec![
            s("BEGIN", "intrans"),
            s("CREATE TABLE", "intrans"),
            s("42P07", "inerror"),
            s("25P02", "inerror"),
            s("25P02", "inerror"),
            s("ROLLBACK", "idle"),
        ]
    );
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn whole_file_stops_at_the_first_error() {
    let s = |a: &str| (a.to_string(), None);
    assert_eq!(
        summary(Mode::WholeFile),
        vec![
            s("CREATE TABLE"),
            s("42P07"),
            s("not_executed"),
            s("not_executed"),
        ]
    );
}
