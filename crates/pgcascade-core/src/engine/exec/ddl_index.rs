//! CREATE INDEX and ALTER INDEX.

use sqlparser::ast::{AlterIndexOperation, CreateIndex, ObjectName};

use super::{Ctx, ExecResult};

pub fn create_index(ctx: &mut Ctx<'_>, ci: &CreateIndex) -> ExecResult {
    let _ = ci;
    ctx.partial();
    Ok("CREATE INDEX".into())
}

pub fn alter_index(ctx: &mut Ctx<'_>, name: &ObjectName, op: &AlterIndexOperation) -> ExecResult {
    let _ = (name, op);
    ctx.partial();
    Ok("ALTER INDEX".into())
}
