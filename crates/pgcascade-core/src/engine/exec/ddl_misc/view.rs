//! CREATE [OR REPLACE] [MATERIALIZED] VIEW: the query's relations and columns are checked and
//! recorded (dependencies), its output columns named and typed where the engine can tell, and
//! CREATE OR REPLACE VIEW refuses what PostgreSQL's `checkViewTupleDesc` refuses.

use std::collections::BTreeSet;
use std::ops::ControlFlow;

use sqlparser::ast::{
    BinaryOperator, CreateView, Expr, FunctionArg, FunctionArgExpr, FunctionArguments, Query,
    Select, SelectItem, SelectItemQualifiedWildcardKind, SetExpr, TableFactor, TableWithJoins,
    Value,
};

use crate::catalog::{Column, QualName, RelKind, Relation, RowCount, ViewInfo};
use crate::engine::errors;
use crate::engine::exec::drop::describe::{
    at, grammar_type_name, locate_relation_error, type_location,
};
use crate::engine::exec::query::{query_rows, relations_read};
use crate::engine::exec::resolve::RelRef;
use crate::engine::exec::{Ctx, ExecResult};
use crate::response::PgError;
use crate::sql::{fold_ident, fold_name};

/// An output column of a query: its name (`None` when the engine cannot name it) and type
/// (`None` when it cannot tell).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct OutCol {
    pub name: Option<String>,
    pub ty: Option<String>,
}

/// A FROM item: the name it is referred to by and its columns (`None` when unknown).
#[derive(Debug, Clone)]
struct Item {
    alias: String,
    columns: Option<Vec<(String, Option<String>)>>,
}

/// Analysis of one SELECT: its FROM items and whether every one of them has known columns.
struct Scope {
    items: Vec<Item>,
}

impl Scope {
    fn all_known(&self) -> bool {
        self.items.iter().all(|i| i.columns.is_some())
    }

    fn item(&self, alias: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.alias == alias)
    }

    /// The type of an unqualified column (`Ok(None)` when unknown).
    fn column(&self, name: &str) -> Result<Option<String>, Lookup> {
        let mut found = Vec::new();
        for i in &self.items {
            if let Some(cols) = &i.columns {
                if let Some((_, t)) = cols.iter().find(|(c, _)| c == name) {
                    found.push(t.clone());
                }
            }
        }
        match found.len() {
            1 => Ok(found.pop().expect("one")),
            0 if self.all_known() && self.item(name).is_none() => Err(Lookup::Missing),
            n if n > 1 => Err(Lookup::Ambiguous),
            _ => Ok(None),
        }
    }
}

/// Why an unqualified column name does not resolve.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lookup {
    Missing,
    Ambiguous,
}

impl Scope {}

struct Analyzer<'c, 'a> {
    ctx: &'c Ctx<'a>,
    ctes: Vec<(String, Option<Vec<OutCol>>)>,
    /// Whether names are checked (42703/42P01): not inside LATERAL subqueries.
    check: bool,
}

