//! The simulated catalog: what exists in the database, as plain data.
//!
//! Tables, indexes, sequences, views and materialized views share one relation namespace per
//! schema, as `pg_class` does. The whole catalog is cloned to take a snapshot (a transaction's
//! start, a savepoint, a statement about to run), so every type here is plain, owned data.

mod builtin;
mod names;
mod relation;
mod types;

pub use builtin::{canonical_type, extension_types, is_system_relation};
pub use names::{generated_name, make_object_name, truncate_identifier, QualName, NAMEDATALEN};
pub use relation::{
    Column, Constraint, ConstraintFacts, ConstraintKind, FkAction, Identity, IndexInfo, RelKind,
    Relation, RowCount, SequenceInfo, Trigger, ViewInfo,
};
pub use types::{Extension, Function, StatisticsObject, TypeDef, TypeKind};

use std::collections::BTreeMap;

/// Everything the simulated database contains.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Catalog {
    /// Schema name → comment (None when none was set).
    pub schemas: BTreeMap<String, Option<String>>,
    /// The relation namespace: tables, indexes, sequences, views, materialized views.
    pub relations: BTreeMap<QualName, Relation>,
    /// User-defined types: enums, domains, composites.
    pub types: BTreeMap<QualName, TypeDef>,
    /// Functions and procedures (bodies are opaque).
    pub functions: Vec<Function>,
    pub extensions: BTreeMap<String, Extension>,
    /// Roles (cluster-wide in PostgreSQL; kept with the database here).
    pub roles: std::collections::BTreeSet<String>,
    /// Extended statistics objects (`CREATE STATISTICS`), by name. Entries whose table or
    /// columns are gone are dead ([`StatisticsObject::alive`]): look them up with
    /// [`Catalog::statistics_object`].
    pub statistics: BTreeMap<QualName, StatisticsObject>,
}

impl Catalog {
    /// A new database as `CREATE DATABASE … TEMPLATE template0` gives it: schema `public`,
    /// extension `plpgsql`.
    pub fn new_database() -> Self {
        let mut c = Catalog::default();
        c.schemas.insert("public".into(), None);
        c.roles.insert("postgres".into());
        c.extensions.insert(
            "plpgsql".into(),
            Extension {
                name: "plpgsql".into(),
                schema: "pg_catalog".into(),
                oid: 0,
                version: "1.0".into(),
                comment: Some("PL/pgSQL procedural language".into()),
            },
        );
        c
    }

    /// A live statistics object by qualified name.
    pub fn statistics_object(&self, name: &QualName) -> Option<&StatisticsObject> {
        self.statistics.get(name).filter(|s| s.alive(self))
    }

    pub fn has_schema(&self, name: &str) -> bool {
        self.schemas.contains_key(name) || is_system_schema(name)
    }

    pub fn relation(&self, name: &QualName) -> Option<&Relation> {
        self.relations.get(name)
    }

    pub fn relation_mut(&mut self, name: &QualName) -> Option<&mut Relation> {
        self.relations.get_mut(name)
    }

    /// Indexes of a table.
    pub fn indexes_of<'a>(&'a self, table: &'a QualName) -> impl Iterator<Item = &'a Relation> {
        self.relations.values().filter(move |r| {
            r.kind == RelKind::Index && r.index.as_ref().is_some_and(|i| &i.table == table)
        })
    }

    /// A constraint by name on any relation of `schema` (constraint names must be unique per
    /// table; index-backed ones also take a relation name).
    pub fn find_constraint(&self, table: &QualName, name: &str) -> Option<&Constraint> {
        self.relations
            .get(table)
            .and_then(|r| r.constraints.iter().find(|c| c.name == name))
    }

    /// Every (table, constraint) whose foreign key references `target`.
    pub fn foreign_keys_to<'a>(
        &'a self,
        target: &'a QualName,
    ) -> impl Iterator<Item = (&'a Relation, &'a Constraint)> {
        self.relations.values().flat_map(move |r| {
            r.constraints.iter().filter_map(move |c| match &c.kind {
                ConstraintKind::ForeignKey { ref_table, .. } if ref_table == target => Some((r, c)),
                _ => None,
            })
        })
    }

    /// Views and materialized views that read `target`.
    pub fn views_on<'a>(&'a self, target: &'a QualName) -> impl Iterator<Item = &'a Relation> {
        self.relations.values().filter(move |r| {
            r.view
                .as_ref()
                .is_some_and(|v| v.depends_on.iter().any(|d| d == target))
        })
    }

    /// PostgreSQL's `ChooseRelationName`: `name1_name2_label`, then `…_label1`, `…_label2`, …
    /// until no relation of `schema` has the name.
    pub fn choose_relation_name(
        &self,
        schema: &str,
        name1: &str,
        name2: Option<&str>,
        label: &str,
    ) -> String {
        generated_name(name1, name2, label, |n| {
            self.relations.contains_key(&QualName::new(schema, n))
        })
    }
}

pub fn is_system_schema(name: &str) -> bool {
    matches!(name, "pg_catalog" | "information_schema" | "pg_toast")
}

impl Relation {
    pub fn column(&self, name: &str) -> Option<&Column> {
        self.columns.iter().find(|c| c.name == name && !c.dropped)
    }

    pub fn column_mut(&mut self, name: &str) -> Option<&mut Column> {
        self.columns
            .iter_mut()
            .find(|c| c.name == name && !c.dropped)
    }

    pub fn live_columns(&self) -> impl Iterator<Item = &Column> {
        self.columns.iter().filter(|c| !c.dropped)
    }

    pub fn constraint(&self, name: &str) -> Option<&Constraint> {
        self.constraints.iter().find(|c| c.name == name)
    }

    pub fn primary_key(&self) -> Option<&Constraint> {
        self.constraints
            .iter()
            .find(|c| matches!(c.kind, ConstraintKind::PrimaryKey { .. }))
    }
}
