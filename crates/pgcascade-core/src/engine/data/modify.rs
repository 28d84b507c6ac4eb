//! INSERT, UPDATE and DELETE over known rows: the new rows, the constraint checks in the order
//! PostgreSQL runs them, and the command's row count.
//!
//! Per row, PostgreSQL checks NOT NULL (columns in order), then CHECK constraints (by name),
//! then unique indexes (in creation order) as the row is written; foreign keys are checked by
//! triggers after the last row. The first failing check is the statement's error.

use sqlparser::ast::{AssignmentTarget, ConflictTarget, Expr, OnConflict, OnConflictAction};

use super::{
    check_constraints, check_new_row, check_not_null, fk_key, fk_missing, fk_still_referenced,
    foreign_keys_from, foreign_keys_to, heap_bytes, key_present, key_text, known_rows, parse_expr,
    trackable, tuple_bytes, unique_keys, Datum, Eval, How, Phase, Row, RowScope, Table, UniqueKey,
    Value, Verdict,
};
use crate::catalog::{FkAction, QualName, RowCount};
use crate::engine::exec::Resolver;
use crate::response::PgError;
use crate::sql::{fold_ident, fold_name};

/// The new state of one table.
#[derive(Debug, Clone)]
pub struct Change {
    pub table: QualName,
    pub rows: Option<Vec<Row>>,
    pub count: RowCount,
    pub heap_bytes: usize,
}

/// What a data-modifying statement does.
#[derive(Debug, Clone, Default)]
pub struct Plan {
    /// Rows affected, when known.
    pub count: Option<u64>,
    /// The outcome depends on values not known: (SQLSTATE, why).
    pub dependent: Option<(String, String)>,
    /// Tables whose rows change.
    pub changes: Vec<Change>,
}

impl Plan {
    fn depend(&mut self, sqlstate: &str, reason: impl Into<String>) {
        if self.dependent.is_none() {
            self.dependent = Some((sqlstate.to_string(), reason.into()));
        }
    }
}

/// An error found after a check that might have failed first: the statement fails, but which
/// error PostgreSQL reports first is not certain (the caller lowers the coverage).
#[derive(Debug)]
pub struct Failure {
    pub error: Box<PgError>,
    pub certain: bool,
}

impl From<PgError> for Failure {
    fn from(error: PgError) -> Self {
        Failure {
            error: Box::new(error),
            certain: true,
        }
    }
}

/// Where INSERT's rows come from.
pub enum Source<'a> {
    /// `VALUES (…), (…)`: expressions per target column.
    Exprs(Vec<&'a [Expr]>),
    /// Rows a query returned.
    Values(Vec<Vec<Value>>),
}

fn is_default(e: &Expr) -> bool {
    matches!(e, Expr::Identifier(id) if id.quote_style.is_none() && id.value.eq_ignore_ascii_case("default"))
}

/// Evaluates the defaults and generated columns of a table.
struct Defaults {
    exprs: Vec<Option<Expr>>,
    generated: Vec<Option<Expr>>,
}

impl Defaults {
    fn new(table: &Table<'_>) -> Self {
        Defaults {
            exprs: table
                .rel
                .columns
                .iter()
                .map(|c| c.default.as_deref().and_then(parse_expr))
                .collect(),
            generated: table
                .rel
                .columns
                .iter()
                .map(|c| c.generated.as_deref().and_then(parse_expr))
                .collect(),
        }
    }

    /// The default of a column slot for a new row.
    fn value(
        &self,
        table: &Table<'_>,
        slot: usize,
        resolver: &Resolver<'_>,
        maybe: &mut Option<String>,
    ) -> Result<Datum, PgError> {
        let c = &table.rel.columns[slot];
        if c.dropped {
            return Ok(Datum::Null);
        }
        if c.identity.is_some() {
            return Ok(Datum::Opaque);
        }
        if c.generated.is_some() {
            return Ok(Datum::Unknown); // computed after the other columns
        }
        match (&c.default, &self.exprs[slot]) {
            (None, _) => Ok(Datum::Null),
            (Some(_), None) => Ok(Datum::Unknown),
            (Some(_), Some(e)) => {
                let scope = RowScope {
                    table: None,
                    excluded: None,
                    resolver,
                };
                let mut ev = Eval::new(&scope, Phase::Row);
                let v = ev.eval(e)?;
                let v = ev.coerce(v, &table.types[slot], How::Assignment)?;
                if let Some(m) = ev.maybe_error {
                    maybe.get_or_insert(m);
                }
                Ok(v.datum)
            }
        }
    }