impl Analyzer<'_, '_> {
    fn add_from_item(&mut self, tf: &TableFactor, out: &mut Vec<Item>) -> Result<(), PgError> {
        match tf {
            TableFactor::Table {
                name, alias, args, ..
            } => {
                let n = fold_name(name);
                let alias_name = alias
                    .as_ref()
                    .map_or_else(|| n.name().to_string(), |a| fold_ident(&a.name));
                let renames: Vec<String> = alias
                    .as_ref()
                    .map(|a| a.columns.iter().map(|c| fold_ident(&c.name)).collect())
                    .unwrap_or_default();
                let rename = |mut cols: Vec<(String, Option<String>)>| {
                    for (i, r) in renames.iter().enumerate() {
                        if let Some(c) = cols.get_mut(i) {
                            c.0 = r.clone();
                        }
                    }
                    cols
                };
                if args.is_some() {
                    out.push(Item {
                        alias: alias_name,
                        columns: None,
                    });
                    return Ok(());
                }
                if n.0.len() == 1 {
                    if let Some((_, cols)) = self.ctes.iter().rev().find(|(c, _)| c == n.name()) {
                        let columns = cols.as_ref().and_then(|cols| {
                            cols.iter()
                                .map(|c| c.name.clone().map(|n| (n, c.ty.clone())))
                                .collect::<Option<Vec<_>>>()
                        });
                        out.push(Item {
                            alias: alias_name,
                            columns: columns.map(rename),
                        });
                        return Ok(());
                    }
                }
                let columns = match self.ctx.resolver().relation(&n) {
                    Some(RelRef::User(q)) => {
                        let r = &self.ctx.catalog.relations[&q];
                        // a relation without columns is one whose columns the engine could
                        // not tell (a view over what it cannot name, CREATE TABLE … AS)
                        let unknown = r.live_columns().next().is_none();
                        let cols = (r.kind.has_columns() && !unknown).then(|| {
                            r.live_columns()
                                .map(|c| {
                                    let t = (!c.type_name.is_empty()).then(|| c.type_name.clone());
                                    (c.name.clone(), t)
                                })
                                .collect::<Vec<_>>()
                        });
                        cols
                    }
                    _ => None,
                };
                out.push(Item {
                    alias: alias_name,
                    columns: columns.map(rename),
                });
            }
            TableFactor::Derived {
                lateral,
                subquery,
                alias,
                ..
            } => {
                // a LATERAL subquery may name the FROM items before it: its names are not checked
                let outer = self.check;
                self.check = outer && !lateral;
                let cols = self.query(subquery);
                self.check = outer;
                let cols = cols?;
                let alias_name = alias
                    .as_ref()
                    .map_or_else(String::new, |a| fold_ident(&a.name));
                let columns = cols.and_then(|cols| {
                    cols.into_iter()
                        .map(|c| c.name.map(|n| (n, c.ty)))
                        .collect::<Option<Vec<_>>>()
                });
                out.push(Item {
                    alias: alias_name,
                    columns,
                });
            }
            TableFactor::NestedJoin {
                table_with_joins, ..
            } => self.add_from_list(std::slice::from_ref(table_with_joins), out)?,
            _ => out.push(Item {
                alias: String::new(),
                columns: None,
            }),
        }
        Ok(())
    }

    fn add_from_list(
        &mut self,
        from: &[TableWithJoins],
        out: &mut Vec<Item>,
    ) -> Result<(), PgError> {
        for twj in from {
            self.add_from_item(&twj.relation, out)?;
            for j in &twj.joins {
                self.add_from_item(&j.relation, out)?;
            }
        }
        Ok(())
    }

    /// The output columns of a query (`None` when unknown).
    fn query(&mut self, q: &Query) -> Result<Option<Vec<OutCol>>, PgError> {
        let depth = self.ctes.len();
        if let Some(w) = &q.with {
            for cte in &w.cte_tables {
                let name = fold_ident(&cte.alias.name);
                let cols = if w.recursive {
                    None
                } else {
                    self.query(&cte.query)?
                };
                let renames: Vec<String> = cte
                    .alias
                    .columns
                    .iter()
                    .map(|c| fold_ident(&c.name))
                    .collect();
                let cols = cols.map(|mut cols| {
                    for (i, r) in renames.iter().enumerate() {
                        if let Some(c) = cols.get_mut(i) {
                            c.name = Some(r.clone());
                        }
                    }
                    cols
                });
                self.ctes.push((name, cols));
            }
        }
        let r = self.set_expr(&q.body);
        self.ctes.truncate(depth);
        r
    }

    fn set_expr(&mut self, e: &SetExpr) -> Result<Option<Vec<OutCol>>, PgError> {
        match e {
            SetExpr::Select(s) => self.select(s),
            SetExpr::Query(q) => self.query(q),
            SetExpr::SetOperation { left, right, .. } => {
                let l = self.set_expr(left)?;
                self.set_expr(right)?;
                // the names come from the left side; the types are resolved across both
                Ok(l.map(|cols| {
                    cols.into_iter()
                        .map(|c| OutCol {
                            name: c.name,
                            ty: None,
                        })
                        .collect()
                }))
            }
            SetExpr::Values(v) => Ok(v.rows.first().map(|row| {
                (1..=row.len())
                    .map(|i| OutCol {
                        name: Some(format!("column{i}")),
                        ty: None,
                    })
                    .collect()
            })),
            _ => Ok(None),
        }
    }

