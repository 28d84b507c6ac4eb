//! The system catalogs as the simulated catalog shows them: `pg_class`, `pg_indexes`,
//! `information_schema.columns`, … — enough to answer the lookups migrations make ("does this
//! table exist yet?") with the right number of rows.

use std::collections::BTreeMap;

use sqlparser::ast::{BinaryOperator, Expr, UnaryOperator, Value, ValueWithSpan};

use super::resolve::{RelRef, Resolver};
use crate::catalog::{Catalog, ConstraintKind, RelKind, TypeKind};
use crate::sql::fold_ident;

type Row = BTreeMap<&'static str, String>;

fn relkind(k: RelKind) -> &'static str {
    match k {
        RelKind::Table => "r",
        RelKind::PartitionedTable => "p",
        RelKind::Index => "i",
        RelKind::Sequence => "S",
        RelKind::View => "v",
        RelKind::MaterializedView => "m",
        RelKind::ForeignTable => "f",
    }
}

fn row(pairs: &[(&'static str, String)]) -> Row {
    pairs.iter().cloned().collect()
}

/// The rows of a system relation, or `None` for one not modelled.
fn rows_of(
    catalog: &Catalog,
    pg_version: u32,
    schema: Option<&str>,
    name: &str,
) -> Option<Vec<Row>> {
    let rels = catalog.relations.values();
    let info = schema == Some("information_schema");
    Some(match (info, name) {
        (false, "pg_class") => rels
            .map(|r| {
                row(&[
                    ("relname", r.name.name.clone()),
                    ("relkind", relkind(r.kind).into()),
                    ("relnamespace", r.name.schema.clone()),
                    ("oid", r.name.to_string()),
                ])
            })
            .collect(),
        (false, "pg_namespace") => catalog
            .schemas
            .keys()
            .map(|s| row(&[("nspname", s.clone()), ("oid", s.clone())]))
            .collect(),
        (false, "pg_tables") => rels
            .filter(|r| matches!(r.kind, RelKind::Table | RelKind::PartitionedTable))
            .map(|r| {
                row(&[
                    ("schemaname", r.name.schema.clone()),
                    ("tablename", r.name.name.clone()),
                ])
            })
            .collect(),
        (false, "pg_views") => rels
            .filter(|r| r.kind == RelKind::View)
            .map(|r| {
                row(&[
                    ("schemaname", r.name.schema.clone()),
                    ("viewname", r.name.name.clone()),
                ])
            })
            .collect(),
        (false, "pg_matviews") => rels
            .filter(|r| r.kind == RelKind::MaterializedView)
            .map(|r| {
                row(&[
                    ("schemaname", r.name.schema.clone()),
                    ("matviewname", r.name.name.clone()),
                ])
            })
            .collect(),
        (false, "pg_sequences") => rels
            .filter(|r| r.kind == RelKind::Sequence)
            .map(|r| {
                row(&[
                    ("schemaname", r.name.schema.clone()),
                    ("sequencename", r.name.name.clone()),
                ])
            })
            .collect(),
        (false, "pg_indexes") => rels
            .filter_map(|r| {
                let ix = r.index.as_ref()?;
                Some(row(&[
                    ("schemaname", r.name.schema.clone()),
                    ("tablename", ix.table.name.clone()),
                    ("indexname", r.name.name.clone()),
                ]))
            })
            .collect(),
        (false, "pg_constraint") => {
            let mut out = Vec::new();
            for r in catalog.relations.values() {
                for c in &r.constraints {
                    let t = match c.kind {
                        ConstraintKind::PrimaryKey { .. } => "p",
                        ConstraintKind::Unique { .. } => "u",
                        ConstraintKind::ForeignKey { .. } => "f",
                        ConstraintKind::Check { .. } => "c",
                        ConstraintKind::Exclude { .. } => "x",
                        ConstraintKind::NotNull { .. } => "n",
                    };
                    out.push(row(&[
                        ("conname", c.name.clone()),
                        ("contype", t.into()),
                        ("conrelid", r.name.to_string()),
                        ("connamespace", r.name.schema.clone()),
                    ]));
                }
                // PostgreSQL 18 catalogs NOT NULL constraints
                if pg_version >= 18 && r.kind.is_table() {
                    for col in r.live_columns().filter(|c| c.not_null) {
                        out.push(row(&[
                            ("conname", format!("{}_{}_not_null", r.name.name, col.name)),
                            ("contype", "n".into()),
                            ("conrelid", r.name.to_string()),
                            ("connamespace", r.name.schema.clone()),
                        ]));
                    }
                }
            }
            out
        }
        (false, "pg_type") => catalog
            .types
            .values()
            .map(|t| {
                let typtype = match t.kind {
                    TypeKind::Enum { .. } => "e",
                    TypeKind::Domain { .. } => "d",
                    TypeKind::Composite { .. } => "c",
                    TypeKind::Range => "r",
                    TypeKind::Other => "b",
                };
                row(&[
                    ("typname", t.name.name.clone()),
                    ("typtype", typtype.into()),
                    ("typnamespace", t.name.schema.clone()),
                ])
            })
            .collect(),
        (false, "pg_enum") => catalog
            .types
            .values()
            .flat_map(|t| match &t.kind {
                TypeKind::Enum { labels } => labels
                    .iter()
                    .map(|l| row(&[("enumlabel", l.clone()), ("enumtypid", t.name.to_string())]))
                    .collect::<Vec<_>>(),
                _ => Vec::new(),
            })
            .collect(),
        (false, "pg_extension") => catalog
            .extensions
            .keys()
            .map(|e| row(&[("extname", e.clone())]))
            .collect(),
        (false, "pg_proc") => catalog
            .functions
            .iter()
            .map(|f| {
                row(&[
                    ("proname", f.name.name.clone()),
                    ("pronamespace", f.name.schema.clone()),
                ])
            })
            .collect(),
        (false, "pg_trigger") => catalog
            .relations
            .values()
            .flat_map(|r| {
                r.triggers
                    .iter()
                    .map(|t| row(&[("tgname", t.name.clone()), ("tgrelid", r.name.to_string())]))
                    .collect::<Vec<_>>()
            })
            .collect(),
        (false, "pg_roles") | (false, "pg_user") => catalog
            .roles
            .iter()
            .map(|r| row(&[("rolname", r.clone()), ("usename", r.clone())]))
            .collect(),
        (true, "tables") => rels
            .filter(|r| {
                matches!(
                    r.kind,
                    RelKind::Table
                        | RelKind::PartitionedTable
                        | RelKind::View
                        | RelKind::ForeignTable
                )
            })
            .map(|r| {
                let tt = match r.kind {
                    RelKind::View => "VIEW",
                    RelKind::ForeignTable => "FOREIGN",
                    _ => "BASE TABLE",
                };
                row(&[
                    ("table_schema", r.name.schema.clone()),
                    ("table_name", r.name.name.clone()),
                    ("table_type", tt.into()),
                ])
            })
            .collect(),
        (true, "columns") => rels
            .filter(|r| r.kind.has_columns())
            .flat_map(|r| {
                r.live_columns()
                    .map(|c| {
                        row(&[
                            ("table_schema", r.name.schema.clone()),
                            ("table_name", r.name.name.clone()),
                            ("column_name", c.name.clone()),
                            ("is_nullable", if c.not_null { "NO" } else { "YES" }.into()),
                        ])
                    })
                    .collect::<Vec<_>>()
            })
            .collect(),
        (true, "table_constraints") => rels
            .flat_map(|r| {
                r.constraints
                    .iter()
                    .map(|c| {
                        let t = match c.kind {
                            ConstraintKind::PrimaryKey { .. } => "PRIMARY KEY",
                            ConstraintKind::Unique { .. } => "UNIQUE",
                            ConstraintKind::ForeignKey { .. } => "FOREIGN KEY",
                            _ => "CHECK",
                        };
                        row(&[
                            ("constraint_schema", r.name.schema.clone()),
                            ("constraint_name", c.name.clone()),
                            ("table_schema", r.name.schema.clone()),
                            ("table_name", r.name.name.clone()),
                            ("constraint_type", t.into()),
                        ])
                    })
                    .collect::<Vec<_>>()
            })
            .collect(),
        (true, "schemata") => catalog
            .schemas
            .keys()
            .map(|s| row(&[("schema_name", s.clone())]))
            .collect(),
        _ => return None,
    })
}

/// A literal's text: `'x'`, `'x'::regclass` (resolved to the relation's qualified name),
/// `'s'::regnamespace`.
fn literal(resolver: &Resolver<'_>, e: &Expr) -> Option<String> {
    match e {
        Expr::Value(ValueWithSpan {
            value: Value::SingleQuotedString(s),
            ..
        }) => Some(s.clone()),
        Expr::Value(ValueWithSpan {
            value: Value::Number(n, _),
            ..
        }) => Some(n.clone()),
        Expr::Nested(inner) => literal(resolver, inner),
        Expr::Cast {
            expr, data_type, ..
        } => {
            let s = literal(resolver, expr)?;
            let t = data_type.to_string().to_lowercase();
            match t.as_str() {
                "regclass" => {
                    let name = crate::sql::ObjName(
                        s.split('.')
                            .map(|p| p.trim_matches('"').to_string())
                            .collect(),
                    );
                    match resolver.relation(&name)? {
                        RelRef::User(q) => Some(q.to_string()),
                        RelRef::System => None,
                    }
                }
                "text" | "varchar" | "name" | "regnamespace" | "character varying" => Some(s),
                _ => None,
            }
        }
        Expr::Function(f) if f.name.to_string().eq_ignore_ascii_case("current_schema") => {
            resolver.path().next().map(str::to_string)
        }
        Expr::Identifier(id) if fold_ident(id) == "current_schema" => {
            resolver.path().next().map(str::to_string)
        }
        _ => None,
    }
}

fn column<'r>(r: &'r Row, e: &Expr) -> Option<&'r String> {
    let name = match e {
        Expr::Identifier(id) => fold_ident(id),
        Expr::CompoundIdentifier(parts) => fold_ident(parts.last()?),
        Expr::Nested(inner) => return column(r, inner),
        Expr::Cast { expr, .. } => return column(r, expr),
        _ => return None,
    };
    r.get(name.as_str())
}

