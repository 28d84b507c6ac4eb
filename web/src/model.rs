//! Pure view logic: no DOM, no Yew. Everything here is tested natively and in the browser.

use pgcascade_core::{Mode, Outcome, Step};

/// The example the playground opens with: the abort cascade. The second `CREATE TABLE` fails
/// with 42P07, and inside one transaction every statement after it answers 25P02.
pub const DEFAULT_MIGRATION: &str = "\
-- The abort cascade: one error poisons the rest of the transaction.
CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL
);

-- Fails: 42P07 relation \"users\" already exists.
CREATE TABLE users (id bigint PRIMARY KEY);

-- In a transaction block, each of these now fails with 25P02.
CREATE INDEX users_email_idx ON users (email);
ALTER TABLE users ADD COLUMN name text;
INSERT INTO users (id, email) VALUES (1, 'ada@example.com');
";

/// How many characters of a statement the trace table shows.
pub const STATEMENT_PREVIEW_CHARS: usize = 60;

/// What one row of the trace table shows, every cell already a string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepRow {
    pub index: String,
    pub line: String,
    /// The statement on one line, truncated to [`STATEMENT_PREVIEW_CHARS`].
    pub text: String,
    /// The whole statement, for a tooltip.
    pub full_text: String,
    pub outcome: &'static str,
    pub sqlstate: String,
    pub message: String,
    pub tag: String,
    pub tx_status: &'static str,
    /// CSS class of the row: `ok`, `error` or `not-executed`, plus `synthetic` for runner steps.
    pub class: String,
}

/// Shown in a cell that has no value.
pub const EMPTY_CELL: &str = "—";

/// The label of an outcome, as the oracle names it but readable.
pub fn outcome_label(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Ok => "ok",
        Outcome::Error => "error",
        Outcome::NotExecuted => "not executed",
    }
}

fn outcome_class(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Ok => "ok",
        Outcome::Error => "error",
        Outcome::NotExecuted => "not-executed",
    }
}

/// `text` on one line (runs of whitespace become one space), cut to `max` characters with `…`.
pub fn one_line_preview(text: &str, max: usize) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        return flat;
    }
    let mut cut: String = flat.chars().take(max.saturating_sub(1)).collect();
    cut.truncate(cut.trim_end().len());
    cut.push('…');
    cut
}

/// The cells of one trace step.
pub fn step_row(step: &Step) -> StepRow {
    let response = &step.response;
    let error = response.error.as_ref();
    let mut class = outcome_class(response.outcome).to_string();
    if step.synthetic {
        class.push_str(" synthetic");
    }
    StepRow {
        index: step.index.to_string(),
        line: step
            .line
            .map_or_else(|| EMPTY_CELL.to_string(), |l| l.to_string()),
        text: one_line_preview(&step.text, STATEMENT_PREVIEW_CHARS),
        full_text: step.text.clone(),
        outcome: outcome_label(response.outcome),
        sqlstate: error.map_or_else(|| EMPTY_CELL.to_string(), |e| e.sqlstate.clone()),
        message: error.map_or_else(String::new, |e| e.message.clone()),
        tag: response
            .tag
            .clone()
            .unwrap_or_else(|| EMPTY_CELL.to_string()),
        tx_status: response.tx_status.map_or(EMPTY_CELL, |t| t.as_str()),
        class,
    }
}

