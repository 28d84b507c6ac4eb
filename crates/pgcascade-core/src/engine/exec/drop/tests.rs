//! DROP against recorded PostgreSQL behaviour (the case each test follows is named).

use crate::engine::{ServerConfig, Session};
use crate::response::{Outcome, Response};

fn session() -> Session {
    Session::new(ServerConfig { pg_version: 15 })
}

fn run(s: &mut Session, sql: &str) -> Response {
    s.execute(sql).response
}

fn ok(s: &mut Session, sql: &str) -> Response {
    let r = run(s, sql);
    assert_eq!(r.outcome, Outcome::Ok, "{sql}: {:?}", r.error);
    r
}

/// (SQLSTATE, message, detail, hint) of an error.
fn err(s: &mut Session, sql: &str) -> (String, String, Option<String>, Option<String>) {
    let r = run(s, sql);
    let e = r
        .error
        .unwrap_or_else(|| panic!("{sql}: expected an error"));
    (e.sqlstate, e.message, e.detail, e.hint)
}

fn notices(r: &Response) -> Vec<(String, Option<String>)> {
    r.notices
        .iter()
        .map(|n| (n.message.clone(), n.detail.clone()))
        .collect()
}

const CASCADE_HINT: &str = "Use DROP ... CASCADE to drop the dependent objects too.";

// tests/conformance/cases/060_drop_table_used_by_view.sql
#[test]
fn table_used_by_a_view() {
    let mut s = session();
    ok(&mut s, "CREATE TABLE orders (id int, total numeric);");
    ok(
        &mut s,
        "CREATE VIEW big_orders AS SELECT id FROM orders WHERE total > 100;",
    );
    let (code, msg, detail, hint) = err(&mut s, "DROP TABLE orders;");
    assert_eq!(code, "2BP01");
    assert_eq!(
        msg,
        "cannot drop table orders because other objects depend on it"
    );
    assert_eq!(
        detail.as_deref(),
        Some("view big_orders depends on table orders")
    );
    assert_eq!(hint.as_deref(), Some(CASCADE_HINT));
    let r = ok(&mut s, "DROP TABLE orders CASCADE;");
    assert_eq!(r.tag.as_deref(), Some("DROP TABLE"));
    assert_eq!(
        notices(&r),
        vec![("drop cascades to view big_orders".to_string(), None)]
    );
    let (code, msg, ..) = err(&mut s, "DROP VIEW big_orders;");
    assert_eq!(
        (code.as_str(), msg.as_str()),
        ("42P01", "view \"big_orders\" does not exist")
    );
}

// tests/conformance/cases/063_drop_cascade_many.sql
#[test]
fn cascade_to_many_objects_in_postgres_order() {
    let mut s = session();
    ok(&mut s, "CREATE TABLE base (id int PRIMARY KEY, v int);");
    ok(&mut s, "CREATE VIEW v1 AS SELECT id FROM base;");
    ok(&mut s, "CREATE VIEW v2 AS SELECT id FROM v1;");
    ok(&mut s, "CREATE TABLE refs (base_id int REFERENCES base);");
    ok(
        &mut s,
        "CREATE FUNCTION base_count() RETURNS bigint LANGUAGE sql BEGIN ATOMIC SELECT count(*) FROM base; END;",
    );
    let (code, _, detail, _) = err(&mut s, "DROP TABLE base;");
    assert_eq!(code, "2BP01");
    assert_eq!(
        detail.as_deref(),
        Some(
            "view v1 depends on table base\nview v2 depends on view v1\nconstraint refs_base_id_fkey on table refs depends on table base\nfunction base_count() depends on table base"
        )
    );
    let r = ok(&mut s, "DROP TABLE base CASCADE;");
    assert_eq!(
        notices(&r),
        vec![(
            "drop cascades to 4 other objects".to_string(),
            Some("drop cascades to view v1\ndrop cascades to view v2\ndrop cascades to constraint refs_base_id_fkey on table refs\ndrop cascades to function base_count()".to_string())
        )]
    );
    let r = ok(&mut s, "DROP VIEW IF EXISTS v1, v2;");
    assert_eq!(
        notices(&r),
        vec![
            ("view \"v1\" does not exist, skipping".to_string(), None),
            ("view \"v2\" does not exist, skipping".to_string(), None)
        ]
    );
}

