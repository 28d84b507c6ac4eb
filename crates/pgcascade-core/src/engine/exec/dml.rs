//! INSERT, UPDATE, DELETE and SELECT: the relations and columns they name are checked, and row
//! counts (the command tag) are tracked where the catalog knows them.

use std::ops::ControlFlow;

use sqlparser::ast::{
    AssignmentTarget, Delete, Expr, FromTable, Insert, OnInsert, SetExpr, Statement, TableObject,
    Update, Value, ValueWithSpan,
};

use super::query::{query_rows, relations_read, relations_read_with, select_values};
use super::{Ctx, ExecResult};
use crate::catalog::{Identity, QualName, RowCount, TypeKind};
use crate::engine::data::{self, modify};
use crate::engine::errors;
use crate::response::PgError;
use crate::sql::{fold_ident, fold_name, ObjName};

pub fn run(ctx: &mut Ctx<'_>, stmt: &Statement) -> ExecResult {
    check_enum_casts(ctx, stmt)?;
    match stmt {
        Statement::Insert(i) => insert(ctx, i),
        Statement::Update(u) => update(ctx, u),
        Statement::Delete(d) => delete(ctx, d),
        Statement::Query(q)
            if matches!(
                *q.body,
                SetExpr::Insert(_) | SetExpr::Update(_) | SetExpr::Delete(_)
            ) =>
        {
            // WITH … INSERT/UPDATE/DELETE: the command tag is the data-modifying statement's
            relations_read(&ctx.resolver(), q.as_ref())?;
            if let Some(w) = &q.with {
                ctx.ctes
                    .extend(w.cte_tables.iter().map(|c| fold_ident(&c.alias.name)));
            }
            match q.body.as_ref() {
                SetExpr::Insert(s) | SetExpr::Update(s) | SetExpr::Delete(s) => run(ctx, s),
                _ => unreachable!("matched above"),
            }
        }
        Statement::Query(q) => {
            relations_read(&ctx.resolver(), q.as_ref())?;
            if let SetExpr::Select(sel) = q.body.as_ref() {
                if sel.from.is_empty() {
                    for item in &sel.projection {
                        if let sqlparser::ast::SelectItem::UnnamedExpr(e)
                        | sqlparser::ast::SelectItem::ExprWithAlias { expr: e, .. } = item
                        {
                            super::constant::check(e)?;
                            check_sleep(ctx, e)?;
                        }
                    }
                }
            }
            let n = match select_values(&ctx.resolver(), q)? {
                Some(v) => Some(v.len() as u64),
                None => rows(ctx, q),
            };
            match n {
                Some(n) => Ok(format!("SELECT {n}")),
                None => {
                    ctx.depends_on_data("", "the number of rows returned depends on the data");
                    Ok("SELECT 0".into())
                }
            }
        }
        _ => unreachable!("dispatched by exec::run"),
    }
}

fn rows(ctx: &Ctx<'_>, q: &sqlparser::ast::Query) -> Option<u64> {
    let catalog = &*ctx.catalog;
    let rows_of = |q: &QualName| {
        catalog
            .relations
            .get(q)
            .map_or(RowCount::Unknown, |r| r.rows)
    };
    query_rows(&ctx.resolver(), &rows_of, q)
}

fn string_literal(e: &Expr) -> Option<&str> {
    match e {
        Expr::Value(ValueWithSpan {
            value: Value::SingleQuotedString(s),
            ..
        }) => Some(s),
        _ => None,
    }
}

/// The enum type a type name refers to, if it is one.
fn enum_type(ctx: &Ctx<'_>, type_name: &ObjName) -> Option<QualName> {
    let q = ctx.resolver().user_type(type_name)?;
    matches!(ctx.catalog.types[&q].kind, TypeKind::Enum { .. }).then_some(q)
}

/// `'label'::enum_type` anywhere in the statement.
fn check_enum_casts(ctx: &Ctx<'_>, stmt: &Statement) -> Result<(), PgError> {
    if ctx.effects.new_enum_labels.is_empty() && ctx.effects.new_enum_types.is_empty() {
        return Ok(());
    }
    let mut err = None;
    let _ = sqlparser::ast::visit_expressions(stmt, |e| {
        if let Expr::Cast {
            expr, data_type, ..
        } = e
        {
            if let (Some(label), sqlparser::ast::DataType::Custom(name, _)) =
                (string_literal(expr), data_type)
            {
                if let Some(ty) = enum_type(ctx, &fold_name(name)) {
                    if let Some(e) = super::types::unsafe_enum_use(ctx, &ty, label) {
                        err = Some(e);
                        return ControlFlow::Break(());
                    }
                }
            }
        }
        ControlFlow::Continue(())
    });
    err.map_or(Ok(()), Err)
}

