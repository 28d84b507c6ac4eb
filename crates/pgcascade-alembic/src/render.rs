//! SQLAlchemy constructs and Alembic operations rendered as Alembic 1.20.1 sends them to
//! PostgreSQL online (see `../shared/alembic-oracle/README.md`, "Exact SQL per op").

use crate::value::{Obj, Value};

/// PostgreSQL's reserved words as SQLAlchemy's PG dialect quotes them.
const RESERVED: &[&str] = &[
    "all",
    "analyse",
    "analyze",
    "and",
    "any",
    "array",
    "as",
    "asc",
    "asymmetric",
    "authorization",
    "between",
    "binary",
    "both",
    "case",
    "cast",
    "check",
    "collate",
    "column",
    "concurrently",
    "constraint",
    "create",
    "cross",
    "current_catalog",
    "current_date",
    "current_role",
    "current_schema",
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
    "freeze",
    "from",
    "full",
    "grant",
    "group",
    "having",
    "ilike",
    "in",
    "initially",
    "inner",
    "intersect",
    "into",
    "is",
    "isnull",
    "join",
    "lateral",
    "leading",
    "left",
    "like",
    "limit",
    "localtime",
    "localtimestamp",
    "natural",
    "not",
    "notnull",
    "null",
    "offset",
    "on",
    "only",
    "or",
    "order",
    "outer",
    "overlaps",
    "placing",
    "primary",
    "references",
    "returning",
    "right",
    "select",
    "session_user",
    "similar",
    "some",
    "symmetric",
    "table",
    "tablesample",
    "then",
    "to",
    "trailing",
    "true",
    "union",
    "unique",
    "user",
    "using",
    "variadic",
    "verbose",
    "when",
    "where",
    "window",
    "with",
];

/// An identifier as SQLAlchemy's PG dialect writes it (quoted when needed).
pub fn quote_ident(name: &str) -> String {
    let legal = !name.is_empty()
        && name
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_lowercase() || c == '_')
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '$');
    if legal && !RESERVED.contains(&name) {
        name.to_string()
    } else {
        format!("\"{}\"", name.replace('"', "\"\""))
    }
}

/// `schema.table` with quoting.
pub fn qualified(table: &str, schema: Option<&str>) -> String {
    match schema {
        Some(s) => format!("{}.{}", quote_ident(s), quote_ident(table)),
        None => quote_ident(table),
    }
}

