//! Runners: how a migration tool sends a file to the server.
//! (The driver is being written; the types are the contract.)

use serde::{Deserialize, Serialize};

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
}

impl Default for SimulateOptions {
    fn default() -> Self {
        SimulateOptions {
            mode: Mode::SingleTransaction,
            setup: Vec::new(),
            pg_version: 15,
        }
    }
}

/// Simulate `text` (one SQL migration file) sent as `options.mode` says, on a fresh simulated
/// server with `options.setup` applied first.
pub fn simulate(text: &str, options: &SimulateOptions) -> crate::trace::Trace {
    // Placeholder until the engine lands: the contract is this signature.
    let _ = (text, options);
    crate::trace::Trace::default()
}