// tests/conformance/cases/061_drop_table_referenced_by_fk.sql
#[test]
fn cascade_drops_only_the_foreign_key() {
    let mut s = session();
    ok(&mut s, "CREATE TABLE teams (id int PRIMARY KEY);");
    ok(
        &mut s,
        "CREATE TABLE players (id int, team_id int REFERENCES teams);",
    );
    let (_, _, detail, _) = err(&mut s, "DROP TABLE teams;");
    assert_eq!(
        detail.as_deref(),
        Some("constraint players_team_id_fkey on table players depends on table teams")
    );
    let r = ok(&mut s, "DROP TABLE teams CASCADE;");
    assert_eq!(
        notices(&r),
        vec![(
            "drop cascades to constraint players_team_id_fkey on table players".to_string(),
            None
        )]
    );
    assert!(s.catalog().relations.keys().any(|q| q.name == "players"));
    assert!(s.catalog().relations.values().all(|r| r
        .constraints
        .iter()
        .all(|c| c.name != "players_team_id_fkey")));
}

// tests/conformance/cases/501_drop_relation_kinds.sql
#[test]
fn missing_and_wrong_kinds() {
    let mut s = session();
    ok(&mut s, "CREATE TABLE t (id int PRIMARY KEY, v int);");
    ok(&mut s, "CREATE SEQUENCE sq;");
    ok(&mut s, "CREATE VIEW v AS SELECT id FROM t;");
    ok(&mut s, "CREATE MATERIALIZED VIEW mv AS SELECT id FROM t;");
    ok(&mut s, "CREATE INDEX t_v_idx ON t (v);");
    let cases = [
        (
            "DROP TABLE nope;",
            "42P01",
            "table \"nope\" does not exist",
            None,
        ),
        (
            "DROP INDEX nope;",
            "42704",
            "index \"nope\" does not exist",
            None,
        ),
        (
            "DROP SEQUENCE nope;",
            "42P01",
            "sequence \"nope\" does not exist",
            None,
        ),
        (
            "DROP MATERIALIZED VIEW nope;",
            "42P01",
            "materialized view \"nope\" does not exist",
            None,
        ),
        (
            "DROP TABLE nosch.nope;",
            "3F000",
            "schema \"nosch\" does not exist",
            None,
        ),
        (
            "DROP INDEX t;",
            "42809",
            "\"t\" is not an index",
            Some("Use DROP TABLE to remove a table."),
        ),
        (
            "DROP TABLE sq;",
            "42809",
            "\"sq\" is not a table",
            Some("Use DROP SEQUENCE to remove a sequence."),
        ),
        (
            "DROP TABLE t_v_idx;",
            "42809",
            "\"t_v_idx\" is not a table",
            Some("Use DROP INDEX to remove an index."),
        ),
        (
            "DROP VIEW mv;",
            "42809",
            "\"mv\" is not a view",
            Some("Use DROP MATERIALIZED VIEW to remove a materialized view."),
        ),
        (
            "DROP TYPE t;",
            "2BP01",
            "cannot drop type t because table t requires it",
            Some("You can drop table t instead."),
        ),
        (
            "DROP TABLE t, nope;",
            "42P01",
            "table \"nope\" does not exist",
            None,
        ),
        (
            "DROP INDEX t_pkey;",
            "2BP01",
            "cannot drop index t_pkey because constraint t_pkey on table t requires it",
            Some("You can drop constraint t_pkey on table t instead."),
        ),
        (
            "DROP INDEX t_pkey CASCADE;",
            "2BP01",
            "cannot drop index t_pkey because constraint t_pkey on table t requires it",
            Some("You can drop constraint t_pkey on table t instead."),
        ),
        (
            "DROP FOREIGN TABLE nope;",
            "42704",
            "foreign table \"nope\" does not exist",
            None,
        ),
    ];
    for (sql, code, msg, hint) in cases {
        let (c, m, _, h) = err(&mut s, sql);
        assert_eq!(
            (c.as_str(), m.as_str(), h.as_deref()),
            (code, msg, hint),
            "{sql}"
        );
    }
    let r = ok(&mut s, "DROP TABLE IF EXISTS nosch.nope;");
    assert_eq!(
        notices(&r),
        vec![(
            "schema \"nosch\" does not exist, skipping".to_string(),
            None
        )]
    );
    // the notice of the missing name comes with the error of the other
    let r = run(&mut s, "DROP TABLE IF EXISTS nope, t;");
    assert_eq!(r.error.as_ref().map(|e| e.sqlstate.as_str()), Some("2BP01"));
    assert_eq!(
        r.error.clone().and_then(|e| e.detail).as_deref(),
        Some("view v depends on table t\nmaterialized view mv depends on table t")
    );
    assert_eq!(
        notices(&r),
        vec![("table \"nope\" does not exist, skipping".to_string(), None)]
    );
}

