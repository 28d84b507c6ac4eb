//! Constraints: naming them as PostgreSQL does, checking them against the catalog, and adding
//! them (with the indexes that back primary keys and unique constraints).

use std::collections::BTreeSet;
use std::ops::ControlFlow;

use sqlparser::ast::{
    ConstraintCharacteristics, ConstraintReferenceMatchKind, Expr, ForeignKeyConstraint,
    IndexColumn, NullsDistinctOption, PrimaryKeyConstraint, ReferentialAction, TableConstraint,
    UniqueConstraint,
};

use super::Ctx;
use crate::catalog::{
    generated_name, Constraint, ConstraintFacts, ConstraintKind, FkAction, IndexInfo, QualName,
    RelKind, Relation, RowCount,
};
use crate::engine::data::{self, Table, UniqueKey, Verdict};
use crate::engine::errors;
use crate::response::PgError;
use crate::sql::{fold_ident, fold_name};

/// A constraint as written, before it has a name and is checked.
#[derive(Debug, Clone)]
pub enum Pending {
    PrimaryKey {
        name: Option<String>,
        columns: Vec<String>,
        facts: ConstraintFacts,
    },
    Unique {
        name: Option<String>,
        columns: Vec<String>,
        facts: ConstraintFacts,
    },
    Check {
        name: Option<String>,
        expr: String,
        /// Column references in order of appearance (duplicates kept: PostgreSQL names the
        /// constraint after the column only when there is exactly one reference).
        refs: Vec<String>,
    },
    ForeignKey {
        name: Option<String>,
        columns: Vec<String>,
        ref_table: crate::sql::ObjName,
        ref_columns: Vec<String>,
        facts: ConstraintFacts,
    },
    /// A constraint kind the engine records by name only (EXCLUDE, …).
    Other { name: Option<String> },
}

/// Column references (`a`, `t.a`) in an expression, in order, duplicates kept.
pub fn column_refs(expr: &Expr) -> Vec<String> {
    let mut out = Vec::new();
    let _ = sqlparser::ast::visit_expressions(expr, |e| {
        match e {
            Expr::Identifier(id) => out.push(fold_ident(id)),
            Expr::CompoundIdentifier(parts) => {
                if let Some(last) = parts.last() {
                    out.push(fold_ident(last));
                }
            }
            _ => {}
        }
        ControlFlow::<()>::Continue(())
    });
    out
}

fn index_column_names(cols: &[IndexColumn]) -> Vec<String> {
    cols.iter()
        .map(|c| match &c.column.expr {
            Expr::Identifier(id) => fold_ident(id),
            other => other.to_string(),
        })
        .collect()
}

fn deferrable(c: Option<&ConstraintCharacteristics>) -> bool {
    c.and_then(|c| c.deferrable).unwrap_or(false)
}

fn fk_action(a: Option<ReferentialAction>) -> FkAction {
    match a {
        None | Some(ReferentialAction::NoAction) => FkAction::NoAction,
        Some(ReferentialAction::Restrict) => FkAction::Restrict,
        Some(ReferentialAction::Cascade) => FkAction::Cascade,
        Some(ReferentialAction::SetNull) => FkAction::SetNull,
        Some(ReferentialAction::SetDefault) => FkAction::SetDefault,
    }
}

/// What decides how a key constraint checks rows (deferrable, NULLS NOT DISTINCT, actions).
pub fn unique_facts(c: &UniqueConstraint) -> ConstraintFacts {
    ConstraintFacts {
        deferrable: deferrable(c.characteristics.as_ref()),
        nulls_not_distinct: matches!(c.nulls_distinct, NullsDistinctOption::NotDistinct),
        ..Default::default()
    }
}

pub fn primary_key_facts(c: &PrimaryKeyConstraint) -> ConstraintFacts {
    ConstraintFacts {
        deferrable: deferrable(c.characteristics.as_ref()),
        ..Default::default()
    }
}

pub fn foreign_key_facts(fk: &ForeignKeyConstraint) -> ConstraintFacts {
    ConstraintFacts {
        deferrable: deferrable(fk.characteristics.as_ref()),
        on_delete: fk_action(fk.on_delete),
        on_update: fk_action(fk.on_update),
        match_full: matches!(fk.match_kind, Some(ConstraintReferenceMatchKind::Full)),
        ..Default::default()
    }
}

