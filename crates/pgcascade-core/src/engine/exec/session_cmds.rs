//! SET, SET LOCAL, RESET, SHOW.

use sqlparser::ast::Statement;

use super::{Ctx, ExecResult};

pub fn run(ctx: &mut Ctx<'_>, stmt: &Statement) -> ExecResult {
    ctx.partial();
    Ok(match stmt {
        Statement::ShowVariable { .. } => "SHOW",
        Statement::Reset(_) => "RESET",
        _ => "SET",
    }
    .into())
}
