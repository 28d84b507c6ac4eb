//! Views, schemas, sequences, functions, triggers, extensions and comments against recorded
//! PostgreSQL behaviour (the case each test follows is named).

use crate::engine::{ServerConfig, Session};
use crate::response::{Outcome, Response};

fn session(pg_version: u32) -> Session {
    Session::new(ServerConfig { pg_version })
}

fn ok(s: &mut Session, sql: &str) -> Response {
    let r = s.execute(sql).response;
    assert_eq!(r.outcome, Outcome::Ok, "{sql}: {:?}", r.error);
    r
}

/// (SQLSTATE, message, detail, hint, position) of an error.
type Err5 = (
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
);

fn err(s: &mut Session, sql: &str) -> Err5 {
    let r = s.execute(sql).response;
    let e = r
        .error
        .unwrap_or_else(|| panic!("{sql}: expected an error"));
    (e.sqlstate, e.message, e.detail, e.hint, e.position)
}

fn first_notice(r: &Response) -> (String, String) {
    let n = r.notices.first().expect("a notice");
    (n.sqlstate.clone(), n.message.clone())
}

// tests/conformance/cases/033_views_replace.sql
#[test]
fn create_or_replace_view_rules() {
    let mut s = session(15);
    ok(
        &mut s,
        "CREATE TABLE staff (id int, name text, salary numeric);",
    );
    ok(
        &mut s,
        "CREATE VIEW staff_public AS SELECT id, name FROM staff;",
    );
    ok(
        &mut s,
        "CREATE OR REPLACE VIEW staff_public AS SELECT id, name, salary FROM staff;",
    );
    let (code, msg, ..) = err(
        &mut s,
        "CREATE OR REPLACE VIEW staff_public AS SELECT id FROM staff;",
    );
    assert_eq!(
        (code.as_str(), msg.as_str()),
        ("42P16", "cannot drop columns from view")
    );
    let (code, msg, _, hint, _) = err(
        &mut s,
        "CREATE OR REPLACE VIEW staff_public AS SELECT id, name AS full_name, salary FROM staff;",
    );
    assert_eq!(code, "42P16");
    assert_eq!(
        msg,
        "cannot change name of view column \"name\" to \"full_name\""
    );
    assert_eq!(
        hint.as_deref(),
        Some("Use ALTER VIEW ... RENAME COLUMN ... to change name of view column instead.")
    );
    let (_, msg, ..) = err(
        &mut s,
        "CREATE OR REPLACE VIEW staff_public AS SELECT id, name::varchar AS name, salary FROM staff;",
    );
    assert_eq!(
        msg,
        "cannot change data type of view column \"name\" from text to character varying"
    );
    let (code, msg, ..) = err(&mut s, "CREATE VIEW staff_public AS SELECT 1 AS x;");
    assert_eq!(
        (code.as_str(), msg.as_str()),
        ("42P07", "relation \"staff_public\" already exists")
    );
}

