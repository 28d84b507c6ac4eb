//! What a query reads: the relations it names (checked to exist), and how many rows it returns
//! where the catalog knows.

use std::ops::ControlFlow;

use sqlparser::ast::{
    GroupByExpr, JoinOperator, Query, Select, SetExpr, TableFactor, TableWithJoins, Visit, Visitor,
};

use super::resolve::{RelRef, Resolver};
use crate::catalog::{QualName, RowCount};
pub use crate::engine::data::query::select_values;
use crate::engine::data::query::{is_aggregate_call, select_values_of};
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
