//! The rows of the catalog queries revision files send (existence checks), answered from the
//! simulated catalog. Anything else is "rows unknown".

use pgcascade_core::catalog::{Catalog, QualName, RelKind};

use crate::value::{QueryResult, Value};

fn literals(sql: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut it = sql.split('\'');
    it.next();
    while let Some(s) = it.next() {
        out.push(s.to_string());
        it.next();
    }
    out
}

fn is_table(kind: RelKind) -> bool {
    matches!(
        kind,
        RelKind::Table
            | RelKind::PartitionedTable
            | RelKind::View
            | RelKind::MaterializedView
            | RelKind::ForeignTable
    )
}

/// Does a table (or view) of that name exist in `public` (or the schema given as `s.t`)?
pub fn table_exists(cat: &Catalog, name: &str) -> bool {
    let (schema, table) = name.split_once('.').unwrap_or(("public", name));
    cat.relation(&QualName::new(schema, table))
        .is_some_and(|r| is_table(r.kind))
}

pub fn table_names(cat: &Catalog) -> Vec<String> {
    cat.relations
        .values()
        .filter(|r| {
            r.name.schema == "public"
                && matches!(r.kind, RelKind::Table | RelKind::PartitionedTable)
        })
        .map(|r| r.name.name.clone())
        .collect()
}

/// Evaluate an existence-check query against the catalog.
pub fn evaluate(cat: &Catalog, sql: &str) -> QueryResult {
    let low = sql.to_ascii_lowercase();
    let lits = literals(sql);
    let unknown = QueryResult {
        rows: vec![],
        unknown: true,
    };
    if !low.trim_start().starts_with("select") {
        return QueryResult {
            rows: vec![],
            unknown: false,
        };
    }
    if let Some(i) = low.find("to_regclass(") {
        let name = literals(&sql[i..]).into_iter().next().unwrap_or_default();
        let v = if table_exists(cat, &name)
            || cat.relation(&QualName::new("public", &name)).is_some()
        {
            Value::str(&name)
        } else {
            Value::None
        };
        return QueryResult {
            rows: vec![vec![v]],
            unknown: false,
        };
    }
    let exists = if low.contains("information_schema.columns") || low.contains("pg_attribute") {
        lits.iter().any(|t| {
            cat.relation(&QualName::new("public", t))
                .is_some_and(|r| lits.iter().any(|c| c != t && r.column(c).is_some()))
        })
    } else if low.contains("pg_indexes") || (low.contains("pg_class") && low.contains("'i'")) {
        lits.iter().any(|n| {
            cat.relation(&QualName::new("public", n))
                .is_some_and(|r| r.kind == RelKind::Index)
        })
    } else if low.contains("pg_constraint") || low.contains("table_constraints") {
        lits.iter()
            .any(|n| cat.relations.values().any(|r| r.constraint(n).is_some()))
    } else if low.contains("pg_type") {
        lits.iter().any(|n| cat.types.keys().any(|q| &q.name == n))
    } else if low.contains("pg_tables")
        || low.contains("information_schema.tables")
        || low.contains("pg_class")
    {
        lits.iter().any(|n| table_exists(cat, n))
    } else {
        return unknown;
    };
    let head = low.trim_start()["select".len()..].trim_start();
    let rows = if head.starts_with("exists") {
        vec![vec![Value::Bool(exists)]]
    } else if head.starts_with("count") {
        vec![vec![Value::Int(exists as i64)]]
    } else if exists {
        vec![vec![Value::Int(1)]]
    } else {
        vec![]
    };
    QueryResult {
        rows,
        unknown: false,
    }
}