fn insert(ctx: &mut Ctx<'_>, i: &Insert) -> ExecResult {
    let TableObject::TableName(name) = &i.table else {
        ctx.partial();
        return Ok("INSERT 0 0".into());
    };
    let n = fold_name(name);
    let table = ctx.resolver().existing(&n)?;
    let q = table.name.clone();
    let tname = q.name.clone();
    let columns: Vec<String> = if i.columns.is_empty() {
        table.live_columns().map(|c| c.name.clone()).collect()
    } else {
        let mut cols = Vec::new();
        for c in &i.columns {
            let c = fold_name(c).name().to_string();
            if table.column(&c).is_none() {
                return Err(errors::column_of_relation_does_not_exist(&c, &tname));
            }
            cols.push(c);
        }
        cols
    };
    if let Some(src) = &i.source {
        relations_read_with(&ctx.resolver(), src.as_ref(), &ctx.ctes)?;
    }
    // literal VALUES: enum labels added in this transaction
    let values = match i.source.as_deref().map(|s| s.body.as_ref()) {
        Some(SetExpr::Values(v)) => Some(&v.rows),
        _ => None,
    };
    if let Some(rows) = values {
        for row in rows {
            for (col, e) in columns.iter().zip(&row.content) {
                let column = table.column(col).expect("checked");
                if let Some(label) = string_literal(e) {
                    if let Some(ty) = enum_type(ctx, &ObjName::unqualified(&column.type_name)) {
                        if let Some(err) = super::types::unsafe_enum_use(ctx, &ty, label) {
                            return Err(err);
                        }
                    }
                }
            }
        }
    }
    // a value for a GENERATED ALWAYS identity column (recorded in case 024)
    if i.overriding.is_none() && !i.columns.is_empty() {
        let table = &ctx.catalog.relations[&q];
        for (k, col) in columns.iter().enumerate() {
            let always = table
                .column(col)
                .is_some_and(|c| c.identity == Some(Identity::Always));
            let explicit = match i.source.as_deref().map(|s| s.body.as_ref()) {
                Some(SetExpr::Values(v)) => v
                    .rows
                    .iter()
                    .any(|r| r.content.get(k).is_some_and(|e| !is_default_keyword(e))),
                Some(_) => true,
                None => false,
            };
            if always && explicit {
                return Err(PgError::new(
                    "428C9",
                    format!("cannot insert a non-DEFAULT value into column \"{col}\""),
                )
                .with_detail(format!(
                    "Column \"{col}\" is an identity column defined as GENERATED ALWAYS."
                ))
                .with_hint("Use OVERRIDING SYSTEM VALUE to override."));
            }
        }
    }
    match plan_insert(ctx, i, &q, &columns) {
        Err(f) => {
            if !f.certain {
                ctx.partial();
            }
            return Err(*f.error);
        }
        Ok(Some(plan)) => return Ok(apply(ctx, plan, "INSERT 0 ")),
        Ok(None) => {}
    }
    let table = &ctx.catalog.relations[&q];
    if let Some(rows) = values {
        for row in rows {
            for (col, e) in columns.iter().zip(&row.content) {
                let column = table.column(col).expect("checked");
                let is_null = matches!(
                    e,
                    Expr::Value(ValueWithSpan {
                        value: Value::Null,
                        ..
                    })
                );
                if is_null && column.not_null {
                    return Err(PgError::new(
                        "23502",
                        format!(
                            "null value in column \"{col}\" of relation \"{tname}\" violates not-null constraint"
                        ),
                    ));
                }
            }
        }
        // NOT NULL columns left out without a default
        if !i.columns.is_empty() {
            for c in table.live_columns() {
                let missing = !columns.contains(&c.name);
                if missing
                    && c.not_null
                    && c.default.is_none()
                    && c.identity.is_none()
                    && c.generated.is_none()
                {
                    return Err(PgError::new(
                        "23502",
                        format!(
                            "null value in column \"{}\" of relation \"{tname}\" violates not-null constraint",
                            c.name
                        ),
                    ));
                }
            }
        }
    }
    let count = i.source.as_ref().and_then(|s| rows(ctx, s));
    let has_keys = table.constraints.iter().any(|c| c.index().is_some());
    let before = table.rows;
    let on_conflict = i.on.is_some();
    let count = match count {
        Some(n) if on_conflict && (before != RowCount::Known(0) || n > 1) => {
            ctx.depends_on_data(
                "",
                "ON CONFLICT: how many rows are inserted depends on the data",
            );
            Some(n)
        }
        other => other,
    };
    if has_keys && !on_conflict && before != RowCount::Known(0) {
        ctx.depends_on_data(
            "23505",
            format!("the new rows may repeat a key of \"{tname}\""),
        );
    }
    let rel = ctx.catalog.relation_mut(&q).expect("exists");
    rel.rows = match (rel.rows, count) {
        (RowCount::Known(a), Some(b)) if !on_conflict => RowCount::Known(a + b),
        _ => RowCount::Unknown,
    };
    rel.data = None;
    match count {
        Some(n) => Ok(format!("INSERT 0 {n}")),
        None => {
            ctx.depends_on_data("", "the number of rows inserted depends on the data");
            Ok("INSERT 0 0".into())
        }
    }
}

