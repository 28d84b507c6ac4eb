//! Statements `sqlparser` accepts but PostgreSQL's grammar rejects.
//!
//! `sqlparser` reads many dialects at once: with `PostgreSqlDialect` it still accepts MySQL,
//! SQLite and BigQuery forms, and a few PostgreSQL forms only later versions accept. Each rule
//! here names the token PostgreSQL stops at, recorded on PostgreSQL 15.18 and 18.6 (case 609 of
//! `tests/conformance/cases`, and 113 for subqueries without an alias):
//!
//! | statement | PostgreSQL |
//! |---|---|
//! | `SELECT … FROM (subquery)` / `(VALUES …)` without alias | 42601 `subquery in FROM must have an alias` before 16 |
//! | `CREATE VIEW IF NOT EXISTS` | syntax error at `NOT` |
//! | `CREATE OR REPLACE TABLE` | at `TABLE` |
//! | MySQL column words `AUTO_INCREMENT`, `UNSIGNED`, `COMMENT '…'` | at the word |
//! | MySQL/SQLite table options `ENGINE=…`, `COMMENT '…'`, `WITHOUT ROWID`, … | at the option |
//! | `ALTER TABLE … MODIFY/CHANGE COLUMN` | at `MODIFY` / `CHANGE` |
//! | `ALTER TABLE … RENAME TO schema.name` | at `.` |
//! | `INSERT … ON DUPLICATE KEY UPDATE` | at `DUPLICATE` |
//! | `UPDATE/DELETE … LIMIT n` | at `LIMIT` |
//! | `DROP INDEX i ON t` | at `ON` |
//! | `COMMENT IF EXISTS ON …`, `COMMENT ON USER …` | at `IF` / `USER` |
//!
//! Forms `sqlparser` rejects and PostgreSQL too are found elsewhere: by their leading words
//! ([`super::keywords`]) or by our own parsers ([`super::extra`], as `Extra::Rejected`).

use std::ops::ControlFlow;

use sqlparser::ast::{
    AlterTableOperation, CommentObject, ObjectType, RenameTableNameKind, SetExpr, Spanned,
    Statement, TableFactor, Visit, Visitor,
};

use super::extra::{lex, SyntaxErr, Tok, Token};
use crate::response::PgError;

/// The syntax error PostgreSQL raises for a statement `sqlparser` accepted, if any.
pub fn rejects(stmt: &Statement, text: &str, pg_version: u32) -> Option<PgError> {
    let toks = lex(text)?;
    let at = |t: Option<&Token>| Some(SyntaxErr::at(text, t).to_error());
    let found = match stmt {
        Statement::CreateTable(ct) => {
            if ct.or_replace {
                // CREATE OR REPLACE TABLE: PostgreSQL stops at TABLE
                return at(toks.iter().find(|t| t.is("TABLE")));
            }
            create_table_words(text, &toks)
        }
        Statement::CreateView(v) if v.if_not_exists && !v.materialized => {
            // CREATE VIEW IF NOT EXISTS: IF is read as the view's name, then NOT
            at(toks.iter().find(|t| t.is("NOT")))
        }
        Statement::AlterTable(at_) => alter_table(text, &toks, &at_.operations),
        Statement::Insert(i)
            if matches!(i.on, Some(sqlparser::ast::OnInsert::DuplicateKeyUpdate(_))) =>
        {
            at(toks.iter().find(|t| t.is("DUPLICATE")))
        }
        Statement::Update(_) | Statement::Delete(_) => {
            at_depth0(&toks, "LIMIT").map(|t| SyntaxErr::at(text, Some(t)).to_error())
        }
        Statement::Drop {
            object_type: ObjectType::Index,
            ..
        } => at_depth0(&toks, "ON").map(|t| SyntaxErr::at(text, Some(t)).to_error()),
        Statement::Comment {
            if_exists: true, ..
        } => at(toks.iter().find(|t| t.is("IF"))),
        Statement::Comment {
            object_type: CommentObject::User,
            ..
        } => at(toks.iter().find(|t| t.is("USER"))),
        _ => None,
    };
    if found.is_some() {
        return found;
    }
    if pg_version < 16 {
        return subquery_without_alias(stmt, text, &toks);
    }
    None
}

/// The first token `kw` outside parentheses.
fn at_depth0<'t>(toks: &'t [Token], kw: &str) -> Option<&'t Token> {
    let mut depth = 0i32;
    for t in toks {
        match t.tok {
            Tok::Punct('(') => depth += 1,
            Tok::Punct(')') => depth -= 1,
            _ if depth == 0 && t.is(kw) => return Some(t),
            _ => {}
        }
    }
    None
}

