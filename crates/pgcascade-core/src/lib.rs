//! pgcascade-core: a deterministic, simulated PostgreSQL server.
//!
//! Text goes in through a front-end ([`sql`]), is sent by a [`runner`] over a
//! [`engine::Session`] to the simulated server ([`engine::Engine`]), and every
//! statement sent is recorded in one [`trace::Trace`].
//!
//! The core has no I/O, no clock and no randomness: the same input always gives
//! the same trace, natively and on `wasm32-unknown-unknown`.

pub mod catalog;
pub mod engine;
pub mod response;
pub mod runner;
pub mod source;
pub mod sql;
pub mod trace;

pub use response::{Notice, Outcome, PgError, Response, TxStatus};
pub use runner::{simulate, simulate_history, HistoryFile, Mode, SimulateOptions};
pub use source::Span;
pub use trace::{Coverage, Step, Trace};
