//! Types, functions and extensions.

use super::QualName;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypeKind {
    /// Labels in order.
    Enum {
        labels: Vec<String>,
    },
    Domain {
        base: String,
        not_null: bool,
        checks: Vec<String>,
    },
    Composite {
        attributes: Vec<(String, String)>,
    },
    Range,
    /// A type known only by name (created by a statement the engine does not model in full).
    Other,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypeDef {
    pub name: QualName,
    pub kind: TypeKind,
    pub comment: Option<String>,
    /// Creation order (the simulation's own OID): dependent objects are visited newest first.
    pub oid: u32,
    /// The extension this type belongs to (`CREATE EXTENSION citext` creates `citext`).
    pub extension: Option<String>,
    /// Domains: the names of the CHECK constraints, parallel to `TypeKind::Domain::checks`.
    pub check_names: Vec<String>,
    /// Domains: the DEFAULT expression as written.
    pub default: Option<String>,
}

impl TypeDef {
    pub fn new(name: QualName, kind: TypeKind, oid: u32) -> Self {
        TypeDef {
            name,
            kind,
            comment: None,
            oid,
            extension: None,
            check_names: Vec::new(),
            default: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Function {
    pub name: QualName,
    /// Argument types as written, normalised (for overload identity).
    pub arg_types: Vec<String>,
    pub returns: Option<String>,
    pub is_procedure: bool,
    pub comment: Option<String>,
    /// Creation order (the simulation's own OID).
    pub oid: u32,
    /// Names of the input arguments, parallel to `arg_types` (`""` when unnamed).
    pub arg_names: Vec<String>,
    /// `LANGUAGE` (lower case).
    pub language: String,
    /// The extension this function belongs to.
    pub extension: Option<String>,
    /// Relations a SQL-standard body (`BEGIN ATOMIC … END`) reads: dropping them drops it.
    pub depends_on: Vec<QualName>,
}

impl Function {
    pub fn new(name: QualName, arg_types: Vec<String>, returns: Option<String>, oid: u32) -> Self {
        Function {
            name,
            arg_names: vec![String::new(); arg_types.len()],
            arg_types,
            returns,
            is_procedure: false,
            comment: None,
            oid,
            language: "sql".into(),
            extension: None,
            depends_on: Vec::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extension {
    pub name: String,
    pub schema: String,
    /// Creation order (the simulation's own OID; 0 for `plpgsql`, which every database has).
    pub oid: u32,
    pub version: String,
    pub comment: Option<String>,
}

/// An extended statistics object (`CREATE STATISTICS`): its own namespace per schema, separate
/// from relations. It lives as long as its table and the columns it names: dropping either drops
/// it (see [`StatisticsObject::alive`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatisticsObject {
    pub name: QualName,
    /// The table's OID (follows renames).
    pub table_oid: u32,
    /// Positions in the table's `columns` (attnums) of every column it names, in expressions too.
    pub columns: Vec<usize>,
    pub comment: Option<String>,
}

impl StatisticsObject {
    /// Whether its schema, table and columns still exist.
    pub fn alive(&self, catalog: &super::Catalog) -> bool {
        catalog.schemas.contains_key(&self.name.schema)
            && catalog.relations.values().any(|r| {
                r.oid == self.table_oid
                    && self
                        .columns
                        .iter()
                        .all(|&i| r.columns.get(i).is_some_and(|c| !c.dropped))
            })
    }
}