/// `1 statement`, `2 statements`.
pub fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// The line under the editor: how many statements the file has, how many steps the trace has.
pub fn status_line(statements: usize, steps: usize, mode: Mode) -> String {
    format!(
        "{} · {} in the trace · mode {}",
        plural(statements, "statement"),
        plural(steps, "step"),
        mode.name()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use pgcascade_core::{simulate, PgError, SimulateOptions, TxStatus};

    fn run(text: &str, mode: Mode) -> Vec<Step> {
        let options = SimulateOptions {
            mode,
            ..Default::default()
        };
        simulate(text, &options).steps
    }

    /// A real step from the engine, reshaped: these tests do not break when the core adds a
    /// field to `Step` or `Response`.
    fn step(index: usize, text: &str, outcome: Outcome) -> Step {
        let mut s = run("SELECT 1;", Mode::Autocommit).remove(0);
        s.index = index;
        s.line = Some(index + 1);
        s.text = text.to_string();
        s.synthetic = false;
        s.response.outcome = outcome;
        s.response.tag = None;
        s.response.error = None;
        s.response.tx_status = None;
        s
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn preview_flattens_whitespace_and_keeps_short_text() {
        assert_eq!(
            one_line_preview("CREATE TABLE t (\n    id int\n);", 60),
            "CREATE TABLE t ( id int );"
        );
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn preview_truncates_on_char_boundaries() {
        let long = "INSERT INTO café VALUES ('ééééééééééééééééééééééé');";
        let cut = one_line_preview(long, 20);
        assert_eq!(cut.chars().count(), 20);
        assert!(cut.ends_with('…'));
        assert!(cut.starts_with("INSERT INTO café"));
        assert_eq!(one_line_preview("abc", 3), "abc");
        assert_eq!(one_line_preview("abcd", 3), "ab…");
        assert_eq!(one_line_preview("ab  cd", 3), "ab…");
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn error_row_shows_sqlstate_and_message() {
        let mut s = step(
            2,
            "CREATE TABLE users (id bigint PRIMARY KEY);",
            Outcome::Error,
        );
        s.response.error = Some(PgError::new("42P07", "relation \"users\" already exists"));
        s.response.tx_status = Some(TxStatus::Inerror);
        let row = step_row(&s);
        assert_eq!(row.index, "2");
        assert_eq!(row.line, "3");
        assert_eq!(row.outcome, "error");
        assert_eq!(row.sqlstate, "42P07");
        assert_eq!(row.message, "relation \"users\" already exists");
        assert_eq!(row.tag, EMPTY_CELL);
        assert_eq!(row.tx_status, "inerror");
        assert_eq!(row.class, "error");
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn ok_row_and_synthetic_row() {
        let mut s = step(1, "CREATE TABLE users (id int);", Outcome::Ok);
        s.response.tag = Some("CREATE TABLE".into());
        s.response.tx_status = Some(TxStatus::Intrans);
        let row = step_row(&s);
        assert_eq!(
            (row.outcome, row.sqlstate.as_str(), row.message.as_str()),
            ("ok", EMPTY_CELL, "")
        );
        assert_eq!(
            (row.tag.as_str(), row.tx_status),
            ("CREATE TABLE", "intrans")
        );

        let mut begin = step(0, "BEGIN", Outcome::Ok);
        begin.synthetic = true;
        begin.line = None;
        let row = step_row(&begin);
        assert_eq!(row.line, EMPTY_CELL);
        assert_eq!(row.tx_status, EMPTY_CELL);
        assert_eq!(row.class, "ok synthetic");
        assert_eq!(
            step_row(&step(4, "x", Outcome::NotExecuted)).outcome,
            "not executed"
        );
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn status_line_counts_and_names_the_mode() {
        assert_eq!(
            status_line(1, 0, Mode::Autocommit),
            "1 statement · 0 steps in the trace · mode autocommit"
        );
        assert_eq!(
            status_line(5, 7, Mode::SingleTransaction),
            "5 statements · 7 steps in the trace · mode single-transaction"
        );
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn default_migration_has_the_cascade_shape() {
        let statements = pgcascade_core::sql::split::split(DEFAULT_MIGRATION);
        assert_eq!(statements.len(), 5);
        assert!(statements[0].text.starts_with("CREATE TABLE users"));
        assert!(statements[1].text.starts_with("CREATE TABLE users"));
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn default_migration_shows_the_abort_cascade() {
        let rows: Vec<StepRow> = run(DEFAULT_MIGRATION, Mode::SingleTransaction)
            .iter()
            .map(step_row)
            .collect();
        let cells: Vec<(&str, &str)> = rows
            .iter()
            .map(|r| (r.index.as_str(), r.sqlstate.as_str()))
            .collect();
        assert_eq!(
            cells,
            [
                ("0", EMPTY_CELL),
                ("1", EMPTY_CELL),
                ("2", "42P07"),
                ("3", "25P02"),
                ("4", "25P02"),
                ("5", "25P02"),
                ("6", EMPTY_CELL),
            ]
        );
        assert_eq!(rows[6].tag, "ROLLBACK");
    }
}
