//! The rows a migration (or its setup) gives literally, and what depends on them.
//!
//! A table created by the simulator starts with zero rows whose values are all known. `INSERT …
//! VALUES`, `INSERT … SELECT` over known rows, `UPDATE`, `DELETE` and `ALTER TABLE` keep the
//! values ([`TableData`] on [`Relation::data`]); constraint checks, row counts and conversions
//! are then evaluated exactly ([`eval`]). Values the evaluator cannot compute are
//! [`Datum::Unknown`] (or [`Datum::Opaque`]: not NULL); decisions over them stay
//! `data_dependent`. A table whose rows are not all known has no data (`None`), and at most
//! [`MAX_TRACKED_ROWS`] rows are kept per table: beyond that the values are forgotten (the row
//! count may still be known).

pub mod datum;
pub mod eval;
pub mod modify;
pub mod query;

use std::sync::Arc;

use sqlparser::ast::{DataType, Expr};
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::parser::Parser;

pub use datum::{key_part, output, Datum, Dec, KeyPart, Ty};
pub use eval::{Eval, How, Phase, Scope, Value};

use super::exec::Resolver;
use crate::catalog::{
    Catalog, ConstraintFacts, ConstraintKind, QualName, RelKind, Relation, RowCount, TypeKind,
};
use crate::response::PgError;
use crate::sql::ObjName;

/// Rows kept per table; a table that grows beyond this keeps its row count only.
pub const MAX_TRACKED_ROWS: usize = 10_000;

/// Heap bytes below which a table is one page that is never pruned, so a sequential scan
/// returns rows in the order they were written (an estimate with a wide margin: a page holds
/// 8168 bytes and is pruned when less than 819 are free).
const ONE_PAGE_BYTES: usize = 6000;

/// A row: one datum per column slot (dropped columns included).
pub type Row = Vec<Datum>;

/// The rows of a table, in the order a sequential scan returns them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TableData {
    pub rows: Vec<Row>,
    /// Bytes of every tuple version written so far (dead ones included).
    pub heap_bytes: usize,
}

/// Bytes one tuple version takes on a heap page (header, line pointer, aligned data).
pub fn tuple_bytes(row: &[Datum]) -> usize {
    let data: usize = row.iter().map(Datum::width).sum();
    28 + data.div_ceil(8) * 8
}

/// A table whose rows the simulator can follow: a plain table without enabled triggers.
pub fn trackable(rel: &Relation) -> bool {
    rel.kind == RelKind::Table && rel.triggers.iter().all(|t| !t.enabled)
}

/// The table's rows when every value is known literally (an empty table always is).
pub fn known_rows(rel: &Relation) -> Option<&[Row]> {
    match rel.rows {
        RowCount::Known(0) => Some(&[]),
        RowCount::Known(n) => {
            let d = rel.data.as_ref()?;
            let width = rel.columns.len();
            (d.rows.len() as u64 == n && d.rows.iter().all(|r| r.len() == width))
                .then_some(d.rows.as_slice())
        }
        RowCount::Unknown => None,
    }
}

/// Whether a sequential scan is known to return the rows in stored order.
pub fn order_known(rel: &Relation) -> bool {
    match rel.rows {
        RowCount::Known(0) => true,
        _ => rel
            .data
            .as_ref()
            .is_some_and(|d| d.heap_bytes <= ONE_PAGE_BYTES),
    }
}

/// Store the table's rows (`None`: not known) and its row count.
pub fn store(rel: &mut Relation, rows: Option<Vec<Row>>, count: RowCount, heap_bytes: usize) {
    rel.rows = count;
    rel.data = match rows {
        Some(rows)
            if rows.len() <= MAX_TRACKED_ROWS && count == RowCount::Known(rows.len() as u64) =>
        {
            Some(Arc::new(TableData { rows, heap_bytes }))
        }
        _ => None,
    };
}