    fn select(&mut self, s: &Select) -> Result<Option<Vec<OutCol>>, PgError> {
        let mut items = Vec::new();
        self.add_from_list(&s.from, &mut items)?;
        let scope = Scope { items };
        let mut out = Vec::new();
        let mut known = true;
        // JOIN … USING / NATURAL JOIN merge the join columns: `*` is not the plain list
        let merging = s.from.iter().flat_map(|t| &t.joins).any(|j| {
            use sqlparser::ast::{JoinConstraint, JoinOperator as J};
            let c = match &j.join_operator {
                J::Join(c)
                | J::Inner(c)
                | J::Left(c)
                | J::LeftOuter(c)
                | J::Right(c)
                | J::RightOuter(c)
                | J::FullOuter(c) => Some(c),
                _ => None,
            };
            matches!(
                c,
                Some(
                    JoinConstraint::Using(_)
                        | JoinConstraint::UsingAlias(..)
                        | JoinConstraint::Natural
                )
            )
        });
        if merging
            && s.projection
                .iter()
                .any(|p| matches!(p, SelectItem::Wildcard(_)))
        {
            known = false;
        }
        for p in &s.projection {
            match p {
                SelectItem::Wildcard(_) => {
                    for i in &scope.items {
                        match &i.columns {
                            Some(cols) => out.extend(cols.iter().map(|(n, t)| OutCol {
                                name: Some(n.clone()),
                                ty: t.clone(),
                            })),
                            None => known = false,
                        }
                    }
                }
                SelectItem::QualifiedWildcard(
                    SelectItemQualifiedWildcardKind::ObjectName(n),
                    _,
                ) => {
                    let alias = fold_name(n).name().to_string();
                    match scope.item(&alias).and_then(|i| i.columns.as_ref()) {
                        Some(cols) => out.extend(cols.iter().map(|(n, t)| OutCol {
                            name: Some(n.clone()),
                            ty: t.clone(),
                        })),
                        None => known = false,
                    }
                }
                SelectItem::UnnamedExpr(e) => {
                    if self.check {
                        check_columns(self.ctx, &scope, e)?;
                    }
                    out.push(OutCol {
                        name: figure_colname(e),
                        ty: self.infer(&scope, e),
                    });
                }
                SelectItem::ExprWithAlias { expr, alias } => {
                    if self.check {
                        check_columns(self.ctx, &scope, expr)?;
                    }
                    out.push(OutCol {
                        name: Some(fold_ident(alias)),
                        ty: self.infer(&scope, expr),
                    });
                }
                _ => known = false,
            }
        }
        if let Some(w) = &s.selection {
            if self.check {
                check_columns(self.ctx, &scope, w)?;
            }
        }
        Ok(known.then_some(out))
    }

    /// The type of an expression, where the engine can tell.
    fn infer(&self, scope: &Scope, e: &Expr) -> Option<String> {
        match e {
            Expr::Identifier(id) => scope.column(&fold_ident(id)).ok().flatten(),
            Expr::CompoundIdentifier(parts) if parts.len() == 2 => {
                let item = scope.item(&fold_ident(&parts[0]))?;
                let c = fold_ident(&parts[1]);
                item.columns
                    .as_ref()?
                    .iter()
                    .find(|(n, _)| *n == c)
                    .and_then(|(_, t)| t.clone())
            }
            Expr::Nested(inner) => self.infer(scope, inner),
            Expr::Cast { data_type, .. } => self.ctx.resolver().type_name(data_type).ok(),
            Expr::Value(v) => match &v.value {
                Value::Number(n, _) => Some(
                    if n.contains(['.', 'e', 'E']) {
                        "numeric"
                    } else if n.parse::<i32>().is_ok() {
                        "integer"
                    } else if n.parse::<i64>().is_ok() {
                        "bigint"
                    } else {
                        "numeric"
                    }
                    .into(),
                ),
                Value::SingleQuotedString(_)
                | Value::DollarQuotedString(_)
                | Value::EscapedStringLiteral(_) => Some("text".into()),
                Value::Boolean(_) => Some("boolean".into()),
                _ => None,
            },
            Expr::Function(f) => {
                let n = fold_name(&f.name);
                if n.0.len() != 1 {
                    return None;
                }
                match n.name() {
                    "count" => Some("bigint".into()),
                    "now"
                    | "current_timestamp"
                    | "transaction_timestamp"
                    | "statement_timestamp"
                    | "clock_timestamp" => Some("timestamp with time zone".into()),
                    "current_date" => Some("date".into()),
                    "lower" | "upper" | "md5" | "concat" | "concat_ws" | "btrim" | "ltrim"
                    | "rtrim" | "replace" | "initcap" | "to_char" | "format" => Some("text".into()),
                    _ => None,
                }
            }
            Expr::BinaryOp { left, op, right } => match op {
                BinaryOperator::StringConcat => {
                    let (l, r) = (self.infer(scope, left), self.infer(scope, right));
                    (l.as_deref() == Some("text") || r.as_deref() == Some("text"))
                        .then(|| "text".into())
                }
                BinaryOperator::Eq
                | BinaryOperator::NotEq
                | BinaryOperator::Lt
                | BinaryOperator::LtEq
                | BinaryOperator::Gt
                | BinaryOperator::GtEq
                | BinaryOperator::And
                | BinaryOperator::Or => Some("boolean".into()),
                BinaryOperator::Plus
                | BinaryOperator::Minus
                | BinaryOperator::Multiply
                | BinaryOperator::Divide => {
                    let (l, r) = (self.infer(scope, left)?, self.infer(scope, right)?);
                    let rank = |t: &str| match t {
                        "smallint" => Some(0),
                        "integer" => Some(1),
                        "bigint" => Some(2),
                        _ => None,
                    };
                    let (a, b) = (rank(&l)?, rank(&r)?);
                    Some(
                        match a.max(b).max(1) {
                            1 => "integer",
                            _ => "bigint",
                        }
                        .into(),
                    )
                }
                _ => None,
            },
            Expr::IsNull(_)
            | Expr::IsNotNull(_)
            | Expr::IsTrue(_)
            | Expr::IsFalse(_)
            | Expr::In { .. }
            | Expr::Between { .. }
            | Expr::Like { .. }
            | Expr::ILike { .. }
            | Expr::Exists { .. } => Some("boolean".into()),
            _ => None,
        }
    }
}

