//! CREATE TABLE and ALTER TABLE.

use sqlparser::ast::{AlterTable, CreateTable};

use super::{Ctx, ExecResult};

pub fn create_table(ctx: &mut Ctx<'_>, ct: &CreateTable) -> ExecResult {
    let _ = ct;
    ctx.partial();
    Ok("CREATE TABLE".into())
}

pub fn alter_table(ctx: &mut Ctx<'_>, at: &AlterTable) -> ExecResult {
    let _ = at;
    ctx.partial();
    Ok("ALTER TABLE".into())
}