    /// Compute the generated columns of `row`.
    fn generate(
        &self,
        table: &Table<'_>,
        row: &mut Row,
        resolver: &Resolver<'_>,
        maybe: &mut Option<String>,
    ) -> Result<(), PgError> {
        for slot in 0..row.len() {
            let c = &table.rel.columns[slot];
            if c.dropped || c.generated.is_none() {
                continue;
            }
            let Some(e) = &self.generated[slot] else {
                row[slot] = Datum::Unknown;
                continue;
            };
            let snapshot = row.clone();
            let scope = RowScope {
                table: Some((table, &snapshot)),
                excluded: None,
                resolver,
            };
            let mut ev = Eval::new(&scope, Phase::Row);
            let v = ev.eval(e)?;
            let v = ev.coerce(v, &table.types[slot], How::Assignment)?;
            if let Some(m) = ev.maybe_error {
                maybe.get_or_insert(m);
            }
            row[slot] = v.datum;
        }
        Ok(())
    }
}

/// The row of `state` (other than `skip`) holding `key` in unique index `k`:
/// `Ok(Some(i))`, `Ok(None)`, or `Err(super::NotKnown)` when not known.
fn find_key(
    k: &UniqueKey,
    table: &Table<'_>,
    key: &[super::KeyPart],
    state: &[Row],
    skip: Option<usize>,
    resolver: &Resolver<'_>,
) -> Result<Option<usize>, super::NotKnown> {
    let mut unknown = false;
    for (i, r) in state.iter().enumerate() {
        if Some(i) == skip {
            continue;
        }
        match k.key_of(table, r, resolver) {
            Ok(Some(other)) if other == key => return Ok(Some(i)),
            Ok(_) => {}
            Err(super::NotKnown) => unknown = true,
        }
    }
    if unknown {
        Err(super::NotKnown)
    } else {
        Ok(None)
    }
}

/// Check a new row version against the unique indexes (`state` holds the other rows).
fn check_unique(
    keys: &[UniqueKey],
    table: &Table<'_>,
    row: &[Datum],
    state: Option<&[Row]>,
    skip: Option<usize>,
    resolver: &Resolver<'_>,
) -> Verdict {
    let mut unknown = false;
    for k in keys {
        let key = match k.key_of(table, row, resolver) {
            Ok(Some(key)) => key,
            Ok(None) => continue,
            Err(super::NotKnown) => {
                unknown = true;
                continue;
            }
        };
        let Some(state) = state else {
            unknown = true;
            continue;
        };
        match find_key(k, table, &key, state, skip, resolver) {
            Ok(Some(_)) if k.facts.deferrable => unknown = true,
            Ok(Some(_)) if !unknown => {
                let mut e = PgError::new(
                    "23505",
                    format!(
                        "duplicate key value violates unique constraint \"{}\"",
                        k.name
                    ),
                );
                if k.slots.iter().all(Option::is_some) {
                    if let Some(t) = key_text(&k.columns, &k.values(row)) {
                        e = e.with_detail(format!("{t} already exists."));
                    }
                }
                return Verdict::Fail(e);
            }
            Ok(None) => {}
            _ => unknown = true,
        }
    }
    if unknown {
        Verdict::Unknown("23505".into())
    } else {
        Verdict::Pass
    }
}

/// Collects verdicts in order: the first certain failure ends the statement.
#[derive(Default)]
struct Verdicts {
    unknown: Option<String>,
}

