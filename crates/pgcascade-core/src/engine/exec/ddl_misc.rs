//! Views, schemas, sequences, functions, triggers, extensions and comments.
//!
//! Each command checks what PostgreSQL checks, in the same order, and records the new object in
//! the catalog with what later commands need: a view's columns and the relations and columns it
//! reads, a function's signature, a trigger's function, an extension's functions and types.

mod comment;
mod ext_data;
mod extension;
mod function;
#[cfg(test)]
mod tests;
mod view;

use sqlparser::ast::{
    CreateExtension, CreateFunction, CreateTrigger, CreateView, Expr, SchemaName, SequenceOptions,
    Statement,
};

use super::{Ctx, ExecResult};
use crate::catalog::{QualName, RelKind, Relation, SequenceInfo};
use crate::engine::errors;
use crate::response::PgError;
use crate::sql::{fold_name, ObjName};

// entry points for the forms `sqlparser` does not read (parsed in `sql::extra`)
pub(crate) use comment::{comment_on_constraint, comment_on_routine};
pub(crate) use extension::extension_requires;
#[allow(unused_imports)]
pub(crate) use function::{alter_function, alter_trigger, create_routine};
#[allow(unused_imports)]
pub(crate) use view::{create_view_with_data, query_output_columns};

pub fn create_view(ctx: &mut Ctx<'_>, v: &CreateView) -> ExecResult {
    view::create_view(ctx, v)
}

pub fn create_function(ctx: &mut Ctx<'_>, f: &CreateFunction) -> ExecResult {
    function::create_function(ctx, f)
}

pub fn create_trigger(ctx: &mut Ctx<'_>, t: &CreateTrigger) -> ExecResult {
    function::create_trigger(ctx, t)
}

pub fn create_extension(ctx: &mut Ctx<'_>, e: &CreateExtension) -> ExecResult {
    extension::create_extension(ctx, e)
}

pub fn comment(ctx: &mut Ctx<'_>, s: &Statement) -> ExecResult {
    comment::comment(ctx, s)
}

/// `CREATE SCHEMA [IF NOT EXISTS] name [AUTHORIZATION role]`.
pub fn create_schema(ctx: &mut Ctx<'_>, s: &Statement) -> ExecResult {
    let Statement::CreateSchema {
        schema_name,
        if_not_exists,
        ..
    } = s
    else {
        unreachable!("dispatched by exec::run")
    };
    let name = match schema_name {
        SchemaName::Simple(n) => fold_name(n),
        SchemaName::NamedAuthorization(n, _) => {
            // roles are not modelled: the role is assumed to exist
            ctx.partial();
            fold_name(n)
        }
        SchemaName::UnnamedAuthorization(_) => {
            ctx.partial();
            return Ok("CREATE SCHEMA".into());
        }
    };
    create_schema_named(ctx, name.name(), *if_not_exists)?;
    Ok("CREATE SCHEMA".into())
}

/// `CreateSchemaCommand`: the IF NOT EXISTS test, the reserved `pg_` prefix, then 42P06.
pub(crate) fn create_schema_named(
    ctx: &mut Ctx<'_>,
    name: &str,
    if_not_exists: bool,
) -> Result<(), PgError> {
    let exists = ctx.catalog.has_schema(name);
    if if_not_exists && exists {
        ctx.notice(
            "42P06",
            format!("schema \"{name}\" already exists, skipping"),
        );
        return Ok(());
    }
    if name.starts_with("pg_") {
        return Err(
            PgError::new("42939", format!("unacceptable schema name \"{name}\""))
                .with_detail("The prefix \"pg_\" is reserved for system schemas."),
        );
    }
    if exists {
        return Err(PgError::new(
            "42P06",
            format!("schema \"{name}\" already exists"),
        ));
    }
    ctx.catalog.schemas.insert(name.to_string(), None);
    Ok(())
}

/// 42710 when a new relation's name is taken by a type (`heap_create_with_catalog` checks the
/// row type's name even for relations that get none, like sequences).
pub(crate) fn check_rowtype_name_free(ctx: &Ctx<'_>, q: &QualName) -> Result<(), PgError> {
    if ctx.catalog.types.contains_key(q) {
        return Err(errors::type_exists(&q.name).with_hint(
            "A relation has an associated type of the same name, so you must use a name that doesn't conflict with any existing type.",
        ));
    }
    Ok(())
}

/// The range of a sequence's data type.
fn type_range(t: &str) -> (i128, i128) {
    match t {
        "smallint" => (i128::from(i16::MIN), i128::from(i16::MAX)),
        "integer" => (i128::from(i32::MIN), i128::from(i32::MAX)),
        _ => (i128::from(i64::MIN), i128::from(i64::MAX)),
    }
}

/// A sequence option's number (`None` when it is not a plain literal).
fn number(e: &Expr) -> Option<i128> {
    match e {
        Expr::Value(v) => match &v.value {
            sqlparser::ast::Value::Number(n, _) => n.parse().ok(),
            _ => None,
        },
        Expr::UnaryOp {
            op: sqlparser::ast::UnaryOperator::Minus,
            expr,
        } => number(expr).map(|n| -n),
        Expr::UnaryOp {
            op: sqlparser::ast::UnaryOperator::Plus,
            expr,
        } => number(expr),
        _ => None,
    }
}