/// The pending form of a table constraint written in CREATE TABLE or ADD CONSTRAINT.
pub fn from_table_constraint(tc: &TableConstraint) -> Pending {
    match tc {
        TableConstraint::PrimaryKey(pk) => Pending::PrimaryKey {
            name: pk.name.as_ref().map(fold_ident),
            columns: index_column_names(&pk.columns),
            facts: primary_key_facts(pk),
        },
        TableConstraint::Unique(u) => Pending::Unique {
            name: u.name.as_ref().map(fold_ident),
            columns: index_column_names(&u.columns),
            facts: unique_facts(u),
        },
        TableConstraint::Check(c) => Pending::Check {
            name: c.name.as_ref().map(fold_ident),
            expr: c.expr.to_string(),
            refs: column_refs(&c.expr),
        },
        TableConstraint::ForeignKey(fk) => Pending::ForeignKey {
            name: fk.name.as_ref().map(fold_ident),
            columns: fk.columns.iter().map(fold_ident).collect(),
            ref_table: fold_name(&fk.foreign_table),
            ref_columns: fk.referred_columns.iter().map(fold_ident).collect(),
            facts: foreign_key_facts(fk),
        },
        TableConstraint::Exclude(x) => Pending::Other {
            name: x.name.as_ref().map(fold_ident),
        },
        TableConstraint::PrimaryKeyUsingIndex(u) | TableConstraint::UniqueUsingIndex(u) => {
            Pending::Other {
                name: u.name.as_ref().map(fold_ident),
            }
        }
        TableConstraint::Index(_) | TableConstraint::FulltextOrSpatial(_) => {
            Pending::Other { name: None }
        }
    }
}

/// Whether any constraint of schema `schema` has this name (PostgreSQL's generated constraint
/// names avoid every constraint name of the namespace).
fn constraint_name_used(ctx: &Ctx<'_>, schema: &str, name: &str) -> bool {
    ctx.catalog
        .relations
        .values()
        .filter(|r| r.name.schema == schema)
        .any(|r| r.constraints.iter().any(|c| c.name == name))
}

fn choose_constraint_name(
    ctx: &Ctx<'_>,
    table: &QualName,
    name2: Option<&str>,
    label: &str,
    others: &[String],
) -> String {
    generated_name(&table.name, name2, label, |n| {
        others.iter().any(|o| o == n) || constraint_name_used(ctx, &table.schema, n)
    })
}

fn choose_index_name(ctx: &Ctx<'_>, table: &QualName, name2: Option<&str>, label: &str) -> String {
    ctx.catalog
        .choose_relation_name(&table.schema, &table.name, name2, label)
}

fn table<'c>(ctx: &'c Ctx<'_>, q: &QualName) -> &'c Relation {
    &ctx.catalog.relations[q]
}