/// Heap bytes written so far (0 for a table without data).
pub fn heap_bytes(rel: &Relation) -> usize {
    rel.data.as_ref().map_or(0, |d| d.heap_bytes)
}

/// Parse an expression stored as text in the catalog (defaults, checks, predicates).
pub fn parse_expr(text: &str) -> Option<Expr> {
    Parser::new(&PostgreSqlDialect {})
        .try_with_sql(text)
        .ok()?
        .parse_expr()
        .ok()
}

/// The type of a catalog column.
pub fn column_type(resolver: &Resolver<'_>, type_name: &str) -> Ty {
    let catalog = resolver.catalog();
    let labels = |name: &str| {
        let q = resolver.user_type(&ObjName::unqualified(name))?;
        match &catalog.types.get(&q)?.kind {
            TypeKind::Enum { labels } => Some(labels.clone()),
            _ => None,
        }
    };
    Ty::from_catalog(type_name, &labels)
}

/// The type a cast names.
pub fn cast_type(resolver: &Resolver<'_>, dt: &DataType) -> Option<Ty> {
    let name = resolver.type_name(dt).ok()?;
    Some(column_type(resolver, &name))
}

/// A table's columns as the evaluator sees them.
pub struct Table<'a> {
    pub rel: &'a Relation,
    /// One type per column slot.
    pub types: Vec<Ty>,
    /// Names that qualify its columns (`t.a`): the table's name and its alias.
    pub names: Vec<String>,
}

impl<'a> Table<'a> {
    pub fn new(rel: &'a Relation, resolver: &Resolver<'_>) -> Self {
        Table {
            rel,
            types: rel
                .columns
                .iter()
                .map(|c| column_type(resolver, &c.type_name))
                .collect(),
            names: vec![rel.name.name.clone()],
        }
    }

    pub fn with_alias(mut self, alias: Option<String>) -> Self {
        if let Some(a) = alias {
            // an alias hides the table's own name
            self.names = vec![a];
        }
        self
    }

    /// The slot of a live column.
    pub fn slot(&self, name: &str) -> Option<usize> {
        self.rel
            .columns
            .iter()
            .position(|c| c.name == name && !c.dropped)
    }

    /// A row of unknown values (for the parse and fold phases).
    pub fn unknown_row(&self) -> Row {
        vec![Datum::Unknown; self.rel.columns.len()]
    }

    pub fn value(&self, row: &[Datum], slot: usize) -> Value {
        Value::new(row[slot].clone(), self.types[slot].clone())
    }
}

/// Column references resolved against one row of a table (and `excluded` for ON CONFLICT).
pub struct RowScope<'a> {
    pub table: Option<(&'a Table<'a>, &'a [Datum])>,
    pub excluded: Option<(&'a Table<'a>, &'a [Datum])>,
    pub resolver: &'a Resolver<'a>,
}

impl Scope for RowScope<'_> {
    fn column(&self, qualifier: Option<&str>, name: &str) -> Option<Value> {
        if let (Some("excluded"), Some((t, row))) = (qualifier, self.excluded) {
            return t.slot(name).map(|s| t.value(row, s));
        }
        let (t, row) = self.table?;
        if let Some(q) = qualifier {
            if !t.names.iter().any(|n| n == q) {
                return None;
            }
        }
        t.slot(name).map(|s| t.value(row, s))
    }

    fn cast_type(&self, dt: &DataType) -> Option<Ty> {
        cast_type(self.resolver, dt)
    }

    fn pg_version(&self) -> u32 {
        self.resolver.pg_version
    }

    fn subquery(&self, q: &sqlparser::ast::Query) -> Option<Vec<Vec<Value>>> {
        query::select_values(self.resolver, q).ok().flatten()
    }
}

/// The result of checking something against rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    Pass,
    Fail(PgError),
    /// Depends on values that are not known: the SQLSTATE it would raise.
    Unknown(String),
}

