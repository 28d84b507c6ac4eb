//! What the simulated server answers to one Query message, shaped like what libpq reports.

use serde::{Deserialize, Serialize};

/// libpq's `PQtransactionStatus` after a statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TxStatus {
    /// Not in a transaction block.
    Idle,
    /// In a healthy transaction block.
    Intrans,
    /// In a failed transaction block: everything but ROLLBACK (and friends) answers 25P02.
    Inerror,
}

impl TxStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            TxStatus::Idle => "idle",
            TxStatus::Intrans => "intrans",
            TxStatus::Inerror => "inerror",
        }
    }
}

/// What happened to one statement, named as the oracle names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Ok,
    Error,
    /// Whole-file modes: the statement was never reached (or was rolled back with its message).
    NotExecuted,
}

/// An ERROR as PostgreSQL reports it (ErrorResponse fields).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PgError {
    /// Five-character SQLSTATE, e.g. `42P07`.
    pub sqlstate: String,
    /// Primary message, PostgreSQL 15's wording.
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub detail: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub hint: Option<String>,
    /// 1-based character position in the statement (syntax errors), as a decimal string like libpq.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub position: Option<String>,
}

impl PgError {
    pub fn new(sqlstate: &str, message: impl Into<String>) -> Self {
        PgError {
            sqlstate: sqlstate.to_string(),
            message: message.into(),
            detail: None,
            hint: None,
            position: None,
        }
    }

    pub fn with_detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn with_position(mut self, position: usize) -> Self {
        self.position = Some(position.to_string());
        self
    }
}

/// A NOTICE or WARNING sent with a response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notice {
    /// `NOTICE`, `WARNING`, `INFO`, ...
    pub severity: String,
    pub sqlstate: String,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub detail: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub hint: Option<String>,
}

impl Notice {
    /// A NOTICE (PostgreSQL's own word for the message kind, hence the name).
    #[allow(clippy::self_named_constructors)]
    pub fn notice(sqlstate: &str, message: impl Into<String>) -> Self {
        Notice {
            severity: "NOTICE".into(),
            sqlstate: sqlstate.into(),
            message: message.into(),
            detail: None,
            hint: None,
        }
    }

    pub fn warning(sqlstate: &str, message: impl Into<String>) -> Self {
        Notice {
            severity: "WARNING".into(),
            ..Notice::notice(sqlstate, message)
        }
    }
}

/// The server's answer to one statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Response {
    pub outcome: Outcome,
    /// Command tag (`CREATE TABLE`, `INSERT 0 1`, `ROLLBACK` for the COMMIT of a failed block).
    pub tag: Option<String>,
    pub error: Option<PgError>,
    pub notices: Vec<Notice>,
    /// Transaction status after the statement; `None` inside a whole-file message.
    pub tx_status: Option<TxStatus>,
    /// The answer depends on row data the engine does not know: the SQLSTATE it would raise.
    pub data_dependent: Option<DataDependence>,
}

/// A statement whose outcome depends on rows the simulator does not know.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DataDependence {
    /// The SQLSTATE real PostgreSQL raises when the data is such (e.g. `23502`).
    pub sqlstate: String,
    /// Why: "the table may have rows with NULL in column \"email\"".
    pub reason: String,
}

impl Response {
    /// A statement of a whole-file message that never ran.
    pub fn not_executed() -> Self {
        Response {
            outcome: Outcome::NotExecuted,
            tag: None,
            error: None,
            notices: Vec::new(),
            tx_status: None,
            data_dependent: None,
        }
    }
}