// tests/conformance/cases/507_views_columns_replace.sql
#[test]
fn view_columns_and_matview_tags() {
    let mut s = session(15);
    ok(
        &mut s,
        "CREATE TABLE t (id int, name text, n numeric(10,2), vc varchar(20));",
    );
    let r = ok(&mut s, "CREATE MATERIALIZED VIEW mv2 AS SELECT 1 AS one;");
    assert_eq!(r.tag.as_deref(), Some("SELECT 1"));
    let r = ok(
        &mut s,
        "CREATE MATERIALIZED VIEW IF NOT EXISTS mv2 AS SELECT 1;",
    );
    assert_eq!(r.tag.as_deref(), Some("CREATE MATERIALIZED VIEW"));
    assert_eq!(
        first_notice(&r),
        (
            "42P07".to_string(),
            "relation \"mv2\" already exists, skipping".to_string()
        )
    );
    let cases = [
        (
            "CREATE VIEW v_missing AS SELECT * FROM nosuch;",
            "42P01",
            "relation \"nosuch\" does not exist",
            Some("40"),
        ),
        (
            "CREATE VIEW v_missing AS SELECT nosuch FROM t;",
            "42703",
            "column \"nosuch\" does not exist",
            Some("33"),
        ),
        (
            "CREATE VIEW v_missing AS SELECT t.nosuch FROM t;",
            "42703",
            "column t.nosuch does not exist",
            Some("33"),
        ),
        (
            "CREATE VIEW v_dup AS SELECT id, id FROM t;",
            "42701",
            "column \"id\" specified more than once",
            None,
        ),
        (
            "CREATE VIEW v_dup AS SELECT 1, 2;",
            "42701",
            "column \"?column?\" specified more than once",
            None,
        ),
        (
            "CREATE VIEW v_cols2 (a, b, c) AS SELECT id FROM t;",
            "42601",
            "CREATE VIEW specifies more column names than columns",
            None,
        ),
        (
            "CREATE VIEW nosch.v AS SELECT 1;",
            "3F000",
            "schema \"nosch\" does not exist",
            None,
        ),
        (
            "CREATE OR REPLACE VIEW t AS SELECT 1 AS id;",
            "42809",
            "\"t\" is not a view",
            None,
        ),
        (
            "CREATE OR REPLACE MATERIALIZED VIEW mv2 AS SELECT 1 AS id;",
            "42601",
            "syntax error at or near \"MATERIALIZED\"",
            Some("19"),
        ),
    ];
    for (sql, code, msg, pos) in cases {
        let (c, m, _, _, p) = err(&mut s, sql);
        assert_eq!(
            (c.as_str(), m.as_str(), p.as_deref()),
            (code, msg, pos),
            "{sql}"
        );
    }
    ok(
        &mut s,
        "CREATE VIEW v_cols (a, b) AS SELECT id, name FROM t;",
    );
    ok(&mut s, "CREATE VIEW v1 AS SELECT id, name, n, vc FROM t;");
    ok(
        &mut s,
        "CREATE OR REPLACE VIEW v1 AS SELECT id, name, n, vc, 1 AS extra FROM t;",
    );
    let replace_errors = [
        ("CREATE OR REPLACE VIEW v1 AS SELECT id, name, n::numeric(12,2) AS n, vc, 1 AS extra FROM t;", "cannot change data type of view column \"n\" from numeric(10,2) to numeric(12,2)"),
        ("CREATE OR REPLACE VIEW v1 AS SELECT id, name, n, vc::varchar(30) AS vc, 1 AS extra FROM t;", "cannot change data type of view column \"vc\" from character varying(20) to character varying(30)"),
        ("CREATE OR REPLACE VIEW v1 AS SELECT id::bigint AS id, name, n, vc, 1 AS extra FROM t;", "cannot change data type of view column \"id\" from integer to bigint"),
        ("CREATE OR REPLACE VIEW v1 AS SELECT id, name, n, vc, 'x' AS extra FROM t;", "cannot change data type of view column \"extra\" from integer to text"),
    ];
    for (sql, msg) in replace_errors {
        let (c, m, ..) = err(&mut s, sql);
        assert_eq!((c.as_str(), m.as_str()), ("42P16", msg), "{sql}");
    }
    ok(
        &mut s,
        "CREATE OR REPLACE VIEW v1 AS SELECT id, name, n, vc, 2 AS extra, 'lit' AS lit FROM t;",
    );
    ok(&mut s, "CREATE VIEW v2 AS SELECT count(*) AS c, now() AS ts, id + 1 AS nxt, name || 'x' AS nm, 1.5 AS f, true AS b FROM t GROUP BY id, name;");
    let (_, msg, ..) = err(&mut s, "CREATE OR REPLACE VIEW v2 AS SELECT count(*)::int AS c, now() AS ts, id + 1 AS nxt, name || 'x' AS nm, 1.5 AS f, true AS b FROM t GROUP BY id, name;");
    assert_eq!(
        msg,
        "cannot change data type of view column \"c\" from bigint to integer"
    );
    for sql in [
        "CREATE VIEW v3 AS WITH c AS (SELECT id FROM t) SELECT id FROM c;",
        "CREATE VIEW v4 AS SELECT x.id FROM t x JOIN t y ON x.id = y.id;",
        "CREATE VIEW v5 AS SELECT * FROM generate_series(1, 3) g;",
        "CREATE VIEW v6 AS SELECT relname FROM pg_class;",
        "CREATE VIEW v7 AS SELECT id FROM t UNION SELECT 1;",
        "CREATE VIEW \"V9\" AS SELECT 1 AS \"X\";",
    ] {
        ok(&mut s, sql);
    }
}

// tests/conformance/cases/022_schema_drop_nonempty.sql, 506_extensions_schemas_sequences.sql
#[test]
fn schemas() {
    let mut s = session(15);
    let r = ok(&mut s, "CREATE SCHEMA IF NOT EXISTS public;");
    assert_eq!(
        first_notice(&r),
        (
            "42P06".to_string(),
            "schema \"public\" already exists, skipping".to_string()
        )
    );
    let (code, msg, ..) = err(&mut s, "CREATE SCHEMA public;");
    assert_eq!(
        (code.as_str(), msg.as_str()),
        ("42P06", "schema \"public\" already exists")
    );
    let (code, msg, detail, ..) = err(&mut s, "CREATE SCHEMA pg_foo;");
    assert_eq!(
        (code.as_str(), msg.as_str()),
        ("42939", "unacceptable schema name \"pg_foo\"")
    );
    assert_eq!(
        detail.as_deref(),
        Some("The prefix \"pg_\" is reserved for system schemas.")
    );
}