/// MySQL/SQLite words in `CREATE TABLE` that `sqlparser` takes (some it even drops).
fn create_table_words(text: &str, toks: &[Token]) -> Option<PgError> {
    const COLUMN_WORDS: &[&str] = &[
        "AUTO_INCREMENT",
        "AUTOINCREMENT",
        "UNSIGNED",
        "ZEROFILL",
        "COMMENT",
    ];
    const TABLE_WORDS: &[&str] = &[
        "ENGINE",
        "COMMENT",
        "CHARSET",
        "AUTO_INCREMENT",
        "ROW_FORMAT",
        "STRICT",
        "CHARACTER",
        "COLLATE",
        "DEFAULT",
    ];
    let mut depth = 0i32;
    let mut first_in_element = false;
    let mut closed = false;
    // `CREATE TABLE p PARTITION OF t … DEFAULT`
    let partition_of = toks
        .windows(2)
        .any(|w| w[0].is("PARTITION") && w[1].is("OF"));
    for (n, t) in toks.iter().enumerate() {
        match t.tok {
            Tok::Punct('(') => {
                depth += 1;
                if depth == 1 && !closed {
                    first_in_element = true;
                }
                continue;
            }
            Tok::Punct(')') => {
                depth -= 1;
                if depth == 0 {
                    closed = true;
                }
                continue;
            }
            Tok::Punct(',') if depth == 1 => {
                first_in_element = true;
                continue;
            }
            _ => {}
        }
        if depth == 1 && !closed {
            if first_in_element {
                // the column's name (or a constraint keyword): any word
                first_in_element = false;
                continue;
            }
            // a word PostgreSQL does not know there (it may still name a table: `REFERENCES
            // comment`); COMMENT only with its literal
            let prev_names =
                n > 0 && (toks[n - 1].is("REFERENCES") || toks[n - 1].tok == Tok::Punct('.'));
            let literal_follows = matches!(toks.get(n + 1).map(|x| &x.tok), Some(Tok::Str { .. }));
            if !prev_names
                && COLUMN_WORDS.iter().any(|w| t.is(w))
                && (!t.is("COMMENT") || literal_follows)
            {
                return Some(SyntaxErr::at(text, Some(t)).to_error());
            }
        } else if depth == 0 && closed && !partition_of {
            if t.is("AS") {
                // CREATE TABLE … AS query
                return None;
            }
            if t.is("WITHOUT") && toks.get(n + 1).is_some_and(|x| x.is("ROWID")) {
                return Some(SyntaxErr::at(text, toks.get(n + 1)).to_error());
            }
            let literal_follows = matches!(
                toks.get(n + 1).map(|x| &x.tok),
                Some(Tok::Str { .. }) | Some(Tok::Op(_))
            );
            if TABLE_WORDS.iter().any(|w| t.is(w)) && (!t.is("COMMENT") || literal_follows) {
                return Some(SyntaxErr::at(text, Some(t)).to_error());
            }
        }
    }
    None
}

fn alter_table(text: &str, toks: &[Token], ops: &[AlterTableOperation]) -> Option<PgError> {
    let at = |t: Option<&Token>| Some(SyntaxErr::at(text, t).to_error());
    for op in ops {
        match op {
            AlterTableOperation::ModifyColumn { .. } => {
                return at(toks.iter().find(|t| t.is("MODIFY")))
            }
            AlterTableOperation::ChangeColumn { .. } => {
                return at(toks.iter().find(|t| t.is("CHANGE")))
            }
            AlterTableOperation::RenameTable {
                table_name: RenameTableNameKind::To(n) | RenameTableNameKind::As(n),
            } if n.0.len() > 1 => {
                // RENAME TO takes a bare name: PostgreSQL stops at the dot
                let rename = toks.iter().position(|t| t.is("RENAME"))?;
                return at(toks[rename..].iter().find(|t| t.tok == Tok::Punct('.')));
            }
            _ => {}
        }
    }
    None
}

/// PostgreSQL before 16: a subquery or VALUES in FROM needs an alias (the grammar's own error,
/// at the opening parenthesis; recorded in case 113). The first one PostgreSQL reduces is the
/// one that closes first.
fn subquery_without_alias(stmt: &Statement, text: &str, toks: &[Token]) -> Option<PgError> {
    struct Finder {
        found: Vec<(sqlparser::tokenizer::Span, bool)>,
    }
    impl Visitor for Finder {
        type Break = ();
        fn pre_visit_table_factor(&mut self, tf: &TableFactor) -> ControlFlow<()> {
            if let TableFactor::Derived {
                subquery,
                alias: None,
                ..
            } = tf
            {
                let values = matches!(*subquery.body, SetExpr::Values(_));
                self.found.push((subquery.span(), values));
            }
            ControlFlow::Continue(())
        }
    }
    let mut f = Finder { found: Vec::new() };
    let _ = stmt.visit(&mut f);
    if f.found.is_empty() {
        return None;
    }
    let offset = |loc: sqlparser::tokenizer::Location| -> Option<usize> {
        if loc.line == 0 {
            return None;
        }
        let mut line_start = 0;
        for _ in 1..loc.line {
            line_start += text[line_start..].find('\n')? + 1;
        }
        let col = (loc.column as usize).saturating_sub(1);
        Some(
            text[line_start..]
                .char_indices()
                .nth(col)
                .map_or(text.len(), |(b, _)| line_start + b),
        )
    };
    // the one that ends first
    let (span, values) = f
        .found
        .iter()
        .min_by_key(|(s, _)| (s.end.line, s.end.column))
        .cloned()?;
    let (what, example) = if values {
        ("VALUES", "FROM (VALUES ...) [AS] foo.")
    } else {
        ("subquery", "FROM (SELECT ...) [AS] foo.")
    };
    let err = PgError::new("42601", format!("{what} in FROM must have an alias"))
        .with_hint(format!("For example, {example}"));
    // the parenthesis before the subquery's first token
    let Some(start) = offset(span.start) else {
        return Some(err);
    };
    let paren = toks
        .iter()
        .rev()
        .find(|t| t.start < start && t.tok == Tok::Punct('('));
    Some(match paren {
        Some(p) => err.with_position(super::extra::char_pos(text, p.start)),
        None => err,
    })
}

