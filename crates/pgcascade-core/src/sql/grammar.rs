//! Statements `sqlparser` accepts but PostgreSQL's grammar rejects.

use sqlparser::ast::Statement;

use crate::response::PgError;

/// The syntax error PostgreSQL raises for a statement `sqlparser` accepted, if any.
pub fn rejects(stmt: &Statement, text: &str, pg_version: u32) -> Option<PgError> {
    let _ = (stmt, text, pg_version);
    None
}
