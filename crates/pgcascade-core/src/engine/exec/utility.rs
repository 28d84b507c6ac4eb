//! Everything else: VACUUM, CLUSTER, REINDEX, REFRESH, GRANT, LOCK, …, and opaque statements.

use sqlparser::ast::Statement;

use super::{Ctx, ExecResult};

pub fn run(ctx: &mut Ctx<'_>, stmt: &Statement) -> ExecResult {
    ctx.partial();
    let text = stmt.to_string();
    match crate::sql::keywords::classify(&text) {
        crate::sql::keywords::Classified::Command { tag } => Ok(tag),
        _ => Ok(String::new()),
    }
}

/// A statement known only by its leading keywords: assumed to succeed.
pub fn opaque(ctx: &mut Ctx<'_>, tag: &str) -> ExecResult {
    let _ = ctx;
    Ok(tag.to_string())
}