/// `Failing row contains (…).`: every live column printed by its output function, values longer
/// than 64 bytes cut; `None` when a value is not known.
pub fn failing_row(rel: &Relation, row: &[Datum]) -> Option<String> {
    let mut parts = Vec::new();
    for (c, d) in rel.columns.iter().zip(row) {
        if c.dropped {
            continue;
        }
        let v = output(d)?;
        parts.push(clip(&v));
    }
    Some(format!("Failing row contains ({}).", parts.join(", ")))
}

/// PostgreSQL cuts each value of a failing row to 64 bytes (on a character boundary) + `...`.
fn clip(v: &str) -> String {
    if v.len() <= 64 {
        return v.to_string();
    }
    let mut end = 64;
    while !v.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}...", &v[..end])
}

/// `Key (a, b)=(1, x)`; `None` when a value is not known.
pub fn key_text(columns: &[String], values: &[Datum]) -> Option<String> {
    let vals: Option<Vec<String>> = values.iter().map(output).collect();
    Some(format!(
        "Key ({})=({})",
        columns.join(", "),
        vals?.join(", ")
    ))
}

/// 23502 for a NULL in a NOT NULL column of a new row version (columns in attnum order).
pub fn check_not_null(rel: &Relation, row: &[Datum]) -> Verdict {
    let mut unknown = false;
    for (c, d) in rel.columns.iter().zip(row) {
        if c.dropped || !c.not_null {
            continue;
        }
        match d.null_state() {
            Some(true) => {
                let mut e = PgError::new(
                    "23502",
                    format!(
                        "null value in column \"{}\" of relation \"{}\" violates not-null constraint",
                        c.name, rel.name.name
                    ),
                );
                if let Some(d) = failing_row(rel, row) {
                    e = e.with_detail(d);
                }
                return if unknown {
                    Verdict::Unknown("23502".into())
                } else {
                    Verdict::Fail(e)
                };
            }
            Some(false) => {}
            None => unknown = true,
        }
    }
    if unknown {
        Verdict::Unknown("23502".into())
    } else {
        Verdict::Pass
    }
}

/// The CHECK constraints of a table in the order PostgreSQL applies them (by name), parsed.
pub fn check_constraints(rel: &Relation) -> Vec<(String, Option<Expr>)> {
    let mut v: Vec<(String, Option<Expr>)> = rel
        .constraints
        .iter()
        .filter_map(|c| match &c.kind {
            ConstraintKind::Check { expr, .. } => Some((c.name.clone(), parse_expr(expr))),
            _ => None,
        })
        .collect();
    v.sort_by(|a, b| a.0.cmp(&b.0));
    v
}

/// Evaluate a CHECK on one row: `Some(false)` when the row violates it (FALSE; NULL passes).
pub fn check_holds(
    table: &Table<'_>,
    row: &[Datum],
    expr: Option<&Expr>,
    resolver: &Resolver<'_>,
) -> Option<bool> {
    let expr = expr?;
    let scope = RowScope {
        table: Some((table, row)),
        excluded: None,
        resolver,
    };
    let mut ev = Eval::new(&scope, Phase::Row);
    let v = ev.eval(expr).ok()?;
    if ev.maybe_error.is_some() {
        return None;
    }
    match v.truth()? {
        Some(false) => Some(false),
        _ => Some(true),
    }
}

/// 23514 for a new row version that violates a CHECK constraint.
pub fn check_new_row(
    table: &Table<'_>,
    row: &[Datum],
    checks: &[(String, Option<Expr>)],
    resolver: &Resolver<'_>,
) -> Verdict {
    let mut unknown = false;
    for (name, expr) in checks {
        match check_holds(table, row, expr.as_ref(), resolver) {
            Some(true) => {}
            Some(false) if !unknown => {
                let mut e = PgError::new(
                    "23514",
                    format!(
                        "new row for relation \"{}\" violates check constraint \"{name}\"",
                        table.rel.name.name
                    ),
                );
                if let Some(d) = failing_row(table.rel, row) {
                    e = e.with_detail(d);
                }
                return Verdict::Fail(e);
            }
            _ => unknown = true,
        }
    }
    if unknown {
        Verdict::Unknown("23514".into())
    } else {
        Verdict::Pass
    }
}