/// `init_params` of sequence.c: the checks of CREATE SEQUENCE's options, in PostgreSQL's order.
fn check_sequence_options(ctx: &mut Ctx<'_>, opts: &[SequenceOptions]) -> Result<String, PgError> {
    let mut data_type = "bigint".to_string();
    let (mut inc, mut min, mut max, mut start, mut cache) = (None, None, None, None, None);
    let mut unknown = false;
    let mut num = |e: &Expr| {
        let n = number(e);
        if n.is_none() {
            unknown = true;
        }
        n
    };
    for o in opts {
        match o {
            SequenceOptions::DataType(dt) => {
                data_type = ctx.resolver().type_name(dt)?;
            }
            SequenceOptions::IncrementBy(e, _) => inc = num(e),
            SequenceOptions::MinValue(Some(e)) => min = num(e),
            SequenceOptions::MaxValue(Some(e)) => max = num(e),
            SequenceOptions::StartWith(e, _) => start = num(e),
            SequenceOptions::Cache(e) => cache = num(e),
            _ => {}
        }
    }
    if unknown {
        ctx.partial();
    }
    if !matches!(data_type.as_str(), "smallint" | "integer" | "bigint") {
        return Err(PgError::new(
            "22023",
            "sequence type must be smallint, integer, or bigint",
        ));
    }
    let inc = inc.unwrap_or(1);
    if inc == 0 {
        return Err(PgError::new("22023", "INCREMENT must not be zero"));
    }
    let (tmin, tmax) = type_range(&data_type);
    let max = max.unwrap_or(if inc > 0 { tmax } else { -1 });
    if max < tmin || max > tmax {
        return Err(PgError::new(
            "22023",
            format!("MAXVALUE ({max}) is out of range for sequence data type {data_type}"),
        ));
    }
    let min = min.unwrap_or(if inc > 0 { 1 } else { tmin });
    if min < tmin || min > tmax {
        return Err(PgError::new(
            "22023",
            format!("MINVALUE ({min}) is out of range for sequence data type {data_type}"),
        ));
    }
    if min >= max {
        return Err(PgError::new(
            "22023",
            format!("MINVALUE ({min}) must be less than MAXVALUE ({max})"),
        ));
    }
    let start = start.unwrap_or(if inc > 0 { min } else { max });
    if start < min {
        return Err(PgError::new(
            "22023",
            format!("START value ({start}) cannot be less than MINVALUE ({min})"),
        ));
    }
    if start > max {
        return Err(PgError::new(
            "22023",
            format!("START value ({start}) cannot be greater than MAXVALUE ({max})"),
        ));
    }
    if let Some(c) = cache {
        if c <= 0 {
            return Err(PgError::new(
                "22023",
                format!("CACHE ({c}) must be greater than zero"),
            ));
        }
    }
    Ok(data_type)
}

/// `CREATE SEQUENCE [IF NOT EXISTS] name [options] [OWNED BY t.c | NONE]`.
pub fn create_sequence(ctx: &mut Ctx<'_>, s: &Statement) -> ExecResult {
    let Statement::CreateSequence {
        temporary,
        if_not_exists,
        name,
        sequence_options,
    } = s
    else {
        unreachable!("dispatched by exec::run")
    };
    if *temporary {
        // temporary schemas are not modelled
        ctx.partial();
        return Ok("CREATE SEQUENCE".into());
    }
    let n = fold_name(name);
    // DefineSequence: the IF NOT EXISTS test, then the options, then the relation itself
    if *if_not_exists {
        let q = ctx.resolver().qualify_new(&n)?;
        if ctx.catalog.relations.contains_key(&q) {
            ctx.notice(
                "42P07",
                format!("relation \"{}\" already exists, skipping", q.name),
            );
            return Ok("CREATE SEQUENCE".into());
        }
    }
    let data_type = check_sequence_options(ctx, sequence_options)?;
    let q = ctx.resolver().qualify_new(&n)?;
    if ctx.catalog.relations.contains_key(&q) {
        return Err(errors::relation_exists(&q.name));
    }
    check_rowtype_name_free(ctx, &q)?;
    let mut owned_by = None;
    for o in sequence_options {
        if let SequenceOptions::OwnedBy(Some(target)) = o {
            let t = fold_name(target);
            if t.0.len() == 1 && t.name() == "none" {
                continue;
            }
            let (table, col) = owned_by_target(ctx, &t)?;
            if table.schema != q.schema {
                return Err(PgError::new(
                    "55000",
                    "sequence must be in same schema as table it is linked to",
                ));
            }
            owned_by = Some((table, col));
        }
    }
    let oid = ctx.oid();
    let mut rel = Relation::new(q.clone(), RelKind::Sequence, oid);
    rel.sequence = Some(SequenceInfo {
        owned_by,
        data_type: Some(data_type),
    });
    ctx.effects.created_relations.push(oid);
    ctx.catalog.relations.insert(q, rel);
    Ok("CREATE SEQUENCE".into())
}

/// `OWNED BY table.column`: the table (42P01) and the column (42703) must exist.
fn owned_by_target(ctx: &mut Ctx<'_>, t: &ObjName) -> Result<(QualName, String), PgError> {
    if t.0.len() < 2 {
        ctx.partial();
        return Err(PgError::new("42601", "invalid OWNED BY option")
            .with_hint("Specify OWNED BY table.column or OWNED BY NONE."));
    }
    let col = t.name().to_string();
    let table = ObjName(t.0[..t.0.len() - 1].to_vec());
    let rel = ctx.resolver().existing(&table)?;
    if rel.column(&col).is_none() {
        return Err(errors::column_of_relation_does_not_exist(
            &col,
            &rel.name.name,
        ));
    }
    Ok((rel.name.clone(), col))
}
