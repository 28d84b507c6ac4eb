//! COMMENT ON …: the target must exist (each kind with its own SQLSTATE and message); the
//! comment is stored, `IS NULL` (or `''`) removes it.

use sqlparser::ast::{CommentObject, Statement};

use crate::catalog::{QualName, RelKind, TypeKind};
use crate::engine::errors;
use crate::engine::exec::drop::describe::{type_key, Names};
use crate::engine::exec::drop::{lookup_by_name, lookup_exact};
use crate::engine::exec::resolve::RelRef;
use crate::engine::exec::{Ctx, ExecResult};
use crate::response::PgError;
use crate::sql::{fold_name, ObjName};

/// A relation that must exist (3F000 / 42P01) and be of `kinds` (42809 `"x" is not <what>`).
fn relation(
    ctx: &Ctx<'_>,
    n: &ObjName,
    kinds: &[RelKind],
    what: &str,
) -> Result<QualName, PgError> {
    let r = ctx.resolver().existing(n)?;
    if !kinds.contains(&r.kind) {
        return Err(errors::not_a(n.name(), what));
    }
    Ok(r.name.clone())
}

pub fn comment(ctx: &mut Ctx<'_>, s: &Statement) -> ExecResult {
    let Statement::Comment {
        object_type,
        object_name,
        comment,
        if_exists,
    } = s
    else {
        unreachable!("dispatched by exec::run")
    };
    if *if_exists {
        ctx.partial();
    }
    let n = fold_name(object_name);
    // an empty comment removes it, as NULL does
    let text = comment.clone().filter(|c| !c.is_empty());
    match object_type {
        CommentObject::Table => {
            let q = relation(
                ctx,
                &n,
                &[RelKind::Table, RelKind::PartitionedTable],
                "a table",
            )?;
            set_rel(ctx, &q, text);
        }
        CommentObject::View => {
            let q = relation(ctx, &n, &[RelKind::View], "a view")?;
            set_rel(ctx, &q, text);
        }
        CommentObject::MaterializedView => {
            let q = relation(ctx, &n, &[RelKind::MaterializedView], "a materialized view")?;
            set_rel(ctx, &q, text);
        }
        CommentObject::Sequence => {
            let q = relation(ctx, &n, &[RelKind::Sequence], "a sequence")?;
            set_rel(ctx, &q, text);
        }
        CommentObject::Index => {
            let q = relation(ctx, &n, &[RelKind::Index], "an index")?;
            set_rel(ctx, &q, text);
        }
        CommentObject::ForeignTable => {
            let q = relation(ctx, &n, &[RelKind::ForeignTable], "a foreign table")?;
            set_rel(ctx, &q, text);
        }
        CommentObject::Column => {
            if n.0.len() < 2 {
                return Err(PgError::new("42601", "column name must be qualified"));
            }
            let col = n.name().to_string();
            let table = ObjName(n.0[..n.0.len() - 1].to_vec());
            let r = ctx.resolver().existing(&table)?.clone();
            if matches!(r.kind, RelKind::Sequence | RelKind::Index) {
                let what = if r.kind == RelKind::Index {
                    "indexes"
                } else {
                    "sequences"
                };
                return Err(PgError::new(
                    "42809",
                    format!("cannot set comment on relation \"{}\"", r.name.name),
                )
                .with_detail(format!("This operation is not supported for {what}.")));
            }
            if r.column(&col).is_none() {
                if r.columns.is_empty() && r.kind == RelKind::View {
                    // a view whose columns the engine could not name
                    ctx.partial();
                    return Ok("COMMENT".into());
                }
                return Err(errors::column_of_relation_does_not_exist(
                    &col,
                    &r.name.name,
                ));
            }
            let q = r.name.clone();
            if let Some(c) = ctx
                .catalog
                .relation_mut(&q)
                .and_then(|r| r.column_mut(&col))
            {
                c.comment = text;
            }
        }
        CommentObject::Type | CommentObject::Domain => {
            if let Some(s) = n.schema() {
                if !ctx.catalog.has_schema(s) {
                    return Err(errors::schema_does_not_exist(s));
                }
            }
            let domain = matches!(object_type, CommentObject::Domain);
            match ctx.resolver().user_type(&n) {
                Some(q) => {
                    if domain && !matches!(ctx.catalog.types[&q].kind, TypeKind::Domain { .. }) {
                        return Err(errors::not_a(&n.0.join("."), "a domain"));
                    }
                    if let Some(t) = ctx.catalog.types.get_mut(&q) {
                        t.comment = text;
                    }
                }
                None => {
                    if let Some(RelRef::User(q)) = ctx.resolver().relation(&n) {
                        let kind = ctx.catalog.relations[&q].kind;
                        if kind.has_columns() {
                            if domain {
                                return Err(errors::not_a(&n.0.join("."), "a domain"));
                            }
                            // the comment goes to the row type, which the catalog does not hold
                            return Ok("COMMENT".into());
                        }
                    }
                    if ctx.resolver().type_exists(&n) {
                        // a built-in or extension type
                        ctx.partial();
                        return Ok("COMMENT".into());
                    }
                    return Err(errors::type_does_not_exist(&n.0.join(".")));
                }
            }
        }
        CommentObject::Schema => {
            let s = n.name().to_string();
            if !ctx.catalog.schemas.contains_key(&s) {
                if crate::catalog::is_system_schema(&s) {
                    ctx.partial();
                    return Ok("COMMENT".into());
                }
                return Err(errors::schema_does_not_exist(&s));
            }
            ctx.catalog.schemas.insert(s, text);
        }
        CommentObject::Extension => {
            let e = n.name().to_string();
            match ctx.catalog.extensions.get_mut(&e) {
                Some(x) => x.comment = text,
                None => {
                    return Err(PgError::new(
                        "42704",
                        format!("extension \"{e}\" does not exist"),
                    ))
                }
            }
        }
        CommentObject::Function | CommentObject::Procedure => {
            let what = if matches!(object_type, CommentObject::Procedure) {
                "procedure"
            } else {
                "function"
            };
            if let Some(s) = n.schema() {
                if !ctx.catalog.has_schema(s) {
                    return Err(errors::schema_does_not_exist(s));
                }
            }
            let written = n.0.join(".");
            let found = lookup_by_name(ctx, &n);
            match found.len() {
                0 => {
                    return Err(PgError::new(
                        "42883",
                        format!("could not find a {what} named \"{written}\""),
                    ))
                }
                1 => {
                    if ctx.catalog.functions[found[0]].is_procedure != (what == "procedure") {
                        ctx.partial();
                    }
                    ctx.catalog.functions[found[0]].comment = text;
                }
                _ => {
                    return Err(PgError::new(
                        "42725",
                        format!("{what} name \"{written}\" is not unique"),
                    )
                    .with_hint(format!(
                        "Specify the argument list to select the {what} unambiguously."
                    )))
                }
            }
        }
        _ => {
            // databases, roles, collations: not modelled
            ctx.partial();
        }
    }
    Ok("COMMENT".into())
}