/// 42703 for a column no FROM item has (only when every FROM item's columns are known), 42P01
/// for `x.col` with no FROM item `x`. Subqueries are not entered.
fn check_columns(ctx: &Ctx<'_>, scope: &Scope, e: &Expr) -> Result<(), PgError> {
    let text = ctx.text;
    let mut err = None;
    let mut walk = |e: &Expr| -> ControlFlow<()> {
        match e {
            Expr::Identifier(id) if id.quote_style != Some('\'') => {
                let c = fold_ident(id);
                match scope.column(&c) {
                    Err(Lookup::Missing) => {
                        err = Some(at(errors::column_does_not_exist(&c), text, id.span.start));
                        return ControlFlow::Break(());
                    }
                    Err(Lookup::Ambiguous) => {
                        err = Some(at(
                            PgError::new("42702", format!("column reference \"{c}\" is ambiguous")),
                            text,
                            id.span.start,
                        ));
                        return ControlFlow::Break(());
                    }
                    Ok(_) => {}
                }
            }
            Expr::CompoundIdentifier(parts) if parts.len() == 2 => {
                let t = fold_ident(&parts[0]);
                let c = fold_ident(&parts[1]);
                match scope.item(&t) {
                    Some(i) => {
                        if let Some(cols) = &i.columns {
                            if !cols.iter().any(|(n, _)| *n == c) {
                                err = Some(at(
                                    PgError::new("42703", format!("column {t}.{c} does not exist")),
                                    text,
                                    parts[0].span.start,
                                ));
                                return ControlFlow::Break(());
                            }
                        }
                    }
                    None if scope.all_known() => {
                        err = Some(at(
                            PgError::new(
                                "42P01",
                                format!("missing FROM-clause entry for table \"{t}\""),
                            ),
                            text,
                            parts[0].span.start,
                        ));
                        return ControlFlow::Break(());
                    }
                    None => {}
                }
            }
            Expr::Cast { data_type, .. } => {
                if let Err(e) = ctx.resolver().type_name(data_type) {
                    err = Some(match type_location(data_type) {
                        Some(loc) => at(e, text, loc),
                        None => e,
                    });
                    return ControlFlow::Break(());
                }
            }
            _ => {}
        }
        ControlFlow::Continue(())
    };
    let _ = visit_shallow(e, &mut walk);
    err.map_or(Ok(()), Err)
}

/// Visit an expression's parts without entering subqueries (their names have their own scope).
fn visit_shallow(e: &Expr, f: &mut dyn FnMut(&Expr) -> ControlFlow<()>) -> ControlFlow<()> {
    f(e)?;
    match e {
        Expr::BinaryOp { left, right, .. } => {
            visit_shallow(left, f)?;
            visit_shallow(right, f)
        }
        Expr::UnaryOp { expr, .. }
        | Expr::Nested(expr)
        | Expr::Cast { expr, .. }
        | Expr::IsNull(expr)
        | Expr::IsNotNull(expr)
        | Expr::IsTrue(expr)
        | Expr::IsFalse(expr) => visit_shallow(expr, f),
        Expr::Between {
            expr, low, high, ..
        } => {
            visit_shallow(expr, f)?;
            visit_shallow(low, f)?;
            visit_shallow(high, f)
        }
        Expr::In { expr, .. } => visit_shallow(expr, f),
        Expr::Like { expr, pattern, .. } | Expr::ILike { expr, pattern, .. } => {
            visit_shallow(expr, f)?;
            visit_shallow(pattern, f)
        }
        Expr::Function(func) => {
            if func.over.is_some() || func.filter.is_some() || !func.within_group.is_empty() {
                return ControlFlow::Continue(());
            }
            if let FunctionArguments::List(l) = &func.args {
                for a in &l.args {
                    if let FunctionArg::Unnamed(FunctionArgExpr::Expr(x))
                    | FunctionArg::Named {
                        arg: FunctionArgExpr::Expr(x),
                        ..
                    } = a
                    {
                        visit_shallow(x, f)?;
                    }
                }
            }
            ControlFlow::Continue(())
        }
        _ => ControlFlow::Continue(()),
    }
}

