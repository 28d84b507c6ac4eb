//! The Trace: every statement a runner sent to the simulated server, with the answer.
//!
//! One model for every face: the CLI prints it (pretty, JSON lines), the web app plays it,
//! lint rules read it. Field names follow the oracle's JSON lines (`../shared/oracle`).

pub mod jsonl;
pub mod story;

use serde::{Deserialize, Serialize};

use crate::response::{Response, TxStatus};
use crate::source::Span;

/// Version of the serialised Trace; bumped on any incompatible change.
pub const TRACE_FORMAT_VERSION: u32 = 1;

/// How much of a statement the engine understood.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Coverage {
    /// Parsed and simulated: the response is a prediction.
    Full,
    /// Recognised (its command and target are known) but not every clause is modelled.
    Partial,
    /// Not understood beyond its leading keywords: the response is a guess that it succeeds.
    Opaque,
}

/// One statement sent to the server.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    /// Index of the file in a history replay (1-based), `None` for a single file.
    pub file_index: Option<usize>,
    /// The file's name as given, in a history replay.
    pub file: Option<String>,
    /// 1-based index of the statement in its file; the runner's own BEGIN is 0 and its
    /// COMMIT is N+1, as the oracle numbers them.
    pub index: usize,
    /// 1-based line of the statement's first token; `None` for synthetic steps.
    pub line: Option<usize>,
    /// Where the statement stands in the source; `None` for synthetic steps.
    pub span: Option<Span>,
    /// The statement text as sent.
    pub text: String,
    /// Sent by the runner (its BEGIN/COMMIT/ROLLBACK), not written in the file.
    pub synthetic: bool,
    pub coverage: Coverage,
    pub response: Response,
    /// On a runner's ROLLBACK at the end of a history file: the status the file left open.
    pub left_open: Option<TxStatus>,
}

/// The result of a whole file sent as one Query message (whole-file modes).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WholeFile {
    pub file_index: Option<usize>,
    pub file: Option<String>,
    /// How many results the message produced before it stopped.
    pub results: usize,
    pub tx_status: TxStatus,
    /// The number of steps recorded before this result (its place in the trace).
    pub after_step: usize,
}

/// A statement of the starting schema (`--setup`) that failed: the database the migration
/// meets is not quite the one the user described.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetupFailure {
    /// 1-based index of the setup file.
    pub file: usize,
    pub line: usize,
    pub text: String,
    pub error: crate::response::PgError,
}

/// Everything one simulated run did.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Trace {
    pub steps: Vec<Step>,
    pub whole_files: Vec<WholeFile>,
    pub setup_failures: Vec<SetupFailure>,
}
