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
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Function {
    pub name: QualName,
    /// Argument types as written, normalised (for overload identity).
    pub arg_types: Vec<String>,
    pub returns: Option<String>,
    pub is_procedure: bool,
    pub comment: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extension {
    pub name: String,
    pub schema: String,
}
