//! How PostgreSQL names objects in its messages: `quote_identifier`, search_path visibility
//! (`table s.t` vs `table t`), `format_type_be`, and `getObjectDescription`.

use sqlparser::ast::{ArrayElemTypeDef, DataType, ExactNumberInfo, TimezoneInfo};

use super::deps::Obj;
use crate::catalog::{canonical_type, Catalog, Function, QualName, RelKind, TypeKind};
use crate::engine::exec::resolve::render_builtin;
use crate::engine::exec::Ctx;
use crate::engine::{errors, Settings};
use crate::response::PgError;
use crate::sql::{fold_name, ObjName};

/// Keywords `quote_identifier` quotes: every keyword that is not UNRESERVED (PostgreSQL 15's
/// reserved, column-name and type/function-name keywords, plus those later versions added).
const QUOTED_KEYWORDS: &[&str] = &[
    // reserved
    "all",
    "analyse",
    "analyze",
    "and",
    "any",
    "array",
    "as",
    "asc",
    "asymmetric",
    "both",
    "case",
    "cast",
    "check",
    "collate",
    "column",
    "constraint",
    "create",
    "current_catalog",
    "current_date",
    "current_role",
    "current_time",
    "current_timestamp",
    "current_user",
    "default",
    "deferrable",
    "desc",
    "distinct",
    "do",
    "else",
    "end",
    "except",
    "false",
    "fetch",
    "for",
    "foreign",
    "from",
    "grant",
    "group",
    "having",
    "in",
    "initially",
    "intersect",
    "into",
    "lateral",
    "leading",
    "limit",
    "localtime",
    "localtimestamp",
    "not",
    "null",
    "offset",
    "on",
    "only",
    "or",
    "order",
    "placing",
    "primary",
    "references",
    "returning",
    "select",
    "session_user",
    "some",
    "symmetric",
    "system_user",
    "table",
    "then",
    "to",
    "trailing",
    "true",
    "union",
    "unique",
    "user",
    "using",
    "variadic",
    "when",
    "where",
    "window",
    "with",
    // type_func_name
    "authorization",
    "binary",
    "collation",
    "concurrently",
    "cross",
    "current_schema",
    "freeze",
    "full",
    "ilike",
    "inner",
    "is",
    "isnull",
    "join",
    "left",
    "like",
    "natural",
    "notnull",
    "outer",
    "overlaps",
    "right",
    "similar",
    "tablesample",
    "verbose",
    // col_name
    "between",
    "bigint",
    "bit",
    "boolean",
    "char",
    "character",
    "coalesce",
    "dec",
    "decimal",
    "exists",
    "extract",
    "float",
    "greatest",
    "grouping",
    "inout",
    "int",
    "integer",
    "interval",
    "json",
    "json_array",
    "json_arrayagg",
    "json_exists",
    "json_object",
    "json_objectagg",
    "json_query",
    "json_scalar",
    "json_serialize",
    "json_table",
    "json_value",
    "least",
    "merge_action",
    "national",
    "nchar",
    "none",
    "normalize",
    "nullif",
    "numeric",
    "out",
    "overlay",
    "position",
    "precision",
    "real",
    "row",
    "setof",
    "smallint",
    "substring",
    "time",
    "timestamp",
    "treat",
    "trim",
    "values",
    "varchar",
    "xmlattributes",
    "xmlconcat",
    "xmlelement",
    "xmlexists",
    "xmlforest",
    "xmlnamespaces",
    "xmlparse",
    "xmlpi",
    "xmlroot",
    "xmlserialize",
    "xmltable",
];

/// PostgreSQL's `quote_identifier`.
pub(crate) fn quote_ident(s: &str) -> String {
    let safe = s
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c == '_')
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !QUOTED_KEYWORDS.contains(&s);
    if safe {
        s.to_string()
    } else {
        format!("\"{}\"", s.replace('"', "\"\""))
    }
}

/// `quote_qualified_identifier`.
pub(crate) fn quote_qualified(schema: &str, name: &str) -> String {
    format!("{}.{}", quote_ident(schema), quote_ident(name))
}

/// Looks names up the way `RelationIsVisible`, `TypeIsVisible` and `FunctionIsVisible` do.
pub(crate) struct Names<'a> {
    pub cat: &'a Catalog,
    /// The effective search path: `pg_catalog` first unless listed, then the existing schemas.
    path: Vec<String>,
}

