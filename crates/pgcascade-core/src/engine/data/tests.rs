//! Session-driven tests of data tracking: every expected outcome was recorded on PostgreSQL 15
//! and 18 (the recording is named on each test).

use crate::engine::{ServerConfig, Session};
use crate::response::Outcome;

fn session(setup: &str) -> Session {
    let mut s = Session::new(ServerConfig { pg_version: 15 });
    for stmt in setup.split(";\n").filter(|x| !x.trim().is_empty()) {
        let r = s.execute(stmt);
        assert_eq!(r.response.outcome, Outcome::Ok, "setup: {stmt}: {r:?}");
    }
    s
}

/// (SQLSTATE, message, detail) of an error; the tag of a success.
fn run(s: &mut Session, sql: &str) -> (String, String, Option<String>) {
    let r = s.execute(sql).response;
    match r.error {
        Some(e) => (e.sqlstate, e.message, e.detail),
        None => (String::new(), r.tag.unwrap_or_default(), None),
    }
}

fn ok(s: &mut Session, sql: &str) -> String {
    let r = s.execute(sql).response;
    assert!(r.error.is_none(), "{sql}: {:?}", r.error);
    assert!(r.data_dependent.is_none(), "{sql}: {:?}", r.data_dependent);
    r.tag.unwrap_or_default()
}

/// tests/conformance/cases/131_err_integrity_setup_data (autocommit)
#[test]
fn integrity_errors_against_setup_rows() {
    let mut s = session(
        "CREATE TABLE users (id int PRIMARY KEY, email text UNIQUE, age int CHECK (age >= 0));\n\
         CREATE TABLE orders (id int PRIMARY KEY, user_id int NOT NULL REFERENCES users, amount int);\n\
         INSERT INTO users VALUES (1, 'a@x', 30), (2, 'b@x', 40);\n\
         INSERT INTO orders VALUES (10, 1, 5), (11, 2, 0)",
    );
    let e = run(&mut s, "INSERT INTO users VALUES (1, 'c@x', 20)");
    assert_eq!(e.0, "23505");
    assert_eq!(
        e.1,
        "duplicate key value violates unique constraint \"users_pkey\""
    );
    assert_eq!(e.2.as_deref(), Some("Key (id)=(1) already exists."));
    let e = run(&mut s, "INSERT INTO users VALUES (3, 'a@x', 20)");
    assert_eq!(e.2.as_deref(), Some("Key (email)=(a@x) already exists."));
    let e = run(&mut s, "INSERT INTO users VALUES (4, 'd@x', -1)");
    assert_eq!(
        e.1,
        "new row for relation \"users\" violates check constraint \"users_age_check\""
    );
    assert_eq!(e.2.as_deref(), Some("Failing row contains (4, d@x, -1)."));
    let e = run(&mut s, "INSERT INTO orders VALUES (12, NULL, 1)");
    assert_eq!(e.2.as_deref(), Some("Failing row contains (12, null, 1)."));
    let e = run(&mut s, "INSERT INTO orders VALUES (13, 99, 1)");
    assert_eq!(
        e.1,
        "insert or update on table \"orders\" violates foreign key constraint \"orders_user_id_fkey\""
    );
    assert_eq!(
        e.2.as_deref(),
        Some("Key (user_id)=(99) is not present in table \"users\".")
    );
    let e = run(&mut s, "DELETE FROM users WHERE id = 2");
    assert_eq!(
        e.1,
        "update or delete on table \"users\" violates foreign key constraint \"orders_user_id_fkey\" on table \"orders\""
    );
    assert_eq!(
        e.2.as_deref(),
        Some("Key (id)=(2) is still referenced from table \"orders\".")
    );
    assert_eq!(
        run(&mut s, "UPDATE users SET id = 5 WHERE id = 1").0,
        "23503"
    );
    assert_eq!(
        ok(&mut s, "UPDATE orders SET user_id = 2 WHERE id = 10"),
        "UPDATE 1"
    );
    assert_eq!(
        ok(
            &mut s,
            "INSERT INTO users VALUES (3, 'c@x', 20) ON CONFLICT (id) DO NOTHING"
        ),
        "INSERT 0 1"
    );
    let e = run(
        &mut s,
        "INSERT INTO users VALUES (1, 'z@x', 1) ON CONFLICT (id) DO UPDATE SET email = 'b@x'",
    );
    assert_eq!(e.2.as_deref(), Some("Key (email)=(b@x) already exists."));
    assert_eq!(
        ok(&mut s, "SELECT id, email FROM users ORDER BY id"),
        "SELECT 3"
    );
}