// tests/conformance/cases/506_extensions_schemas_sequences.sql, 123_err_duplicate_relation.sql
#[test]
fn sequences() {
    let mut s = session(15);
    ok(&mut s, "CREATE TABLE k (id int);");
    ok(&mut s, "CREATE SEQUENCE sq1;");
    let r = ok(&mut s, "CREATE SEQUENCE IF NOT EXISTS sq1;");
    assert_eq!(
        first_notice(&r),
        (
            "42P07".to_string(),
            "relation \"sq1\" already exists, skipping".to_string()
        )
    );
    ok(&mut s, "CREATE SEQUENCE sq5 MINVALUE -5;");
    let cases = [
        (
            "CREATE SEQUENCE nosch.sq;",
            "3F000",
            "schema \"nosch\" does not exist",
        ),
        (
            "CREATE SEQUENCE sq2 OWNED BY nosuch.id;",
            "42P01",
            "relation \"nosuch\" does not exist",
        ),
        (
            "CREATE SEQUENCE sq2 OWNED BY k.nosuch;",
            "42703",
            "column \"nosuch\" of relation \"k\" does not exist",
        ),
        (
            "CREATE SEQUENCE sq4 AS text;",
            "22023",
            "sequence type must be smallint, integer, or bigint",
        ),
        (
            "CREATE SEQUENCE sq4 START 0;",
            "22023",
            "START value (0) cannot be less than MINVALUE (1)",
        ),
        (
            "CREATE SEQUENCE sq4 INCREMENT 0;",
            "22023",
            "INCREMENT must not be zero",
        ),
        (
            "CREATE SEQUENCE sq4 AS smallint MAXVALUE 100000;",
            "22023",
            "MAXVALUE (100000) is out of range for sequence data type smallint",
        ),
        (
            "CREATE SEQUENCE sq4 MINVALUE 10 MAXVALUE 5;",
            "22023",
            "MINVALUE (10) must be less than MAXVALUE (5)",
        ),
        // the options are checked before the name
        (
            "CREATE SEQUENCE sq5 AS smallint MINVALUE -40000;",
            "22023",
            "MINVALUE (-40000) is out of range for sequence data type smallint",
        ),
        (
            "CREATE SEQUENCE sq5 START 100 MAXVALUE 50;",
            "22023",
            "START value (100) cannot be greater than MAXVALUE (50)",
        ),
        (
            "CREATE SEQUENCE sq5 CACHE 0;",
            "22023",
            "CACHE (0) must be greater than zero",
        ),
        (
            "CREATE SEQUENCE sq5 INCREMENT -1;",
            "42P07",
            "relation \"sq5\" already exists",
        ),
        (
            "CREATE SEQUENCE sq6 INCREMENT -1 START 5;",
            "22023",
            "START value (5) cannot be greater than MAXVALUE (-1)",
        ),
    ];
    for (sql, code, msg) in cases {
        let (c, m, ..) = err(&mut s, sql);
        assert_eq!((c.as_str(), m.as_str()), (code, msg), "{sql}");
    }
    let (code, msg, _, hint, _) = err(&mut s, "CREATE SEQUENCE sq7 OWNED BY k;");
    assert_eq!(
        (code.as_str(), msg.as_str()),
        ("42601", "invalid OWNED BY option")
    );
    assert_eq!(
        hint.as_deref(),
        Some("Specify OWNED BY table.column or OWNED BY NONE.")
    );
    ok(&mut s, "CREATE SEQUENCE sq2 OWNED BY k.id;");
    ok(&mut s, "CREATE SEQUENCE sq3 OWNED BY NONE;");
    ok(&mut s, "DROP TABLE k;");
    assert!(!s.catalog().relations.keys().any(|q| q.name == "sq2"));
}