impl<'a> Names<'a> {
    pub fn new(cat: &'a Catalog, settings: &Settings) -> Self {
        let sp = settings.search_path();
        let mut path = Vec::new();
        if !sp.iter().any(|s| s == "pg_catalog") {
            path.push("pg_catalog".to_string());
        }
        path.extend(
            sp.into_iter()
                .filter(|s| s == "pg_catalog" || cat.schemas.contains_key(s)),
        );
        Names { cat, path }
    }

    pub fn of(ctx: &'a Ctx<'_>) -> Self {
        Names::new(ctx.catalog, ctx.settings)
    }

    /// The schemas of the effective search path, `pg_catalog` included.
    pub fn path_schemas(&self) -> impl Iterator<Item = &str> {
        self.path.iter().map(String::as_str)
    }

    /// The user type an unqualified name refers to (`None` for a built-in type).
    pub fn visible_type(&self, name: &str) -> Option<QualName> {
        let s = self.first_with(|s| self.has_type(s, name))?;
        let q = QualName::new(s, name);
        self.cat.types.contains_key(&q).then_some(q)
    }

    /// The user relation a name refers to.
    pub fn resolve_relation(&self, n: &ObjName) -> Option<QualName> {
        match n.schema() {
            Some(s) => {
                let q = QualName::new(s, n.name());
                self.cat.relations.contains_key(&q).then_some(q)
            }
            None => self
                .first_with(|s| self.cat.relations.contains_key(&QualName::new(s, n.name())))
                .map(|s| QualName::new(s, n.name())),
        }
    }

    fn first_with(&self, has: impl Fn(&str) -> bool) -> Option<&str> {
        self.path.iter().map(String::as_str).find(|s| has(s))
    }

    pub fn rel_visible(&self, q: &QualName) -> bool {
        self.first_with(|s| self.cat.relations.contains_key(&QualName::new(s, &q.name)))
            == Some(q.schema.as_str())
    }

    /// A relation's name as messages show it: qualified when not visible.
    pub fn rel_name(&self, q: &QualName) -> String {
        if self.rel_visible(q) {
            quote_ident(&q.name)
        } else {
            quote_qualified(&q.schema, &q.name)
        }
    }

    /// Whether `schema` holds a type named `name` (user types and the row types of relations).
    pub fn has_type(&self, schema: &str, name: &str) -> bool {
        if schema == "pg_catalog" {
            return canonical_type(name).is_some_and(|c| c == name)
                || matches!(
                    name,
                    "int4" | "int8" | "int2" | "float4" | "float8" | "bool"
                );
        }
        let q = QualName::new(schema, name);
        self.cat.types.contains_key(&q)
            || self
                .cat
                .relations
                .get(&q)
                .is_some_and(|r| !matches!(r.kind, RelKind::Index | RelKind::Sequence))
    }

    pub fn type_visible(&self, q: &QualName) -> bool {
        self.first_with(|s| self.has_type(s, &q.name)) == Some(q.schema.as_str())
    }

    /// `format_type_be` of a type key (see [`type_key`]).
    pub fn format_type(&self, key: &str) -> String {
        if let Some(inner) = key.strip_suffix("[]") {
            return format!("{}[]", self.format_type(inner));
        }
        match split_key(key) {
            Some(q) => {
                if self.type_visible(&q) {
                    quote_ident(&q.name)
                } else {
                    quote_qualified(&q.schema, &q.name)
                }
            }
            None => key.to_string(),
        }
    }

    pub fn func_visible(&self, f: &Function) -> bool {
        self.first_with(|s| {
            self.cat.functions.iter().any(|g| {
                g.name.schema == s && g.name.name == f.name.name && g.arg_types == f.arg_types
            })
        }) == Some(f.name.schema.as_str())
    }

    /// `format_procedure`: `f(integer,text)` (qualified when not visible).
    pub fn format_function(&self, f: &Function) -> String {
        let name = if self.func_visible(f) {
            quote_ident(&f.name.name)
        } else {
            quote_qualified(&f.name.schema, &f.name.name)
        };
        let args: Vec<String> = f.arg_types.iter().map(|t| self.format_type(t)).collect();
        format!("{name}({})", args.join(","))
    }