// tests/conformance/cases/502_drop_dependents_order.sql
#[test]
fn several_objects_and_sequences() {
    let mut s = session();
    ok(&mut s, "CREATE TABLE a (id int PRIMARY KEY);");
    ok(
        &mut s,
        "CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a);",
    );
    ok(&mut s, "CREATE VIEW vb AS SELECT id FROM b;");
    let (code, msg, detail, _) = err(&mut s, "DROP TABLE a, b;");
    assert_eq!(code, "2BP01");
    assert_eq!(
        msg,
        "cannot drop desired object(s) because other objects depend on them"
    );
    assert_eq!(detail.as_deref(), Some("view vb depends on table b"));
    let r = ok(&mut s, "DROP TABLE a, b CASCADE;");
    assert_eq!(
        notices(&r),
        vec![("drop cascades to view vb".to_string(), None)]
    );
    ok(&mut s, "CREATE TABLE jobs (id serial, name text);");
    let (_, msg, detail, _) = err(&mut s, "DROP SEQUENCE jobs_id_seq;");
    assert_eq!(
        msg,
        "cannot drop sequence jobs_id_seq because other objects depend on it"
    );
    assert_eq!(
        detail.as_deref(),
        Some("default value for column id of table jobs depends on sequence jobs_id_seq")
    );
    ok(
        &mut s,
        "CREATE TABLE runs (id int GENERATED ALWAYS AS IDENTITY);",
    );
    let (code, msg, _, hint) = err(&mut s, "DROP SEQUENCE runs_id_seq CASCADE;");
    assert_eq!(code, "2BP01");
    assert_eq!(
        msg,
        "cannot drop sequence runs_id_seq because column id of table runs requires it"
    );
    assert_eq!(
        hint.as_deref(),
        Some("You can drop column id of table runs instead.")
    );
    ok(&mut s, "CREATE SEQUENCE free_seq;");
    ok(
        &mut s,
        "CREATE TABLE uses (id int DEFAULT nextval('free_seq'));",
    );
    let (_, _, detail, _) = err(&mut s, "DROP SEQUENCE free_seq;");
    assert_eq!(
        detail.as_deref(),
        Some("default value for column id of table uses depends on sequence free_seq")
    );
    ok(&mut s, "CREATE SEQUENCE owned_seq OWNED BY uses.id;");
    ok(&mut s, "DROP TABLE uses;");
    assert!(!s.catalog().relations.keys().any(|q| q.name == "owned_seq"));
}