/// A SQL literal for a Python value (`literal_binds` rendering).
pub fn literal(v: &Value) -> String {
    match v {
        Value::None => "NULL".into(),
        Value::Bool(true) => "true".into(),
        Value::Bool(false) => "false".into(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => Value::Float(*f).repr(),
        Value::Str(s) => format!("'{}'", s.replace('\'', "''")),
        Value::Object(o) if o.class == "text" => {
            o.args.first().map(|a| a.to_py_str()).unwrap_or_default()
        }
        Value::Object(o) if o.class == "literal" || o.class == "inline_literal" => {
            o.args.first().map(literal).unwrap_or_else(|| "NULL".into())
        }
        other => format!("'{}'", other.to_py_str().replace('\'', "''")),
    }
}

fn int_arg(o: &Obj, pos: usize, kw: &str) -> Option<i64> {
    match o.args.get(pos).or_else(|| o.kw(kw)) {
        Some(Value::Int(i)) => Some(*i),
        _ => None,
    }
}

fn tz(o: &Obj) -> bool {
    matches!(
        o.args.first().or_else(|| o.kw("timezone")),
        Some(Value::Bool(true))
    )
}

/// The class name of a type value (`sa.Integer` or `sa.Integer()`), upper-cased.
pub fn type_class(v: &Value) -> Option<String> {
    match v {
        Value::Path(p) => Some(p.rsplit('.').next().unwrap_or(p).to_string()),
        Value::Object(o) => Some(o.class.clone()),
        _ => None,
    }
}

fn as_obj(v: &Value) -> Obj {
    match v {
        Value::Object(o) => (**o).clone(),
        Value::Path(p) => Obj {
            class: p.rsplit('.').next().unwrap_or(p).to_string(),
            args: vec![],
            kwargs: vec![],
        },
        _ => Obj {
            class: "NullType".into(),
            args: vec![],
            kwargs: vec![],
        },
    }
}

/// A column type as SQLAlchemy's PG dialect renders it in DDL.
pub fn render_type(v: &Value) -> String {
    let o = as_obj(v);
    let len = |name: &str| match int_arg(&o, 0, "length") {
        Some(n) => format!("{name}({n})"),
        None => name.to_string(),
    };
    match o.class.as_str() {
        "Integer" | "INTEGER" | "INT" => "INTEGER".into(),
        "BigInteger" | "BIGINT" => "BIGINT".into(),
        "SmallInteger" | "SMALLINT" => "SMALLINT".into(),
        "String" | "VARCHAR" | "Unicode" | "NVARCHAR" => len("VARCHAR"),
        "CHAR" | "NCHAR" => len("CHAR"),
        "Text" | "TEXT" | "UnicodeText" | "CITEXT" => {
            if o.class == "CITEXT" {
                "CITEXT".into()
            } else {
                "TEXT".into()
            }
        }
        "Boolean" | "BOOLEAN" => "BOOLEAN".into(),
        "DateTime" | "TIMESTAMP" => {
            let p = if o.class == "TIMESTAMP" {
                int_arg(&o, 99, "precision")
            } else {
                None
            };
            let base = match p {
                Some(p) => format!("TIMESTAMP({p})"),
                None => "TIMESTAMP".into(),
            };
            if tz(&o) {
                format!("{base} WITH TIME ZONE")
            } else {
                format!("{base} WITHOUT TIME ZONE")
            }
        }
        "Time" | "TIME" => {
            if tz(&o) {
                "TIME WITH TIME ZONE".into()
            } else {
                "TIME WITHOUT TIME ZONE".into()
            }
        }
        "Date" | "DATE" => "DATE".into(),
        "Interval" | "INTERVAL" => "INTERVAL".into(),
        "Float" | "FLOAT" => match int_arg(&o, 0, "precision") {
            Some(p) => format!("FLOAT({p})"),
            None => "FLOAT".into(),
        },
        "REAL" => "REAL".into(),
        "Double" | "DOUBLE_PRECISION" | "DOUBLE" => "DOUBLE PRECISION".into(),
        "Numeric" | "NUMERIC" | "DECIMAL" => {
            let name = if o.class == "DECIMAL" {
                "DECIMAL"
            } else {
                "NUMERIC"
            };
            match (int_arg(&o, 0, "precision"), int_arg(&o, 1, "scale")) {
                (Some(p), Some(s)) => format!("{name}({p}, {s})"),
                (Some(p), None) => format!("{name}({p})"),
                _ => name.into(),
            }
        }
        "JSON" => "JSON".into(),
        "JSONB" => "JSONB".into(),
        "UUID" | "Uuid" => "UUID".into(),
        "LargeBinary" | "BYTEA" | "LargeBinaryType" => "BYTEA".into(),
        "INET" => "INET".into(),
        "CIDR" => "CIDR".into(),
        "MACADDR" => "MACADDR".into(),
        "TSVECTOR" => "TSVECTOR".into(),
        "HSTORE" => "HSTORE".into(),
        "MONEY" => "MONEY".into(),
        "OID" => "OID".into(),
        "BIT" => len("BIT"),
        "ARRAY" => {
            let item = o.args.first().or_else(|| o.kw("item_type"));
            format!(
                "{}[]",
                item.map(render_type).unwrap_or_else(|| "TEXT".into())
            )
        }
        "Enum" | "ENUM" => match o.kw("name") {
            Some(Value::Str(n)) => quote_ident(n),
            _ => "VARCHAR".into(),
        },
        other => other.to_uppercase(),
    }
}

/// The enum values and name of an `sa.Enum` / `postgresql.ENUM` type that `create_table` creates.
pub fn enum_to_create(v: &Value) -> Option<String> {
    let o = match v {
        Value::Object(o) if o.class == "Enum" || o.class == "ENUM" => o,
        _ => return None,
    };
    if matches!(o.kw("create_type"), Some(Value::Bool(false))) {
        return None;
    }
    let name = o.kw("name")?.as_str()?;
    let labels: Vec<String> = o
        .args
        .iter()
        .flat_map(|a| {
            a.items()
                .filter(|_| !matches!(a, Value::Str(_)))
                .unwrap_or_else(|| vec![a.clone()])
        })
        .map(|a| literal(&a))
        .collect();
    Some(format!(
        "CREATE TYPE {} AS ENUM ({})",
        quote_ident(name),
        labels.join(", ")
    ))
}

/// A `server_default` as DDL: strings quoted, `text()`/`func.x()` bare.
pub fn render_default(v: &Value) -> Option<String> {
    match v {
        Value::None | Value::Bool(false) => None,
        Value::Str(s) => Some(format!("'{}'", s.replace('\'', "''"))),
        Value::Object(o) => Some(render_expr_obj(o)),
        other => Some(literal(other)),
    }
}

/// An SQL expression object (`text`, `func.now()`, `literal_column`).
pub fn render_expr_obj(o: &Obj) -> String {
    match o.class.as_str() {
        "text" | "literal_column" => o.args.first().map(|a| a.to_py_str()).unwrap_or_default(),
        c if c.starts_with("func.") => {
            let name = &c[5..];
            let args: Vec<String> = o.args.iter().map(expr_arg).collect();
            match name {
                "current_timestamp" | "current_date" | "localtimestamp" | "current_user"
                    if args.is_empty() =>
                {
                    name.to_uppercase()
                }
                _ => format!("{name}({})", args.join(", ")),
            }
        }
        _ => literal(&Value::Object(std::rc::Rc::new(o.clone()))),
    }
}

fn expr_arg(v: &Value) -> String {
    match v {
        Value::Object(o) => render_expr_obj(o),
        other => literal(other),
    }
}

/// One `sa.Column(...)` with its facts.
#[derive(Debug, Clone)]
pub struct ColumnDef {
    pub name: String,
    pub type_: Value,
    pub primary_key: bool,
    pub nullable: Option<bool>,
    pub server_default: Option<String>,
    pub autoincrement: Option<Value>,
    pub identity: Option<String>,
    pub foreign_keys: Vec<Obj>,
    pub index: bool,
    pub unique: bool,
    pub computed: Option<String>,
}

pub fn column_def(v: &Value) -> Option<ColumnDef> {
    let o = match v {
        Value::Object(o) if o.class == "Column" => o,
        _ => return None,
    };
    let mut name = None;
    let mut type_ = Value::path("NullType");
    let mut fks = Vec::new();
    let mut identity = None;
    let mut computed = None;
    for a in &o.args {
        match a {
            Value::Str(s) if name.is_none() => name = Some(s.to_string()),
            Value::Object(x) if x.class == "ForeignKey" => fks.push((**x).clone()),
            Value::Object(x) if x.class == "Identity" => {
                let always = matches!(x.kw("always"), Some(Value::Bool(true)));
                identity = Some(if always {
                    "GENERATED ALWAYS AS IDENTITY".to_string()
                } else {
                    "GENERATED BY DEFAULT AS IDENTITY".to_string()
                });
            }
            Value::Object(x) if x.class == "Computed" => {
                let e = x.args.first().map(expr_arg_bare).unwrap_or_default();
                computed = Some(format!("GENERATED ALWAYS AS ({e}) STORED"));
            }
            Value::Object(_) | Value::Path(_) => type_ = a.clone(),
            _ => {}
        }
    }
    if let Some(Value::Str(s)) = o.kw("name") {
        name = Some(s.to_string());
    }
    if let Some(t) = o.kw("type_") {
        type_ = t.clone();
    }
    let flag = |k: &str| o.kw(k).map(Value::truthy).unwrap_or(false);
    Some(ColumnDef {
        name: name.unwrap_or_default(),
        type_,
        primary_key: flag("primary_key"),
        nullable: o.kw("nullable").map(Value::truthy),
        server_default: o.kw("server_default").and_then(render_default),
        autoincrement: o.kw("autoincrement").cloned(),
        identity,
        foreign_keys: fks,
        index: flag("index"),
        unique: flag("unique"),
        computed,
    })
}

fn expr_arg_bare(v: &Value) -> String {
    match v {
        Value::Str(s) => s.to_string(),
        other => expr_arg(other),
    }
}

fn is_serial_candidate(c: &ColumnDef) -> Option<&'static str> {
    if c.identity.is_some() || c.server_default.is_some() || !c.foreign_keys.is_empty() {
        return None;
    }
    if matches!(c.autoincrement, Some(Value::Bool(false))) {
        return None;
    }
    match type_class(&c.type_).as_deref() {
        Some("Integer" | "INTEGER" | "INT") => Some("SERIAL"),
        Some("BigInteger" | "BIGINT") => Some("BIGSERIAL"),
        Some("SmallInteger" | "SMALLINT") => Some("SMALLSERIAL"),
        _ => None,
    }
}