    fn rel_desc(&self, q: &QualName) -> String {
        match self.cat.relations.get(q) {
            Some(r) => format!("{} {}", r.kind.noun(), self.rel_name(q)),
            None => match self.cat.types.get(q) {
                Some(t) if matches!(t.kind, TypeKind::Composite { .. }) => {
                    format!("composite type {}", self.format_type(&type_key_of(q)))
                }
                _ => format!("relation {}", self.rel_name(q)),
            },
        }
    }

    /// `getObjectDescription`.
    pub fn describe(&self, obj: &Obj) -> String {
        match obj {
            Obj::Schema(s) => format!("schema {}", quote_ident(s)),
            Obj::Rel(q) => self.rel_desc(q),
            Obj::Column(q, c) => format!("column {c} of {}", self.rel_desc(q)),
            Obj::Default(q, c) => format!("default value for column {c} of {}", self.rel_desc(q)),
            Obj::Constraint(q, c) => format!("constraint {c} on {}", self.rel_desc(q)),
            Obj::Trigger(q, t) => format!("trigger {t} on {}", self.rel_desc(q)),
            Obj::Type(q) => format!("type {}", self.format_type(&type_key_of(q))),
            Obj::ArrayType(q) => format!("type {}[]", self.format_type(&type_key_of(q))),
            Obj::Function(q, args) => {
                let f = self
                    .cat
                    .functions
                    .iter()
                    .find(|f| &f.name == q && &f.arg_types == args);
                match f {
                    Some(f) => format!(
                        "{} {}",
                        if f.is_procedure {
                            "procedure"
                        } else {
                            "function"
                        },
                        self.format_function(f)
                    ),
                    None => format!("function {}({})", q.name, args.join(",")),
                }
            }
            Obj::Extension(e) => format!("extension {e}"),
        }
    }
}

/// The key of a user type: `schema.name`.
pub(crate) fn type_key_of(q: &QualName) -> String {
    format!("{}.{}", q.schema, q.name)
}

/// A user type's name from its key (`None` for a built-in type).
pub(crate) fn split_key(key: &str) -> Option<QualName> {
    let (schema, name) = key.split_once('.')?;
    Some(QualName::new(schema, name))
}

/// The built-in type a sqlparser type stands for, without modifiers (`None` for a named type).
fn builtin_key(dt: &DataType) -> Option<String> {
    Some(match dt {
        DataType::Custom(..) | DataType::Array(_) => return None,
        DataType::Float(ExactNumberInfo::Precision(p))
        | DataType::Float(ExactNumberInfo::PrecisionAndScale(p, _)) => {
            if *p <= 24 { "real" } else { "double precision" }.to_string()
        }
        DataType::Time(_, tz) => match tz {
            TimezoneInfo::WithTimeZone | TimezoneInfo::Tz => "time with time zone",
            _ => "time without time zone",
        }
        .to_string(),
        DataType::Timestamp(_, tz) => match tz {
            TimezoneInfo::WithTimeZone | TimezoneInfo::Tz => "timestamp with time zone",
            _ => "timestamp without time zone",
        }
        .to_string(),
        other => {
            let rendered = render_builtin(other);
            let mut base = String::new();
            let mut depth = 0;
            for ch in rendered.chars() {
                match ch {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ if depth == 0 => base.push(ch),
                    _ => {}
                }
            }
            let base = base.split_whitespace().collect::<Vec<_>>().join(" ");
            canonical_type(&base).map_or(base.clone(), str::to_string)
        }
    })
}

/// The identity of a written type, as function signatures and dependencies compare types:
/// built-in types by PostgreSQL's name without modifiers (`integer`, `character varying`),
/// user types as `schema.name`, arrays with `[]`. 42704 when the type does not exist.
pub(crate) fn type_key(ctx: &Ctx<'_>, dt: &DataType) -> Result<String, PgError> {
    match dt {
        DataType::Array(inner) => match inner {
            ArrayElemTypeDef::SquareBracket(t, _)
            | ArrayElemTypeDef::AngleBracket(t)
            | ArrayElemTypeDef::Parenthesis(t)
            | ArrayElemTypeDef::ParenthesisNotNull(t)
            | ArrayElemTypeDef::Qualified(t, _) => Ok(format!("{}[]", type_key(ctx, t)?)),
            ArrayElemTypeDef::None => Ok("anyarray".into()),
        },
        DataType::Custom(name, _) => {
            // the quoted "char" is the one-byte type, not character(1)
            if let [part] = name.0.as_slice() {
                if part
                    .as_ident()
                    .is_some_and(|i| i.value == "char" && i.quote_style == Some('"'))
                {
                    return Ok("\"char\"".into());
                }
            }
            named_type_key(ctx, &fold_name(name))
                .ok_or_else(|| errors::type_does_not_exist(&fold_name(name).to_string()))
        }
        other => Ok(builtin_key(other).unwrap_or_default()),
    }
}