// tests/conformance/cases/502_drop_dependents_order.sql
#[test]
fn schema_with_every_kind_of_object() {
    let mut s = session();
    for sql in [
        "CREATE SCHEMA s;",
        "CREATE TABLE s.t1 (id serial PRIMARY KEY, tag text);",
        "CREATE TYPE s.mood AS ENUM ('a');",
        "CREATE DOMAIN s.dom AS int;",
        "CREATE FUNCTION s.f(x int) RETURNS int LANGUAGE sql AS 'select 1';",
        "CREATE SEQUENCE s.sq;",
        "CREATE VIEW s.v AS SELECT * FROM s.t1;",
        "CREATE INDEX t1_tag ON s.t1 (tag);",
        "CREATE TYPE s.comp AS (a int);",
        "CREATE VIEW public.pv AS SELECT id FROM s.t1;",
    ] {
        ok(&mut s, sql);
    }
    let (_, msg, detail, _) = err(&mut s, "DROP SCHEMA s;");
    assert_eq!(
        msg,
        "cannot drop schema s because other objects depend on it"
    );
    assert_eq!(
        detail.as_deref(),
        Some("table s.t1 depends on schema s\nview pv depends on table s.t1\ntype s.mood depends on schema s\ntype s.dom depends on schema s\nfunction s.f(integer) depends on schema s\nsequence s.sq depends on schema s\nview s.v depends on schema s\ntype s.comp depends on schema s")
    );
    let r = ok(&mut s, "DROP SCHEMA s CASCADE;");
    assert_eq!(
        notices(&r),
        vec![(
            "drop cascades to 8 other objects".to_string(),
            Some("drop cascades to table s.t1\ndrop cascades to view pv\ndrop cascades to type s.mood\ndrop cascades to type s.dom\ndrop cascades to function s.f(integer)\ndrop cascades to sequence s.sq\ndrop cascades to view s.v\ndrop cascades to type s.comp".to_string())
        )]
    );
    assert!(s.catalog().relations.is_empty());
    assert!(s.catalog().types.is_empty());
    assert!(s.catalog().functions.is_empty());
}

// tests/conformance/cases/508_drop_dependent_descriptions.sql
#[test]
fn type_users_arrays_composites_domains_functions() {
    let mut s = session();
    for sql in [
        "CREATE TYPE mood AS ENUM ('a', 'b');",
        "CREATE TABLE arr (id int, moods mood[], m mood);",
        "CREATE TYPE pair AS (x mood, y int);",
        "CREATE DOMAIN dmood AS mood;",
        "CREATE FUNCTION fm(m mood) RETURNS mood LANGUAGE sql AS 'select m';",
        "CREATE FUNCTION fm2() RETURNS SETOF mood LANGUAGE sql AS 'select ''a''::mood';",
        "CREATE VIEW vm AS SELECT m FROM arr;",
    ] {
        ok(&mut s, sql);
    }
    let (_, _, detail, _) = err(&mut s, "DROP TYPE mood;");
    assert_eq!(
        detail.as_deref(),
        Some("column moods of table arr depends on type mood[]\ncolumn m of table arr depends on type mood\nview vm depends on column m of table arr\ncolumn x of composite type pair depends on type mood\ntype dmood depends on type mood\nfunction fm(mood) depends on type mood\nfunction fm2() depends on type mood")
    );
    let r = ok(&mut s, "DROP TYPE mood CASCADE;");
    assert_eq!(r.notices[0].message, "drop cascades to 7 other objects");
    let arr = s
        .catalog()
        .relations
        .values()
        .find(|r| r.name.name == "arr")
        .expect("arr stays");
    assert_eq!(
        arr.live_columns()
            .map(|c| c.name.as_str())
            .collect::<Vec<_>>(),
        vec!["id"]
    );
}

