//! Built-in types and system relations: what exists in every database without being created.

/// PostgreSQL's own name for a built-in type written as `written` (lower case, without
/// modifiers), e.g. `int` → `integer`, `timestamptz` → `timestamp with time zone`.
pub fn canonical_type(written: &str) -> Option<&'static str> {
    let w = written.trim();
    let w = w.strip_prefix("pg_catalog.").unwrap_or(w);
    Some(match w {
        "int" | "integer" | "int4" => "integer",
        "smallint" | "int2" => "smallint",
        "bigint" | "int8" => "bigint",
        "serial" | "serial4" => "serial",
        "bigserial" | "serial8" => "bigserial",
        "smallserial" | "serial2" => "smallserial",
        "real" | "float4" => "real",
        "double precision" | "float8" | "double" => "double precision",
        "float" => "double precision",
        "numeric" | "decimal" | "dec" => "numeric",
        "money" => "money",
        "text" => "text",
        "varchar" | "character varying" => "character varying",
        "char" | "character" | "bpchar" => "character",
        "\"char\"" => "\"char\"",
        "name" => "name",
        "bool" | "boolean" => "boolean",
        "bytea" => "bytea",
        "date" => "date",
        "time" | "time without time zone" => "time without time zone",
        "timetz" | "time with time zone" => "time with time zone",
        "timestamp" | "timestamp without time zone" => "timestamp without time zone",
        "timestamptz" | "timestamp with time zone" => "timestamp with time zone",
        "interval" => "interval",
        "uuid" => "uuid",
        "json" => "json",
        "jsonb" => "jsonb",
        "jsonpath" => "jsonpath",
        "xml" => "xml",
        "inet" => "inet",
        "cidr" => "cidr",
        "macaddr" => "macaddr",
        "macaddr8" => "macaddr8",
        "bit" => "bit",
        "varbit" | "bit varying" => "bit varying",
        "tsvector" => "tsvector",
        "tsquery" => "tsquery",
        "oid" => "oid",
        "regclass" => "regclass",
        "regproc" => "regproc",
        "regprocedure" => "regprocedure",
        "regtype" => "regtype",
        "regconfig" => "regconfig",
        "regnamespace" => "regnamespace",
        "regrole" => "regrole",
        "point" => "point",
        "line" => "line",
        "lseg" => "lseg",
        "box" => "box",
        "path" => "path",
        "polygon" => "polygon",
        "circle" => "circle",
        "int4range" => "int4range",
        "int8range" => "int8range",
        "numrange" => "numrange",
        "tsrange" => "tsrange",
        "tstzrange" => "tstzrange",
        "daterange" => "daterange",
        "int4multirange" => "int4multirange",
        "int8multirange" => "int8multirange",
        "nummultirange" => "nummultirange",
        "tsmultirange" => "tsmultirange",
        "tstzmultirange" => "tstzmultirange",
        "datemultirange" => "datemultirange",
        "pg_lsn" => "pg_lsn",
        "txid_snapshot" => "txid_snapshot",
        "pg_snapshot" => "pg_snapshot",
        "xid" => "xid",
        "xid8" => "xid8",
        "cid" => "cid",
        "tid" => "tid",
        "record" => "record",
        "trigger" => "trigger",
        "event_trigger" => "event_trigger",
        "void" => "void",
        "anyelement" => "anyelement",
        "anyarray" => "anyarray",
        "anynonarray" => "anynonarray",
        "anyenum" => "anyenum",
        "anyrange" => "anyrange",
        "anycompatible" => "anycompatible",
        "anycompatiblearray" => "anycompatiblearray",
        "internal" => "internal",
        "cstring" => "cstring",
        "language_handler" => "language_handler",
        "refcursor" => "refcursor",
        "unknown" => "unknown",
        _ => return None,
    })
}

/// Types that extensions add, by extension name.
pub fn extension_types(extension: &str) -> &'static [&'static str] {
    match extension {
        "citext" => &["citext"],
        "hstore" => &["hstore"],
        "ltree" => &["ltree", "lquery", "ltxtquery"],
        "postgis" => &["geometry", "geography", "box2d", "box3d"],
        "vector" => &["vector", "halfvec", "sparsevec"],
        "cube" => &["cube"],
        "isn" => &["isbn", "isbn13", "issn", "issn13", "ean13", "upc", "ismn", "ismn13"],
        "pg_trgm" => &["gtrgm"],
        "btree_gist" => &["gbtreekey4", "gbtreekey8", "gbtreekey16", "gbtreekey32", "gbtreekey_var"],
        "seg" => &["seg"],
        "intarray" => &["query_int"],
        _ => &[],
    }
}

/// Relations every database has in `pg_catalog` and `information_schema` that migrations query.
pub fn is_system_relation(schema: Option<&str>, name: &str) -> bool {
    match schema {
        Some("information_schema") => true,
        Some("pg_catalog") | None => {
            name.starts_with("pg_")
                && !name.starts_with("pg_temp")
                && (schema.is_some() || SYSTEM_RELATIONS.contains(&name))
        }
        _ => false,
    }
}

const SYSTEM_RELATIONS: &[&str] = &[
    "pg_class", "pg_attribute", "pg_namespace", "pg_type", "pg_index", "pg_indexes",
    "pg_constraint", "pg_tables", "pg_views", "pg_matviews", "pg_enum", "pg_proc", "pg_trigger",
    "pg_extension", "pg_depend", "pg_description", "pg_locks", "pg_stat_activity", "pg_settings",
    "pg_roles", "pg_user", "pg_database", "pg_sequences", "pg_sequence", "pg_attrdef", "pg_am",
    "pg_opclass", "pg_inherits", "pg_policy", "pg_policies", "pg_authid", "pg_auth_members",
    "pg_statistic", "pg_stats", "pg_stat_user_tables", "pg_stat_all_tables", "pg_statio_user_tables",
    "pg_stat_user_indexes", "pg_available_extensions", "pg_language", "pg_collation",
    "pg_tablespace", "pg_shdepend", "pg_rewrite", "pg_event_trigger", "pg_publication",
    "pg_publication_tables", "pg_subscription", "pg_replication_slots", "pg_foreign_table",
    "pg_partitioned_table", "pg_operator", "pg_cast", "pg_aggregate", "pg_range",
    "pg_prepared_xacts", "pg_timezone_names", "pg_stat_statements", "pg_largeobject",
];
