//! Relations (`pg_class`): tables, indexes, sequences, views, materialized views.

use super::QualName;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RelKind {
    Table,
    PartitionedTable,
    Index,
    Sequence,
    View,
    MaterializedView,
    ForeignTable,
}

impl RelKind {
    /// The noun PostgreSQL's messages use ("table \"t\" does not exist").
    pub fn noun(self) -> &'static str {
        match self {
            RelKind::Table | RelKind::PartitionedTable => "table",
            RelKind::Index => "index",
            RelKind::Sequence => "sequence",
            RelKind::View => "view",
            RelKind::MaterializedView => "materialized view",
            RelKind::ForeignTable => "foreign table",
        }
    }

    /// Tables of every kind (plain, partitioned, foreign).
    pub fn is_table(self) -> bool {
        matches!(
            self,
            RelKind::Table | RelKind::PartitionedTable | RelKind::ForeignTable
        )
    }

    /// Relations with columns a query can read.
    pub fn has_columns(self) -> bool {
        !matches!(self, RelKind::Index | RelKind::Sequence)
    }
}

/// What the simulator knows about how many rows a table has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum RowCount {
    /// Exactly this many (a table created here and filled with literal rows).
    Known(u64),
    /// A table the simulator did not create (a schema dump): it may have rows.
    #[default]
    Unknown,
}

impl RowCount {
    pub fn is_empty(self) -> bool {
        self == RowCount::Known(0)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Identity {
    Always,
    ByDefault,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    pub name: String,
    /// The type as PostgreSQL names it in messages (`integer`, `character varying(20)`, `text`).
    pub type_name: String,
    pub not_null: bool,
    /// Default expression as written (SQL text).
    pub default: Option<String>,
    pub identity: Option<Identity>,
    /// `GENERATED ALWAYS AS (expr) STORED`.
    pub generated: Option<String>,
    /// Sequence owned through `serial` or identity.
    pub owned_sequence: Option<QualName>,
    pub comment: Option<String>,
    /// Dropped columns keep their slot (attnum), as in `pg_attribute`.
    pub dropped: bool,
}

impl Column {
    pub fn new(name: &str, type_name: &str) -> Self {
        Column {
            name: name.to_string(),
            type_name: type_name.to_string(),
            not_null: false,
            default: None,
            identity: None,
            generated: None,
            owned_sequence: None,
            comment: None,
            dropped: false,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConstraintKind {
    PrimaryKey {
        columns: Vec<String>,
        index: String,
    },
    Unique {
        columns: Vec<String>,
        index: String,
    },
    Check {
        expr: String,
        /// Columns the expression mentions (for DROP COLUMN dependencies).
        columns: Vec<String>,
    },
    ForeignKey {
        columns: Vec<String>,
        ref_table: QualName,
        ref_columns: Vec<String>,
    },
    Exclude {
        index: String,
    },
    /// `CONSTRAINT name NOT NULL col` (PG 18 catalogs them; earlier versions only set attnotnull).
    NotNull {
        column: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Constraint {
    pub name: String,
    pub kind: ConstraintKind,
    /// `NOT VALID` until `VALIDATE CONSTRAINT`.
    pub validated: bool,
    pub comment: Option<String>,
}

impl Constraint {
    pub fn columns(&self) -> &[String] {
        match &self.kind {
            ConstraintKind::PrimaryKey { columns, .. }
            | ConstraintKind::Unique { columns, .. }
            | ConstraintKind::Check { columns, .. }
            | ConstraintKind::ForeignKey { columns, .. } => columns,
            ConstraintKind::NotNull { column } => std::slice::from_ref(column),
            ConstraintKind::Exclude { .. } => &[],
        }
    }

    /// The index that backs it (primary key, unique, exclusion).
    pub fn index(&self) -> Option<&str> {
        match &self.kind {
            ConstraintKind::PrimaryKey { index, .. }
            | ConstraintKind::Unique { index, .. }
            | ConstraintKind::Exclude { index } => Some(index),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexInfo {
    pub table: QualName,
    /// Key columns; `None` for an expression key.
    pub columns: Vec<Option<String>>,
    /// Columns mentioned anywhere (keys, expressions, INCLUDE, predicate).
    pub depends_on_columns: Vec<String>,
    pub unique: bool,
    pub primary: bool,
    /// The constraint that owns it (dropping the index alone is not allowed).
    pub constraint: Option<String>,
    pub predicate: Option<String>,
    /// Left INVALID by a failed `CREATE INDEX CONCURRENTLY`.
    pub valid: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SequenceInfo {
    /// `OWNED BY table.column`.
    pub owned_by: Option<(QualName, String)>,
    pub data_type: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ViewInfo {
    /// Relations the view's query reads.
    pub depends_on: Vec<QualName>,
    /// (relation, column) pairs the query references, where known.
    pub depends_on_columns: Vec<(QualName, String)>,
    /// The query text (for `CREATE OR REPLACE` comparisons and display).
    pub query: String,
    /// Materialized views: false after `WITH NO DATA` until `REFRESH` (reading it is 55000).
    pub populated: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trigger {
    pub name: String,
    pub function: Option<QualName>,
    pub enabled: bool,
    /// Creation order (the simulation's own OID).
    pub oid: u32,
    pub comment: Option<String>,
}

/// What a referencing row's key does when the referenced key is deleted or updated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FkAction {
    #[default]
    NoAction,
    Restrict,
    Cascade,
    SetNull,
    SetDefault,
}

/// Properties of a key constraint or unique index that decide how rows are checked: kept for
/// the constraints and indexes the simulator created (absent ones are treated as not known).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ConstraintFacts {
    /// `DEFERRABLE`: the check may run at COMMIT.
    pub deferrable: bool,
    /// Unique: `NULLS NOT DISTINCT`.
    pub nulls_not_distinct: bool,
    /// Foreign keys: `ON DELETE` / `ON UPDATE`, and `MATCH FULL`.
    pub on_delete: FkAction,
    pub on_update: FkAction,
    pub match_full: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Relation {
    pub name: QualName,
    pub kind: RelKind,
    /// Columns of tables, views and materialized views (in attnum order, dropped ones kept).
    pub columns: Vec<Column>,
    pub constraints: Vec<Constraint>,
    pub index: Option<IndexInfo>,
    pub sequence: Option<SequenceInfo>,
    pub view: Option<super::relation::ViewInfo>,
    pub triggers: Vec<Trigger>,
    pub comment: Option<String>,
    pub rows: RowCount,
    pub unlogged: bool,
    /// Identifies the relation across renames (an OID of the simulation's own).
    pub oid: u32,
    /// The rows, when every value was given literally (see `engine::data`): aligned with
    /// `columns` (dropped slots included), valid only while their number equals `rows`.
    pub data: Option<std::sync::Arc<crate::engine::data::TableData>>,
    /// Constraint and index properties by constraint (or index) name.
    pub facts: std::collections::BTreeMap<String, ConstraintFacts>,
}

impl Relation {
    pub fn new(name: QualName, kind: RelKind, oid: u32) -> Self {
        Relation {
            name,
            kind,
            columns: Vec::new(),
            constraints: Vec::new(),
            index: None,
            sequence: None,
            view: None,
            triggers: Vec::new(),
            comment: None,
            rows: RowCount::Known(0),
            unlogged: false,
            oid,
            data: None,
            facts: std::collections::BTreeMap::new(),
        }
    }
}