// tests/conformance/cases/508_drop_dependent_descriptions.sql
#[test]
fn quoted_names_other_schemas_and_extension_members() {
    let mut s = session();
    ok(&mut s, "CREATE TABLE \"Order\" (id int PRIMARY KEY);");
    ok(
        &mut s,
        "CREATE VIEW \"Order View\" AS SELECT id FROM \"Order\";",
    );
    ok(
        &mut s,
        "CREATE TABLE \"user\" (oid2 int REFERENCES \"Order\");",
    );
    let (_, msg, detail, _) = err(&mut s, "DROP TABLE \"Order\";");
    assert_eq!(
        msg,
        "cannot drop table \"Order\" because other objects depend on it"
    );
    assert_eq!(
        detail.as_deref(),
        Some("view \"Order View\" depends on table \"Order\"\nconstraint user_oid2_fkey on table \"user\" depends on table \"Order\"")
    );
    ok(&mut s, "CREATE TABLE k (id int);");
    ok(&mut s, "CREATE SCHEMA other;");
    ok(
        &mut s,
        "CREATE FUNCTION other.trg() RETURNS trigger LANGUAGE plpgsql AS 'begin return new; end';",
    );
    ok(
        &mut s,
        "CREATE TRIGGER t1 BEFORE INSERT ON k FOR EACH ROW EXECUTE FUNCTION other.trg();",
    );
    ok(
        &mut s,
        "CREATE FUNCTION other.f(a int, b text) RETURNS int LANGUAGE sql AS 'select 1';",
    );
    ok(
        &mut s,
        "ALTER TABLE k ADD COLUMN v int DEFAULT other.f(1, 'x');",
    );
    let (_, _, detail, _) = err(&mut s, "DROP SCHEMA other;");
    assert_eq!(
        detail.as_deref(),
        Some("function other.trg() depends on schema other\ntrigger t1 on table k depends on function other.trg()\nfunction other.f(integer,text) depends on schema other\ndefault value for column v of table k depends on function other.f(integer,text)")
    );
    ok(&mut s, "CREATE EXTENSION pgcrypto;");
    ok(
        &mut s,
        "CREATE TABLE h (pw text CHECK (pw <> crypt('x', 'y')));",
    );
    let (_, _, detail, _) = err(&mut s, "DROP EXTENSION pgcrypto;");
    assert_eq!(
        detail.as_deref(),
        Some("constraint h_pw_check on table h depends on function crypt(text,text)")
    );
    let (_, msg, _, hint) = err(&mut s, "DROP FUNCTION crypt(text, text);");
    assert_eq!(
        msg,
        "cannot drop function crypt(text,text) because extension pgcrypto requires it"
    );
    assert_eq!(
        hint.as_deref(),
        Some("You can drop extension pgcrypto instead.")
    );
}

// tests/conformance/cases/065_drop_type_used_by_column.sql
#[test]
fn type_and_domain_used_by_columns() {
    let mut s = session();
    ok(&mut s, "CREATE TYPE priority AS ENUM ('low', 'high');");
    ok(&mut s, "CREATE DOMAIN short_text AS varchar(10);");
    ok(
        &mut s,
        "CREATE TABLE tasks (id int, p priority, label short_text);",
    );
    let (_, _, detail, _) = err(&mut s, "DROP TYPE priority;");
    assert_eq!(
        detail.as_deref(),
        Some("column p of table tasks depends on type priority")
    );
    let r = ok(&mut s, "DROP TYPE priority CASCADE;");
    assert_eq!(
        notices(&r),
        vec![("drop cascades to column p of table tasks".to_string(), None)]
    );
    let (_, msg, detail, _) = err(&mut s, "DROP TYPE short_text;");
    assert_eq!(
        msg,
        "cannot drop type short_text because other objects depend on it"
    );
    assert_eq!(
        detail.as_deref(),
        Some("column label of table tasks depends on type short_text")
    );
    let r = ok(&mut s, "DROP DOMAIN short_text CASCADE;");
    assert_eq!(r.tag.as_deref(), Some("DROP DOMAIN"));
    let r = ok(&mut s, "DROP TYPE IF EXISTS priority;");
    assert_eq!(
        notices(&r),
        vec![(
            "type \"priority\" does not exist, skipping".to_string(),
            None
        )]
    );
}