#[cfg(test)]
mod tests {
    use super::super::parse::parse;

    fn err(sql: &str, v: u32) -> (String, Option<String>) {
        let e = parse(sql, v).expect_err(sql);
        (e.message, e.position)
    }

    fn pos(p: usize) -> Option<String> {
        Some(p.to_string())
    }

    #[test]
    fn subquery_alias_before_16() {
        // recorded in case 113
        let m = "subquery in FROM must have an alias".to_string();
        assert_eq!(
            err("SELECT count(*) FROM (SELECT n FROM nums WHERE n > 1);", 15),
            (m.clone(), pos(22))
        );
        assert_eq!(
            err(
                "CREATE TABLE agg AS SELECT max(n) AS m FROM (SELECT n FROM nums);",
                15
            ),
            (m.clone(), pos(45))
        );
        assert_eq!(err("SELECT * FROM (SELECT 1);", 15), (m, pos(15)));
        assert_eq!(
            err("SELECT * FROM (VALUES (1)) ;", 15),
            ("VALUES in FROM must have an alias".into(), pos(15))
        );
        let e = parse("SELECT * FROM (SELECT 1);", 15).unwrap_err();
        assert_eq!(
            e.hint.as_deref(),
            Some("For example, FROM (SELECT ...) [AS] foo.")
        );
        assert!(parse("SELECT * FROM (SELECT 1);", 18).is_ok());
        assert!(parse("SELECT count(*) FROM (SELECT n FROM nums) AS sub;", 15).is_ok());
    }

    #[test]
    fn other_dialects_forms() {
        // recorded in case 609 (PostgreSQL 15 and 18 agree)
        let cases = [
            ("CREATE VIEW IF NOT EXISTS v AS SELECT 1;", "NOT", 16),
            ("CREATE OR REPLACE TABLE t2 (a int);", "TABLE", 19),
            ("CREATE TABLE t3 (a int) ENGINE=InnoDB;", "ENGINE", 25),
            (
                "CREATE TABLE t4 (a int AUTO_INCREMENT, b int);",
                "AUTO_INCREMENT",
                24,
            ),
            ("CREATE TABLE t5 (a int unsigned);", "unsigned", 24),
            ("ALTER TABLE t MODIFY COLUMN v bigint;", "MODIFY", 15),
            ("ALTER TABLE t CHANGE COLUMN v v2 int;", "CHANGE", 15),
            (
                "INSERT INTO t VALUES (1) ON DUPLICATE KEY UPDATE v = 1;",
                "DUPLICATE",
                29,
            ),
            ("DROP INDEX t_pkey ON t;", "ON", 19),
            ("CREATE TABLE t6 (a int COMMENT 'x');", "COMMENT", 24),
            ("CREATE TABLE t7 (a int) COMMENT 'x';", "COMMENT", 25),
            ("ALTER TABLE t RENAME TO public.t8;", ".", 31),
            ("CREATE TABLE t9 (a int) WITHOUT ROWID;", "ROWID", 33),
            ("UPDATE t SET v = 1 LIMIT 1;", "LIMIT", 20),
            ("DELETE FROM t LIMIT 1;", "LIMIT", 15),
            ("COMMENT IF EXISTS ON TABLE t IS 'x';", "IF", 9),
            ("COMMENT ON USER postgres IS 'x';", "USER", 12),
        ];
        for (sql, near, p) in cases {
            for v in [15, 18] {
                assert_eq!(
                    err(sql, v),
                    (format!("syntax error at or near \"{near}\""), pos(p)),
                    "{sql}"
                );
            }
        }
        // PostgreSQL forms stay accepted
        for sql in [
            "CREATE TABLE c (id int, parent_id int REFERENCES COMMENT ON DELETE CASCADE);",
            "CREATE MATERIALIZED VIEW IF NOT EXISTS mv AS SELECT 1;",
            "CREATE TABLE t (a int, comment text, CONSTRAINT c CHECK (a > 0)) WITH (fillfactor = 70);",
            "CREATE TABLE t (a int) PARTITION BY RANGE (a);",
            "UPDATE t SET a = 1 WHERE id IN (SELECT id FROM t LIMIT 1);",
            "ALTER TABLE t RENAME TO t2;",
            "DROP INDEX IF EXISTS i;",
            "COMMENT ON TABLE t IS 'x';",
        ] {
            assert!(parse(sql, 15).is_ok(), "{sql}");
        }
    }
}