/// PostgreSQL's `FigureColname`: the name of an unaliased output column.
fn figure_colname(e: &Expr) -> Option<String> {
    Some(match e {
        Expr::Identifier(id) => fold_ident(id),
        Expr::CompoundIdentifier(parts) => fold_ident(parts.last()?),
        Expr::Nested(inner) => return figure_colname(inner),
        Expr::Function(f) => fold_name(&f.name).name().to_string(),
        Expr::Cast {
            expr, data_type, ..
        } => match figure_colname(expr) {
            Some(n) if n != "?column?" => n,
            _ => {
                let g = grammar_type_name(data_type);
                let g = g.strip_suffix("[]").unwrap_or(&g).to_string();
                g.rsplit('.').next().unwrap_or(&g).to_string()
            }
        },
        Expr::Case { .. } => "case".into(),
        Expr::Array(_) => "array".into(),
        Expr::Tuple(_) => "row".into(),
        Expr::Exists { .. } => "exists".into(),
        Expr::Extract { .. } => "extract".into(),
        Expr::Substring { .. } => "substring".into(),
        Expr::Trim { .. } => "trim".into(),
        Expr::Position { .. } => "position".into(),
        Expr::Overlay { .. } => "overlay".into(),
        Expr::Subquery(q) => match q.body.as_ref() {
            SetExpr::Select(sel) => match sel.projection.first()? {
                SelectItem::UnnamedExpr(e) => return figure_colname(e),
                SelectItem::ExprWithAlias { alias, .. } => fold_ident(alias),
                _ => return None,
            },
            _ => return None,
        },
        _ => "?column?".into(),
    })
}

/// The columns a query reads, for dependencies: `(relation, column)` pairs.
fn column_dependencies(ctx: &Ctx<'_>, q: &Query, read: &[QualName]) -> Vec<(QualName, String)> {
    let mut aliases: Vec<(String, QualName)> = Vec::new();
    collect_aliases(ctx, q, &mut aliases);
    let mut out: BTreeSet<(QualName, String)> = BTreeSet::new();
    let cols_of = |r: &QualName| -> Vec<String> {
        ctx.catalog
            .relations
            .get(r)
            .map(|rel| rel.live_columns().map(|c| c.name.clone()).collect())
            .unwrap_or_default()
    };
    // unqualified names resolve in the innermost SELECT whose FROM has such a column
    let mut scoped = ScopedColumns {
        ctx,
        scopes: Vec::new(),
        out: Vec::new(),
    };
    let _ = sqlparser::ast::Visit::visit(q, &mut scoped);
    out.extend(scoped.out);
    let _ = read;
    let _ = sqlparser::ast::visit_expressions(q, |e| {
        match e {
            Expr::CompoundIdentifier(parts) if parts.len() >= 2 => {
                let t = fold_ident(&parts[parts.len() - 2]);
                let c = fold_ident(&parts[parts.len() - 1]);
                for (a, r) in &aliases {
                    if *a == t && cols_of(r).contains(&c) {
                        out.insert((r.clone(), c.clone()));
                    }
                }
            }
            _ => {}
        }
        ControlFlow::<()>::Continue(())
    });
    wildcard_dependencies(ctx, &q.body, &mut out);
    out.into_iter().collect()
}