fn is_default_keyword(e: &Expr) -> bool {
    matches!(e, Expr::Identifier(id) if id.quote_style.is_none() && id.value.eq_ignore_ascii_case("default"))
}

/// Follow the INSERT's rows where they are known (`Ok(None)`: not followed).
fn plan_insert(
    ctx: &Ctx<'_>,
    i: &Insert,
    q: &QualName,
    columns: &[String],
) -> Result<Option<modify::Plan>, modify::Failure> {
    let resolver = ctx.resolver();
    let on_conflict = match &i.on {
        None => None,
        Some(OnInsert::OnConflict(oc)) => Some(oc),
        Some(_) => return Ok(None),
    };
    let Some(src) = &i.source else {
        // DEFAULT VALUES: one row of defaults
        if !i.columns.is_empty() || !i.assignments.is_empty() {
            return Ok(None);
        }
        return modify::insert(
            &resolver,
            q,
            &[],
            modify::Source::Values(vec![Vec::new()]),
            on_conflict,
        );
    };
    if matches!(i.overriding, Some(sqlparser::ast::InsertOverriding::User)) {
        return Ok(None);
    }
    let explicit = !i.columns.is_empty();
    let (source, width) = match src.body.as_ref() {
        SetExpr::Values(v) if src.with.is_none() => {
            let rows: Vec<&[Expr]> = v.rows.iter().map(|r| r.content.as_slice()).collect();
            let width = rows.first().map_or(0, |r| r.len());
            (modify::Source::Exprs(rows), width)
        }
        _ => match select_values(&resolver, src)? {
            Some(rows) => {
                let width = rows.first().map_or(columns.len(), Vec::len);
                (modify::Source::Values(rows), width)
            }
            None => return Ok(None),
        },
    };
    // without a column list, values fill the first columns
    let target: Vec<String> = if explicit {
        columns.to_vec()
    } else {
        columns.iter().take(width).cloned().collect()
    };
    if target.len() != width {
        return Ok(None);
    }
    modify::insert(&resolver, q, &target, source, on_conflict)
}

/// Store what a planned statement did; its command tag.
fn apply(ctx: &mut Ctx<'_>, plan: modify::Plan, tag: &str) -> String {
    for c in plan.changes {
        if let Some(rel) = ctx.catalog.relation_mut(&c.table) {
            data::store(rel, c.rows, c.count, c.heap_bytes);
        }
    }
    if let Some((state, reason)) = plan.dependent {
        ctx.depends_on_data(&state, reason);
    }
    match plan.count {
        Some(n) => format!("{tag}{n}"),
        None => {
            ctx.depends_on_data("", "the number of rows affected depends on the data");
            format!("{tag}0")
        }
    }
}

fn target_table(
    ctx: &Ctx<'_>,
    tf: &sqlparser::ast::TableFactor,
) -> Result<Option<QualName>, PgError> {
    match tf {
        sqlparser::ast::TableFactor::Table { name, .. } => {
            let n = fold_name(name);
            // writing a system catalog (pg_index, …): allowed to a superuser, not modelled
            if ctx.resolver().relation(&n) == Some(super::resolve::RelRef::System) {
                return Ok(None);
            }
            Ok(Some(ctx.resolver().existing(&n)?.name.clone()))
        }
        _ => Ok(None),
    }
}

fn update(ctx: &mut Ctx<'_>, u: &Update) -> ExecResult {
    let Some(q) = target_table(ctx, &u.table.relation)? else {
        ctx.partial();
        return Ok("UPDATE 0".into());
    };
    let table = &ctx.catalog.relations[&q];
    for a in &u.assignments {
        let targets: Vec<&sqlparser::ast::ObjectName> = match &a.target {
            AssignmentTarget::ColumnName(n) => vec![n],
            AssignmentTarget::Tuple(v) => v.iter().collect(),
        };
        for t in targets {
            let c = fold_name(t);
            let col = c.0.first().map_or("", String::as_str);
            if table.column(col).is_none() {
                return Err(errors::column_of_relation_does_not_exist(col, &q.name));
            }
        }
    }
    relations_read_with(&ctx.resolver(), u, &ctx.ctes)?;
    if u.from.is_none() && u.table.joins.is_empty() {
        let alias = match &u.table.relation {
            sqlparser::ast::TableFactor::Table { alias, .. } => {
                alias.as_ref().map(|a| fold_ident(&a.name))
            }
            _ => None,
        };
        let planned = modify::update(
            &ctx.resolver(),
            &q,
            alias,
            &u.assignments,
            u.selection.as_ref(),
        );
        match planned {
            Err(f) => {
                if !f.certain {
                    ctx.partial();
                }
                return Err(*f.error);
            }
            Ok(Some(plan)) => return Ok(apply(ctx, plan, "UPDATE ")),
            Ok(None) => {}
        }
    }
    let rel = ctx.catalog.relation_mut(&q).expect("exists");
    let rows = rel.rows;
    rel.data = None;
    let has_from = u.from.is_some();
    match rows {
        RowCount::Known(0) => Ok("UPDATE 0".into()),
        RowCount::Known(n) if u.selection.is_none() && !has_from => {
            ctx.depends_on_data("", "the new values of the rows are not known");
            Ok(format!("UPDATE {n}"))
        }
        _ => {
            ctx.depends_on_data("", "the number of rows updated depends on the data");
            Ok("UPDATE 0".into())
        }
    }
}