/// The key of a type written by name, if it exists.
pub(crate) fn named_type_key(ctx: &Ctx<'_>, n: &ObjName) -> Option<String> {
    let names = Names::of(ctx);
    let base = n.name();
    let builtin = canonical_type(base).map(str::to_string).or_else(|| {
        Some(
            match base {
                "int4" => "integer",
                "int8" => "bigint",
                "int2" => "smallint",
                "float4" => "real",
                "float8" => "double precision",
                "bool" => "boolean",
                "timestamptz" => "timestamp with time zone",
                "timetz" => "time with time zone",
                "varbit" => "bit varying",
                "bpchar" => "character",
                _ => return None,
            }
            .to_string(),
        )
    });
    match n.schema() {
        Some("pg_catalog") => builtin,
        Some(s) => names.has_type(s, base).then(|| format!("{s}.{base}")),
        None => {
            let first = names.first_with(|s| {
                if s == "pg_catalog" {
                    builtin.is_some()
                } else {
                    names.has_type(s, base)
                }
            })?;
            if first == "pg_catalog" {
                builtin
            } else {
                Some(format!("{first}.{base}"))
            }
        }
    }
}

/// The type name as PostgreSQL's grammar leaves it (`TypeNameToString`), for the IF EXISTS
/// notices of DROP FUNCTION: `int` is `pg_catalog.int4`, `text` stays `text`.
pub(crate) fn grammar_type_name(dt: &DataType) -> String {
    let sys = |s: &str| format!("pg_catalog.{s}");
    match dt {
        DataType::Array(inner) => match inner {
            ArrayElemTypeDef::SquareBracket(t, _)
            | ArrayElemTypeDef::AngleBracket(t)
            | ArrayElemTypeDef::Parenthesis(t)
            | ArrayElemTypeDef::ParenthesisNotNull(t)
            | ArrayElemTypeDef::Qualified(t, _) => {
                let mut inner = t.as_ref();
                while let DataType::Array(
                    ArrayElemTypeDef::SquareBracket(t, _)
                    | ArrayElemTypeDef::AngleBracket(t)
                    | ArrayElemTypeDef::Parenthesis(t),
                ) = inner
                {
                    inner = t;
                }
                format!("{}[]", grammar_type_name(inner))
            }
            ArrayElemTypeDef::None => "anyarray".into(),
        },
        DataType::Custom(name, _) => fold_name(name).0.join("."),
        DataType::Int(_) | DataType::Integer(_) => sys("int4"),
        DataType::Int4(_) => "int4".into(),
        DataType::BigInt(_) => sys("int8"),
        DataType::Int8(_) => "int8".into(),
        DataType::SmallInt(_) => sys("int2"),
        DataType::Int2(_) => "int2".into(),
        DataType::Real => sys("float4"),
        DataType::Float4 => "float4".into(),
        DataType::Float8 => "float8".into(),
        DataType::DoublePrecision | DataType::Double(_) => sys("float8"),
        DataType::Float(ExactNumberInfo::Precision(p))
        | DataType::Float(ExactNumberInfo::PrecisionAndScale(p, _)) => {
            sys(if *p <= 24 { "float4" } else { "float8" })
        }
        DataType::Float(_) => sys("float8"),
        DataType::Numeric(_) | DataType::Decimal(_) | DataType::Dec(_) => sys("numeric"),
        DataType::Varchar(_) | DataType::CharacterVarying(_) | DataType::CharVarying(_) => {
            sys("varchar")
        }
        DataType::Char(_) | DataType::Character(_) => sys("bpchar"),
        DataType::Boolean => sys("bool"),
        DataType::Bool => "bool".into(),
        DataType::Time(_, TimezoneInfo::Tz) => "timetz".into(),
        DataType::Time(_, TimezoneInfo::WithTimeZone) => sys("timetz"),
        DataType::Time(_, _) => sys("time"),
        DataType::Timestamp(_, TimezoneInfo::Tz) => "timestamptz".into(),
        DataType::Timestamp(_, TimezoneInfo::WithTimeZone) => sys("timestamptz"),
        DataType::Timestamp(_, _) => sys("timestamp"),
        DataType::Interval { .. } => sys("interval"),
        DataType::Bit(_) => sys("bit"),
        DataType::BitVarying(_) => sys("varbit"),
        other => other.to_string().to_lowercase(),
    }
}