/// Every `alias → relation` of the query's FROM items.
fn collect_aliases(ctx: &Ctx<'_>, q: &Query, out: &mut Vec<(String, QualName)>) {
    struct V<'x, 'c, 'a> {
        ctx: &'x Ctx<'a>,
        out: &'x mut Vec<(String, QualName)>,
        _c: std::marker::PhantomData<&'c ()>,
    }
    impl sqlparser::ast::Visitor for V<'_, '_, '_> {
        type Break = ();
        fn pre_visit_table_factor(&mut self, tf: &TableFactor) -> ControlFlow<()> {
            if let TableFactor::Table {
                name,
                alias,
                args: None,
                ..
            } = tf
            {
                let n = fold_name(name);
                if let Some(RelRef::User(q)) = self.ctx.resolver().relation(&n) {
                    let a = alias
                        .as_ref()
                        .map_or_else(|| n.name().to_string(), |a| fold_ident(&a.name));
                    self.out.push((a, q));
                }
            }
            ControlFlow::Continue(())
        }
    }
    use sqlparser::ast::Visit;
    let _ = q.visit(&mut V {
        ctx,
        out,
        _c: std::marker::PhantomData,
    });
}

/// `*` and `t.*` read every column of their relations.
fn wildcard_dependencies(ctx: &Ctx<'_>, e: &SetExpr, out: &mut BTreeSet<(QualName, String)>) {
    match e {
        SetExpr::Select(s) => {
            let mut rels: Vec<(String, QualName)> = Vec::new();
            for twj in &s.from {
                for tf in
                    std::iter::once(&twj.relation).chain(twj.joins.iter().map(|j| &j.relation))
                {
                    if let TableFactor::Table {
                        name,
                        alias,
                        args: None,
                        ..
                    } = tf
                    {
                        let n = fold_name(name);
                        if let Some(RelRef::User(q)) = ctx.resolver().relation(&n) {
                            let a = alias
                                .as_ref()
                                .map_or_else(|| n.name().to_string(), |a| fold_ident(&a.name));
                            rels.push((a, q));
                        }
                    }
                }
            }
            for p in &s.projection {
                let chosen: Vec<&QualName> = match p {
                    SelectItem::Wildcard(_) => rels.iter().map(|(_, q)| q).collect(),
                    SelectItem::QualifiedWildcard(
                        SelectItemQualifiedWildcardKind::ObjectName(n),
                        _,
                    ) => {
                        let a = fold_name(n).name().to_string();
                        rels.iter()
                            .filter(|(x, _)| *x == a)
                            .map(|(_, q)| q)
                            .collect()
                    }
                    _ => Vec::new(),
                };
                for q in chosen {
                    if let Some(r) = ctx.catalog.relations.get(q) {
                        for c in r.live_columns() {
                            out.insert((q.clone(), c.name.clone()));
                        }
                    }
                }
            }
        }
        SetExpr::Query(q) => wildcard_dependencies(ctx, &q.body, out),
        SetExpr::SetOperation { left, right, .. } => {
            wildcard_dependencies(ctx, left, out);
            wildcard_dependencies(ctx, right, out);
        }
        _ => {}
    }
}

pub fn create_view(ctx: &mut Ctx<'_>, v: &CreateView) -> ExecResult {
    create_view_with_data(ctx, v, true)
}

/// CREATE [MATERIALIZED] VIEW; `with_data: false` for `CREATE MATERIALIZED VIEW … WITH NO DATA`
/// (which `sqlparser` does not read: the caller takes the clause off).
/// The output columns of a query (names and types as the view analyser figures them), for
/// `CREATE TABLE … AS`; `None` when they cannot be told.
pub(crate) fn query_output_columns(
    ctx: &mut Ctx<'_>,
    q: &Query,
) -> Result<Option<Vec<Column>>, PgError> {
    let mut analyzer = Analyzer {
        ctx,
        ctes: Vec::new(),
        check: true,
    };
    let analyzed = analyzer.query(q)?;
    Ok(analyzed.map(|cols| {
        cols.iter()
            .enumerate()
            .map(|(i, c)| {
                let n = c.name.clone().unwrap_or_else(|| format!("column{}", i + 1));
                Column::new(&n, c.ty.as_deref().unwrap_or(""))
            })
            .collect()
    }))
}