fn delete(ctx: &mut Ctx<'_>, d: &Delete) -> ExecResult {
    let from = match &d.from {
        FromTable::WithFromKeyword(v) | FromTable::WithoutKeyword(v) => v,
    };
    let Some(first) = from.first() else {
        ctx.partial();
        return Ok("DELETE 0".into());
    };
    let Some(q) = target_table(ctx, &first.relation)? else {
        ctx.partial();
        return Ok("DELETE 0".into());
    };
    relations_read_with(&ctx.resolver(), d, &ctx.ctes)?;
    if d.using.is_none() && from.len() == 1 && first.joins.is_empty() {
        let alias = match &first.relation {
            sqlparser::ast::TableFactor::Table { alias, .. } => {
                alias.as_ref().map(|a| fold_ident(&a.name))
            }
            _ => None,
        };
        match modify::delete(&ctx.resolver(), &q, alias, d.selection.as_ref()) {
            Err(f) => {
                if !f.certain {
                    ctx.partial();
                }
                return Err(*f.error);
            }
            Ok(Some(plan)) => return Ok(apply(ctx, plan, "DELETE ")),
            Ok(None) => {}
        }
    }
    let rows = ctx.catalog.relations[&q].rows;
    let result = match rows {
        RowCount::Known(0) => Ok("DELETE 0".into()),
        RowCount::Known(n) if d.selection.is_none() && d.using.is_none() => {
            Ok(format!("DELETE {n}"))
        }
        _ => {
            ctx.depends_on_data("", "the number of rows deleted depends on the data");
            Ok("DELETE 0".into())
        }
    };
    let rel = ctx.catalog.relation_mut(&q).expect("exists");
    if d.selection.is_none() && d.using.is_none() {
        rel.rows = RowCount::Known(0);
    } else if rel.rows != RowCount::Known(0) {
        rel.rows = RowCount::Unknown;
    }
    rel.data = None;
    result
}

/// `pg_sleep(n)` longer than the `statement_timeout` in force is cancelled: 57014 (recorded in
/// the oracle's case 10).
fn check_sleep(ctx: &Ctx<'_>, e: &Expr) -> Result<(), PgError> {
    let Expr::Function(f) = e else {
        return Ok(());
    };
    let name = f.name.to_string().to_lowercase();
    if name != "pg_sleep" && name != "pg_catalog.pg_sleep" {
        return Ok(());
    }
    let sqlparser::ast::FunctionArguments::List(list) = &f.args else {
        return Ok(());
    };
    let seconds = match list.args.as_slice() {
        [sqlparser::ast::FunctionArg::Unnamed(sqlparser::ast::FunctionArgExpr::Expr(
            Expr::Value(ValueWithSpan {
                value: Value::Number(n, _),
                ..
            }),
        ))] => n.parse::<f64>().ok(),
        _ => None,
    };
    let timeout_ms = ctx
        .settings
        .get("statement_timeout")
        .and_then(|v| duration_ms(&v));
    match (seconds, timeout_ms) {
        (Some(s), Some(t)) if t > 0.0 && s * 1000.0 > t => Err(PgError::new(
            "57014",
            "canceling statement due to statement timeout",
        )),
        _ => Ok(()),
    }
}

/// A duration setting in milliseconds: `50ms`, `1s`, `2min`, or a bare number of milliseconds.
fn duration_ms(v: &str) -> Option<f64> {
    let v = v.trim().trim_matches('\'').trim();
    let split = v
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(v.len());
    let (num, unit) = v.split_at(split);
    let n: f64 = num.parse().ok()?;
    let factor = match unit.trim() {
        "" | "ms" => 1.0,
        "s" => 1000.0,
        "min" => 60_000.0,
        "h" => 3_600_000.0,
        "d" => 86_400_000.0,
        "us" => 0.001,
        _ => return None,
    };
    Some(n * factor)
}