/// Add a constraint to `table` (which must exist). `validate` is false for NOT VALID.
/// `others` holds names chosen earlier in the same statement.
pub fn add(
    ctx: &mut Ctx<'_>,
    table_name: &QualName,
    pending: Pending,
    validate: bool,
    new_table: bool,
    others: &mut Vec<String>,
) -> Result<(), PgError> {
    let rel_display = table_name.name.clone();
    let has_rows = !table(ctx, table_name).rows.is_empty();
    let rows_unknown = table(ctx, table_name).rows == RowCount::Unknown;
    match pending {
        Pending::PrimaryKey {
            name,
            columns,
            facts,
        } => {
            if table(ctx, table_name).primary_key().is_some() {
                return Err(PgError::new(
                    "42P16",
                    format!("multiple primary keys for table \"{rel_display}\" are not allowed"),
                ));
            }
            require_columns(table(ctx, table_name), &columns, "named in key")?;
            let index = match name {
                Some(n) => n,
                None => choose_index_name(ctx, table_name, None, "pkey"),
            };
            create_constraint_index(ctx, table_name, &index, &columns, true)?;
            let rel = ctx.catalog.relation_mut(table_name).expect("exists");
            for c in &columns {
                if let Some(col) = rel.column_mut(c) {
                    col.not_null = true;
                }
            }
            rel.constraints.push(Constraint {
                name: index.clone(),
                kind: ConstraintKind::PrimaryKey {
                    columns: columns.clone(),
                    index: index.clone(),
                },
                validated: true,
                comment: None,
            });
            ctx.catalog
                .relation_mut(table_name)
                .expect("exists")
                .facts
                .insert(index.clone(), facts);
            if has_rows && !new_table {
                match validate_unique(ctx, table_name, &index, &columns, facts) {
                    Verdict::Fail(e) => return Err(e),
                    Verdict::Unknown(_) => ctx.depends_on_data(
                        "23505",
                        format!("rows of \"{rel_display}\" may repeat the key or hold NULL in it"),
                    ),
                    Verdict::Pass => not_null_rows(ctx, table_name, &columns)?,
                }
            }
            others.push(index);
        }
        Pending::Unique {
            name,
            columns,
            facts,
        } => {
            require_columns(table(ctx, table_name), &columns, "named in key")?;
            let index = match name {
                Some(n) => n,
                None => {
                    let joined = columns.join("_");
                    choose_index_name(ctx, table_name, Some(&joined), "key")
                }
            };
            create_constraint_index(ctx, table_name, &index, &columns, false)?;
            ctx.catalog
                .relation_mut(table_name)
                .expect("exists")
                .constraints
                .push(Constraint {
                    name: index.clone(),
                    kind: ConstraintKind::Unique {
                        columns: columns.clone(),
                        index: index.clone(),
                    },
                    validated: true,
                    comment: None,
                });
            ctx.catalog
                .relation_mut(table_name)
                .expect("exists")
                .facts
                .insert(index.clone(), facts);
            if has_rows && !new_table {
                match validate_unique(ctx, table_name, &index, &columns, facts) {
                    Verdict::Fail(e) => return Err(e),
                    Verdict::Unknown(_) => ctx.depends_on_data(
                        "23505",
                        format!("rows of \"{rel_display}\" may repeat the key"),
                    ),
                    Verdict::Pass => {}
                }
            }
            others.push(index);
        }
        Pending::Check { name, expr, refs } => {
            let rel = table(ctx, table_name);
            for r in &refs {
                if rel.column(r).is_none() && !is_expression_keyword(r) {
                    return Err(errors::column_does_not_exist(r));
                }
            }
            let name = match name {
                Some(n) => {
                    if rel.constraint(&n).is_some() {
                        return Err(constraint_exists(&n, &rel_display));
                    }
                    n
                }
                None => {
                    let col = (refs.len() == 1).then(|| refs[0].as_str());
                    choose_constraint_name(ctx, table_name, col, "check", others)
                }
            };
            let columns = refs.clone();
            ctx.catalog
                .relation_mut(table_name)
                .expect("exists")
                .constraints
                .push(Constraint {
                    name: name.clone(),
                    kind: ConstraintKind::Check { expr, columns },
                    validated: validate,
                    comment: None,
                });
            if validate && (has_rows || rows_unknown) && !new_table {
                validate_check(ctx, table_name, &name)?;
            }
            others.push(name);
        }
        Pending::ForeignKey {
            name,
            columns,
            ref_table,
            ref_columns,
            facts,
        } => {
            require_columns(
                table(ctx, table_name),
                &columns,
                "referenced in foreign key constraint",
            )?;
            let resolver = ctx.resolver();
            // a table referencing itself in its own CREATE TABLE is already in the catalog
            let target = resolver.existing(&ref_table)?;
            let target_name = target.name.clone();
            // recorded in conformance case 800
            if target.unlogged && !table(ctx, table_name).unlogged {
                return Err(PgError::new(
                    "42P16",
                    "constraints on permanent tables may reference only permanent tables",
                ));
            }
            let ref_columns = if ref_columns.is_empty() {
                match target.primary_key() {
                    Some(pk) => pk.columns().to_vec(),
                    None => {
                        return Err(PgError::new(
                            "42830",
                            format!(
                                "there is no primary key for referenced table \"{}\"",
                                target_name.name
                            ),
                        ))
                    }
                }
            } else {
                require_columns(target, &ref_columns, "referenced in foreign key constraint")?;
                ref_columns
            };
            if columns.len() != ref_columns.len() {
                return Err(PgError::new(
                    "42830",
                    "number of referencing and referenced columns for foreign key disagree",
                ));
            }
            let unique_match = target.constraints.iter().any(|c| {
                matches!(
                    c.kind,
                    ConstraintKind::PrimaryKey { .. } | ConstraintKind::Unique { .. }
                ) && same_set(c.columns(), &ref_columns)
            }) || ctx.catalog.indexes_of(&target_name).any(|i| {
                i.index.as_ref().is_some_and(|ix| {
                    ix.unique
                        && ix.predicate.is_none()
                        && ix.columns.iter().all(Option::is_some)
                        && same_set(
                            &ix.columns.iter().flatten().cloned().collect::<Vec<_>>(),
                            &ref_columns,
                        )
                })
            });
            if !unique_match {
                return Err(PgError::new(
                    "42830",
                    format!(
                        "there is no unique constraint matching given keys for referenced table \"{}\"",
                        target_name.name
                    ),
                ));
            }
            let rel = table(ctx, table_name);
            let target = table(ctx, &target_name);
            for (c, rc) in columns.iter().zip(&ref_columns) {
                let (Some(a), Some(b)) = (rel.column(c), target.column(rc)) else {
                    continue;
                };
                if !fk_types_compatible(&a.type_name, &b.type_name) {
                    let name = name.clone().unwrap_or_else(|| {
                        choose_constraint_name(
                            ctx,
                            table_name,
                            Some(&columns.join("_")),
                            "fkey",
                            others,
                        )
                    });
                    let detail = if ctx.pg_version >= 18 {
                        format!(
                            "Key columns \"{c}\" of the referencing table and \"{rc}\" of the referenced table are of incompatible types: {} and {}.",
                            a.type_name, b.type_name
                        )
                    } else {
                        format!(
                            "Key columns \"{c}\" and \"{rc}\" are of incompatible types: {} and {}.",
                            a.type_name, b.type_name
                        )
                    };
                    return Err(PgError::new(
                        "42804",
                        format!("foreign key constraint \"{name}\" cannot be implemented"),
                    )
                    .with_detail(detail));
                }
            }
            let name = match name {
                Some(n) => {
                    if rel.constraint(&n).is_some() {
                        return Err(constraint_exists(&n, &rel_display));
                    }
                    n
                }
                None => choose_constraint_name(
                    ctx,
                    table_name,
                    Some(&columns.join("_")),
                    "fkey",
                    others,
                ),
            };
            ctx.catalog
                .relation_mut(table_name)
                .expect("exists")
                .constraints
                .push(Constraint {
                    name: name.clone(),
                    kind: ConstraintKind::ForeignKey {
                        columns,
                        ref_table: target_name,
                        ref_columns,
                    },
                    validated: validate,
                    comment: None,
                });
            ctx.catalog
                .relation_mut(table_name)
                .expect("exists")
                .facts
                .insert(name.clone(), facts);
            if validate && (has_rows || rows_unknown) && !new_table {
                validate_foreign_key(ctx, table_name, &name)?;
            }
            others.push(name);
        }
        Pending::Other { name } => {
            ctx.partial();
            if let Some(n) = name {
                ctx.catalog
                    .relation_mut(table_name)
                    .expect("exists")
                    .constraints
                    .push(Constraint {
                        name: n.clone(),
                        kind: ConstraintKind::Exclude { index: n.clone() },
                        validated: true,
                        comment: None,
                    });
                others.push(n);
            }
        }
    }
    Ok(())
}