/// `name TYPE [DEFAULT x] [NOT NULL]` as SQLAlchemy's column specification.
pub fn column_spec(c: &ColumnDef, in_pk: bool, serial: bool) -> String {
    let mut s = quote_ident(&c.name);
    s.push(' ');
    match (serial, is_serial_candidate(c)) {
        (true, Some(t)) => s.push_str(t),
        _ => s.push_str(&render_type(&c.type_)),
    }
    if let Some(d) = &c.server_default {
        s.push_str(" DEFAULT ");
        s.push_str(d);
    }
    if let Some(g) = &c.computed {
        s.push(' ');
        s.push_str(g);
    }
    if let Some(i) = &c.identity {
        s.push(' ');
        s.push_str(i);
        return s;
    }
    let nullable = c.nullable.unwrap_or(!(c.primary_key || in_pk));
    if !nullable {
        s.push_str(" NOT NULL");
    }
    s
}

fn names_of(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::Str(s)) => vec![s.to_string()],
        Some(v) => v
            .items()
            .unwrap_or_default()
            .iter()
            .map(|x| match x {
                Value::Object(o) if o.class == "Column" => {
                    column_def(x).map(|c| c.name).unwrap_or_default()
                }
                Value::Object(o) => render_expr_obj(o),
                other => other.to_py_str(),
            })
            .collect(),
        None => vec![],
    }
}

