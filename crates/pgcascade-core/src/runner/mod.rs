//! Runners: how a migration tool sends a file to the server.
//!
//! The oracle's five wire modes are [`Mode`]; the tools people use are [`profiles`] on top of
//! them (a mode, whether the tool stops at the first error, its no-transaction directive).

pub mod profiles;

use serde::{Deserialize, Serialize};

use crate::engine::{ServerConfig, Session};
use crate::response::{Response, TxStatus};
use crate::sql::split::split;
use crate::trace::{Coverage, SetupFailure, Step, Trace, WholeFile};

/// The oracle's five ways of sending a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mode {
    /// `BEGIN`, each statement, `COMMIT` (keeps sending after an error: the 25P02 cascade).
    SingleTransaction,
    /// Each statement on its own, no transaction around them.
    Autocommit,
    /// Like autocommit, for files with their own BEGIN/COMMIT (`psql -f`).
    AsWritten,
    /// The whole file as one Query message: an implicit transaction stopping at the first error.
    WholeFile,
    /// `BEGIN`, the whole file as one message, `COMMIT`.
    WholeFileTx,
}

impl Mode {
    pub const ALL: [Mode; 5] = [
        Mode::SingleTransaction,
        Mode::Autocommit,
        Mode::AsWritten,
        Mode::WholeFile,
        Mode::WholeFileTx,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Mode::SingleTransaction => "single-transaction",
            Mode::Autocommit => "autocommit",
            Mode::AsWritten => "as-written",
            Mode::WholeFile => "whole-file",
            Mode::WholeFileTx => "whole-file-tx",
        }
    }

    pub fn parse(name: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|m| m.name() == name)
    }
}

/// Options of one simulated run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SimulateOptions {
    pub mode: Mode,
    /// SQL applied before the migration, statement by statement in autocommit (a schema dump).
    pub setup: Vec<String>,
    /// PostgreSQL major version to simulate.
    pub pg_version: u32,
    /// Stop sending at the first error, as migration tools do (the oracle's modes carry on so
    /// the cascade is visible). In a transaction the tool then sends ROLLBACK.
    pub stop_on_error: bool,
}

impl Default for SimulateOptions {
    fn default() -> Self {
        SimulateOptions {
            mode: Mode::SingleTransaction,
            setup: Vec::new(),
            pg_version: 15,
            stop_on_error: false,
        }
    }
}

/// One file of a history replay: its name as given, its text, and how it is sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryFile {
    pub name: String,
    pub text: String,
    pub mode: Mode,
}

/// Simulate `text` (one SQL migration file) sent as `options.mode` says, on a fresh simulated
/// server with `options.setup` applied first.
pub fn simulate(text: &str, options: &SimulateOptions) -> Trace {
    let (mut session, setup_failures) = new_session(options);
    let mut trace = Trace {
        setup_failures,
        ..Trace::default()
    };
    run_file(
        &mut session,
        None,
        text,
        options.mode,
        options.stop_on_error,
        &mut trace,
    );
    trace
}

/// Replay a project's history: every file in order on ONE database and connection, each in its
/// own mode. A transaction a file leaves open is rolled back before the next file (a synthetic
/// ROLLBACK line, as the oracle does).
pub fn simulate_history(files: &[HistoryFile], options: &SimulateOptions) -> Trace {
    let (mut session, setup_failures) = new_session(options);
    let mut trace = Trace {
        setup_failures,
        ..Trace::default()
    };
    for (i, f) in files.iter().enumerate() {
        let file = FileRef {
            index: i + 1,
            name: &f.name,
        };
        let last = run_file(
            &mut session,
            Some(file),
            &f.text,
            f.mode,
            options.stop_on_error,
            &mut trace,
        );
        let status = session.tx_status();
        if status != TxStatus::Idle {
            let mut step = send(&mut session, Some(file), last + 1, "ROLLBACK", None, true);
            step.left_open = Some(status);
            trace.steps.push(step);
        }
    }
    trace
}

/// A session on a fresh database where `options.setup` was applied first, over its own
/// connection (as a schema dump is loaded before the migration tool connects): the setup's
/// settings (a dump's `set_config('search_path', '', false)`) do not leak into the migration.
/// Setup statements that fail are returned with their error.
fn new_session(options: &SimulateOptions) -> (Session, Vec<SetupFailure>) {
    let mut session = Session::new(ServerConfig {
        pg_version: options.pg_version,
    });
    let mut failures = Vec::new();
    for (file, setup) in options.setup.iter().enumerate() {
        let setup = blank_psql_meta_commands(setup);
        for st in split(&setup) {
            let r = session.execute(&st.text);
            if let Some(error) = r.response.error {
                failures.push(SetupFailure {
                    file: file + 1,
                    line: st.line,
                    text: st.text.clone(),
                    error,
                });
            }
        }
    }
    session.reconnect();
    (session, failures)
}

