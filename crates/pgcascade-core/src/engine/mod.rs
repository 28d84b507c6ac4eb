//! The simulated server: one catalog, sessions that send it statements.
//!
//! * [`Session`] is one connection: `execute(text) -> Response`, with PostgreSQL's transaction
//!   block state machine (idle, in transaction, failed; savepoints) and statement atomicity.
//! * [`exec`] runs one parsed command against the catalog.
//! * [`errors`] builds PostgreSQL's error responses with its wording.

pub mod data;
pub mod errors;
mod exec;
mod session;
mod settings;

pub use session::{MessageResult, ServerConfig, Session, StatementResult};
pub use settings::Settings;