// tests/conformance/cases/066_drop_function_dependencies.sql
#[test]
fn function_used_by_trigger_and_default() {
    let mut s = session();
    ok(
        &mut s,
        "CREATE TABLE log (id int, at_label text DEFAULT 'x');",
    );
    ok(
        &mut s,
        "CREATE FUNCTION label_default() RETURNS text LANGUAGE sql AS $$ SELECT 'default-label' $$;",
    );
    ok(
        &mut s,
        "ALTER TABLE log ALTER COLUMN at_label SET DEFAULT label_default();",
    );
    ok(
        &mut s,
        "CREATE FUNCTION log_trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;",
    );
    ok(
        &mut s,
        "CREATE TRIGGER log_before BEFORE INSERT ON log FOR EACH ROW EXECUTE FUNCTION log_trg();",
    );
    let (_, msg, detail, _) = err(&mut s, "DROP FUNCTION log_trg();");
    assert_eq!(
        msg,
        "cannot drop function log_trg() because other objects depend on it"
    );
    assert_eq!(
        detail.as_deref(),
        Some("trigger log_before on table log depends on function log_trg()")
    );
    let (_, _, detail, _) = err(&mut s, "DROP FUNCTION label_default();");
    assert_eq!(
        detail.as_deref(),
        Some("default value for column at_label of table log depends on function label_default()")
    );
    let r = ok(&mut s, "DROP FUNCTION log_trg() CASCADE;");
    assert_eq!(
        notices(&r),
        vec![(
            "drop cascades to trigger log_before on table log".to_string(),
            None
        )]
    );
    let r = ok(&mut s, "DROP FUNCTION label_default() CASCADE;");
    assert_eq!(
        notices(&r),
        vec![(
            "drop cascades to default value for column at_label of table log".to_string(),
            None
        )]
    );
}

// tests/conformance/cases/037_functions_replace.sql, 126_err_undefined_function.sql,
// 504_functions_create_replace_drop.sql
#[test]
fn drop_function_lookups() {
    let mut s = session();
    ok(
        &mut s,
        "CREATE FUNCTION score(p int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT p * 2 $$;",
    );
    ok(
        &mut s,
        "CREATE FUNCTION score(p text) RETURNS int LANGUAGE sql AS $$ SELECT length(p) $$;",
    );
    let (code, msg, _, hint) = err(&mut s, "DROP FUNCTION score;");
    assert_eq!(code, "42725");
    assert_eq!(msg, "function name \"score\" is not unique");
    assert_eq!(
        hint.as_deref(),
        Some("Specify the argument list to select the function unambiguously.")
    );
    let (code, msg, ..) = err(&mut s, "DROP FUNCTION score(numeric);");
    assert_eq!(
        (code.as_str(), msg.as_str()),
        ("42883", "function score(numeric) does not exist")
    );
    ok(&mut s, "DROP FUNCTION score(text);");
    ok(&mut s, "DROP FUNCTION score;");
    let (_, msg, ..) = err(&mut s, "DROP FUNCTION thrice;");
    assert_eq!(msg, "could not find a function named \"thrice\"");
    let r = ok(&mut s, "DROP FUNCTION IF EXISTS thrice(int);");
    assert_eq!(
        notices(&r),
        vec![(
            "function thrice(pg_catalog.int4) does not exist, skipping".to_string(),
            None
        )]
    );
    let r = ok(&mut s, "DROP FUNCTION IF EXISTS nosuch(varchar, integer, boolean, timestamptz, timestamp with time zone, text[], numeric(10,2), double precision, \"char\", bigint, smallint, real, float, decimal, char(3), character varying(5), bool, int4, date, uuid, jsonb, time, interval, bit, bytea);");
    assert_eq!(r.notices[0].message, "function nosuch(pg_catalog.varchar,pg_catalog.int4,pg_catalog.bool,timestamptz,pg_catalog.timestamptz,text[],pg_catalog.numeric,pg_catalog.float8,char,pg_catalog.int8,pg_catalog.int2,pg_catalog.float4,pg_catalog.float8,pg_catalog.numeric,pg_catalog.bpchar,pg_catalog.varchar,bool,int4,date,uuid,jsonb,pg_catalog.time,pg_catalog.interval,pg_catalog.bit,bytea) does not exist, skipping");
    let (_, msg, ..) = err(&mut s, "DROP FUNCTION nosuch(varchar, integer, boolean, timestamptz, timestamp with time zone, text[], numeric(10,2), double precision, \"char\", bigint, smallint, real, float, decimal, char(3), character varying(5), bool, int4, date, uuid, jsonb, time, interval, bit, bytea);");
    assert_eq!(msg, "function nosuch(character varying, integer, boolean, timestamp with time zone, timestamp with time zone, text[], numeric, double precision, \"char\", bigint, smallint, real, double precision, numeric, character, character varying, boolean, integer, date, uuid, jsonb, time without time zone, interval, bit, bytea) does not exist");
    let (code, msg, ..) = err(&mut s, "DROP FUNCTION f1(int, nosuchtype);");
    assert_eq!(
        (code.as_str(), msg.as_str()),
        ("42704", "type \"nosuchtype\" does not exist")
    );
    let r = ok(&mut s, "DROP FUNCTION IF EXISTS f1(int, nosuchtype);");
    assert_eq!(
        notices(&r),
        vec![(
            "type \"nosuchtype\" does not exist, skipping".to_string(),
            None
        )]
    );
    ok(
        &mut s,
        "CREATE FUNCTION out1(IN a int, OUT b text, INOUT c int) LANGUAGE sql AS 'select ''x''::text, 1';",
    );
    let (_, msg, ..) = err(&mut s, "DROP FUNCTION out1(int, text);");
    assert_eq!(msg, "function out1(integer, text) does not exist");
    ok(&mut s, "DROP FUNCTION out1(int, int);");
}

