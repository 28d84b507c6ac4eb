//! Classifying a statement by its leading keywords: the command tag PostgreSQL would answer,
//! for statements no parser here reads in full, and the syntax error for words no command
//! starts with.

use super::words::{leading_words, Word};

/// What the leading keywords say about a statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Classified {
    /// A command PostgreSQL knows, with the tag it answers on success.
    Command { tag: String },
    /// Words no PostgreSQL command starts with: a syntax error at this word.
    SyntaxError { near: String },
    /// Nothing but comments or punctuation.
    Empty,
}

const TOP_LEVEL: &[&str] = &[
    "SELECT",
    "INSERT",
    "UPDATE",
    "DELETE",
    "WITH",
    "VALUES",
    "TABLE",
    "CREATE",
    "ALTER",
    "DROP",
    "COMMENT",
    "GRANT",
    "REVOKE",
    "SET",
    "RESET",
    "SHOW",
    "TRUNCATE",
    "VACUUM",
    "ANALYZE",
    "ANALYSE",
    "CLUSTER",
    "REINDEX",
    "REFRESH",
    "LOCK",
    "DO",
    "CALL",
    "COPY",
    "EXPLAIN",
    "LISTEN",
    "NOTIFY",
    "UNLISTEN",
    "DISCARD",
    "DECLARE",
    "FETCH",
    "CLOSE",
    "MOVE",
    "PREPARE",
    "EXECUTE",
    "DEALLOCATE",
    "IMPORT",
    "SECURITY",
    "LOAD",
    "CHECKPOINT",
    "REASSIGN",
    "MERGE",
    "BEGIN",
    "START",
    "COMMIT",
    "END",
    "ROLLBACK",
    "ABORT",
    "SAVEPOINT",
    "RELEASE",
];

/// Object words that may follow CREATE (before the object's name).
const CREATE_OBJECTS: &[&str] = &[
    "TABLE",
    "TEMP",
    "TEMPORARY",
    "UNLOGGED",
    "GLOBAL",
    "LOCAL",
    "INDEX",
    "UNIQUE",
    "VIEW",
    "MATERIALIZED",
    "OR",
    "SEQUENCE",
    "SCHEMA",
    "TYPE",
    "DOMAIN",
    "FUNCTION",
    "PROCEDURE",
    "TRIGGER",
    "CONSTRAINT",
    "EXTENSION",
    "ROLE",
    "USER",
    "GROUP",
    "DATABASE",
    "POLICY",
    "RULE",
    "AGGREGATE",
    "OPERATOR",
    "CAST",
    "COLLATION",
    "CONVERSION",
    "DEFAULT",
    "STATISTICS",
    "TEXT",
    "PUBLICATION",
    "SUBSCRIPTION",
    "SERVER",
    "FOREIGN",
    "EVENT",
    "TABLESPACE",
    "TRANSFORM",
    "ACCESS",
    "LANGUAGE",
    "TRUSTED",
    "PROCEDURAL",
    "RECURSIVE",
];

/// Object words that may follow ALTER or DROP.
const ALTER_DROP_OBJECTS: &[&str] = &[
    "TABLE",
    "INDEX",
    "VIEW",
    "MATERIALIZED",
    "SEQUENCE",
    "SCHEMA",
    "TYPE",
    "DOMAIN",
    "FUNCTION",
    "PROCEDURE",
    "ROUTINE",
    "TRIGGER",
    "EXTENSION",
    "ROLE",
    "USER",
    "GROUP",
    "DATABASE",
    "POLICY",
    "RULE",
    "AGGREGATE",
    "OPERATOR",
    "CAST",
    "COLLATION",
    "CONVERSION",
    "DEFAULT",
    "STATISTICS",
    "TEXT",
    "PUBLICATION",
    "SUBSCRIPTION",
    "SERVER",
    "FOREIGN",
    "EVENT",
    "TABLESPACE",
    "TRANSFORM",
    "ACCESS",
    "LANGUAGE",
    "PROCEDURAL",
    "SYSTEM",
    "OWNED",
    "LARGE",
];

fn upper(w: &Word) -> Option<&str> {
    match w {
        Word::Bare { upper, .. } => Some(upper),
        _ => None,
    }
}

