//! What a query reads: the relations it names (checked to exist), and how many rows it returns
//! where the catalog knows.

use std::ops::ControlFlow;

use sqlparser::ast::{
    Expr, GroupByExpr, JoinOperator, Query, Select, SetExpr, TableFactor, TableWithJoins, Visit,
    Visitor,
};

use super::resolve::{RelRef, Resolver};
use crate::catalog::{QualName, RowCount};
use crate::engine::data::{
    known_rows, static_errors, Eval, Phase, Row, RowScope, Table, Ty, Value,
};
use crate::engine::errors;
use crate::response::PgError;
use crate::sql::{fold_ident, fold_name, ObjName};

/// Collects the named relations a statement reads, skipping CTE names and table functions.
struct Relations<'r, 'c> {
    resolver: &'r Resolver<'c>,
    ctes: Vec<String>,
    found: Vec<QualName>,
    error: Option<PgError>,
}

impl Visitor for Relations<'_, '_> {
    type Break = ();

    fn pre_visit_query(&mut self, q: &Query) -> ControlFlow<()> {
        if let Some(w) = &q.with {
            self.ctes
                .extend(w.cte_tables.iter().map(|c| fold_ident(&c.alias.name)));
        }
        ControlFlow::Continue(())
    }

    fn pre_visit_table_factor(&mut self, tf: &TableFactor) -> ControlFlow<()> {
        if let TableFactor::Table { name, args, .. } = tf {
            if args.is_some() {
                return ControlFlow::Continue(()); // a table function: generate_series(…)
            }
            let n = fold_name(name);
            if n.0.len() == 1 && self.ctes.iter().any(|c| c == n.name()) {
                return ControlFlow::Continue(());
            }
            match check(self.resolver, &n) {
                Ok(Some(q)) => self.found.push(q),
                Ok(None) => {}
                Err(e) => {
                    self.error = Some(e);
                    return ControlFlow::Break(());
                }
            }
        }
        ControlFlow::Continue(())
    }
}

fn check(resolver: &Resolver<'_>, n: &ObjName) -> Result<Option<QualName>, PgError> {
    if let Some(schema) = n.schema() {
        if !crate::catalog::is_system_schema(schema) && resolver.relation(n).is_none() {
            if !resolver.schema_exists(schema) {
                return Err(errors::schema_does_not_exist(schema));
            }
            return Err(errors::relation_does_not_exist(&n.to_string()));
        }
    }
    match resolver.relation(n) {
        Some(RelRef::User(q)) => Ok(Some(q)),
        Some(RelRef::System) => Ok(None),
        None => Err(errors::relation_does_not_exist(&n.to_string())),
    }
}

/// Every relation `node` reads must exist (42P01); returns the user relations it reads.
pub fn relations_read<V: Visit>(
    resolver: &Resolver<'_>,
    node: &V,
) -> Result<Vec<QualName>, PgError> {
    relations_read_with(resolver, node, &[])
}

/// The same, with the names of common table expressions already in scope (`WITH x AS (…)
/// INSERT … SELECT … FROM x`).
pub fn relations_read_with<V: Visit>(
    resolver: &Resolver<'_>,
    node: &V,
    ctes: &[String],
) -> Result<Vec<QualName>, PgError> {
    let mut v = Relations {
        resolver,
        ctes: ctes.to_vec(),
        found: Vec::new(),
        error: None,
    };
    let _ = node.visit(&mut v);
    match v.error {
        Some(e) => Err(e),
        None => Ok(v.found),
    }
}

/// Rows a query returns, when the catalog knows (`None` when it depends on data).
pub fn query_rows(
    resolver: &Resolver<'_>,
    rows_of: &dyn Fn(&QualName) -> RowCount,
    q: &Query,
) -> Option<u64> {
    let n = set_expr_rows(resolver, rows_of, &q.body)?;
    if q.limit_clause.is_some() || q.fetch.is_some() {
        return if n == 0 { Some(0) } else { None };
    }
    Some(n)
}