impl Verdicts {
    fn take(&mut self, v: Verdict) -> Result<(), Failure> {
        match v {
            Verdict::Pass => Ok(()),
            Verdict::Unknown(s) => {
                self.unknown.get_or_insert(s);
                Ok(())
            }
            Verdict::Fail(error) => Err(Failure {
                error: Box::new(error),
                certain: self.unknown.is_none(),
            }),
        }
    }

    fn error(&mut self, e: PgError) -> Failure {
        Failure {
            error: Box::new(e),
            certain: self.unknown.is_none(),
        }
    }
}

/// Check the foreign keys of `changed` rows of `q` (new versions) against the referenced
/// tables (`self_rows`: the final rows of `q`, for keys referencing the same table).
fn check_outgoing(
    resolver: &Resolver<'_>,
    q: &QualName,
    table: &Table<'_>,
    changed: &[(Option<&Row>, &Row)],
    self_rows: &[Row],
    verdicts: &mut Verdicts,
) -> Result<(), Failure> {
    let catalog = resolver.catalog();
    let Some(fks) = foreign_keys_from(catalog, q) else {
        if !changed.is_empty() {
            verdicts.take(Verdict::Unknown("23503".into()))?;
        }
        return Ok(());
    };
    for (old, new) in changed {
        for fk in &fks {
            let key = match fk_key(&fk.slots, &table.types, new, fk.facts.match_full) {
                Ok(Some(k)) => k,
                Ok(None) => continue,
                Err(super::NotKnown) => {
                    verdicts.take(Verdict::Unknown("23503".into()))?;
                    continue;
                }
            };
            // an UPDATE that leaves the key as it was is not checked
            if let Some(old) = old {
                if fk_key(&fk.slots, &table.types, old, false) == Ok(Some(key.clone())) {
                    continue;
                }
            }
            let present = if &fk.ref_table == q {
                key_present(&key, &fk.ref_slots, &table.types, self_rows)
            } else {
                match catalog.relation(&fk.ref_table) {
                    Some(target) => {
                        let ttable = Table::new(target, resolver);
                        known_rows(target)
                            .and_then(|rows| key_present(&key, &fk.ref_slots, &ttable.types, rows))
                    }
                    None => None,
                }
            };
            match present {
                Some(true) => {}
                Some(false) if fk.facts.deferrable || !fk.facts_known => {
                    verdicts.take(Verdict::Unknown("23503".into()))?
                }
                Some(false) => verdicts.take(Verdict::Fail(fk_missing(fk, new)))?,
                None => verdicts.take(Verdict::Unknown("23503".into()))?,
            }
        }
    }
    Ok(())
}