pub(crate) fn create_view_with_data(
    ctx: &mut Ctx<'_>,
    v: &CreateView,
    with_data: bool,
) -> ExecResult {
    let tag_created = if v.materialized {
        "CREATE MATERIALIZED VIEW"
    } else {
        "CREATE VIEW"
    };
    if v.temporary {
        // temporary schemas are not modelled
        ctx.partial();
        return Ok(if v.materialized {
            "SELECT 0"
        } else {
            "CREATE VIEW"
        }
        .into());
    }
    if v.or_replace && v.materialized {
        // PostgreSQL's grammar has no CREATE OR REPLACE MATERIALIZED VIEW
        let lower = ctx.text.to_ascii_lowercase();
        return Err(match crate::sql::parse::find_word(&lower, "materialized") {
            Some(at) => {
                let word = &ctx.text[at..at + "materialized".len()];
                crate::sql::parse::syntax_error(ctx.text, word)
            }
            None => {
                ctx.partial();
                PgError::new("42601", "syntax error at or near \"MATERIALIZED\"")
            }
        });
    }
    if v.or_alter || v.to.is_some() || v.params.is_some() {
        ctx.partial();
    }
    let name = fold_name(&v.name);
    let q = ctx.resolver().qualify_new(&name)?;
    // CREATE MATERIALIZED VIEW IF NOT EXISTS looks before analysing the query
    if v.if_not_exists && ctx.catalog.relations.contains_key(&q) {
        ctx.notice(
            "42P07",
            format!("relation \"{}\" already exists, skipping", q.name),
        );
        return Ok(tag_created.into());
    }
    let mut read = relations_read(&ctx.resolver(), &v.query)
        .map_err(|e| locate_relation_error(ctx.text, &v.query, e))?;
    let mut seen = BTreeSet::new();
    read.retain(|r| seen.insert(r.clone()));
    let mut analyzer = Analyzer {
        ctx,
        ctes: Vec::new(),
        check: true,
    };
    let analyzed = analyzer.query(&v.query)?;
    let mut columns = analyzed.clone();
    if let Some(cols) = &mut columns {
        if v.columns.len() > cols.len() {
            return Err(PgError::new(
                "42601",
                format!(
                    "{} specifies more column names than columns",
                    if v.materialized {
                        "CREATE MATERIALIZED VIEW"
                    } else {
                        "CREATE VIEW"
                    }
                ),
            ));
        }
    }
    if let Some(cols) = &mut columns {
        for (i, c) in v.columns.iter().enumerate() {
            cols[i].name = Some(fold_ident(&c.name));
        }
        let mut names = BTreeSet::new();
        for c in cols.iter() {
            if let Some(n) = &c.name {
                if !names.insert(n.clone()) {
                    return Err(PgError::new(
                        "42701",
                        format!("column \"{n}\" specified more than once"),
                    ));
                }
            }
        }
    } else {
        ctx.partial();
    }
    if let Some(existing) = ctx.catalog.relations.get(&q) {
        if !v.or_replace || v.materialized {
            return Err(errors::relation_exists(&q.name));
        }
        if existing.kind != RelKind::View {
            return Err(errors::not_a(&q.name, "a view"));
        }
        let existing = existing.clone();
        check_replacement(ctx, &existing, columns.as_deref())?;
    } else {
        super::check_rowtype_name_free(ctx, &q)?;
    }
    let depends_on_columns = column_dependencies(ctx, &v.query, &read);
    let view_columns: Vec<Column> = match &columns {
        Some(cols) => cols
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let n = c.name.clone().unwrap_or_else(|| format!("column{}", i + 1));
                Column::new(&n, c.ty.as_deref().unwrap_or(""))
            })
            .collect(),
        None => Vec::new(),
    };
    let info = ViewInfo {
        depends_on: read,
        depends_on_columns,
        query: v.query.to_string(),
        populated: with_data,
    };
    if let Some(existing) = ctx.catalog.relations.get_mut(&q) {
        // CREATE OR REPLACE VIEW: the old columns stay (same names and types), new ones are
        // appended
        if !view_columns.is_empty() {
            let old: Vec<Column> = existing.live_columns().cloned().collect();
            let mut cols = view_columns;
            for (c, o) in cols.iter_mut().zip(&old) {
                if c.type_name.is_empty() {
                    c.type_name = o.type_name.clone();
                }
            }
            existing.columns = cols;
        }
        existing.view = Some(info);
        return Ok("CREATE VIEW".into());
    }
    let oid = ctx.oid();
    let kind = if v.materialized {
        RelKind::MaterializedView
    } else {
        RelKind::View
    };
    let mut rel = Relation::new(q.clone(), kind, oid);
    rel.columns = view_columns;
    rel.view = Some(info);
    let tag = if v.materialized && !with_data {
        rel.rows = RowCount::Known(0);
        "CREATE MATERIALIZED VIEW".to_string()
    } else if v.materialized {
        let catalog = &*ctx.catalog;
        let rows_of = |q: &QualName| {
            catalog
                .relations
                .get(q)
                .map_or(RowCount::Unknown, |r| r.rows)
        };
        let n = query_rows(&ctx.resolver(), &rows_of, &v.query);
        rel.rows = n.map_or(RowCount::Unknown, RowCount::Known);
        match n {
            Some(n) => format!("SELECT {n}"),
            None => {
                ctx.depends_on_data(
                    "",
                    "the number of rows the query returns depends on the data",
                );
                "SELECT 0".into()
            }
        }
    } else {
        rel.rows = RowCount::Unknown;
        "CREATE VIEW".into()
    };
    ctx.effects.created_relations.push(oid);
    ctx.catalog.relations.insert(q, rel);
    Ok(tag)
}