/// A value a decision needs is not known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotKnown;

/// A unique index of a table, as the checks need it.
pub struct UniqueKey {
    /// The index (and constraint) name.
    pub name: String,
    /// Key column slots; `None` when a key is an expression.
    pub slots: Vec<Option<usize>>,
    pub columns: Vec<String>,
    pub predicate: Option<Option<Expr>>,
    pub facts: ConstraintFacts,
}

/// The unique indexes of `table`, in the order PostgreSQL inserts into them (creation order).
pub fn unique_keys(catalog: &Catalog, table: &QualName) -> Vec<UniqueKey> {
    let Some(rel) = catalog.relation(table) else {
        return Vec::new();
    };
    let mut idx: Vec<&Relation> = catalog
        .indexes_of(table)
        .filter(|i| i.index.as_ref().is_some_and(|x| x.unique && x.valid))
        .collect();
    idx.sort_by_key(|i| i.oid);
    idx.iter()
        .map(|i| {
            let info = i.index.as_ref().expect("filtered");
            let slots = info
                .columns
                .iter()
                .map(|c| {
                    c.as_ref()
                        .and_then(|c| rel.columns.iter().position(|x| &x.name == c && !x.dropped))
                })
                .collect();
            UniqueKey {
                name: i.name.name.clone(),
                slots,
                columns: info
                    .columns
                    .iter()
                    .map(|c| c.clone().unwrap_or_default())
                    .collect(),
                predicate: info.predicate.as_ref().map(|p| parse_expr(p)),
                facts: rel.facts.get(&i.name.name).copied().unwrap_or_default(),
            }
        })
        .collect()
}

impl UniqueKey {
    /// The key of a row: `Ok(None)` when the row is not in the index (a NULL key part with
    /// NULLS DISTINCT, or outside the predicate), `Err(NotKnown)` when not known.
    pub fn key_of(
        &self,
        table: &Table<'_>,
        row: &[Datum],
        resolver: &Resolver<'_>,
    ) -> Result<Option<Vec<KeyPart>>, NotKnown> {
        if let Some(p) = &self.predicate {
            match check_holds_predicate(table, row, p.as_ref(), resolver) {
                Some(true) => {}
                Some(false) => return Ok(None),
                None => return Err(NotKnown),
            }
        }
        let mut key = Vec::with_capacity(self.slots.len());
        let mut has_null = false;
        for s in &self.slots {
            let s = s.ok_or(NotKnown)?;
            let k = key_part(&row[s], &table.types[s]);
            match k {
                Some(KeyPart::Null) => has_null = true,
                Some(_) => {}
                // not NULL but not known: unknown unless another part already is NULL
                None if row[s] == Datum::Opaque => {}
                None => return Err(NotKnown),
            }
            key.push(k);
        }
        if has_null && !self.facts.nulls_not_distinct {
            return Ok(None);
        }
        key.into_iter()
            .collect::<Option<Vec<_>>>()
            .map(Some)
            .ok_or(NotKnown)
    }

    pub fn values(&self, row: &[Datum]) -> Vec<Datum> {
        self.slots
            .iter()
            .map(|s| s.map_or(Datum::Unknown, |s| row[s].clone()))
            .collect()
    }
}

/// A partial index's predicate: `Some(true)` when the row is in the index.
fn check_holds_predicate(
    table: &Table<'_>,
    row: &[Datum],
    expr: Option<&Expr>,
    resolver: &Resolver<'_>,
) -> Option<bool> {
    let expr = expr?;
    let scope = RowScope {
        table: Some((table, row)),
        excluded: None,
        resolver,
    };
    let mut ev = Eval::new(&scope, Phase::Row);
    let v = ev.eval(expr).ok()?;
    match v.truth()? {
        Some(true) => Some(true),
        _ => Some(false),
    }
}