/// Referenced keys of `q` that disappear (`gone`: old row versions whose key is deleted or
/// changed): NO ACTION / RESTRICT fail while a referencing row remains; other actions make the
/// referencing table's rows unknown.
fn check_incoming(
    resolver: &Resolver<'_>,
    table: &Table<'_>,
    gone: &[&Row],
    remaining: &[Row],
    delete: bool,
    plan: &mut Plan,
    verdicts: &mut Verdicts,
) -> Result<(), Failure> {
    if gone.is_empty() {
        return Ok(());
    }
    let q = &table.rel.name;
    let catalog = resolver.catalog();
    let Some(fks) = foreign_keys_to(catalog, q) else {
        verdicts.take(Verdict::Unknown("23503".into()))?;
        return Ok(());
    };
    for old in gone {
        for fk in &fks {
            let key = match fk_key(&fk.ref_slots, &table.types, old, false) {
                Ok(Some(k)) => k,
                Ok(None) => continue,
                Err(super::NotKnown) => {
                    verdicts.take(Verdict::Unknown("23503".into()))?;
                    continue;
                }
            };
            let action = if delete {
                fk.facts.on_delete
            } else {
                fk.facts.on_update
            };
            // NO ACTION: another row may provide the key again
            if action == FkAction::NoAction {
                match key_present(&key, &fk.ref_slots, &table.types, remaining) {
                    Some(true) => continue,
                    Some(false) => {}
                    None => {
                        verdicts.take(Verdict::Unknown("23503".into()))?;
                        continue;
                    }
                }
            }
            let referencing = if &fk.table == q {
                Some(remaining)
            } else {
                catalog.relation(&fk.table).and_then(known_rows)
            };
            let rtypes = match catalog.relation(&fk.table) {
                Some(r) => Table::new(r, resolver).types,
                None => continue,
            };
            let used = referencing.and_then(|rows| key_present(&key, &fk.slots, &rtypes, rows));
            match (used, action) {
                (Some(false), _) => {}
                (_, _) if !fk.facts_known || fk.facts.deferrable => {
                    verdicts.take(Verdict::Unknown("23503".into()))?
                }
                (Some(true), FkAction::NoAction | FkAction::Restrict) => {
                    verdicts.take(Verdict::Fail(fk_still_referenced(fk, old)))?
                }
                (None, FkAction::NoAction | FkAction::Restrict) => {
                    verdicts.take(Verdict::Unknown("23503".into()))?
                }
                // CASCADE / SET NULL / SET DEFAULT change the referencing rows: not followed
                (_, _) => {
                    if &fk.table != q {
                        let count = if delete && action == FkAction::Cascade {
                            RowCount::Unknown
                        } else {
                            catalog
                                .relation(&fk.table)
                                .map_or(RowCount::Unknown, |r| r.rows)
                        };
                        plan.changes.push(Change {
                            table: fk.table.clone(),
                            rows: None,
                            count,
                            heap_bytes: 0,
                        });
                    }
                    verdicts.take(Verdict::Unknown(
                        if action == FkAction::SetNull {
                            "23502"
                        } else {
                            "23503"
                        }
                        .into(),
                    ))?;
                }
            }
        }
    }
    Ok(())
}

/// The arbiter indexes of ON CONFLICT: `None` when not decided here.
fn arbiters(oc: &OnConflict, keys: &[UniqueKey]) -> Option<Vec<usize>> {
    match &oc.conflict_target {
        None => Some((0..keys.len()).collect()),
        Some(ConflictTarget::Columns { columns, predicate }) => {
            if predicate.is_some() {
                return None;
            }
            let mut want: Vec<String> = columns.iter().map(fold_ident).collect();
            want.sort();
            let found: Vec<usize> = keys
                .iter()
                .enumerate()
                .filter(|(_, k)| {
                    let mut have = k.columns.clone();
                    have.sort();
                    k.predicate.is_none() && k.slots.iter().all(Option::is_some) && have == want
                })
                .map(|(i, _)| i)
                .collect();
            (!found.is_empty()).then_some(found)
        }
        Some(ConflictTarget::OnConstraint(name)) => {
            let n = fold_name(name);
            let i = keys.iter().position(|k| k.name == n.name())?;
            Some(vec![i])
        }
    }
}