/// 0-based character offset of a `sqlparser` location (1-based line and column, in characters)
/// in `text`; `None` for an empty location or one outside the text.
pub(crate) fn char_offset(text: &str, loc: sqlparser::tokenizer::Location) -> Option<usize> {
    if loc.line == 0 || loc.column == 0 {
        return None;
    }
    let mut offset = 0usize;
    for (i, line) in text.split('\n').enumerate() {
        let len = line.chars().count();
        if i as u64 + 1 == loc.line {
            let col = usize::try_from(loc.column).ok()? - 1;
            return (col <= len).then_some(offset + col);
        }
        offset += len + 1;
    }
    None
}

/// PostgreSQL's error position (1-based, in characters) of a location in the statement.
pub(crate) fn position(text: &str, loc: sqlparser::tokenizer::Location) -> Option<usize> {
    char_offset(text, loc).map(|o| o + 1)
}

/// Attach the position of `loc` in the statement text to `e`, when it can be computed.
pub(crate) fn at(e: PgError, text: &str, loc: sqlparser::tokenizer::Location) -> PgError {
    match position(text, loc) {
        Some(p) => e.with_position(p),
        None => e,
    }
}

/// Where a written type name starts (the first part of a named type).
pub(crate) fn type_location(dt: &DataType) -> Option<sqlparser::tokenizer::Location> {
    match dt {
        DataType::Custom(name, _) => name
            .0
            .first()
            .and_then(|p| p.as_ident())
            .map(|i| i.span.start),
        DataType::Array(
            ArrayElemTypeDef::SquareBracket(t, _)
            | ArrayElemTypeDef::AngleBracket(t)
            | ArrayElemTypeDef::Parenthesis(t)
            | ArrayElemTypeDef::ParenthesisNotNull(t)
            | ArrayElemTypeDef::Qualified(t, _),
        ) => type_location(t),
        _ => None,
    }
}

/// The position of the relation a 42P01/3F000 error from `relations_read` names, found among
/// the table references of `node` (PostgreSQL points at the name).
pub(crate) fn locate_relation_error<V: sqlparser::ast::Visit>(
    text: &str,
    node: &V,
    e: PgError,
) -> PgError {
    if e.position.is_some() {
        return e;
    }
    let wanted = |n: &ObjName| -> bool {
        match e.sqlstate.as_str() {
            "42P01" => e.message == format!("relation \"{n}\" does not exist"),
            "3F000" => n
                .schema()
                .is_some_and(|s| e.message == format!("schema \"{s}\" does not exist")),
            _ => false,
        }
    };
    let mut found = None;
    let _ = sqlparser::ast::visit_relations(node, |name| {
        if wanted(&fold_name(name)) {
            found = name
                .0
                .first()
                .and_then(|p| p.as_ident())
                .map(|i| i.span.start);
            return std::ops::ControlFlow::Break(());
        }
        std::ops::ControlFlow::Continue(())
    });
    match found {
        Some(loc) => at(e, text, loc),
        None => e,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters_over_lines() {
        let text = "CREATE VIEW v AS\nSELECT é FROM nosuch;";
        let loc = sqlparser::tokenizer::Location {
            line: 2,
            column: 15,
        };
        assert_eq!(position(text, loc), Some(32));
        let none = sqlparser::tokenizer::Location { line: 0, column: 0 };
        assert_eq!(position(text, none), None);
    }

    #[test]
    fn quoting_follows_quote_identifier() {
        assert_eq!(quote_ident("orders"), "orders");
        assert_eq!(quote_ident("Order"), "\"Order\"");
        assert_eq!(quote_ident("user"), "\"user\"");
        assert_eq!(quote_ident("name"), "name");
        assert_eq!(quote_ident("a b"), "\"a b\"");
        assert_eq!(quote_ident("_x1"), "_x1");
        assert_eq!(quote_ident("1x"), "\"1x\"");
    }
}