// tests/conformance/cases/038_triggers.sql, 133_if_exists_notices_drop.sql
#[test]
fn drop_trigger() {
    let mut s = session();
    ok(&mut s, "CREATE TABLE docs (id int);");
    let r = ok(&mut s, "DROP TRIGGER IF EXISTS nope_trg ON docs;");
    assert_eq!(
        notices(&r),
        vec![(
            "trigger \"nope_trg\" for relation \"docs\" does not exist, skipping".to_string(),
            None
        )]
    );
    let (code, msg, ..) = err(&mut s, "DROP TRIGGER nope_trg ON docs;");
    assert_eq!(
        (code.as_str(), msg.as_str()),
        (
            "42704",
            "trigger \"nope_trg\" for table \"docs\" does not exist"
        )
    );
    let r = ok(&mut s, "DROP TRIGGER IF EXISTS no_trg ON no_table;");
    assert_eq!(
        notices(&r),
        vec![(
            "relation \"no_table\" does not exist, skipping".to_string(),
            None
        )]
    );
}

// tests/conformance/cases/022_schema_drop_nonempty.sql, 506_extensions_schemas_sequences.sql
#[test]
fn schemas_and_extensions() {
    let mut s = session();
    ok(&mut s, "CREATE SCHEMA reporting;");
    ok(&mut s, "CREATE TABLE reporting.daily (d date);");
    ok(
        &mut s,
        "CREATE VIEW reporting.v_daily AS SELECT d FROM reporting.daily;",
    );
    let (_, _, detail, _) = err(&mut s, "DROP SCHEMA reporting;");
    assert_eq!(
        detail.as_deref(),
        Some("table reporting.daily depends on schema reporting\nview reporting.v_daily depends on schema reporting")
    );
    ok(&mut s, "DROP SCHEMA reporting CASCADE;");
    let (code, msg, ..) = err(&mut s, "DROP SCHEMA reporting;");
    assert_eq!(
        (code.as_str(), msg.as_str()),
        ("3F000", "schema \"reporting\" does not exist")
    );
    ok(&mut s, "CREATE SCHEMA ext;");
    ok(&mut s, "CREATE EXTENSION citext SCHEMA ext;");
    ok(&mut s, "CREATE TABLE c (e ext.citext);");
    let (_, _, detail, _) = err(&mut s, "DROP EXTENSION citext;");
    assert_eq!(
        detail.as_deref(),
        Some("column e of table c depends on type ext.citext")
    );
    ok(&mut s, "CREATE EXTENSION earthdistance CASCADE;");
    let (_, _, detail, _) = err(&mut s, "DROP EXTENSION cube;");
    assert_eq!(
        detail.as_deref(),
        Some("extension earthdistance depends on extension cube")
    );
    let r = ok(&mut s, "DROP SCHEMA ext CASCADE;");
    assert_eq!(
        notices(&r),
        vec![(
            "drop cascades to 2 other objects".to_string(),
            Some(
                "drop cascades to extension citext\ndrop cascades to column e of table c"
                    .to_string()
            )
        )]
    );
    let (code, msg, ..) = err(&mut s, "DROP EXTENSION nosuch;");
    assert_eq!(
        (code.as_str(), msg.as_str()),
        ("42704", "extension \"nosuch\" does not exist")
    );
}