/// Plan an INSERT into `q`; `Ok(None)` when its rows cannot be followed.
pub fn insert(
    resolver: &Resolver<'_>,
    q: &QualName,
    target: &[String],
    source: Source<'_>,
    on_conflict: Option<&OnConflict>,
) -> Result<Option<Plan>, Failure> {
    let catalog = resolver.catalog();
    let rel = &catalog.relations[q];
    let table = Table::new(rel, resolver);
    let Some(slots) = target
        .iter()
        .map(|c| table.slot(c))
        .collect::<Option<Vec<usize>>>()
    else {
        return Ok(None);
    };
    let defaults = Defaults::new(&table);
    // errors raised before any row: literals coerced to the column types, then constants
    if let Source::Exprs(rows) = &source {
        let mut exprs = Vec::new();
        for row in rows {
            if row.len() != slots.len() {
                return Ok(None);
            }
            for (e, s) in row.iter().zip(&slots) {
                if !is_default(e) {
                    exprs.push((e, Some(&table.types[*s])));
                }
            }
        }
        if let Some(OnConflict {
            action: OnConflictAction::DoUpdate(du),
            ..
        }) = on_conflict
        {
            for a in &du.assignments {
                if let AssignmentTarget::ColumnName(n) = &a.target {
                    if let Some(s) = table.slot(fold_name(n).name()) {
                        exprs.push((&a.value, Some(&table.types[s])));
                    }
                }
            }
        }
        super::static_errors(Some(&table), &exprs, resolver)?;
    }
    // the new rows
    let mut maybe: Option<String> = None;
    let mut new_rows: Vec<Row> = Vec::new();
    let width = rel.columns.len();
    let source_rows: Vec<Vec<Option<Value>>> = match source {
        Source::Exprs(rows) => {
            let scope = RowScope {
                table: None,
                excluded: None,
                resolver,
            };
            let mut out = Vec::new();
            for row in rows {
                let mut vals = Vec::new();
                for e in row {
                    if is_default(e) {
                        vals.push(None);
                        continue;
                    }
                    let mut ev = Eval::new(&scope, Phase::Row);
                    let v = ev.eval(e)?;
                    if let Some(m) = ev.maybe_error {
                        maybe.get_or_insert(m);
                    }
                    vals.push(Some(v));
                }
                out.push(vals);
            }
            out
        }
        Source::Values(rows) => {
            if rows.iter().any(|r| r.len() != slots.len()) {
                return Ok(None);
            }
            rows.into_iter()
                .map(|r| r.into_iter().map(Some).collect())
                .collect()
        }
    };
    let scope = RowScope {
        table: None,
        excluded: None,
        resolver,
    };
    for vals in source_rows {
        let mut row = vec![Datum::Null; width];
        let mut given = vec![false; width];
        for (v, &s) in vals.into_iter().zip(&slots) {
            if let Some(v) = v {
                let mut ev = Eval::new(&scope, Phase::Row);
                let v = ev.coerce(v, &table.types[s], How::Assignment)?;
                if let Some(m) = ev.maybe_error {
                    maybe.get_or_insert(m);
                }
                row[s] = v.datum;
                given[s] = true;
            }
        }
        for s in 0..width {
            if !given[s] {
                row[s] = defaults.value(&table, s, resolver, &mut maybe)?;
            }
        }
        defaults.generate(&table, &mut row, resolver, &mut maybe)?;
        new_rows.push(row);
    }
    let mut plan = Plan::default();
    if let Some(m) = &maybe {
        plan.depend(
            m,
            "a value of the new rows may not convert to its column's type",
        );
    }
    let tracked = trackable(rel);
    let existing: Option<Vec<Row>> = known_rows(rel).map(<[Row]>::to_vec);
    let keys = unique_keys(catalog, q);
    let checks = check_constraints(rel);
    let mut verdicts = Verdicts::default();
    let mut state = existing.clone();
    let mut heap = heap_bytes(rel);
    let mut inserted: u64 = 0;
    let mut count_unknown = false;
    let mut touched: Vec<usize> = Vec::new(); // rows of `state` written by this statement
    let mut changed: Vec<(Option<Row>, Row)> = Vec::new();
    let arbiter = match on_conflict {
        Some(oc) => match arbiters(oc, &keys) {
            Some(a) => Some(a),
            None => return Ok(None),
        },
        None => None,
    };
    'rows: for row in new_rows {
        verdicts.take(check_not_null(rel, &row))?;
        verdicts.take(check_new_row(&table, &row, &checks, resolver))?;
        if let (Some(oc), Some(arb)) = (on_conflict, &arbiter) {
            let Some(st) = &state else {
                count_unknown = true;
                continue;
            };
            let mut conflict: Option<usize> = None;
            for &ki in arb {
                let k = &keys[ki];
                match k.key_of(&table, &row, resolver) {
                    Ok(None) => {}
                    Ok(Some(key)) => match find_key(k, &table, &key, st, None, resolver) {
                        Ok(Some(i)) => {
                            conflict = Some(i);
                            break;
                        }
                        Ok(None) => {}
                        Err(super::NotKnown) => {
                            count_unknown = true;
                            state = None;
                            continue 'rows;
                        }
                    },
                    Err(super::NotKnown) => {
                        count_unknown = true;
                        state = None;
                        continue 'rows;
                    }
                }
            }
            if let Some(i) = conflict {
                match &oc.action {
                    OnConflictAction::DoNothing => continue 'rows,
                    OnConflictAction::DoUpdate(du) => {
                        if touched.contains(&i) || du.selection.is_some() {
                            // a row affected twice (21000), or a WHERE: not followed
                            return Ok(None);
                        }
                        let st = state.as_mut().expect("checked");
                        let old = st[i].clone();
                        let mut new = old.clone();
                        {
                            let scope = RowScope {
                                table: Some((&table, &old)),
                                excluded: Some((&table, &row)),
                                resolver,
                            };
                            for a in &du.assignments {
                                let AssignmentTarget::ColumnName(n) = &a.target else {
                                    return Ok(None);
                                };
                                let Some(s) = table.slot(fold_name(n).name()) else {
                                    return Ok(None);
                                };
                                let mut ev = Eval::new(&scope, Phase::Row);
                                let v = ev.eval(&a.value)?;
                                let v = ev.coerce(v, &table.types[s], How::Assignment)?;
                                if let Some(m) = ev.maybe_error {
                                    verdicts.take(Verdict::Unknown(m))?;
                                }
                                new[s] = v.datum;
                            }
                        }
                        defaults.generate(&table, &mut new, resolver, &mut maybe)?;
                        verdicts.take(check_not_null(rel, &new))?;
                        verdicts.take(check_new_row(&table, &new, &checks, resolver))?;
                        verdicts.take(check_unique(
                            &keys,
                            &table,
                            &new,
                            Some(st),
                            Some(i),
                            resolver,
                        ))?;
                        heap += tuple_bytes(&new);
                        st[i] = new.clone();
                        touched.push(i);
                        changed.push((Some(old), new));
                        inserted += 1;
                        continue 'rows;
                    }
                }
            }
        }
        verdicts.take(check_unique(
            &keys,
            &table,
            &row,
            state.as_deref(),
            None,
            resolver,
        ))?;
        heap += tuple_bytes(&row);
        if let Some(st) = &mut state {
            touched.push(st.len());
            st.push(row.clone());
        }
        changed.push((None, row));
        inserted += 1;
    }
    // foreign keys, after the last row
    let final_rows = state.clone().unwrap_or_default();
    let pairs: Vec<(Option<&Row>, &Row)> = changed.iter().map(|(o, n)| (o.as_ref(), n)).collect();
    check_outgoing(resolver, q, &table, &pairs, &final_rows, &mut verdicts)?;
    if let Some(s) = verdicts.unknown.take() {
        plan.depend(
            &s,
            format!("the new rows of \"{}\" may violate a constraint", q.name),
        );
    }
    plan.count = (!count_unknown).then_some(inserted);
    let count = match (rel.rows, count_unknown) {
        (RowCount::Known(n), false) => {
            let updated = changed.iter().filter(|(o, _)| o.is_some()).count() as u64;
            RowCount::Known(n + inserted - updated)
        }
        _ => RowCount::Unknown,
    };
    plan.changes.push(Change {
        table: q.clone(),
        rows: if tracked && !count_unknown {
            state
        } else {
            None
        },
        count,
        heap_bytes: heap,
    });
    Ok(Some(plan))
}

