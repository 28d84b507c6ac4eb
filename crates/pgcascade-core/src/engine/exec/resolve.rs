//! Name resolution: `search_path`, schemas, relations, types.

use sqlparser::ast::DataType;

use crate::catalog::{
    canonical_type, extension_types, is_system_relation, Catalog, QualName, Relation,
};
use crate::engine::{errors, Settings};
use crate::response::PgError;
use crate::sql::{fold_name, ObjName};

/// Looks names up as PostgreSQL does, through `search_path`.
pub struct Resolver<'a> {
    catalog: &'a Catalog,
    path: Vec<String>,
    /// The simulated server's major version (system catalogs differ by version).
    pub pg_version: u32,
}

/// A relation reference: a user relation of the catalog, or a system one (`pg_class`, …).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RelRef {
    User(QualName),
    System,
}

impl<'a> Resolver<'a> {
    pub fn new(catalog: &'a Catalog, settings: &Settings) -> Self {
        Resolver {
            catalog,
            path: settings.search_path(),
            pg_version: 15,
        }
    }

    pub fn with_version(mut self, pg_version: u32) -> Self {
        self.pg_version = pg_version;
        self
    }

    pub fn catalog(&self) -> &'a Catalog {
        self.catalog
    }

    /// The schemas of `search_path` that exist, in order.
    pub fn path(&self) -> impl Iterator<Item = &str> {
        self.path
            .iter()
            .map(String::as_str)
            .filter(|s| self.catalog.schemas.contains_key(*s))
    }

    pub fn schema_exists(&self, name: &str) -> bool {
        self.catalog.has_schema(name)
    }

    /// Find a relation of any kind.
    pub fn relation(&self, name: &ObjName) -> Option<RelRef> {
        if let Some(schema) = name.schema() {
            let q = QualName::new(schema, name.name());
            if self.catalog.relations.contains_key(&q) {
                return Some(RelRef::User(q));
            }
            return is_system_relation(Some(schema), name.name()).then_some(RelRef::System);
        }
        if is_system_relation(None, name.name()) {
            return Some(RelRef::System);
        }
        self.path()
            .map(|s| QualName::new(s, name.name()))
            .find(|q| self.catalog.relations.contains_key(q))
            .map(RelRef::User)
    }

    /// Find a user relation; `None` when missing (or a system relation).
    pub fn user_relation(&self, name: &ObjName) -> Option<&'a Relation> {
        match self.relation(name)? {
            RelRef::User(q) => self.catalog.relations.get(&q),
            RelRef::System => None,
        }
    }

    /// A relation that must exist: 42P01 `relation "x" does not exist` otherwise.
    pub fn existing(&self, name: &ObjName) -> Result<&'a Relation, PgError> {
        if let Some(schema) = name.schema() {
            if !self.catalog.has_schema(schema) {
                return Err(errors::schema_does_not_exist(schema));
            }
        }
        self.user_relation(name)
            .ok_or_else(|| errors::relation_does_not_exist(&name.to_string()))
    }

    /// The schema a new object named `name` goes into: its own schema (which must exist) or
    /// the first existing schema of `search_path`.
    pub fn creation_schema(&self, name: &ObjName) -> Result<String, PgError> {
        match name.schema() {
            Some(s) if self.catalog.schemas.contains_key(s) => Ok(s.to_string()),
            Some(s) if crate::catalog::is_system_schema(s) => Err(PgError::new(
                "42501",
                format!("permission denied to create \"{s}.{}\"", name.name()),
            )
            .with_detail("System catalog modifications are currently disallowed.")),
            Some(s) => Err(errors::schema_does_not_exist(s)),
            None => self
                .path()
                .next()
                .map(str::to_string)
                .ok_or_else(errors::no_schema_selected),
        }
    }

    pub fn qualify_new(&self, name: &ObjName) -> Result<QualName, PgError> {
        Ok(QualName::new(&self.creation_schema(name)?, name.name()))
    }

    /// A user-defined type (enum, domain, composite) by name.
    pub fn user_type(&self, name: &ObjName) -> Option<QualName> {
        if let Some(schema) = name.schema() {
            let q = QualName::new(schema, name.name());
            return self.catalog.types.contains_key(&q).then_some(q);
        }
        self.path()
            .map(|s| QualName::new(s, name.name()))
            .find(|q| self.catalog.types.contains_key(q))
    }

    /// Whether `name` names a type at all: built-in, user-defined, an extension's, or the row
    /// type of a table.
    pub fn type_exists(&self, name: &ObjName) -> bool {
        let base = name.name();
        if (name.schema().is_none() || name.schema() == Some("pg_catalog"))
            && canonical_type(base).is_some()
        {
            return true;
        }
        if self.user_type(name).is_some() {
            return true;
        }
        if self
            .catalog
            .extensions
            .keys()
            .any(|e| extension_types(e).contains(&base))
        {
            return true;
        }
        matches!(self.relation(name), Some(RelRef::User(q)) if self.catalog.relations[&q].kind.has_columns())
    }

    /// PostgreSQL's name for a column type, checking that it exists (42704 otherwise).
    pub fn type_name(&self, dt: &DataType) -> Result<String, PgError> {
        match dt {
            DataType::Custom(name, modifiers) => {
                let n = fold_name(name);
                if !self.type_exists(&n) {
                    return Err(errors::type_does_not_exist(&n.to_string()));
                }
                let base =
                    canonical_type(n.name()).map_or_else(|| n.name().to_string(), str::to_string);
                Ok(if modifiers.is_empty() {
                    base
                } else {
                    format!(
                        "{base}({})",
                        modifiers
                            .iter()
                            .map(|m| m.to_string())
                            .collect::<Vec<_>>()
                            .join(",")
                    )
                })
            }
            DataType::Array(inner) => {
                use sqlparser::ast::ArrayElemTypeDef as A;
                match inner {
                    A::SquareBracket(t, _) | A::AngleBracket(t) | A::Parenthesis(t) => {
                        Ok(format!("{}[]", self.type_name(t)?))
                    }
                    _ => Ok(render_builtin(dt)),
                }
            }
            other => Ok(render_builtin(other)),
        }
    }
}

/// Render a built-in sqlparser type with PostgreSQL's names.
pub fn render_builtin(dt: &DataType) -> String {
    let written = dt.to_string().to_lowercase();
    // split "name(mods) rest" into base words and modifiers
    let (mut base, mut mods) = (String::new(), String::new());
    let mut depth = 0;
    for ch in written.chars() {
        match ch {
            '(' => {
                depth += 1;
                mods.push(ch);
            }
            ')' => {
                depth -= 1;
                mods.push(ch);
            }
            _ if depth > 0 => {
                if ch != ' ' {
                    mods.push(ch)
                }
            }
            _ => base.push(ch),
        }
    }
    let base = base.split_whitespace().collect::<Vec<_>>().join(" ");
    let canon = canonical_type(&base).unwrap_or(base.as_str()).to_string();
    if mods.is_empty() {
        return canon;
    }
    // PostgreSQL puts a precision before the time zone words
    for prefix in ["timestamp", "time"] {
        if let Some(rest) = canon.strip_prefix(prefix) {
            if rest.starts_with(' ') || rest.is_empty() {
                return format!("{prefix}{mods}{rest}");
            }
        }
    }
    format!("{canon}{mods}")
}
