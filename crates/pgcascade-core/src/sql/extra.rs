//! Our own parsers for PostgreSQL statements `sqlparser` cannot read (or reads wrongly), so
//! they are still simulated in full. (Being written.)

use super::ObjName;

/// A statement parsed by this module.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Extra {
    /// `DO [LANGUAGE l] $$…$$`: runs an anonymous block (its body is opaque).
    Do,
    /// `DROP INDEX [CONCURRENTLY] [IF EXISTS] name [, …] [CASCADE|RESTRICT]`.
    DropIndex {
        concurrently: bool,
        if_exists: bool,
        names: Vec<ObjName>,
        cascade: bool,
    },
}

/// Parse `text` if it is one of the forms this module knows.
pub fn parse_extra(text: &str) -> Option<Extra> {
    let _ = text;
    None
}