fn ident_list(cols: &[String]) -> String {
    cols.iter()
        .map(|c| quote_ident(c))
        .collect::<Vec<_>>()
        .join(", ")
}

fn fk_actions(o: &Obj) -> String {
    let mut s = String::new();
    if let Some(Value::Str(d)) = o.kw("ondelete") {
        s.push_str(&format!(" ON DELETE {d}"));
    }
    if let Some(Value::Str(u)) = o.kw("onupdate") {
        s.push_str(&format!(" ON UPDATE {u}"));
    }
    match o.kw("deferrable") {
        Some(Value::Bool(true)) => s.push_str(" DEFERRABLE"),
        Some(Value::Bool(false)) => s.push_str(" NOT DEFERRABLE"),
        _ => {}
    }
    if let Some(Value::Str(i)) = o.kw("initially") {
        s.push_str(&format!(" INITIALLY {i}"));
    }
    s
}

fn constraint_prefix(o: &Obj) -> String {
    match o.kw("name") {
        Some(Value::Str(n)) => format!("CONSTRAINT {} ", quote_ident(n)),
        _ => String::new(),
    }
}

/// `REFERENCES t (c)` from a `"table.col"` / `"schema.table.col"` target.
fn references(target: &str) -> (String, String) {
    let parts: Vec<&str> = target.split('.').collect();
    match parts.as_slice() {
        [t, c] => (quote_ident(t), quote_ident(c)),
        [s, t, c] => (
            format!("{}.{}", quote_ident(s), quote_ident(t)),
            quote_ident(c),
        ),
        _ => (quote_ident(target), String::new()),
    }
}