/// Which rows a WHERE clause selects: `Some(true)` certainly, `Some(false)` certainly not,
/// `None` not known.
fn selects(
    table: &Table<'_>,
    row: &[Datum],
    selection: Option<&Expr>,
    resolver: &Resolver<'_>,
    verdicts: &mut Verdicts,
) -> Result<Option<bool>, Failure> {
    let Some(w) = selection else {
        return Ok(Some(true));
    };
    let scope = RowScope {
        table: Some((table, row)),
        excluded: None,
        resolver,
    };
    let mut ev = Eval::new(&scope, Phase::Row);
    let v = ev.eval(w).map_err(|e| verdicts.error(e))?;
    if let Some(m) = ev.maybe_error {
        verdicts.take(Verdict::Unknown(m))?;
    }
    Ok(v.truth().map(|t| t == Some(true)))
}

/// Plan an UPDATE of `q` (`alias` qualifies its columns); `Ok(None)` when not followed.
pub fn update(
    resolver: &Resolver<'_>,
    q: &QualName,
    alias: Option<String>,
    assignments: &[sqlparser::ast::Assignment],
    selection: Option<&Expr>,
) -> Result<Option<Plan>, Failure> {
    let catalog = resolver.catalog();
    let rel = &catalog.relations[q];
    let table = Table::new(rel, resolver).with_alias(alias);
    let mut sets: Vec<(usize, &Expr)> = Vec::new();
    for a in assignments {
        let AssignmentTarget::ColumnName(n) = &a.target else {
            return Ok(None);
        };
        let n = fold_name(n);
        let Some(s) = table.slot(n.0.first().map_or("", String::as_str)) else {
            return Ok(None);
        };
        if n.0.len() > 1 {
            return Ok(None);
        }
        sets.push((s, &a.value));
    }
    let mut exprs: Vec<(&Expr, Option<&super::Ty>)> = sets
        .iter()
        .map(|(s, e)| (*e, Some(&table.types[*s])))
        .collect();
    if let Some(w) = selection {
        exprs.push((w, None));
    }
    super::static_errors(Some(&table), &exprs, resolver)?;
    let Some(rows) = known_rows(rel) else {
        return Ok(None);
    };
    if !trackable(rel) {
        return Ok(None);
    }
    let defaults = Defaults::new(&table);
    let keys = unique_keys(catalog, q);
    let checks = check_constraints(rel);
    let mut verdicts = Verdicts::default();
    let mut plan = Plan::default();
    let mut maybe: Option<String> = None;
    let mut state: Vec<Row> = rows.to_vec();
    let mut updated: Vec<usize> = Vec::new();
    let mut uncertain: Vec<usize> = Vec::new();
    let mut changed: Vec<(Row, Row)> = Vec::new();
    let mut heap = heap_bytes(rel);
    for i in 0..rows.len() {
        let old = rows[i].clone();
        let sel = selects(&table, &old, selection, resolver, &mut verdicts)?;
        if sel == Some(false) {
            continue;
        }
        let mut new = old.clone();
        {
            let scope = RowScope {
                table: Some((&table, &old)),
                excluded: None,
                resolver,
            };
            for (s, e) in &sets {
                let mut ev = Eval::new(&scope, Phase::Row);
                let r = ev
                    .eval(e)
                    .and_then(|v| ev.coerce(v, &table.types[*s], How::Assignment));
                match r {
                    Ok(v) => new[*s] = v.datum,
                    Err(e) if sel == Some(true) => return Err(verdicts.error(e)),
                    Err(e) => {
                        verdicts.take(Verdict::Unknown(e.sqlstate))?;
                        new[*s] = Datum::Unknown;
                    }
                }
                if let Some(m) = ev.maybe_error {
                    verdicts.take(Verdict::Unknown(m))?;
                }
            }
        }
        defaults.generate(&table, &mut new, resolver, &mut maybe)?;
        if sel.is_none() {
            // may or may not be updated: the assigned columns are not known
            for (s, _) in &sets {
                if new[*s] != old[*s] {
                    state[i][*s] = Datum::Unknown;
                }
            }
            uncertain.push(i);
            verdicts.take(Verdict::Unknown("".into()))?;
            continue;
        }
        verdicts.take(check_not_null(rel, &new))?;
        verdicts.take(check_new_row(&table, &new, &checks, resolver))?;
        // unique keys are checked against the rows as they are at this moment
        let others_changed = keys
            .iter()
            .any(|k| k.slots.iter().any(|s| s.is_none_or(|s| new[s] != old[s])));
        if others_changed {
            verdicts.take(check_unique(
                &keys,
                &table,
                &new,
                Some(&state),
                Some(i),
                resolver,
            ))?;
        }
        heap += tuple_bytes(&new);
        state[i] = new.clone();
        updated.push(i);
        changed.push((old, new));
    }
    if let Some(m) = maybe {
        verdicts.take(Verdict::Unknown(m))?;
    }
    let pairs: Vec<(Option<&Row>, &Row)> = changed.iter().map(|(o, n)| (Some(o), n)).collect();
    check_outgoing(resolver, q, &table, &pairs, &state, &mut verdicts)?;
    // referenced keys that changed
    let gone: Vec<&Row> = changed
        .iter()
        .filter(|(o, n)| o != n)
        .map(|(o, _)| o)
        .collect();
    check_incoming(
        resolver,
        &table,
        &gone,
        &state,
        false,
        &mut plan,
        &mut verdicts,
    )?;
    if let Some(s) = verdicts.unknown.take() {
        plan.depend(
            &s,
            if s.is_empty() {
                "the number of rows updated depends on the data".to_string()
            } else {
                format!(
                    "the updated rows of \"{}\" may violate a constraint",
                    q.name
                )
            },
        );
    }
    plan.count = uncertain.is_empty().then_some(updated.len() as u64);
    // new versions go after the rows not updated (a sequential scan's order)
    let mut ordered: Vec<Row> = Vec::with_capacity(state.len());
    for (i, r) in state.iter().enumerate() {
        if !updated.contains(&i) {
            ordered.push(r.clone());
        }
    }
    for &i in &updated {
        ordered.push(state[i].clone());
    }
    if !uncertain.is_empty() {
        heap = usize::MAX / 2; // order no longer known
    }
    plan.changes.push(Change {
        table: q.clone(),
        count: rel.rows,
        rows: Some(ordered),
        heap_bytes: heap,
    });
    Ok(Some(plan))
}

