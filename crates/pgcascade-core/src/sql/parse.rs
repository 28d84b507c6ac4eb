//! One statement's text → the command the engine runs.

use sqlparser::ast::Statement;
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::parser::Parser;

use super::extra::{parse_extra, Extra};
use super::keywords::{classify, Classified};
use super::txn::{parse_txn, TxnCommand};
use crate::response::PgError;

/// How deep `sqlparser` may recurse before giving up (hostile nesting).
const RECURSION_LIMIT: usize = 64;

/// A statement ready to run.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// BEGIN, COMMIT, SAVEPOINT, …
    Txn(TxnCommand),
    /// Parsed by `sqlparser`.
    Sql(Box<Statement>),
    /// Parsed by our own [`super::extra`] parsers.
    Extra(Extra),
    /// Known only by its leading keywords: assumed to succeed with this tag.
    Opaque { tag: String },
    /// Nothing but comments: PostgreSQL answers an empty query.
    Empty,
}

/// Parse one statement as PostgreSQL's grammar would, for server version `pg_version`.
pub fn parse(text: &str, pg_version: u32) -> Result<Command, PgError> {
    if let Some(t) = parse_txn(text) {
        return Ok(Command::Txn(t));
    }
    if let Some(e) = parse_extra(text) {
        // a form this version's grammar rejects is a syntax error before anything runs
        if let Extra::Rejected(r) = &e {
            if let Some(err) = r.error_for(pg_version) {
                return Err(err);
            }
        }
        return Ok(Command::Extra(e));
    }
    let dialect = PostgreSqlDialect {};
    let parsed = Parser::new(&dialect)
        .with_recursion_limit(RECURSION_LIMIT)
        .try_with_sql(text)
        .and_then(|mut p| p.parse_statements());
    let classified = classify(text);
    if let Classified::SyntaxError { near } = &classified {
        return Err(syntax_error(text, near));
    }
    match parsed {
        Ok(mut stmts) if stmts.len() == 1 => {
            let stmt = stmts.pop().expect("one statement");
            if let Some(err) = super::grammar::rejects(&stmt, text, pg_version) {
                return Err(err);
            }
            Ok(Command::Sql(Box::new(stmt)))
        }
        _ => match classified {
            Classified::Command { tag } => Ok(Command::Opaque { tag }),
            Classified::Empty => Ok(Command::Empty),
            Classified::SyntaxError { near } => Err(syntax_error(text, &near)),
        },
    }
}

/// `syntax error at or near "X"` with the position of X in `text` (1-based, in characters).
pub fn syntax_error(text: &str, near: &str) -> PgError {
    let err = PgError::new("42601", format!("syntax error at or near \"{near}\""));
    match find_word(text, near) {
        Some(byte) => err.with_position(text[..byte].chars().count() + 1),
        None => err,
    }
}

/// Byte offset of `word` standing alone (not inside a longer word) in `text`.
pub fn find_word(text: &str, word: &str) -> Option<usize> {
    if word.is_empty() {
        return None;
    }
    let bytes = text.as_bytes();
    let is_word = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80;
    let mut from = 0;
    while let Some(pos) = text[from..].find(word) {
        let at = from + pos;
        let before_ok = at == 0 || !is_word(bytes[at - 1]);
        let after = at + word.len();
        let after_ok = after >= bytes.len() || !is_word(bytes[after]);
        if before_ok && after_ok {
            return Some(at);
        }
        from = at + word.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grammar_errors_name_the_word() {
        let e = parse("CREATE TABLEE late (id int);", 15).unwrap_err();
        assert_eq!(e.sqlstate, "42601");
        assert_eq!(e.message, "syntax error at or near \"TABLEE\"");
        assert_eq!(e.position.as_deref(), Some("8"));
    }

    #[test]
    fn unparsed_known_commands_are_opaque() {
        match parse("CREATE TEXT SEARCH CONFIGURATION x (COPY = simple);", 15) {
            Ok(Command::Opaque { tag }) | Err(PgError { message: tag, .. }) => {
                assert_eq!(tag, "CREATE TEXT SEARCH")
            }
            Ok(other) => assert!(matches!(other, Command::Sql(_)), "{other:?}"),
        }
    }
}