fn near(w: Option<&Word>) -> String {
    match w {
        Some(Word::Bare { raw, .. }) => raw.clone(),
        Some(Word::Quoted(s)) => s.clone(),
        Some(Word::Str(s)) => s.clone(),
        Some(Word::Punct(c)) => c.to_string(),
        None => String::new(),
    }
}

/// The object phrase after CREATE/ALTER/DROP, skipping modifiers: `MATERIALIZED VIEW`,
/// `UNIQUE INDEX` → `INDEX`, `OR REPLACE FUNCTION` → `FUNCTION`.
fn object_phrase(words: &[Word]) -> Option<String> {
    let mut i = 0;
    let mut skip = |kw: &[&str]| {
        while words
            .get(i)
            .and_then(upper)
            .is_some_and(|u| kw.contains(&u))
        {
            i += 1;
        }
    };
    skip(&[
        "OR",
        "REPLACE",
        "TEMP",
        "TEMPORARY",
        "UNLOGGED",
        "GLOBAL",
        "LOCAL",
        "UNIQUE",
        "TRUSTED",
        "PROCEDURAL",
        "RECURSIVE",
        "CONSTRAINT",
        "DEFAULT",
    ]);
    let first = words.get(i).and_then(upper)?;
    let two = |second: &str| -> bool { words.get(i + 1).and_then(upper) == Some(second) };
    Some(match first {
        "MATERIALIZED" => "MATERIALIZED VIEW".into(),
        "TEXT" => "TEXT SEARCH".into(),
        "FOREIGN" if two("TABLE") => "FOREIGN TABLE".into(),
        "FOREIGN" => "FOREIGN DATA WRAPPER".into(),
        "EVENT" => "EVENT TRIGGER".into(),
        "ACCESS" => "ACCESS METHOD".into(),
        "OWNED" => "OWNED".into(),
        "LARGE" => "LARGE OBJECT".into(),
        other => other.to_string(),
    })
}

/// A token PostgreSQL's lexer hands to the grammar alone and no rule accepts (`{`, `}`, a lone
/// `$`, `\`): the first one outside strings, comments and quoted names. Templates that were
/// never rendered (`{{ index .Options "Namespace" }}`, `$%AUTO_INCREMENT_PRIMARY_KEY%$`) stop
/// there (recorded in case 609).
fn bad_token(text: &str) -> Option<String> {
    if !text
        .bytes()
        .any(|b| matches!(b, b'{' | b'}' | b'$' | b'\\'))
    {
        return None;
    }
    let toks = super::extra::lex(text)?;
    toks.iter().find_map(|t| match t.tok {
        super::extra::Tok::Bad(c) => Some(c.to_string()),
        _ => None,
    })
}