/// `op.create_table(name, *items, schema=…)`: CREATE TYPE for enums, CREATE TABLE, CREATE INDEX.
pub fn create_table(name: &str, items: &[Value], schema: Option<&str>) -> Vec<String> {
    let table = qualified(name, schema);
    let cols: Vec<ColumnDef> = items.iter().filter_map(column_def).collect();
    let mut out = Vec::new();
    for c in &cols {
        if let Some(t) = enum_to_create(&c.type_) {
            if !out.contains(&t) {
                out.push(t);
            }
        }
    }
    // The primary key: a PrimaryKeyConstraint, or the columns flagged primary_key.
    let pk_obj = items.iter().find_map(|v| match v {
        Value::Object(o) if o.class == "PrimaryKeyConstraint" => Some(o.clone()),
        _ => None,
    });
    let pk_cols: Vec<String> = match &pk_obj {
        Some(o) => o.args.iter().map(|a| a.to_py_str()).collect(),
        None => cols
            .iter()
            .filter(|c| c.primary_key)
            .map(|c| c.name.clone())
            .collect(),
    };
    let mut lines: Vec<String> = Vec::new();
    let single_pk = pk_cols.len() == 1;
    for c in &cols {
        let in_pk = pk_cols.contains(&c.name);
        lines.push(column_spec(c, in_pk, in_pk && single_pk));
    }
    if !pk_cols.is_empty() {
        let prefix = pk_obj
            .as_ref()
            .map(|o| constraint_prefix(o))
            .unwrap_or_default();
        lines.push(format!("{prefix}PRIMARY KEY ({})", ident_list(&pk_cols)));
    }
    let mut indexes = Vec::new();
    for v in items {
        let Value::Object(o) = v else { continue };
        match o.class.as_str() {
            "UniqueConstraint" => {
                let cols: Vec<String> = o.args.iter().map(|a| a.to_py_str()).collect();
                lines.push(format!(
                    "{}UNIQUE ({})",
                    constraint_prefix(o),
                    ident_list(&cols)
                ));
            }
            "ForeignKeyConstraint" => {
                let local = names_of(o.args.first());
                let remote = names_of(o.args.get(1));
                let (rt, _) = references(remote.first().map(String::as_str).unwrap_or(""));
                let rcols: Vec<String> = remote
                    .iter()
                    .map(|r| r.rsplit('.').next().unwrap_or(r).to_string())
                    .collect();
                lines.push(format!(
                    "{}FOREIGN KEY({}) REFERENCES {} ({}){}",
                    constraint_prefix(o),
                    ident_list(&local),
                    rt,
                    ident_list(&rcols),
                    fk_actions(o)
                ));
            }
            "CheckConstraint" => {
                let e = o.args.first().map(expr_arg_bare).unwrap_or_default();
                lines.push(format!("{}CHECK ({e})", constraint_prefix(o)));
            }
            "Index" => indexes.push(index_sql(o, name, schema)),
            _ => {}
        }
    }
    for c in &cols {
        for fk in &c.foreign_keys {
            let target = fk.args.first().map(|a| a.to_py_str()).unwrap_or_default();
            let (rt, rc) = references(&target);
            lines.push(format!(
                "{}FOREIGN KEY({}) REFERENCES {} ({}){}",
                constraint_prefix(fk),
                quote_ident(&c.name),
                rt,
                rc,
                fk_actions(fk)
            ));
        }
        if c.unique && !c.index {
            lines.push(format!("UNIQUE ({})", quote_ident(&c.name)));
        }
        if c.index {
            indexes.push(format!(
                "CREATE {}INDEX {} ON {} ({})",
                if c.unique { "UNIQUE " } else { "" },
                quote_ident(&format!("ix_{name}_{}", c.name)),
                table,
                quote_ident(&c.name)
            ));
        }
    }
    out.push(format!(
        "\nCREATE TABLE {table} (\n\t{}\n)\n\n",
        lines.join(", \n\t")
    ));
    out.extend(indexes);
    out
}

/// An `sa.Index("ix", "col", …, unique=…)` given inside create_table.
fn index_sql(o: &Obj, table: &str, schema: Option<&str>) -> String {
    let name = o.args.first().map(|a| a.to_py_str()).unwrap_or_default();
    let cols: Vec<Value> = o.args.iter().skip(1).cloned().collect();
    create_index(&name, table, &Value::list(cols), o, schema)
}