/// The first duplicated key among `rows` for a new unique index (`could not create unique
/// index`): `Pass`, `Fail` with the DETAIL when exactly one key value is duplicated (with more,
/// which one PostgreSQL's sort meets first is not known: no DETAIL), `Unknown`.
pub fn duplicates(
    key: &UniqueKey,
    table: &Table<'_>,
    rows: &[Row],
    resolver: &Resolver<'_>,
) -> Verdict {
    // key → (first row, rows with it)
    let mut seen: std::collections::HashMap<Vec<KeyPart>, (usize, usize)> = Default::default();
    let mut unknown = false;
    for (i, row) in rows.iter().enumerate() {
        match key.key_of(table, row, resolver) {
            Ok(None) => {}
            Ok(Some(k)) => seen.entry(k).or_insert((i, 0)).1 += 1,
            Err(NotKnown) => unknown = true,
        }
    }
    let dup: Vec<usize> = seen
        .values()
        .filter(|(_, n)| *n > 1)
        .map(|(first, _)| *first)
        .collect();
    if dup.is_empty() {
        return if unknown {
            Verdict::Unknown("23505".into())
        } else {
            Verdict::Pass
        };
    }
    let mut e = PgError::new(
        "23505",
        format!("could not create unique index \"{}\"", key.name),
    );
    if dup.len() == 1 && !unknown && key.slots.iter().all(Option::is_some) {
        if let Some(k) = key_text(&key.columns, &key.values(&rows[dup[0]])) {
            e = e.with_detail(format!("{k} is duplicated."));
        }
    }
    Verdict::Fail(e)
}

/// A foreign key between two tables, as the checks need it.
#[derive(Debug, Clone)]
pub struct ForeignKey {
    pub name: String,
    /// The referencing table.
    pub table: QualName,
    pub slots: Vec<usize>,
    pub columns: Vec<String>,
    pub ref_table: QualName,
    pub ref_slots: Vec<usize>,
    pub ref_columns: Vec<String>,
    pub facts: ConstraintFacts,
    /// Facts were recorded when the simulator created it.
    pub facts_known: bool,
}

fn slots_of(rel: &Relation, cols: &[String]) -> Option<Vec<usize>> {
    cols.iter()
        .map(|c| rel.columns.iter().position(|x| &x.name == c && !x.dropped))
        .collect()
}

fn foreign_key(
    catalog: &Catalog,
    rel: &Relation,
    c: &crate::catalog::Constraint,
) -> Option<ForeignKey> {
    let ConstraintKind::ForeignKey {
        columns,
        ref_table,
        ref_columns,
    } = &c.kind
    else {
        return None;
    };
    let target = catalog.relation(ref_table)?;
    Some(ForeignKey {
        name: c.name.clone(),
        table: rel.name.clone(),
        slots: slots_of(rel, columns)?,
        columns: columns.clone(),
        ref_table: ref_table.clone(),
        ref_slots: slots_of(target, ref_columns)?,
        ref_columns: ref_columns.clone(),
        facts: rel.facts.get(&c.name).copied().unwrap_or_default(),
        facts_known: rel.facts.contains_key(&c.name),
    })
}

/// The validated foreign keys of `table` (it references others), in creation order; `None`
/// when one cannot be described.
pub fn foreign_keys_from(catalog: &Catalog, table: &QualName) -> Option<Vec<ForeignKey>> {
    let rel = catalog.relation(table)?;
    rel.constraints
        .iter()
        .filter(|c| matches!(c.kind, ConstraintKind::ForeignKey { .. }))
        .map(|c| foreign_key(catalog, rel, c))
        .collect()
}

