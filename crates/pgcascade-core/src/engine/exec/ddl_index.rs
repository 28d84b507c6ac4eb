//! CREATE INDEX and ALTER INDEX.

use sqlparser::ast::{AlterIndexOperation, CreateIndex, Expr, ObjectName};

use super::constraints::column_refs;
use super::ddl_table::rename_relation;
use super::{Ctx, ExecResult};
use crate::catalog::{ConstraintFacts, IndexInfo, QualName, RelKind, Relation, RowCount};
use crate::engine::data::{self, Verdict};
use crate::engine::errors;
use crate::response::PgError;
use crate::sql::{fold_ident, fold_name};

/// The name PostgreSQL's FigureColname gives an index expression (`lower(email)` → `lower`).
fn expression_name(e: &Expr) -> String {
    match e {
        Expr::Identifier(id) => fold_ident(id),
        Expr::CompoundIdentifier(parts) => parts.last().map(fold_ident).unwrap_or_default(),
        Expr::Function(f) => f
            .name
            .0
            .last()
            .and_then(|p| p.as_ident())
            .map(fold_ident)
            .unwrap_or_else(|| "expr".into()),
        Expr::Nested(inner) => expression_name(inner),
        Expr::Cast { expr, .. } => expression_name(expr),
        _ => "expr".into(),
    }
}

pub fn create_index(ctx: &mut Ctx<'_>, ci: &CreateIndex) -> ExecResult {
    if ci.concurrently {
        ctx.require_no_block("CREATE INDEX CONCURRENTLY")?;
    }
    let table_name = fold_name(&ci.table_name);
    let table = ctx.resolver().existing(&table_name)?;
    let tq = table.name.clone();
    if matches!(
        table.kind,
        RelKind::View | RelKind::Sequence | RelKind::Index
    ) {
        return Err(PgError::new(
            "42809",
            format!("cannot create index on relation \"{}\"", tq.name),
        )
        .with_detail(format!(
            "This operation is not supported for {}s.",
            table.kind.noun()
        )));
    }
    // key columns must exist
    let mut keys = Vec::new();
    let mut mentioned = Vec::new();
    for c in &ci.columns {
        match &c.column.expr {
            Expr::Identifier(id) => {
                let n = fold_ident(id);
                if table.column(&n).is_none() {
                    return Err(errors::column_does_not_exist(&n));
                }
                mentioned.push(n.clone());
                keys.push(Some(n));
            }
            other => {
                for r in column_refs(other) {
                    if table.column(&r).is_none() {
                        return Err(errors::column_does_not_exist(&r));
                    }
                    mentioned.push(r);
                }
                keys.push(None);
            }
        }
    }
    for inc in &ci.include {
        let n = fold_ident(inc);
        if table.column(&n).is_none() {
            return Err(errors::column_does_not_exist(&n));
        }
        mentioned.push(n);
    }
    if let Some(p) = &ci.predicate {
        for r in column_refs(p) {
            if table.column(&r).is_some() {
                mentioned.push(r);
            }
        }
    }
    let rows = table.rows;
    let name = match &ci.name {
        Some(n) => {
            let n = fold_name(n);
            let q = QualName::new(&tq.schema, n.name());
            if ctx.catalog.relations.contains_key(&q) {
                if ci.if_not_exists {
                    ctx.notice(
                        "42P07",
                        format!("relation \"{}\" already exists, skipping", q.name),
                    );
                    return Ok("CREATE INDEX".into());
                }
                return Err(errors::relation_exists(&q.name));
            }
            q.name
        }
        None => {
            let names: Vec<String> = ci
                .columns
                .iter()
                .map(|c| expression_name(&c.column.expr))
                .collect();
            ctx.catalog
                .choose_relation_name(&tq.schema, &tq.name, Some(&names.join("_")), "idx")
        }
    };
    let q = QualName::new(&tq.schema, &name);
    let oid = ctx.oid();
    let mut rel = Relation::new(q.clone(), RelKind::Index, oid);
    rel.index = Some(IndexInfo {
        table: tq.clone(),
        columns: keys,
        depends_on_columns: mentioned,
        unique: ci.unique,
        primary: false,
        constraint: None,
        predicate: ci.predicate.as_ref().map(ToString::to_string),
        valid: true,
    });
    ctx.effects.created_relations.push(oid);
    ctx.catalog.relations.insert(q, rel);
    if ci.unique {
        let facts = ConstraintFacts {
            nulls_not_distinct: ci.nulls_distinct == Some(false),
            ..Default::default()
        };
        ctx.catalog
            .relation_mut(&tq)
            .expect("exists")
            .facts
            .insert(name.clone(), facts);
    }
    if ci.unique && rows != RowCount::Known(0) {
        let verdict = {
            let resolver = ctx.resolver();
            let table = &ctx.catalog.relations[&tq];
            let t = data::Table::new(table, &resolver);
            match data::known_rows(table) {
                Some(rows) => {
                    let key = data::unique_keys(ctx.catalog, &tq)
                        .into_iter()
                        .find(|k| k.name == name);
                    match key {
                        Some(k) => data::duplicates(&k, &t, rows, &resolver),
                        None => Verdict::Unknown("23505".into()),
                    }
                }
                None => Verdict::Unknown("23505".into()),
            }
        };
        match verdict {
            Verdict::Pass => {}
            // CONCURRENTLY leaves an invalid index behind: not modelled
            Verdict::Fail(e) if !ci.concurrently => return Err(e),
            _ => ctx.depends_on_data(
                "23505",
                format!("rows of \"{}\" may repeat the key", tq.name),
            ),
        }
    }
    Ok("CREATE INDEX".into())
}

pub fn alter_index(ctx: &mut Ctx<'_>, name: &ObjectName, op: &AlterIndexOperation) -> ExecResult {
    let n = fold_name(name);
    let AlterIndexOperation::RenameIndex { index_name } = op;
    let r = ctx.resolver().existing(&n)?;
    let old = r.name.clone();
    let new = QualName::new(&old.schema, fold_name(index_name).name());
    if ctx.catalog.relations.contains_key(&new) {
        return Err(errors::relation_exists(&new.name));
    }
    // a constraint's index renames the constraint too
    let table = r.index.as_ref().map(|i| i.table.clone());
    rename_relation(ctx, &old, &new);
    if let Some(t) = table {
        if let Some(tr) = ctx.catalog.relation_mut(&t) {
            if let Some(f) = tr.facts.remove(&old.name) {
                tr.facts.insert(new.name.clone(), f);
            }
            for c in tr.constraints.iter_mut() {
                if c.name == old.name && c.index().is_some() {
                    c.name = new.name.clone();
                    match &mut c.kind {
                        crate::catalog::ConstraintKind::PrimaryKey { index, .. }
                        | crate::catalog::ConstraintKind::Unique { index, .. }
                        | crate::catalog::ConstraintKind::Exclude { index } => {
                            *index = new.name.clone()
                        }
                        _ => {}
                    }
                }
            }
        }
    }
    Ok("ALTER INDEX".into())
}
