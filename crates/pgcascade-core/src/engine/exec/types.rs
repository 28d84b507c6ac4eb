//! CREATE TYPE (enum, composite, range), ALTER TYPE, CREATE DOMAIN.

use sqlparser::ast::Statement;

use super::{Ctx, ExecResult};

pub fn run(ctx: &mut Ctx<'_>, stmt: &Statement) -> ExecResult {
    ctx.partial();
    Ok(match stmt {
        Statement::CreateDomain(_) => "CREATE DOMAIN",
        Statement::AlterType(_) => "ALTER TYPE",
        _ => "CREATE TYPE",
    }
    .into())
}