/// Words sqlparser reports as identifiers in expressions that are not column references.
fn is_expression_keyword(w: &str) -> bool {
    matches!(
        w,
        "current_timestamp"
            | "current_date"
            | "current_time"
            | "localtimestamp"
            | "localtime"
            | "current_user"
            | "session_user"
            | "user"
            | "current_role"
            | "current_schema"
            | "current_catalog"
            | "true"
            | "false"
            | "null"
    )
}

fn same_set(a: &[String], b: &[String]) -> bool {
    let x: BTreeSet<&String> = a.iter().collect();
    let y: BTreeSet<&String> = b.iter().collect();
    x == y && a.len() == b.len()
}

/// Whether PostgreSQL finds an equality operator between the key types (a conservative model:
/// the numeric family together, the string family together, otherwise equal types).
fn fk_types_compatible(a: &str, b: &str) -> bool {
    let base = |t: &str| t.split('(').next().unwrap_or(t).trim().to_string();
    let (a, b) = (base(a), base(b));
    let family = |t: &str| match t {
        "smallint" | "integer" | "bigint" | "serial" | "bigserial" | "smallserial" | "numeric"
        | "real" | "double precision" => "number",
        "text" | "character varying" | "character" | "name" | "citext" => "string",
        "timestamp without time zone" | "timestamp with time zone" | "date" => "time",
        _ => "",
    };
    a == b || (!family(&a).is_empty() && family(&a) == family(&b))
}