/// The foreign keys that reference `table`; `None` when one cannot be described.
pub fn foreign_keys_to(catalog: &Catalog, table: &QualName) -> Option<Vec<ForeignKey>> {
    catalog
        .foreign_keys_to(table)
        .map(|(r, c)| foreign_key(catalog, r, c))
        .collect()
}

/// The key of `row` at `slots`: `Ok(None)` when a part is NULL (MATCH SIMPLE: not checked),
/// `Err(NotKnown)` when not known.
pub fn fk_key(
    slots: &[usize],
    types: &[Ty],
    row: &[Datum],
    match_full: bool,
) -> Result<Option<Vec<KeyPart>>, NotKnown> {
    let mut key = Vec::with_capacity(slots.len());
    let mut nulls = 0;
    for &s in slots {
        match key_part(&row[s], &types[s]) {
            Some(KeyPart::Null) => nulls += 1,
            Some(k) => key.push(k),
            None if row[s] == Datum::Unknown => return Err(NotKnown),
            None => return Err(NotKnown),
        }
    }
    if nulls == 0 {
        Ok(Some(key))
    } else if match_full && nulls < slots.len() {
        Err(NotKnown)
    } else {
        Ok(None)
    }
}

/// Whether some row of `rows` has `key` at `slots`: `None` when not known.
pub fn key_present(key: &[KeyPart], slots: &[usize], types: &[Ty], rows: &[Row]) -> Option<bool> {
    let mut unknown = false;
    for r in rows {
        match fk_key(slots, types, r, false) {
            Ok(Some(k)) if k == key => return Some(true),
            Ok(_) => {}
            Err(NotKnown) => unknown = true,
        }
    }
    if unknown {
        None
    } else {
        Some(false)
    }
}

/// 23503 for a referencing row whose key is missing.
pub fn fk_missing(fk: &ForeignKey, row: &[Datum]) -> PgError {
    let mut e = PgError::new(
        "23503",
        format!(
            "insert or update on table \"{}\" violates foreign key constraint \"{}\"",
            fk.table.name, fk.name
        ),
    );
    let vals: Vec<Datum> = fk.slots.iter().map(|&s| row[s].clone()).collect();
    if let Some(k) = key_text(&fk.columns, &vals) {
        e = e.with_detail(format!(
            "{k} is not present in table \"{}\".",
            fk.ref_table.name
        ));
    }
    e
}

/// 23503 for a referenced key that is deleted or changed while still referenced.
pub fn fk_still_referenced(fk: &ForeignKey, old_row: &[Datum]) -> PgError {
    let mut e = PgError::new(
        "23503",
        format!(
            "update or delete on table \"{}\" violates foreign key constraint \"{}\" on table \"{}\"",
            fk.ref_table.name, fk.name, fk.table.name
        ),
    );
    let vals: Vec<Datum> = fk.ref_slots.iter().map(|&s| old_row[s].clone()).collect();
    if let Some(k) = key_text(&fk.ref_columns, &vals) {
        e = e.with_detail(format!(
            "{k} is still referenced from table \"{}\".",
            fk.table.name
        ));
    }
    e
}

/// Run the parse and fold phases over `exprs`, each converted to its target type (if any):
/// the errors PostgreSQL raises before looking at a single row.
pub fn static_errors(
    table: Option<&Table<'_>>,
    exprs: &[(&Expr, Option<&Ty>)],
    resolver: &Resolver<'_>,
) -> Result<(), PgError> {
    let unknown = table.map(|t| t.unknown_row()).unwrap_or_default();
    let scope = RowScope {
        table: table.map(|t| (t, unknown.as_slice())),
        excluded: table.map(|t| (t, unknown.as_slice())),
        resolver,
    };
    for phase in [Phase::Parse, Phase::Fold] {
        for (e, ty) in exprs {
            let mut ev = Eval::new(&scope, phase);
            let v = ev.eval(e)?;
            if let Some(t) = ty {
                ev.coerce(v, t, How::Assignment)?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