/// `op.create_index` / `sa.Index`: `CREATE [UNIQUE] INDEX [CONCURRENTLY] [IF NOT EXISTS] …`.
pub fn create_index(
    name: &str,
    table: &str,
    columns: &Value,
    kw: &Obj,
    schema: Option<&str>,
) -> String {
    let flag = |k: &str| kw.kw(k).map(Value::truthy).unwrap_or(false);
    let mut s = String::from("CREATE ");
    if flag("unique") {
        s.push_str("UNIQUE ");
    }
    s.push_str("INDEX ");
    if flag("postgresql_concurrently") {
        s.push_str("CONCURRENTLY ");
    }
    if flag("if_not_exists") {
        s.push_str("IF NOT EXISTS ");
    }
    s.push_str(&quote_ident(name));
    s.push_str(" ON ");
    s.push_str(&qualified(table, schema));
    if let Some(Value::Str(u)) = kw.kw("postgresql_using") {
        s.push_str(&format!(" USING {u}"));
    }
    let cols = match columns {
        Value::Str(c) => vec![quote_ident(c)],
        v => v
            .items()
            .unwrap_or_default()
            .iter()
            .map(|c| match c {
                Value::Str(c) => quote_ident(c),
                Value::Object(o) => render_expr_obj(o),
                other => other.to_py_str(),
            })
            .collect(),
    };
    s.push_str(&format!(" ({})", cols.join(", ")));
    if let Some(Value::Object(w)) = kw.kw("postgresql_where") {
        s.push_str(&format!(" WHERE {}", render_expr_obj(w)));
    } else if let Some(Value::Str(w)) = kw.kw("postgresql_where") {
        s.push_str(&format!(" WHERE {w}"));
    }
    s
}

/// `op.add_column`: the column, then its foreign keys, then its index.
pub fn add_column(table: &str, col: &Value, schema: Option<&str>) -> Vec<String> {
    let t = qualified(table, schema);
    let Some(c) = column_def(col) else {
        return vec![];
    };
    let mut out = vec![format!(
        "ALTER TABLE {t} ADD COLUMN {}",
        column_spec(&c, false, false)
    )];
    for fk in &c.foreign_keys {
        let target = fk.args.first().map(|a| a.to_py_str()).unwrap_or_default();
        let (rt, rc) = references(&target);
        out.push(format!(
            "ALTER TABLE {t} ADD {}FOREIGN KEY({}) REFERENCES {rt} ({rc}){}",
            constraint_prefix(fk),
            quote_ident(&c.name),
            fk_actions(fk)
        ));
    }
    if c.unique && !c.index {
        out.push(format!(
            "ALTER TABLE {t} ADD UNIQUE ({})",
            quote_ident(&c.name)
        ));
    }
    if c.index {
        out.push(format!(
            "CREATE {}INDEX {} ON {t} ({})",
            if c.unique { "UNIQUE " } else { "" },
            quote_ident(&format!("ix_{table}_{}", c.name)),
            quote_ident(&c.name)
        ));
    }
    out
}