// tests/conformance/cases/037_functions_replace.sql, 504_functions_create_replace_drop.sql
#[test]
fn create_or_replace_function_rules() {
    let mut s = session(15);
    ok(
        &mut s,
        "CREATE FUNCTION score(p int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT p * 2 $$;",
    );
    ok(
        &mut s,
        "CREATE OR REPLACE FUNCTION score(p int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT p * 3 $$;",
    );
    let hint = Some("Use DROP FUNCTION score(integer) first.".to_string());
    let (code, msg, _, h, _) = err(
        &mut s,
        "CREATE OR REPLACE FUNCTION score(p int) RETURNS bigint LANGUAGE sql AS $$ SELECT p::bigint $$;",
    );
    assert_eq!(
        (code.as_str(), msg.as_str()),
        ("42P13", "cannot change return type of existing function")
    );
    assert_eq!(h, hint);
    let (code, msg, _, h, _) = err(
        &mut s,
        "CREATE OR REPLACE FUNCTION score(q int) RETURNS int LANGUAGE sql AS $$ SELECT q $$;",
    );
    assert_eq!(
        (code.as_str(), msg.as_str()),
        ("42P13", "cannot change name of input parameter \"p\"")
    );
    assert_eq!(h, hint);
    let (code, msg, ..) = err(
        &mut s,
        "CREATE FUNCTION score(p int) RETURNS int LANGUAGE sql AS $$ SELECT p $$;",
    );
    assert_eq!(
        (code.as_str(), msg.as_str()),
        (
            "42723",
            "function \"score\" already exists with same argument types"
        )
    );
    ok(
        &mut s,
        "CREATE FUNCTION score(p text) RETURNS int LANGUAGE sql AS $$ SELECT length(p) $$;",
    );
    ok(
        &mut s,
        "CREATE FUNCTION f3(x int) RETURNS int LANGUAGE sql AS 'select 1';",
    );
    for sql in [
        "CREATE OR REPLACE FUNCTION f3(x int) RETURNS SETOF int LANGUAGE sql AS 'select 1';",
        "CREATE OR REPLACE FUNCTION f3(x int) RETURNS TABLE (a int) LANGUAGE sql AS 'select 1';",
    ] {
        let (_, msg, ..) = err(&mut s, sql);
        assert_eq!(
            msg, "cannot change return type of existing function",
            "{sql}"
        );
    }
    let (_, msg, ..) = err(
        &mut s,
        "CREATE OR REPLACE FUNCTION f3(int) RETURNS int LANGUAGE sql AS 'select 1';",
    );
    assert_eq!(msg, "cannot change name of input parameter \"x\"");
    ok(
        &mut s,
        "CREATE OR REPLACE FUNCTION f3(x int, OUT y int) LANGUAGE sql AS 'select 1';",
    );
    let cases = [
        ("CREATE FUNCTION bad() RETURNS nosuch LANGUAGE sql AS 'select 1';", "42704", "type \"nosuch\" does not exist", None),
        ("CREATE FUNCTION bad(nosuch) RETURNS int LANGUAGE sql AS 'select 1';", "42704", "type nosuch does not exist", None),
        ("CREATE FUNCTION nosch.bad() RETURNS int LANGUAGE sql AS 'select 1';", "3F000", "schema \"nosch\" does not exist", None),
        ("CREATE FUNCTION bad() RETURNS int LANGUAGE nolang AS 'select 1';", "42704", "language \"nolang\" does not exist", None),
        ("CREATE FUNCTION bad() RETURNS int LANGUAGE sql AS 'select * from nosuchtable';", "42P01", "relation \"nosuchtable\" does not exist", Some("66")),
        ("CREATE FUNCTION bad2() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1 FROM nosuchtable; END;", "42P01", "relation \"nosuchtable\" does not exist", Some("76")),
    ];
    for (sql, code, msg, pos) in cases {
        let (c, m, _, _, p) = err(&mut s, sql);
        assert_eq!(
            (c.as_str(), m.as_str(), p.as_deref()),
            (code, msg, pos),
            "{sql}"
        );
    }
    // PostgreSQL 18 points at a missing argument type
    let mut s18 = session(18);
    let (_, msg, _, _, pos) = err(
        &mut s18,
        "CREATE FUNCTION bad(nosuch) RETURNS int LANGUAGE sql AS 'select 1';",
    );
    assert_eq!(
        (msg.as_str(), pos.as_deref()),
        ("type nosuch does not exist", Some("21"))
    );
}

