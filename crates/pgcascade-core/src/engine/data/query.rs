//! Queries evaluated over known rows: the rows a simple SELECT or VALUES returns (for row
//! counts, INSERT … SELECT and subqueries).

use std::ops::ControlFlow;

use sqlparser::ast::{Expr, GroupByExpr, Query, Select, SetExpr, TableFactor, TableWithJoins};

use super::{known_rows, static_errors, Eval, Phase, Row, RowScope, Table, Ty, Value};
use crate::catalog::RowCount;
use crate::engine::exec::Resolver;
use crate::response::PgError;
use crate::sql::{fold_ident, fold_name};

/// A call of an aggregate function (the expression itself, through parentheses and casts).
pub fn is_aggregate_call(e: &Expr) -> bool {
    match e {
        Expr::Function(f) => {
            let name = f.name.to_string().to_lowercase();
            matches!(
                name.as_str(),
                "count"
                    | "sum"
                    | "min"
                    | "max"
                    | "avg"
                    | "bool_and"
                    | "bool_or"
                    | "array_agg"
                    | "string_agg"
                    | "json_agg"
                    | "jsonb_agg"
                    | "every"
            )
        }
        Expr::Nested(inner) => is_aggregate_call(inner),
        Expr::Cast { expr, .. } => is_aggregate_call(expr),
        _ => false,
    }
}

/// Whether an expression calls an aggregate or window function anywhere.
fn has_aggregate(e: &Expr) -> bool {
    let mut found = false;
    let _ = sqlparser::ast::visit_expressions(e, |x| {
        if is_aggregate_call(x) || matches!(x, Expr::Function(f) if f.over.is_some()) {
            found = true;
            return ControlFlow::Break(());
        }
        ControlFlow::Continue(())
    });
    found
}

/// The rows a simple query returns, evaluated over rows the simulator knows: `VALUES`, or a
/// SELECT of expressions from at most one table (WHERE allowed; no grouping, aggregates,
/// DISTINCT, LIMIT or CTEs). `Ok(None)` when not evaluated; `Err` when PostgreSQL certainly
/// fails (a constant error, or one raised by a selected row).
pub fn select_values(
    resolver: &Resolver<'_>,
    q: &Query,
) -> Result<Option<Vec<Vec<Value>>>, PgError> {
    if q.with.is_some() || q.limit_clause.is_some() || q.fetch.is_some() || !q.locks.is_empty() {
        return Ok(None);
    }
    let scope_none = RowScope {
        table: None,
        excluded: None,
        resolver,
    };
    match q.body.as_ref() {
        SetExpr::Values(v) => {
            let mut out = Vec::new();
            for row in &v.rows {
                let mut vals = Vec::new();
                for e in &row.content {
                    let mut ev = Eval::new(&scope_none, Phase::Fold);
                    ev.eval(e)?;
                    let mut ev = Eval::new(&scope_none, Phase::Row);
                    vals.push(ev.eval(e)?);
                }
                out.push(vals);
            }
            Ok(Some(out))
        }
        SetExpr::Select(s) => select_values_of(resolver, s),
        _ => Ok(None),
    }
}

pub fn select_values_of(
    resolver: &Resolver<'_>,
    s: &Select,
) -> Result<Option<Vec<Vec<Value>>>, PgError> {
    let grouped = !matches!(&s.group_by, GroupByExpr::Expressions(v, _) if v.is_empty());
    if grouped
        || s.distinct.is_some()
        || s.having.is_some()
        || s.into.is_some()
        || s.from.len() > 1
        || !s.named_window.is_empty()
        || s.qualify.is_some()
    {
        return Ok(None);
    }
    let mut exprs: Vec<&Expr> = Vec::new();
    let mut star = false;
    for item in &s.projection {
        match item {
            sqlparser::ast::SelectItem::UnnamedExpr(e)
            | sqlparser::ast::SelectItem::ExprWithAlias { expr: e, .. } => {
                if has_aggregate(e) {
                    return Ok(None);
                }
                exprs.push(e);
            }
            sqlparser::ast::SelectItem::Wildcard(_) if s.projection.len() == 1 => star = true,
            _ => return Ok(None),
        }
    }
    let (rel, alias) = match s.from.first() {
        None => (None, None),
        Some(TableWithJoins {
            relation:
                TableFactor::Table {
                    name,
                    alias,
                    args: None,
                    ..
                },
            joins,
        }) if joins.is_empty() => match resolver.user_relation(&fold_name(name)) {
            Some(r) => (Some(r), alias.as_ref().map(|a| fold_ident(&a.name))),
            None => return Ok(None),
        },
        Some(_) => return Ok(None),
    };
    let table = rel.map(|r| Table::new(r, resolver).with_alias(alias));
    // errors before any row
    let mut checked: Vec<(&Expr, Option<&Ty>)> = exprs.iter().map(|e| (*e, None)).collect();
    if let Some(w) = &s.selection {
        checked.push((w, None));
    }
    static_errors(table.as_ref(), &checked, resolver)?;
    let rows: Vec<Row> = match (&table, rel) {
        (None, _) => vec![Vec::new()],
        (Some(_), Some(r)) if r.kind.is_table() || r.rows == RowCount::Known(0) => {
            match known_rows(r) {
                Some(rows) => rows.to_vec(),
                None => return Ok(None),
            }
        }
        _ => return Ok(None),
    };
    let mut out = Vec::new();
    for row in &rows {
        let scope = RowScope {
            table: table.as_ref().map(|t| (t, row.as_slice())),
            excluded: None,
            resolver,
        };
        if let Some(w) = &s.selection {
            let mut ev = Eval::new(&scope, Phase::Row);
            let v = ev.eval(w)?;
            if ev.maybe_error.is_some() {
                return Ok(None);
            }
            match v.truth() {
                Some(Some(true)) => {}
                Some(_) => continue,
                None => return Ok(None),
            }
        }
        let mut vals = Vec::new();
        if star {
            let t = table.as_ref().expect("FROM a table");
            for (i, c) in t.rel.columns.iter().enumerate() {
                if !c.dropped {
                    vals.push(t.value(row, i));
                }
            }
        }
        for e in &exprs {
            let mut ev = Eval::new(&scope, Phase::Row);
            let v = ev.eval(e)?;
            if ev.maybe_error.is_some() {
                return Ok(None);
            }
            vals.push(v);
        }
        out.push(vals);
    }
    Ok(Some(out))
}
