//! Views, schemas, sequences, functions, triggers, extensions and comments.

use sqlparser::ast::{CreateExtension, CreateFunction, CreateTrigger, CreateView, Statement};

use super::{Ctx, ExecResult};

pub fn create_view(ctx: &mut Ctx<'_>, v: &CreateView) -> ExecResult {
    ctx.partial();
    Ok(if v.materialized { "SELECT 0".into() } else { "CREATE VIEW".into() })
}

pub fn create_schema(ctx: &mut Ctx<'_>, s: &Statement) -> ExecResult {
    let _ = s;
    ctx.partial();
    Ok("CREATE SCHEMA".into())
}

pub fn create_sequence(ctx: &mut Ctx<'_>, s: &Statement) -> ExecResult {
    let _ = s;
    ctx.partial();
    Ok("CREATE SEQUENCE".into())
}

pub fn create_function(ctx: &mut Ctx<'_>, f: &CreateFunction) -> ExecResult {
    let _ = f;
    ctx.partial();
    Ok("CREATE FUNCTION".into())
}

pub fn create_trigger(ctx: &mut Ctx<'_>, t: &CreateTrigger) -> ExecResult {
    let _ = t;
    ctx.partial();
    Ok("CREATE TRIGGER".into())
}

pub fn create_extension(ctx: &mut Ctx<'_>, e: &CreateExtension) -> ExecResult {
    let _ = e;
    ctx.partial();
    Ok("CREATE EXTENSION".into())
}

pub fn comment(ctx: &mut Ctx<'_>, s: &Statement) -> ExecResult {
    let _ = s;
    ctx.partial();
    Ok("COMMENT".into())
}