/// Plan a DELETE from `q`; `Ok(None)` when not followed.
pub fn delete(
    resolver: &Resolver<'_>,
    q: &QualName,
    alias: Option<String>,
    selection: Option<&Expr>,
) -> Result<Option<Plan>, Failure> {
    let catalog = resolver.catalog();
    let rel = &catalog.relations[q];
    let table = Table::new(rel, resolver).with_alias(alias);
    if let Some(w) = selection {
        super::static_errors(Some(&table), &[(w, None)], resolver)?;
    }
    let Some(rows) = known_rows(rel) else {
        return Ok(None);
    };
    if !trackable(rel) {
        return Ok(None);
    }
    let mut verdicts = Verdicts::default();
    let mut plan = Plan::default();
    let mut kept: Vec<Row> = Vec::new();
    let mut gone: Vec<&Row> = Vec::new();
    let mut uncertain = 0;
    for row in rows {
        match selects(&table, row, selection, resolver, &mut verdicts)? {
            Some(true) => gone.push(row),
            Some(false) => kept.push(row.clone()),
            None => {
                uncertain += 1;
                kept.push(row.clone());
            }
        }
    }
    check_incoming(
        resolver,
        &table,
        &gone,
        &kept,
        true,
        &mut plan,
        &mut verdicts,
    )?;
    if uncertain > 0 {
        verdicts.take(Verdict::Unknown(String::new()))?;
    }
    if let Some(s) = verdicts.unknown.take() {
        plan.depend(
            &s,
            if s.is_empty() {
                "the number of rows deleted depends on the data".to_string()
            } else {
                format!("deleting from \"{}\" may violate a foreign key", q.name)
            },
        );
    }
    plan.count = (uncertain == 0).then_some(gone.len() as u64);
    let heap = heap_bytes(rel);
    plan.changes.push(Change {
        table: q.clone(),
        count: if uncertain == 0 {
            RowCount::Known(kept.len() as u64)
        } else {
            RowCount::Unknown
        },
        rows: (uncertain == 0).then_some(kept),
        heap_bytes: heap,
    });
    Ok(Some(plan))
}