// tests/conformance/cases/038_triggers.sql, 505_triggers_and_comments.sql,
// 508_drop_dependent_descriptions.sql
#[test]
fn triggers() {
    let mut s = session(15);
    ok(&mut s, "CREATE TABLE t (id int PRIMARY KEY, v text);");
    ok(
        &mut s,
        "CREATE FUNCTION trg_fn() RETURNS trigger LANGUAGE plpgsql AS 'begin return new; end';",
    );
    ok(
        &mut s,
        "CREATE FUNCTION not_trg() RETURNS int LANGUAGE sql AS 'select 1';",
    );
    ok(&mut s, "CREATE VIEW tv AS SELECT * FROM t;");
    ok(&mut s, "CREATE SEQUENCE sq;");
    ok(&mut s, "CREATE MATERIALIZED VIEW kmv AS SELECT id FROM t;");
    ok(&mut s, "CREATE INDEX k_id ON t (v);");
    let cases = [
        (
            "CREATE TRIGGER a BEFORE INSERT ON nosuch FOR EACH ROW EXECUTE FUNCTION trg_fn();",
            "42P01",
            "relation \"nosuch\" does not exist",
            None,
        ),
        (
            "CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION not_trg();",
            "42P17",
            "function not_trg must return type trigger",
            None,
        ),
        (
            "CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION nosch.trg_fn();",
            "3F000",
            "schema \"nosch\" does not exist",
            None,
        ),
        (
            "CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION no_such_fn();",
            "42883",
            "function no_such_fn() does not exist",
            None,
        ),
        (
            "CREATE TRIGGER b BEFORE INSERT ON tv FOR EACH ROW EXECUTE FUNCTION trg_fn();",
            "42809",
            "\"tv\" is a view",
            Some("Views cannot have row-level BEFORE or AFTER triggers."),
        ),
        (
            "CREATE TRIGGER c INSTEAD OF INSERT ON t FOR EACH ROW EXECUTE FUNCTION trg_fn();",
            "42809",
            "\"t\" is a table",
            Some("Tables cannot have INSTEAD OF triggers."),
        ),
        (
            "CREATE TRIGGER d BEFORE INSERT ON sq FOR EACH ROW EXECUTE FUNCTION trg_fn();",
            "42809",
            "relation \"sq\" cannot have triggers",
            Some("This operation is not supported for sequences."),
        ),
        (
            "CREATE TRIGGER d BEFORE INSERT ON kmv FOR EACH ROW EXECUTE FUNCTION trg_fn();",
            "42809",
            "relation \"kmv\" cannot have triggers",
            Some("This operation is not supported for materialized views."),
        ),
        (
            "CREATE TRIGGER d BEFORE INSERT ON k_id FOR EACH ROW EXECUTE FUNCTION trg_fn();",
            "42809",
            "\"k_id\" is an index",
            None,
        ),
        (
            "CREATE TRIGGER e AFTER TRUNCATE ON t FOR EACH ROW EXECUTE FUNCTION trg_fn();",
            "0A000",
            "TRUNCATE FOR EACH ROW triggers are not supported",
            None,
        ),
    ];
    for (sql, code, msg, detail) in cases {
        let (c, m, d, ..) = err(&mut s, sql);
        assert_eq!(
            (c.as_str(), m.as_str(), d.as_deref()),
            (code, msg, detail),
            "{sql}"
        );
    }
    ok(
        &mut s,
        "CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION trg_fn();",
    );
    let (code, msg, ..) = err(
        &mut s,
        "CREATE TRIGGER a AFTER DELETE ON t FOR EACH ROW EXECUTE FUNCTION trg_fn();",
    );
    assert_eq!(
        (code.as_str(), msg.as_str()),
        ("42710", "trigger \"a\" for relation \"t\" already exists")
    );
    ok(
        &mut s,
        "CREATE OR REPLACE TRIGGER a BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION trg_fn();",
    );
    ok(
        &mut s,
        "CREATE TRIGGER b INSTEAD OF INSERT ON tv FOR EACH ROW EXECUTE FUNCTION trg_fn();",
    );
    ok(&mut s, "DROP TRIGGER a ON t;");
    let (_, _, detail, ..) = err(&mut s, "DROP FUNCTION trg_fn();");
    assert_eq!(
        detail.as_deref(),
        Some("trigger b on view tv depends on function trg_fn()")
    );
    // PostgreSQL 18 words the index case differently
    let mut s18 = session(18);
    ok(&mut s18, "CREATE TABLE k (id int);");
    ok(&mut s18, "CREATE INDEX k_id ON k (id);");
    ok(
        &mut s18,
        "CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS 'begin return new; end';",
    );
    let (_, msg, detail, ..) = err(
        &mut s18,
        "CREATE TRIGGER t2 BEFORE INSERT ON k_id FOR EACH ROW EXECUTE FUNCTION trg();",
    );
    assert_eq!(msg, "cannot open relation \"k_id\"");
    assert_eq!(
        detail.as_deref(),
        Some("This operation is not supported for indexes.")
    );
}