/// `checkViewTupleDesc`: a replacement may only add columns at the end.
fn check_replacement(
    ctx: &mut Ctx<'_>,
    existing: &Relation,
    new: Option<&[OutCol]>,
) -> Result<(), PgError> {
    let Some(new) = new else {
        ctx.partial();
        return Ok(());
    };
    let old: Vec<&Column> = existing.live_columns().collect();
    if old.is_empty() && new.is_empty() {
        return Ok(());
    }
    if old.is_empty() {
        // the old view's columns are not known
        ctx.partial();
        return Ok(());
    }
    if new.len() < old.len() {
        return Err(PgError::new("42P16", "cannot drop columns from view"));
    }
    let mut unknown = false;
    for (o, n) in old.iter().zip(new) {
        match &n.name {
            Some(nn) if *nn != o.name => {
                return Err(PgError::new(
                    "42P16",
                    format!(
                        "cannot change name of view column \"{}\" to \"{nn}\"",
                        o.name
                    ),
                )
                .with_hint(
                    "Use ALTER VIEW ... RENAME COLUMN ... to change name of view column instead.",
                ))
            }
            None => unknown = true,
            _ => {}
        }
        match &n.ty {
            Some(nt) if !o.type_name.is_empty() && *nt != o.type_name => {
                return Err(PgError::new(
                    "42P16",
                    format!(
                        "cannot change data type of view column \"{}\" from {} to {nt}",
                        o.name, o.type_name
                    ),
                ))
            }
            Some(_) if !o.type_name.is_empty() => {}
            _ => unknown = true,
        }
    }
    if unknown {
        ctx.partial();
    }
    Ok(())
}

/// One SELECT's FROM list: the relations it reads by name, and whether it also reads
/// something whose columns are unknown here (a subquery, a function).
struct FromScope {
    relations: Vec<QualName>,
    opaque: bool,
}

/// Resolves unqualified column references scope by scope, as PostgreSQL does: the innermost
/// SELECT whose FROM items have the column wins.
struct ScopedColumns<'x, 'a> {
    ctx: &'x Ctx<'a>,
    scopes: Vec<FromScope>,
    out: Vec<(QualName, String)>,
}

impl ScopedColumns<'_, '_> {
    fn scope_of(&self, s: &sqlparser::ast::Select) -> FromScope {
        let mut scope = FromScope {
            relations: Vec::new(),
            opaque: false,
        };
        let mut add = |tf: &TableFactor| match tf {
            TableFactor::Table {
                name, args: None, ..
            } => match self.ctx.resolver().relation(&fold_name(name)) {
                Some(RelRef::User(q)) => scope.relations.push(q),
                _ => scope.opaque = true,
            },
            _ => scope.opaque = true,
        };
        for twj in &s.from {
            add(&twj.relation);
            for j in &twj.joins {
                add(&j.relation);
            }
        }
        scope
    }
}

impl sqlparser::ast::Visitor for ScopedColumns<'_, '_> {
    type Break = ();

    fn pre_visit_select(&mut self, s: &sqlparser::ast::Select) -> ControlFlow<()> {
        let scope = self.scope_of(s);
        self.scopes.push(scope);
        ControlFlow::Continue(())
    }

    fn post_visit_select(&mut self, _s: &sqlparser::ast::Select) -> ControlFlow<()> {
        self.scopes.pop();
        ControlFlow::Continue(())
    }

    fn pre_visit_expr(&mut self, e: &Expr) -> ControlFlow<()> {
        let Expr::Identifier(id) = e else {
            return ControlFlow::Continue(());
        };
        let c = fold_ident(id);
        for scope in self.scopes.iter().rev() {
            let hits: Vec<&QualName> = scope
                .relations
                .iter()
                .filter(|r| {
                    self.ctx
                        .catalog
                        .relations
                        .get(*r)
                        .is_some_and(|rel| rel.column(&c).is_some())
                })
                .collect();
            if !hits.is_empty() {
                for r in hits {
                    self.out.push((r.clone(), c.clone()));
                }
                break;
            }
            if scope.opaque {
                break; // it may be a column of the subquery or function: unknown
            }
        }
        ControlFlow::Continue(())
    }
}