// tests/conformance/cases/510_view_names_and_joins.sql: dropping a column through
// `drop_objects` (what ALTER TABLE … DROP COLUMN needs) describes and orders its dependents as
// PostgreSQL does
#[test]
fn drop_column_through_drop_objects() {
    let mut s = session();
    for sql in [
        "CREATE TABLE a (id int, x text);",
        "CREATE TABLE b (id int, y text);",
        "CREATE VIEW v_using AS SELECT * FROM a JOIN b USING (id);",
        "CREATE VIEW v_natural AS SELECT * FROM a NATURAL JOIN b;",
        "CREATE VIEW v_lateral AS SELECT a.id, l.n FROM a, LATERAL (SELECT count(*) AS n FROM b WHERE b.id = a.id) l;",
        "CREATE VIEW v_row AS SELECT a FROM a;",
        "CREATE VIEW v_case AS SELECT CASE WHEN id > 0 THEN 1 END, coalesce(x, 'a'), (SELECT max(y) FROM b) FROM a;",
        "CREATE VIEW v_nested AS SELECT u.id FROM v_using u WHERE u.y IS NOT NULL;",
    ] {
        ok(&mut s, sql);
    }
    let mut catalog = s.catalog().clone();
    let mut settings = s.settings().clone();
    let mut effects = crate::engine::exec::TxEffects::default();
    let mut oid = 100_000;
    let mut ctx = crate::engine::exec::Ctx {
        text: "ALTER TABLE b DROP COLUMN y;",
        ctes: Vec::new(),
        catalog: &mut catalog,
        settings: &mut settings,
        effects: &mut effects,
        notices: Vec::new(),
        pg_version: 15,
        in_block: false,
        explicit_block: false,
        next_oid: &mut oid,
        data_dependent: None,
        coverage: crate::trace::Coverage::Full,
    };
    let b = crate::catalog::QualName::new("public", "b");
    let e = super::drop_objects(&mut ctx, &[super::Obj::Column(b, "y".into())], false)
        .expect_err("2BP01");
    assert_eq!(
        e.message,
        "cannot drop column y of table b because other objects depend on it"
    );
    assert_eq!(
        e.detail.as_deref(),
        Some("view v_using depends on column y of table b\nview v_nested depends on view v_using\nview v_natural depends on column y of table b\nview v_case depends on column y of table b")
    );
    let (_, _, detail, _) = err(&mut s, "DROP TABLE b;");
    assert_eq!(
        detail.as_deref(),
        Some("view v_using depends on table b\nview v_nested depends on view v_using\nview v_natural depends on table b\nview v_lateral depends on table b\nview v_case depends on table b")
    );
}

// tests/conformance/cases/512_types_vs_relations_and_pinned.sql
#[test]
fn pinned_objects() {
    let mut s = session();
    let (code, msg, _, hint) = err(&mut s, "DROP TYPE integer;");
    assert_eq!(
        (code.as_str(), msg.as_str(), hint),
        (
            "2BP01",
            "cannot drop type integer because it is required by the database system",
            None
        )
    );
    let (code, msg, ..) = err(&mut s, "DROP SCHEMA pg_catalog;");
    assert_eq!(
        (code.as_str(), msg.as_str()),
        (
            "2BP01",
            "cannot drop schema pg_catalog because it is required by the database system"
        )
    );
    let (code, msg, ..) = err(&mut s, "ALTER TYPE nosch.x ADD VALUE 'a';");
    assert_eq!(
        (code.as_str(), msg.as_str()),
        ("3F000", "schema \"nosch\" does not exist")
    );
}