/// tests/conformance/cases/142_unique_over_duplicates (autocommit)
#[test]
fn unique_indexes_over_duplicates() {
    let mut s = session(
        "CREATE TABLE emails (id int, address text);\n\
         INSERT INTO emails VALUES (1, 'a@x'), (2, 'b@x'), (3, 'a@x'), (4, NULL), (5, NULL)",
    );
    let e = run(
        &mut s,
        "CREATE UNIQUE INDEX emails_address_uidx ON emails (address)",
    );
    assert_eq!(e.1, "could not create unique index \"emails_address_uidx\"");
    assert_eq!(e.2.as_deref(), Some("Key (address)=(a@x) is duplicated."));
    let e = run(&mut s, "ALTER TABLE emails ADD PRIMARY KEY (address)");
    assert_eq!(e.1, "could not create unique index \"emails_pkey\"");
    assert_eq!(
        ok(&mut s, "CREATE UNIQUE INDEX emails_id_uidx ON emails (id)"),
        "CREATE INDEX"
    );
    assert_eq!(ok(&mut s, "DELETE FROM emails WHERE id = 3"), "DELETE 1");
    assert_eq!(
        ok(
            &mut s,
            "CREATE UNIQUE INDEX emails_address_uidx ON emails (address)"
        ),
        "CREATE INDEX",
        "NULLs never collide"
    );
}

/// tests/conformance/cases/144_backfill_division_by_zero and 145_backfill_empty_table
#[test]
fn backfills_divide_row_by_row() {
    let mut s = session(
        "CREATE TABLE metrics (id int PRIMARY KEY, total int, count int);\n\
         INSERT INTO metrics VALUES (1, 10, 2), (2, 5, 0)",
    );
    ok(&mut s, "ALTER TABLE metrics ADD COLUMN average int");
    let e = run(&mut s, "UPDATE metrics SET average = total / count");
    assert_eq!((e.0.as_str(), e.1.as_str()), ("22012", "division by zero"));
    assert_eq!(
        ok(
            &mut s,
            "UPDATE metrics SET average = total / NULLIF(count, 0)"
        ),
        "UPDATE 2"
    );
    let mut empty = session("CREATE TABLE metrics (id int PRIMARY KEY, total int, count int)");
    ok(&mut empty, "ALTER TABLE metrics ADD COLUMN average int");
    assert_eq!(
        ok(&mut empty, "UPDATE metrics SET average = total / count"),
        "UPDATE 0"
    );
    assert_eq!(
        run(&mut empty, "UPDATE metrics SET average = 1 / 0").0,
        "22012"
    );
}

/// tests/conformance/cases/146_check_and_fk_over_existing_rows and 141_not_null_with_rows
#[test]
fn constraints_added_over_rows() {
    let mut s = session(
        "CREATE TABLE accounts (id int PRIMARY KEY, balance int);\n\
         CREATE TABLE transfers (id int PRIMARY KEY, account_id int, amount int);\n\
         INSERT INTO accounts VALUES (1, 100), (2, -5);\n\
         INSERT INTO transfers VALUES (1, 1, 10), (2, 3, 10)",
    );
    let e = run(
        &mut s,
        "ALTER TABLE accounts ADD CONSTRAINT accounts_balance_nonneg CHECK (balance >= 0)",
    );
    assert_eq!(
        e.1,
        "check constraint \"accounts_balance_nonneg\" of relation \"accounts\" is violated by some row"
    );
    let e = run(&mut s, "ALTER TABLE transfers ADD CONSTRAINT transfers_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id)");
    assert_eq!(
        e.2.as_deref(),
        Some("Key (account_id)=(3) is not present in table \"accounts\".")
    );
    ok(
        &mut s,
        "ALTER TABLE transfers ADD CONSTRAINT transfers_amount_pos CHECK (amount > 0)",
    );
    let e = run(
        &mut s,
        "ALTER TABLE accounts ADD COLUMN limit_amount int NOT NULL DEFAULT 0 CHECK (limit_amount > 0)",
    );
    assert_eq!(e.0, "23514");
    let mut p = session(
        "CREATE TABLE profiles (id int PRIMARY KEY, bio text);\n\
         INSERT INTO profiles VALUES (1, 'hello'), (2, NULL)",
    );
    let e = run(&mut p, "ALTER TABLE profiles ALTER COLUMN bio SET NOT NULL");
    assert_eq!(
        e.1,
        "column \"bio\" of relation \"profiles\" contains null values"
    );
    ok(
        &mut p,
        "ALTER TABLE profiles ADD COLUMN handle text NOT NULL DEFAULT ''",
    );
    assert_eq!(
        ok(&mut p, "UPDATE profiles SET bio = '' WHERE bio IS NULL"),
        "UPDATE 1"
    );
    ok(&mut p, "ALTER TABLE profiles ALTER COLUMN bio SET NOT NULL");
}