/// `op.alter_column`: one statement per changed attribute, in Alembic's order.
pub fn alter_column(table: &str, column: &str, kw: &Obj, schema: Option<&str>) -> Vec<String> {
    let t = qualified(table, schema);
    let c = quote_ident(column);
    let mut out = Vec::new();
    if let Some(ty) = kw.kw("type_").filter(|v| !matches!(v, Value::None)) {
        let mut s = format!("ALTER TABLE {t} ALTER COLUMN {c} TYPE {}", render_type(ty));
        match kw.kw("postgresql_using") {
            Some(Value::Str(u)) => s.push_str(&format!(" USING {u}")),
            Some(Value::Object(o)) => s.push_str(&format!(" USING {}", render_expr_obj(o))),
            _ => {}
        }
        out.push(s);
    }
    match kw.kw("nullable") {
        Some(Value::Bool(true)) => {
            out.push(format!("ALTER TABLE {t} ALTER COLUMN {c} DROP NOT NULL"))
        }
        Some(Value::Bool(false)) => {
            out.push(format!("ALTER TABLE {t} ALTER COLUMN {c} SET NOT NULL"))
        }
        _ => {}
    }
    match kw.kw("server_default") {
        None | Some(Value::Bool(false)) => {}
        Some(Value::None) => out.push(format!("ALTER TABLE {t} ALTER COLUMN {c} DROP DEFAULT")),
        Some(v) => {
            if let Some(d) = render_default(v) {
                out.push(format!("ALTER TABLE {t} ALTER COLUMN {c} SET DEFAULT {d}"));
            }
        }
    }
    match kw.kw("comment") {
        None | Some(Value::Bool(false)) => {}
        Some(Value::None) => out.push(format!("COMMENT ON COLUMN {t}.{c} IS NULL")),
        Some(v) => out.push(format!("COMMENT ON COLUMN {t}.{c} IS {}", literal(v))),
    }
    if let Some(Value::Str(n)) = kw.kw("new_column_name") {
        out.push(format!("ALTER TABLE {t} RENAME {c} TO {}", quote_ident(n)));
    }
    out
}

/// `op.create_foreign_key`.
pub fn create_foreign_key(
    name: Option<&str>,
    source: &str,
    referent: &str,
    local: &Value,
    remote: &Value,
    kw: &Obj,
) -> String {
    let ss = kw.kw("source_schema").and_then(Value::as_str);
    let rs = kw.kw("referent_schema").and_then(Value::as_str);
    let prefix = name
        .map(|n| format!("CONSTRAINT {} ", quote_ident(n)))
        .unwrap_or_default();
    format!(
        "ALTER TABLE {} ADD {prefix}FOREIGN KEY({}) REFERENCES {} ({}){}",
        qualified(source, ss),
        ident_list(&names_of(Some(local))),
        qualified(referent, rs),
        ident_list(&names_of(Some(remote))),
        fk_actions(kw)
    )
}

/// `ADD [CONSTRAINT n] UNIQUE|PRIMARY KEY (cols)`.
pub fn add_constraint(
    table: &str,
    name: Option<&str>,
    kind: &str,
    cols: &Value,
    schema: Option<&str>,
) -> String {
    let prefix = name
        .map(|n| format!("CONSTRAINT {} ", quote_ident(n)))
        .unwrap_or_default();
    format!(
        "ALTER TABLE {} ADD {prefix}{kind} ({})",
        qualified(table, schema),
        ident_list(&names_of(Some(cols)))
    )
}

/// `op.bulk_insert`: one multi-row INSERT (online, psycopg2's insertmanyvalues).
pub fn bulk_insert(table: &Value, rows: &Value) -> Option<String> {
    let Value::Object(t) = table else { return None };
    let name = t.args.first()?.to_py_str();
    let schema = t.kw("schema").and_then(Value::as_str);
    let table_cols: Vec<String> = t
        .args
        .iter()
        .skip(1)
        .filter_map(|c| match c {
            Value::Object(o) => o.args.first().map(|a| a.to_py_str()),
            _ => None,
        })
        .collect();
    let rows = rows.items()?;
    let first = match rows.first()? {
        Value::Dict(d) => d.borrow().clone(),
        _ => return None,
    };
    let keys: Vec<String> = table_cols
        .iter()
        .filter(|c| first.iter().any(|(k, _)| k.as_str() == Some(c)))
        .cloned()
        .collect();
    let mut values = Vec::new();
    for r in &rows {
        let Value::Dict(d) = r else { return None };
        let d = d.borrow();
        let vals: Vec<String> = keys
            .iter()
            .map(|k| {
                d.iter()
                    .find(|(x, _)| x.as_str() == Some(k))
                    .map(|(_, v)| literal(v))
                    .unwrap_or_else(|| "NULL".into())
            })
            .collect();
        values.push(format!("({})", vals.join(", ")));
    }
    Some(format!(
        "INSERT INTO {} ({}) VALUES {}",
        qualified(&name, schema),
        ident_list(&keys),
        values.join(", ")
    ))
}