// tests/conformance/cases/039_extensions.sql, 506_extensions_schemas_sequences.sql
#[test]
fn extensions() {
    let mut s = session(15);
    let r = ok(&mut s, "CREATE EXTENSION IF NOT EXISTS plpgsql;");
    assert_eq!(
        first_notice(&r),
        (
            "42710".to_string(),
            "extension \"plpgsql\" already exists, skipping".to_string()
        )
    );
    let (code, msg, ..) = err(&mut s, "CREATE EXTENSION plpgsql;");
    assert_eq!(
        (code.as_str(), msg.as_str()),
        ("42710", "extension \"plpgsql\" already exists")
    );
    let (code, msg, detail, hint, _) = err(&mut s, "CREATE EXTENSION pg_nonexistent_thing;");
    assert_eq!(code, "0A000");
    assert_eq!(msg, "extension \"pg_nonexistent_thing\" is not available");
    assert_eq!(detail.as_deref(), Some("Could not open extension control file \"/usr/share/postgresql/15/extension/pg_nonexistent_thing.control\": No such file or directory."));
    assert_eq!(
        hint.as_deref(),
        Some("The extension must first be installed on the system where PostgreSQL is running.")
    );
    let mut s18 = session(18);
    let (_, _, detail, ..) = err(&mut s18, "CREATE EXTENSION pg_nonexistent_thing;");
    assert_eq!(detail, None);
    let (code, msg, ..) = err(&mut s, "CREATE EXTENSION hstore WITH SCHEMA nosch;");
    assert_eq!(
        (code.as_str(), msg.as_str()),
        ("3F000", "schema \"nosch\" does not exist")
    );
    let (code, msg, _, hint, _) = err(&mut s, "CREATE EXTENSION earthdistance;");
    assert_eq!(
        (code.as_str(), msg.as_str()),
        ("42704", "required extension \"cube\" is not installed")
    );
    assert_eq!(
        hint.as_deref(),
        Some("Use CREATE EXTENSION ... CASCADE to install required extensions too.")
    );
    let r = ok(&mut s, "CREATE EXTENSION earthdistance CASCADE;");
    assert_eq!(
        first_notice(&r),
        (
            "00000".to_string(),
            "installing required extension \"cube\"".to_string()
        )
    );
    ok(&mut s, "CREATE EXTENSION pgcrypto;");
    assert!(s
        .catalog()
        .functions
        .iter()
        .any(|f| f.name.name == "gen_random_bytes" && f.arg_types == ["integer"]));
}

// tests/conformance/cases/041_extension_dependencies.sql
#[test]
fn extension_function_used_by_a_default() {
    let mut s = session(15);
    ok(&mut s, "CREATE EXTENSION pgcrypto;");
    ok(
        &mut s,
        "CREATE TABLE tokens (id int, secret bytea DEFAULT gen_random_bytes(8));",
    );
    let (_, msg, detail, ..) = err(&mut s, "DROP EXTENSION pgcrypto;");
    assert_eq!(
        msg,
        "cannot drop extension pgcrypto because other objects depend on it"
    );
    assert_eq!(
        detail.as_deref(),
        Some("default value for column secret of table tokens depends on function gen_random_bytes(integer)")
    );
    let r = ok(&mut s, "DROP EXTENSION pgcrypto CASCADE;");
    assert_eq!(
        r.notices[0].message,
        "drop cascades to default value for column secret of table tokens"
    );
    assert!(!s
        .catalog()
        .functions
        .iter()
        .any(|f| f.name.name == "digest"));
}

