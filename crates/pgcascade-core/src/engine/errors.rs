//! PostgreSQL's errors, with PostgreSQL 15's wording.

use crate::response::PgError;

pub fn in_failed_transaction() -> PgError {
    PgError::new(
        "25P02",
        "current transaction is aborted, commands ignored until end of transaction block",
    )
}

pub fn cannot_run_in_block(command: &str) -> PgError {
    PgError::new(
        "25001",
        format!("{command} cannot run inside a transaction block"),
    )
}

pub fn only_in_block(command: &str) -> PgError {
    PgError::new(
        "25P01",
        format!("{command} can only be used in transaction blocks"),
    )
}

pub fn no_such_savepoint(name: &str) -> PgError {
    PgError::new("3B001", format!("savepoint \"{name}\" does not exist"))
}

pub fn relation_does_not_exist(name: &str) -> PgError {
    PgError::new("42P01", format!("relation \"{name}\" does not exist"))
}

pub fn relation_exists(name: &str) -> PgError {
    PgError::new("42P07", format!("relation \"{name}\" already exists"))
}

pub fn column_does_not_exist(column: &str) -> PgError {
    PgError::new("42703", format!("column \"{column}\" does not exist"))
}

pub fn column_of_relation_does_not_exist(column: &str, relation: &str) -> PgError {
    PgError::new(
        "42703",
        format!("column \"{column}\" of relation \"{relation}\" does not exist"),
    )
}

pub fn column_exists(column: &str, relation: &str) -> PgError {
    PgError::new(
        "42701",
        format!("column \"{column}\" of relation \"{relation}\" already exists"),
    )
}

pub fn schema_does_not_exist(name: &str) -> PgError {
    PgError::new("3F000", format!("schema \"{name}\" does not exist"))
}

pub fn no_schema_selected() -> PgError {
    PgError::new("3F000", "no schema has been selected to create in")
}

pub fn type_does_not_exist(name: &str) -> PgError {
    PgError::new("42704", format!("type \"{name}\" does not exist"))
}

pub fn type_exists(name: &str) -> PgError {
    PgError::new("42710", format!("type \"{name}\" already exists"))
}

pub fn not_a(name: &str, what: &str) -> PgError {
    PgError::new("42809", format!("\"{name}\" is not {what}"))
}

/// 2BP01 with PostgreSQL's DETAIL (one line per dependent object) and HINT.
pub fn dependent_objects(what: &str, dependents: &[String]) -> PgError {
    PgError::new(
        "2BP01",
        format!("cannot drop {what} because other objects depend on it"),
    )
    .with_detail(dependents.join("\n"))
    .with_hint("Use DROP ... CASCADE to drop the dependent objects too.")
}

pub fn feature_not_supported(message: impl Into<String>) -> PgError {
    PgError::new("0A000", message)
}