/// tests/conformance/cases/147_alter_type_with_data and 700_data_literal_rows (#16-#19:
/// updated rows are scanned last)
#[test]
fn column_type_changes_convert_each_row() {
    let mut s = session(
        "CREATE TABLE items (id int PRIMARY KEY, qty text, code varchar(10));\n\
         INSERT INTO items VALUES (1, '5', 'abc'), (2, 'five', 'abcdefgh')",
    );
    let e = run(
        &mut s,
        "ALTER TABLE items ALTER COLUMN qty TYPE int USING qty::int",
    );
    assert_eq!(e.1, "invalid input syntax for type integer: \"five\"");
    let e = run(
        &mut s,
        "ALTER TABLE items ALTER COLUMN code TYPE varchar(5)",
    );
    assert_eq!(e.1, "value too long for type character varying(5)");
    assert_eq!(
        ok(&mut s, "UPDATE items SET code = left(code, 5)"),
        "UPDATE 2"
    );
    ok(
        &mut s,
        "ALTER TABLE items ALTER COLUMN code TYPE varchar(5)",
    );
    ok(&mut s, "UPDATE items SET qty = 'later' WHERE id = 1");
    ok(&mut s, "UPDATE items SET qty = 'zz' WHERE id = 2");
    let e = run(
        &mut s,
        "ALTER TABLE items ALTER COLUMN qty TYPE int USING qty::int",
    );
    assert_eq!(e.1, "invalid input syntax for type integer: \"later\"");
}

/// tests/conformance/cases/700_data_literal_rows (#1-#8)
#[test]
fn input_errors_and_failing_rows() {
    let mut s = session(
        "CREATE TYPE mood AS ENUM ('sad', 'happy');\n\
         CREATE TABLE people (id int PRIMARY KEY, name varchar(10), nick text, age smallint, m mood, score numeric(5,2))",
    );
    let e = run(&mut s, "INSERT INTO people (id) VALUES ('99999999999')");
    assert_eq!(
        e.1,
        "value \"99999999999\" is out of range for type integer"
    );
    assert_eq!(
        run(&mut s, "INSERT INTO people (id, age) VALUES (4, 40000)").1,
        "smallint out of range"
    );
    let e = run(&mut s, "INSERT INTO people (id, score) VALUES (4, 1234.5)");
    assert_eq!(
        (e.1.as_str(), e.2.as_deref()),
        (
            "numeric field overflow",
            Some(
                "A field with precision 5, scale 2 must round to an absolute value less than 10^3."
            )
        )
    );
    assert_eq!(
        run(&mut s, "INSERT INTO people (id, m) VALUES (4, 'angry')").1,
        "invalid input value for enum mood: \"angry\""
    );
    assert_eq!(
        ok(
            &mut s,
            "INSERT INTO people (id, name) VALUES (4, 'abcdefghij   ')"
        ),
        "INSERT 0 1"
    );
    let long = "a".repeat(100);
    let e = run(
        &mut s,
        &format!("INSERT INTO people (id, name, nick) VALUES (NULL, 'n', '{long}')"),
    );
    assert_eq!(
        e.2,
        Some(format!(
            "Failing row contains (null, n, {}..., null, null, null).",
            "a".repeat(64)
        ))
    );
}

/// ../shared/oracle/replay/ory__kratos.pg15.jsonl (files 108, 109: `INSERT … SELECT … WHERE
/// NOT EXISTS (…)` seeds insert one row each) and LemmyNet__lemmy (file 93:
/// `INSERT INTO secret DEFAULT VALUES` is `INSERT 0 1`)
#[test]
fn idempotent_seeds_and_default_values() {
    let mut s =
        session("CREATE TABLE identity_credential_types (id uuid PRIMARY KEY, name text UNIQUE)");
    let seed = |id: &str, name: &str| {
        format!(
            "INSERT INTO identity_credential_types (id, name) SELECT '{id}', '{name}' \
             WHERE NOT EXISTS ( SELECT * FROM identity_credential_types WHERE name = '{name}')"
        )
    };
    assert_eq!(
        ok(
            &mut s,
            &seed("78c1b41d-8341-4507-aa60-aff1d4369670", "password")
        ),
        "INSERT 0 1"
    );
    assert_eq!(
        ok(
            &mut s,
            &seed("6fa5e2e0-bfce-4631-b62b-cf2b0252b289", "oidc")
        ),
        "INSERT 0 1"
    );
    let mut t = session("CREATE TABLE secret (id text NOT NULL DEFAULT 'x', n int)");
    assert_eq!(
        ok(&mut t, "INSERT INTO secret DEFAULT VALUES"),
        "INSERT 0 1"
    );
}