// tests/conformance/cases/042_comments.sql, 043_comment_errors.sql, 505_triggers_and_comments.sql
#[test]
fn comments() {
    let mut s = session(15);
    ok(&mut s, "CREATE TABLE notes (id int PRIMARY KEY, v text);");
    ok(&mut s, "CREATE SEQUENCE sq;");
    ok(&mut s, "CREATE VIEW nv AS SELECT id FROM notes;");
    ok(
        &mut s,
        "CREATE FUNCTION not_trg() RETURNS int LANGUAGE sql AS 'select 1';",
    );
    let cases = [
        (
            "COMMENT ON COLUMN notes.body IS 'x';",
            "42703",
            "column \"body\" of relation \"notes\" does not exist",
            None,
        ),
        (
            "COMMENT ON TABLE nonotes IS 'x';",
            "42P01",
            "relation \"nonotes\" does not exist",
            None,
        ),
        (
            "COMMENT ON INDEX notes_idx IS 'x';",
            "42P01",
            "relation \"notes_idx\" does not exist",
            None,
        ),
        (
            "COMMENT ON VIEW notes IS 'x';",
            "42809",
            "\"notes\" is not a view",
            None,
        ),
        (
            "COMMENT ON TABLE sq IS 'x';",
            "42809",
            "\"sq\" is not a table",
            None,
        ),
        (
            "COMMENT ON SEQUENCE notes IS 'x';",
            "42809",
            "\"notes\" is not a sequence",
            None,
        ),
        (
            "COMMENT ON INDEX notes IS 'x';",
            "42809",
            "\"notes\" is not an index",
            None,
        ),
        (
            "COMMENT ON MATERIALIZED VIEW notes IS 'x';",
            "42809",
            "\"notes\" is not a materialized view",
            None,
        ),
        (
            "COMMENT ON TYPE nosuch IS 'x';",
            "42704",
            "type \"nosuch\" does not exist",
            None,
        ),
        (
            "COMMENT ON DOMAIN notes IS 'x';",
            "42809",
            "\"notes\" is not a domain",
            None,
        ),
        (
            "COMMENT ON SCHEMA nosuch IS 'x';",
            "3F000",
            "schema \"nosuch\" does not exist",
            None,
        ),
        (
            "COMMENT ON EXTENSION nosuch IS 'x';",
            "42704",
            "extension \"nosuch\" does not exist",
            None,
        ),
        (
            "COMMENT ON FUNCTION nosuch IS 'x';",
            "42883",
            "could not find a function named \"nosuch\"",
            None,
        ),
        (
            "COMMENT ON COLUMN notes IS 'x';",
            "42601",
            "column name must be qualified",
            None,
        ),
        (
            "COMMENT ON COLUMN nosch.t.c IS 'x';",
            "3F000",
            "schema \"nosch\" does not exist",
            None,
        ),
        (
            "COMMENT ON COLUMN sq.last_value IS 'x';",
            "42809",
            "cannot set comment on relation \"sq\"",
            Some("This operation is not supported for sequences."),
        ),
        (
            "COMMENT ON COLUMN notes_pkey.id IS 'x';",
            "42809",
            "cannot set comment on relation \"notes_pkey\"",
            Some("This operation is not supported for indexes."),
        ),
    ];
    for (sql, code, msg, detail) in cases {
        let (c, m, d, ..) = err(&mut s, sql);
        assert_eq!(
            (c.as_str(), m.as_str(), d.as_deref()),
            (code, msg, detail),
            "{sql}"
        );
    }
    for sql in [
        "COMMENT ON TABLE notes IS 'Double-entry ledger; don''t edit by hand';",
        "COMMENT ON INDEX notes_pkey IS 'the key';",
        "COMMENT ON COLUMN notes.id IS 'ok';",
        "COMMENT ON SCHEMA public IS 'app schema';",
        "COMMENT ON TYPE notes IS 'x';",
        "COMMENT ON EXTENSION plpgsql IS 'x';",
        "COMMENT ON FUNCTION not_trg IS 'x';",
    ] {
        let r = ok(&mut s, sql);
        assert_eq!(r.tag.as_deref(), Some("COMMENT"));
    }
    let notes = |s: &Session| {
        s.catalog()
            .relations
            .values()
            .find(|r| r.name.name == "notes")
            .expect("notes")
            .clone()
    };
    assert_eq!(
        notes(&s).comment.as_deref(),
        Some("Double-entry ledger; don't edit by hand")
    );
    ok(&mut s, "COMMENT ON TABLE notes IS NULL;");
    assert_eq!(notes(&s).comment, None);
    assert_eq!(s.catalog().schemas["public"].as_deref(), Some("app schema"));
}

/// Run statements through a `Ctx` of our own, so that handlers not yet routed by
/// `exec::run` (ALTER FUNCTION, ALTER TRIGGER) can be driven too.
struct Direct {
    catalog: crate::catalog::Catalog,
    settings: crate::engine::Settings,
    effects: crate::engine::exec::TxEffects,
    oid: u32,
}

impl Direct {
    fn new() -> Self {
        Direct {
            catalog: crate::catalog::Catalog::new_database(),
            settings: crate::engine::Settings::default(),
            effects: Default::default(),
            oid: 16384,
        }
    }

    fn run(&mut self, sql: &str) -> Result<String, crate::response::PgError> {
        use sqlparser::ast::Statement;
        let mut ctx = crate::engine::exec::Ctx {
            text: sql,
            ctes: Vec::new(),
            catalog: &mut self.catalog,
            settings: &mut self.settings,
            effects: &mut self.effects,
            notices: Vec::new(),
            pg_version: 15,
            in_block: false,
            explicit_block: false,
            next_oid: &mut self.oid,
            data_dependent: None,
            coverage: crate::trace::Coverage::Full,
        };
        let before = ctx.catalog.clone();
        let cmd = crate::sql::parse::parse(sql, 15)?;
        let r = match &cmd {
            crate::sql::parse::Command::Sql(st) => match st.as_ref() {
                Statement::AlterFunction(af) => super::alter_function(&mut ctx, af),
                Statement::AlterTrigger(at) => super::alter_trigger(&mut ctx, at),
                _ => crate::engine::exec::run(&mut ctx, &cmd),
            },
            _ => crate::engine::exec::run(&mut ctx, &cmd),
        };
        if r.is_err() {
            self.catalog = before;
        }
        r
    }
}