pub fn constraint_exists(name: &str, relation: &str) -> PgError {
    PgError::new(
        "42710",
        format!("constraint \"{name}\" for relation \"{relation}\" already exists"),
    )
}

/// 42703 for the first of `columns` that `rel` lacks: `column "c" <how> does not exist`
/// (`named in key`, `referenced in foreign key constraint`).
fn require_columns(rel: &Relation, columns: &[String], how: &str) -> Result<(), PgError> {
    match columns.iter().find(|c| rel.column(c).is_none()) {
        Some(c) => Err(PgError::new(
            "42703",
            format!("column \"{c}\" {how} does not exist"),
        )),
        None => Ok(()),
    }
}

/// The unique index behind a primary key or unique constraint.
fn create_constraint_index(
    ctx: &mut Ctx<'_>,
    table_name: &QualName,
    index: &str,
    columns: &[String],
    primary: bool,
) -> Result<(), PgError> {
    let q = QualName::new(&table_name.schema, index);
    if ctx.catalog.relations.contains_key(&q) {
        return Err(errors::relation_exists(index));
    }
    let oid = ctx.oid();
    let mut rel = Relation::new(q.clone(), RelKind::Index, oid);
    rel.index = Some(IndexInfo {
        table: table_name.clone(),
        columns: columns.iter().cloned().map(Some).collect(),
        depends_on_columns: columns.to_vec(),
        unique: true,
        primary,
        constraint: Some(index.to_string()),
        predicate: None,
        valid: true,
    });
    ctx.effects.created_relations.push(oid);
    ctx.catalog.relations.insert(q, rel);
    Ok(())
}

/// A new unique index over the table's rows: 23505 `could not create unique index` when the
/// rows repeat a key.
pub fn validate_unique(
    ctx: &Ctx<'_>,
    table_name: &QualName,
    index: &str,
    columns: &[String],
    facts: ConstraintFacts,
) -> Verdict {
    let resolver = ctx.resolver();
    let rel = table(ctx, table_name);
    let Some(rows) = data::known_rows(rel) else {
        return Verdict::Unknown("23505".into());
    };
    let t = Table::new(rel, &resolver);
    let key = UniqueKey {
        name: index.to_string(),
        slots: columns.iter().map(|c| t.slot(c)).collect(),
        columns: columns.to_vec(),
        predicate: None,
        facts,
    };
    data::duplicates(&key, &t, rows, &resolver)
}

/// The columns of a new primary key must hold no NULL (23502, as SET NOT NULL).
fn not_null_rows(
    ctx: &mut Ctx<'_>,
    table_name: &QualName,
    columns: &[String],
) -> Result<(), PgError> {
    for c in columns {
        null_scan(ctx, table_name, c)?;
    }
    Ok(())
}

/// SET NOT NULL over the table's rows: 23502 `column … contains null values` when a row holds
/// NULL; data-dependent when a value is not known.
pub fn null_scan(ctx: &mut Ctx<'_>, table_name: &QualName, column: &str) -> Result<(), PgError> {
    let rel = table(ctx, table_name);
    let Some(slot) = rel
        .columns
        .iter()
        .position(|c| c.name == column && !c.dropped)
    else {
        return Ok(());
    };
    let Some(rows) = data::known_rows(rel) else {
        if rel.rows != RowCount::Known(0) {
            let t = table_name.name.clone();
            ctx.depends_on_data(
                "23502",
                format!("rows of \"{t}\" may hold NULL in \"{column}\""),
            );
        }
        return Ok(());
    };
    if rows.iter().any(|r| r[slot] == data::Datum::Null) {
        return Err(PgError::new(
            "23502",
            format!(
                "column \"{column}\" of relation \"{}\" contains null values",
                table_name.name
            ),
        ));
    }
    if rows.iter().any(|r| r[slot] == data::Datum::Unknown) {
        let t = table_name.name.clone();
        ctx.depends_on_data(
            "23502",
            format!("rows of \"{t}\" may hold NULL in \"{column}\""),
        );
    }
    Ok(())
}