/// Evaluate a WHERE predicate on one row: `None` when it is beyond this evaluator.
fn eval(resolver: &Resolver<'_>, r: &Row, e: &Expr) -> Option<bool> {
    match e {
        Expr::Nested(inner) => eval(resolver, r, inner),
        Expr::BinaryOp { left, op, right } => match op {
            BinaryOperator::And => {
                let (a, b) = (eval(resolver, r, left), eval(resolver, r, right));
                match (a, b) {
                    (Some(false), _) | (_, Some(false)) => Some(false),
                    (Some(true), Some(true)) => Some(true),
                    _ => None,
                }
            }
            BinaryOperator::Or => {
                let (a, b) = (eval(resolver, r, left), eval(resolver, r, right));
                match (a, b) {
                    (Some(true), _) | (_, Some(true)) => Some(true),
                    (Some(false), Some(false)) => Some(false),
                    _ => None,
                }
            }
            BinaryOperator::Eq | BinaryOperator::NotEq => {
                let (c, l) = match (column(r, left), column(r, right)) {
                    (Some(c), None) => (c, literal(resolver, right)?),
                    (None, Some(c)) => (c, literal(resolver, left)?),
                    _ => return None,
                };
                let eq = *c == l;
                Some(if *op == BinaryOperator::Eq { eq } else { !eq })
            }
            _ => None,
        },
        Expr::UnaryOp {
            op: UnaryOperator::Not,
            expr,
        } => eval(resolver, r, expr).map(|b| !b),
        Expr::In {
            expr,
            target: sqlparser::ast::InTarget::List(list),
            negated,
            ..
        } => {
            let c = column(r, expr)?;
            let mut found = false;
            for item in list {
                if literal(resolver, item)? == *c {
                    found = true;
                }
            }
            Some(found != *negated)
        }
        _ => None,
    }
}

/// How many rows of a system relation satisfy `selection`, when this module can tell.
pub fn count(
    catalog: &Catalog,
    resolver: &Resolver<'_>,
    pg_version: u32,
    schema: Option<&str>,
    name: &str,
    selection: Option<&Expr>,
) -> Option<u64> {
    let rows = rows_of(catalog, pg_version, schema, name)?;
    let mut n = 0;
    for r in &rows {
        let keep = match selection {
            None => true,
            Some(e) => eval(resolver, r, e)?,
        };
        if keep {
            n += 1;
        }
    }
    Some(n)
}