// tests/conformance/cases/509_rename_functions_triggers_schemas.sql
#[test]
fn rename_functions_and_triggers() {
    let mut d = Direct::new();
    for sql in [
        "CREATE TABLE person (id int);",
        "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS 'begin return new; end';",
        "CREATE FUNCTION g() RETURNS trigger LANGUAGE plpgsql AS 'begin return new; end';",
        "CREATE FUNCTION h(a int) RETURNS int LANGUAGE sql AS 'select 1';",
        "CREATE TRIGGER t BEFORE INSERT ON person FOR EACH ROW EXECUTE FUNCTION f();",
        "CREATE TRIGGER t2 BEFORE INSERT ON person FOR EACH ROW EXECUTE FUNCTION f();",
    ] {
        d.run(sql).unwrap_or_else(|e| panic!("{sql}: {e:?}"));
    }
    let errors = [
        (
            "ALTER FUNCTION nosuch() RENAME TO x;",
            "42883",
            "function nosuch() does not exist",
        ),
        (
            "ALTER FUNCTION nosuch RENAME TO x;",
            "42883",
            "could not find a function named \"nosuch\"",
        ),
        (
            "ALTER FUNCTION h(text) RENAME TO x;",
            "42883",
            "function h(text) does not exist",
        ),
        (
            "ALTER FUNCTION f() RENAME TO g;",
            "42723",
            "function g() already exists in schema \"public\"",
        ),
    ];
    for (sql, code, msg) in errors {
        let e = d.run(sql).expect_err(sql);
        assert_eq!(
            (e.sqlstate.as_str(), e.message.as_str()),
            (code, msg),
            "{sql}"
        );
    }
    assert_eq!(
        d.run("ALTER FUNCTION f() RENAME TO f2;").as_deref(),
        Ok("ALTER FUNCTION")
    );
    d.run("ALTER FUNCTION h RENAME TO h2;").expect("renames");
    d.run("ALTER FUNCTION h2(int) RENAME TO h3;")
        .expect("renames");
    let errors = [
        (
            "ALTER TRIGGER nosuch ON person RENAME TO x;",
            "42704",
            "trigger \"nosuch\" for table \"person\" does not exist",
        ),
        (
            "ALTER TRIGGER t ON nosuch RENAME TO x;",
            "42P01",
            "relation \"nosuch\" does not exist",
        ),
        (
            "ALTER TRIGGER t ON person RENAME TO t2;",
            "42710",
            "trigger \"t2\" for relation \"person\" already exists",
        ),
    ];
    for (sql, code, msg) in errors {
        let e = d.run(sql).expect_err(sql);
        assert_eq!(
            (e.sqlstate.as_str(), e.message.as_str()),
            (code, msg),
            "{sql}"
        );
    }
    assert_eq!(
        d.run("ALTER TRIGGER t ON person RENAME TO t3;").as_deref(),
        Ok("ALTER TRIGGER")
    );
    let e = d.run("DROP FUNCTION f2();").expect_err("2BP01");
    assert_eq!(
        e.detail.as_deref(),
        Some("trigger t3 on table person depends on function f2()\ntrigger t2 on table person depends on function f2()")
    );
    d.run("CREATE SCHEMA s;").expect("creates");
    assert_eq!(
        d.run("ALTER FUNCTION g() SET SCHEMA s;").as_deref(),
        Ok("ALTER FUNCTION")
    );
    let e = d
        .run("ALTER FUNCTION g() SET SCHEMA nosch;")
        .expect_err("moved away");
    assert_eq!(e.message, "function g() does not exist");
}

// tests/conformance/cases/512_types_vs_relations_and_pinned.sql
#[test]
fn relations_named_like_types_and_owned_by_across_schemas() {
    let mut s = session(15);
    ok(&mut s, "CREATE SCHEMA s;");
    ok(&mut s, "CREATE TABLE t (id int);");
    let (code, msg, ..) = err(&mut s, "CREATE SEQUENCE s.sq OWNED BY t.id;");
    assert_eq!(
        (code.as_str(), msg.as_str()),
        (
            "55000",
            "sequence must be in same schema as table it is linked to"
        )
    );
    ok(&mut s, "CREATE SEQUENCE sq_ok OWNED BY t.id;");
    ok(&mut s, "CREATE TYPE sq_ok AS ENUM ('x');");
    ok(&mut s, "CREATE TYPE e1 AS ENUM ('x');");
    let hint = Some(
        "A relation has an associated type of the same name, so you must use a name that doesn't conflict with any existing type."
            .to_string(),
    );
    for sql in ["CREATE VIEW e1 AS SELECT 1 AS a;", "CREATE SEQUENCE e1;"] {
        let (code, msg, _, h, _) = err(&mut s, sql);
        assert_eq!(
            (code.as_str(), msg.as_str()),
            ("42710", "type \"e1\" already exists"),
            "{sql}"
        );
        assert_eq!(h, hint, "{sql}");
    }
    let (code, msg, ..) = err(
        &mut s,
        "CREATE FUNCTION noret() LANGUAGE sql AS 'select 1';",
    );
    assert_eq!(
        (code.as_str(), msg.as_str()),
        ("42P13", "function result type must be specified")
    );
    let (code, msg, ..) = err(
        &mut s,
        "CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION s.nofn();",
    );
    assert_eq!(
        (code.as_str(), msg.as_str()),
        ("42883", "function s.nofn() does not exist")
    );
}