/// A CHECK constraint over the table's rows (ADD CONSTRAINT, VALIDATE CONSTRAINT, ADD COLUMN):
/// 23514 `is violated by some row`.
pub fn validate_check(ctx: &mut Ctx<'_>, table_name: &QualName, name: &str) -> Result<(), PgError> {
    let resolver = ctx.resolver();
    let rel = table(ctx, table_name);
    let expr = match rel.constraint(name).map(|c| &c.kind) {
        Some(ConstraintKind::Check { expr, .. }) => data::parse_expr(expr),
        _ => None,
    };
    let verdict = match data::known_rows(rel) {
        Some(rows) => {
            let t = Table::new(rel, &resolver);
            let mut unknown = false;
            let mut failed = false;
            for r in rows {
                match data::check_holds(&t, r, expr.as_ref(), &resolver) {
                    Some(true) => {}
                    Some(false) => {
                        failed = true;
                        break;
                    }
                    None => unknown = true,
                }
            }
            if failed {
                let e = PgError::new(
                    "23514",
                    format!(
                        "check constraint \"{name}\" of relation \"{}\" is violated by some row",
                        table_name.name
                    ),
                );
                if unknown {
                    ctx.partial();
                }
                return Err(e);
            }
            unknown
        }
        None => rel.rows != RowCount::Known(0),
    };
    if verdict {
        let t = table_name.name.clone();
        ctx.depends_on_data("23514", format!("rows of \"{t}\" may violate \"{name}\""));
    }
    Ok(())
}

/// A foreign key over the table's rows (ADD CONSTRAINT, VALIDATE CONSTRAINT): 23503 naming a
/// key missing from the referenced table.
pub fn validate_foreign_key(
    ctx: &mut Ctx<'_>,
    table_name: &QualName,
    name: &str,
) -> Result<(), PgError> {
    let resolver = ctx.resolver();
    let catalog = &*ctx.catalog;
    let fk = data::foreign_keys_from(catalog, table_name)
        .and_then(|v| v.into_iter().find(|f| f.name == name));
    let rel = table(ctx, table_name);
    let t = table_name.name.clone();
    let dependent = |ctx: &mut Ctx<'_>| {
        ctx.depends_on_data(
            "23503",
            format!("rows of \"{t}\" may reference missing keys"),
        );
    };
    let (Some(fk), Some(rows)) = (fk, data::known_rows(rel)) else {
        if rel.rows != RowCount::Known(0) {
            dependent(ctx);
        }
        return Ok(());
    };
    let Some(target) = catalog.relation(&fk.ref_table) else {
        return Ok(());
    };
    let types = Table::new(rel, &resolver).types;
    let ref_types = Table::new(target, &resolver).types;
    let Some(ref_rows) = data::known_rows(target) else {
        // an empty referencing table, or only NULL keys, passes whatever the target holds
        let all_null = rows
            .iter()
            .all(|r| data::fk_key(&fk.slots, &types, r, fk.facts.match_full) == Ok(None));
        if !all_null {
            dependent(ctx);
        }
        return Ok(());
    };
    let mut unknown = false;
    let mut missing: Vec<&data::Row> = Vec::new();
    let mut missing_keys: Vec<Vec<data::KeyPart>> = Vec::new();
    for r in rows {
        match data::fk_key(&fk.slots, &types, r, fk.facts.match_full) {
            Ok(None) => {}
            Ok(Some(k)) => match data::key_present(&k, &fk.ref_slots, &ref_types, ref_rows) {
                Some(true) => {}
                Some(false) => {
                    if !missing_keys.contains(&k) {
                        missing_keys.push(k);
                    }
                    missing.push(r);
                }
                None => unknown = true,
            },
            Err(data::NotKnown) => unknown = true,
        }
    }
    if let Some(first) = missing.first() {
        let mut e = data::fk_missing(&fk, first);
        if missing_keys.len() > 1 || unknown {
            // which missing key PostgreSQL's check query meets first is not known
            e.detail = None;
            ctx.partial();
        }
        return Err(e);
    }
    if unknown {
        dependent(ctx);
    }
    Ok(())
}