fn set_rel(ctx: &mut Ctx<'_>, q: &QualName, text: Option<String>) {
    if let Some(r) = ctx.catalog.relation_mut(q) {
        r.comment = text;
    }
}

/// `COMMENT ON {FUNCTION|PROCEDURE|ROUTINE} name(args) IS …` (the form `sqlparser` does not read):
/// `procedure` is `None` for ROUTINE. `args` are the input argument types as written.
/// Called for the forms `sqlparser` does not read (`exec::extra`).
pub(crate) fn comment_on_routine(
    ctx: &mut Ctx<'_>,
    procedure: Option<bool>,
    name: &ObjName,
    args: &[String],
    comment: Option<String>,
) -> ExecResult {
    let what = match procedure {
        Some(true) => "procedure",
        Some(false) => "function",
        None => "routine",
    };
    if let Some(s) = name.schema() {
        if !ctx.catalog.has_schema(s) {
            return Err(errors::schema_does_not_exist(s));
        }
    }
    let dialect = sqlparser::dialect::PostgreSqlDialect {};
    let mut keys = Vec::new();
    for a in args {
        let Ok(dt) = sqlparser::parser::Parser::new(&dialect)
            .try_with_sql(a)
            .and_then(|mut p| p.parse_data_type())
        else {
            ctx.partial();
            return Ok("COMMENT".into());
        };
        keys.push(type_key(ctx, &dt)?);
    }
    let written = name.0.join(".");
    let Some(i) = lookup_exact(ctx, name, &keys) else {
        let names = Names::of(ctx);
        let shown: Vec<String> = keys.iter().map(|k| names.format_type(k)).collect();
        return Err(PgError::new(
            "42883",
            format!("{what} {written}({}) does not exist", shown.join(", ")),
        ));
    };
    let f = &ctx.catalog.functions[i];
    if procedure.is_some_and(|p| p != f.is_procedure) {
        // the message for the wrong routine kind is not recorded
        ctx.partial();
    }
    ctx.catalog.functions[i].comment = comment.filter(|c| !c.is_empty());
    Ok("COMMENT".into())
}

/// `COMMENT ON CONSTRAINT c ON [DOMAIN] t IS …`.
/// Called for the forms `sqlparser` does not read (`exec::extra`).
pub(crate) fn comment_on_constraint(
    ctx: &mut Ctx<'_>,
    name: &str,
    table: &ObjName,
    domain: bool,
    comment: Option<String>,
) -> ExecResult {
    if domain {
        // domain constraints are not modelled by name
        ctx.partial();
        return Ok("COMMENT".into());
    }
    let r = ctx.resolver().existing(table)?;
    let q = r.name.clone();
    if r.constraint(name).is_none() {
        return Err(PgError::new(
            "42704",
            format!(
                "constraint \"{name}\" for table \"{}\" does not exist",
                q.name
            ),
        ));
    }
    if let Some(c) = ctx
        .catalog
        .relation_mut(&q)
        .and_then(|r| r.constraints.iter_mut().find(|c| c.name == name))
    {
        c.comment = comment.filter(|c| !c.is_empty());
    }
    Ok("COMMENT".into())
}