/// psql meta-commands on lines of their own (`\restrict KEY` in current pg_dump output, `\connect`)
/// are psql's, never sent to the server: blank them, keeping line numbers.
fn blank_psql_meta_commands(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.lines().any(|l| l.trim_start().starts_with('\\')) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        if line.trim_start().starts_with('\\') {
            if line.ends_with('\n') {
                out.push('\n');
            }
        } else {
            out.push_str(line);
        }
    }
    std::borrow::Cow::Owned(out)
}

#[derive(Debug, Clone, Copy)]
struct FileRef<'a> {
    index: usize,
    name: &'a str,
}

/// Send one statement on its own and record it.
fn send(
    session: &mut Session,
    file: Option<FileRef<'_>>,
    index: usize,
    text: &str,
    source: Option<&crate::sql::split::Statement>,
    synthetic: bool,
) -> Step {
    let r = session.execute(text);
    Step {
        file_index: file.map(|f| f.index),
        file: file.map(|f| f.name.to_string()),
        index,
        line: source.map(|s| s.line),
        span: source.map(|s| s.span),
        text: text.to_string(),
        synthetic,
        coverage: r.coverage,
        response: r.response,
        left_open: None,
    }
}

/// Run one file; returns the index of the last step written for it.
fn run_file(
    session: &mut Session,
    file: Option<FileRef<'_>>,
    text: &str,
    mode: Mode,
    stop_on_error: bool,
    trace: &mut Trace,
) -> usize {
    let statements = split(text);
    let n = statements.len();
    match mode {
        Mode::SingleTransaction => {
            trace
                .steps
                .push(send(session, file, 0, "BEGIN", None, true));
            let failed = send_each(session, file, &statements, stop_on_error, trace);
            let end = if failed { "ROLLBACK" } else { "COMMIT" };
            trace
                .steps
                .push(send(session, file, n + 1, end, None, true));
            n + 1
        }
        Mode::Autocommit | Mode::AsWritten => {
            send_each(session, file, &statements, stop_on_error, trace);
            n
        }
        Mode::WholeFile | Mode::WholeFileTx => {
            let tx = mode == Mode::WholeFileTx;
            if tx {
                trace
                    .steps
                    .push(send(session, file, 0, "BEGIN", None, true));
            }
            let texts: Vec<&str> = statements.iter().map(|s| s.text.as_str()).collect();
            let result = session.execute_message(&texts);
            let mut ran = result.results.into_iter().peekable();
            for (i, st) in statements.iter().enumerate() {
                let (response, coverage) = match ran.peek() {
                    Some((j, _)) if *j == i => {
                        let r = ran.next().expect("peeked").1;
                        (r.response, r.coverage)
                    }
                    _ => (Response::not_executed(), Coverage::Full),
                };
                trace.steps.push(Step {
                    file_index: file.map(|f| f.index),
                    file: file.map(|f| f.name.to_string()),
                    index: st.index,
                    line: Some(st.line),
                    span: Some(st.span),
                    text: st.text.clone(),
                    synthetic: false,
                    coverage,
                    response,
                    left_open: None,
                });
            }
            trace.whole_files.push(WholeFile {
                file_index: file.map(|f| f.index),
                file: file.map(|f| f.name.to_string()),
                results: trace_results(&trace.steps, n),
                tx_status: result.tx_status,
                after_step: trace.steps.len(),
            });
            if tx {
                let failed = stop_on_error
                    && trace.steps[trace.steps.len() - n..]
                        .iter()
                        .any(|s| s.response.outcome == crate::response::Outcome::Error);
                let end = if failed { "ROLLBACK" } else { "COMMIT" };
                trace
                    .steps
                    .push(send(session, file, n + 1, end, None, true));
                n + 1
            } else {
                n
            }
        }
    }
}

/// Send statements one by one; with `stop_on_error`, the ones after the first error are
/// recorded as not executed. Returns whether it stopped at an error.
fn send_each(
    session: &mut Session,
    file: Option<FileRef<'_>>,
    statements: &[crate::sql::split::Statement],
    stop_on_error: bool,
    trace: &mut Trace,
) -> bool {
    let mut stopped = false;
    for st in statements {
        if stopped {
            trace.steps.push(Step {
                file_index: file.map(|f| f.index),
                file: file.map(|f| f.name.to_string()),
                index: st.index,
                line: Some(st.line),
                span: Some(st.span),
                text: st.text.clone(),
                synthetic: false,
                coverage: Coverage::Full,
                response: Response::not_executed(),
                left_open: None,
            });
            continue;
        }
        let step = send(session, file, st.index, &st.text, Some(st), false);
        stopped = stop_on_error && step.response.outcome == crate::response::Outcome::Error;
        trace.steps.push(step);
    }
    stopped
}

/// How many of the last `n` steps produced a result (ran, ok or error).
fn trace_results(steps: &[Step], n: usize) -> usize {
    steps[steps.len() - n..]
        .iter()
        .filter(|s| s.response.outcome != crate::response::Outcome::NotExecuted)
        .count()
}
