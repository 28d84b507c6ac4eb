//! The SQL front-end: text → statements (split exactly as psql does) → commands the engine runs.
//!
//! * [`split`] cuts a file into statements with spans, as psql does.
//! * [`parse`] turns one statement into a [`parse::Command`]: transaction control ([`txn`]),
//!   a `sqlparser` AST, one of our own [`extra`] forms for what `sqlparser` cannot read, or an
//!   opaque statement known only by its leading words ([`keywords`]).

pub mod extra;
pub mod grammar;
pub mod keywords;
pub mod parse;
pub mod split;
pub mod txn;
pub mod words;

/// A possibly qualified object name, each part already folded (unquoted → lower case) and
/// truncated to 63 bytes, as PostgreSQL's parser leaves it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ObjName(pub Vec<String>);

impl ObjName {
    pub fn unqualified(name: &str) -> Self {
        ObjName(vec![name.to_string()])
    }

    /// The last part: the object's own name.
    pub fn name(&self) -> &str {
        self.0.last().map_or("", String::as_str)
    }

    /// The schema part, when qualified.
    pub fn schema(&self) -> Option<&str> {
        if self.0.len() >= 2 {
            Some(&self.0[self.0.len() - 2])
        } else {
            None
        }
    }
}

impl std::fmt::Display for ObjName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0.join("."))
    }
}

/// Fold a sqlparser identifier as PostgreSQL does: unquoted to lower case, then truncate.
pub fn fold_ident(ident: &sqlparser::ast::Ident) -> String {
    let s = if ident.quote_style.is_some() {
        ident.value.clone()
    } else {
        ident.value.to_lowercase()
    };
    crate::catalog::truncate_identifier(&s)
}

/// Fold a sqlparser object name.
pub fn fold_name(name: &sqlparser::ast::ObjectName) -> ObjName {
    ObjName(
        name.0
            .iter()
            .map(|part| match part.as_ident() {
                Some(id) => fold_ident(id),
                None => part.to_string(),
            })
            .collect(),
    )
}
