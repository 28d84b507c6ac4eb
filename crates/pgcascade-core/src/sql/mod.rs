//! The SQL front-end: text → statements (split exactly as psql does) → parsed commands.

pub mod split;