/// Classify `text` by its leading keywords.
pub fn classify(text: &str) -> Classified {
    let words = leading_words(text, 8);
    let Some(first) = words.first() else {
        return Classified::Empty;
    };
    let Some(kw) = upper(first) else {
        if *first == Word::Punct('(') {
            return Classified::Command {
                tag: "SELECT".into(),
            };
        }
        if *first == Word::Punct(';') {
            return Classified::Empty;
        }
        return Classified::SyntaxError {
            near: near(Some(first)),
        };
    };
    if !TOP_LEVEL.contains(&kw) {
        return Classified::SyntaxError {
            near: near(Some(first)),
        };
    }
    let rest = &words[1..];
    // CREATE TYPE IF NOT EXISTS: IF is the type's name, then NOT (oracle 17_idempotent_patterns)
    if kw == "CREATE"
        && rest.first().is_some_and(|w| w.is("TYPE"))
        && rest.get(1).is_some_and(|w| w.is("IF"))
        && rest.get(2).is_some_and(|w| w.is("NOT"))
    {
        return Classified::SyntaxError {
            near: near(rest.get(2)),
        };
    }
    if let Some(bad) = bad_token(text) {
        return Classified::SyntaxError { near: bad };
    }
    let tag = match kw {
        "CREATE" | "ALTER" | "DROP" => {
            let allowed = if kw == "CREATE" {
                CREATE_OBJECTS
            } else {
                ALTER_DROP_OBJECTS
            };
            match rest.first().and_then(upper) {
                Some(o) if allowed.contains(&o) => {}
                _ => {
                    return Classified::SyntaxError {
                        near: near(rest.first()),
                    }
                }
            }
            let obj = object_phrase(rest).unwrap_or_default();
            match (kw, obj.as_str()) {
                ("DROP", "OWNED") => "DROP OWNED".into(),
                ("ALTER", "SYSTEM") => "ALTER SYSTEM".into(),
                (_, "ROLE" | "USER" | "GROUP") => format!("{kw} ROLE"),
                _ => format!("{kw} {obj}"),
            }
        }
        "SELECT" | "VALUES" | "TABLE" | "WITH" => "SELECT".into(),
        "INSERT" => "INSERT 0 0".into(),
        "UPDATE" => "UPDATE 0".into(),
        "DELETE" => "DELETE 0".into(),
        "MERGE" => "MERGE 0".into(),
        "ANALYSE" => "ANALYZE".into(),
        "REFRESH" => "REFRESH MATERIALIZED VIEW".into(),
        "LOCK" => "LOCK TABLE".into(),
        "SECURITY" => "SECURITY LABEL".into(),
        "IMPORT" => "IMPORT FOREIGN SCHEMA".into(),
        "REASSIGN" => "REASSIGN OWNED".into(),
        "DECLARE" => "DECLARE CURSOR".into(),
        "CLOSE" => "CLOSE CURSOR".into(),
        "DEALLOCATE" => "DEALLOCATE".into(),
        "EXPLAIN" => "EXPLAIN".into(),
        "COPY" => "COPY 0".into(),
        "SET" if rest.first().is_some_and(|w| w.is("CONSTRAINTS")) => "SET CONSTRAINTS".into(),
        other => other.to_string(),
    };
    Classified::Command { tag }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(s: &str) -> String {
        match classify(s) {
            Classified::Command { tag } => tag,
            other => panic!("{s}: {other:?}"),
        }
    }

    #[test]
    fn tags_from_leading_words() {
        assert_eq!(
            tag("CREATE UNIQUE INDEX CONCURRENTLY x ON t (a)"),
            "CREATE INDEX"
        );
        assert_eq!(
            tag("create or replace function f() returns int"),
            "CREATE FUNCTION"
        );
        assert_eq!(tag("DROP MATERIALIZED VIEW v"), "DROP MATERIALIZED VIEW");
        assert_eq!(
            tag("ALTER TABLE t ALTER CONSTRAINT c DEFERRABLE"),
            "ALTER TABLE"
        );
        assert_eq!(tag("DO $$ BEGIN END $$"), "DO");
        assert_eq!(tag("GRANT SELECT ON t TO r"), "GRANT");
    }

    #[test]
    fn characters_no_token_starts_with() {
        // recorded in case 609: unrendered templates stop at their first character
        let cases = [
            (
                "CREATE TABLE IF NOT EXISTS {{ index .Options \"Namespace\" }}.users (id int);",
                "{",
            ),
            (
                "CREATE TABLE s1 (k $%AUTO_INCREMENT_PRIMARY_KEY%$, b int);",
                "$",
            ),
        ];
        for (sql, bad) in cases {
            assert_eq!(
                classify(sql),
                Classified::SyntaxError { near: bad.into() },
                "{sql}"
            );
        }
        // inside strings, quoted names, dollar quotes and comments they are fine
        for sql in [
            "INSERT INTO t VALUES ('{}', \"a{b\", $$ } $$) -- {",
            "CREATE FUNCTION f() RETURNS int AS $f$ SELECT 1 $f$ LANGUAGE sql",
            "SELECT $1",
        ] {
            assert!(matches!(classify(sql), Classified::Command { .. }), "{sql}");
        }
    }

    #[test]
    fn create_type_if_not_exists() {
        // oracle 17_idempotent_patterns: syntax error at or near "NOT" (position 16)
        assert_eq!(
            classify("CREATE TYPE IF NOT EXISTS kind AS ENUM ('x');"),
            Classified::SyntaxError { near: "NOT".into() }
        );
    }

    #[test]
    fn unknown_words_are_syntax_errors() {
        assert_eq!(
            classify("CREATE TABLEE late (id int);"),
            Classified::SyntaxError {
                near: "TABLEE".into()
            }
        );
        assert_eq!(
            classify("SELEC 1"),
            Classified::SyntaxError {
                near: "SELEC".into()
            }
        );
    }
}