fn set_expr_rows(
    resolver: &Resolver<'_>,
    rows_of: &dyn Fn(&QualName) -> RowCount,
    e: &SetExpr,
) -> Option<u64> {
    match e {
        SetExpr::Values(v) => Some(v.rows.len() as u64),
        SetExpr::Query(q) => query_rows(resolver, rows_of, q),
        SetExpr::Select(s) => select_rows(resolver, rows_of, s),
        SetExpr::SetOperation { left, right, .. } => {
            let (l, r) = (
                set_expr_rows(resolver, rows_of, left),
                set_expr_rows(resolver, rows_of, right),
            );
            match (l, r) {
                (Some(0), Some(0)) => Some(0),
                _ => None,
            }
        }
        _ => None,
    }
}

fn is_aggregate_call(e: &Expr) -> bool {
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

/// Rows of the FROM list when every item is a plain table and joins are inner/cross: zero if
/// any inner side is empty; the count of a single table.
fn from_rows(
    resolver: &Resolver<'_>,
    rows_of: &dyn Fn(&QualName) -> RowCount,
    from: &[TableWithJoins],
) -> Option<u64> {
    let table_rows = |tf: &TableFactor| -> Option<RowCount> {
        match tf {
            TableFactor::Table {
                name, args: None, ..
            } => match resolver.relation(&fold_name(name))? {
                RelRef::User(q) => Some(rows_of(&q)),
                RelRef::System => Some(RowCount::Unknown),
            },
            _ => None,
        }
    };
    let mut any_empty = false;
    let mut single: Option<RowCount> = None;
    let mut items = 0;
    for twj in from {
        let r = table_rows(&twj.relation);
        items += 1;
        if r == Some(RowCount::Known(0)) {
            any_empty = true;
        }
        single = r;
        for j in &twj.joins {
            items += 1;
            let inner = matches!(
                j.join_operator,
                JoinOperator::Join(_) | JoinOperator::Inner(_) | JoinOperator::CrossJoin(_)
            );
            if inner && table_rows(&j.relation) == Some(RowCount::Known(0)) {
                any_empty = true;
            }
        }
    }
    if any_empty {
        return Some(0);
    }
    match (items, single) {
        (1, Some(RowCount::Known(n))) => Some(n),
        _ => None,
    }
}

fn select_rows(
    resolver: &Resolver<'_>,
    rows_of: &dyn Fn(&QualName) -> RowCount,
    s: &Select,
) -> Option<u64> {
    let grouped = !matches!(&s.group_by, GroupByExpr::Expressions(v, _) if v.is_empty());
    let aggregate = !grouped
        && s.projection.iter().any(|p| match p {
            sqlparser::ast::SelectItem::UnnamedExpr(e)
            | sqlparser::ast::SelectItem::ExprWithAlias { expr: e, .. } => is_aggregate_call(e),
            _ => false,
        });
    if aggregate {
        return if s.having.is_some() { None } else { Some(1) };
    }
    if s.from.is_empty() {
        return if s.selection.is_some() { None } else { Some(1) };
    }
    // one system catalog: answer from the simulated catalog
    if let [TableWithJoins {
        relation: TableFactor::Table {
            name, args: None, ..
        },
        joins,
    }] = s.from.as_slice()
    {
        let n = fold_name(name);
        if joins.is_empty() && resolver.relation(&n) == Some(RelRef::System) {
            if grouped || s.distinct.is_some() || s.having.is_some() {
                return None;
            }
            return super::sysviews::count(
                resolver.catalog(),
                resolver,
                resolver.pg_version,
                n.schema(),
                n.name(),
                s.selection.as_ref(),
            );
        }
    }
    let n = from_rows(resolver, rows_of, &s.from)?;
    if n == 0 {
        return Some(0);
    }
    if let Ok(Some(rows)) = select_values_of(resolver, s) {
        return Some(rows.len() as u64);
    }
    if s.selection.is_some() || grouped || s.distinct.is_some() || s.having.is_some() {
        return None;
    }
    Some(n)
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

fn select_values_of(
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
    let catalog = resolver.catalog();
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
        }) if joins.is_empty() => match resolver.relation(&fold_name(name)) {
            Some(RelRef::User(q)) => (
                Some(&catalog.relations[&q]),
                alias.as_ref().map(|a| fold_ident(&a.name)),
            ),
            _ => return Ok(None),
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
