//! Our own parsers for PostgreSQL statements `sqlparser` cannot read, or reads wrongly, so they
//! are still simulated in full.
//!
//! [`parse_extra`] runs before `sqlparser` (see [`super::parse`]). It answers `None` for anything
//! it does not own, quickly (it looks at the leading words first). What it owns:
//!
//! | statement | how |
//! |---|---|
//! | `DO` | own parser ([`DoBlock`]); the body is kept as text |
//! | `DROP INDEX CONCURRENTLY …` | own parser (`sqlparser` reads `CONCURRENTLY` as an index name) |
//! | `ALTER SEQUENCE …` | own parser |
//! | `ALTER INDEX IF EXISTS … RENAME TO …` | own parser |
//! | `REINDEX …` | own parser |
//! | `CREATE STATISTICS …`, `DROP STATISTICS …` | own parsers |
//! | `COMMENT ON {FUNCTION\|PROCEDURE\|ROUTINE} f(args)`, `COMMENT ON CONSTRAINT c ON t` | own parser |
//! | `COMMENT … IS $$…$$` / `E'…'` / continued strings | literal rewritten to `'…'`, then `sqlparser` |
//! | `ALTER TABLE …` with `ALTER CONSTRAINT`, `ALTER COLUMN … SET/RESET (…)`, `ADD CONSTRAINT n NOT NULL c` | own actions + the other actions parsed by `sqlparser` |
//! | `CREATE TABLE (…, CONSTRAINT n NOT NULL c, …)` | element removed, rest parsed by `sqlparser` |
//! | `CREATE FUNCTION … COST n / ROWS n` | clause removed (and checked), rest parsed by `sqlparser` |
//! | two statements without a `;` between them | a syntax error at the second one |
//!
//! Forms PostgreSQL's grammar rejects (in some or all versions) come back as
//! [`Extra::Rejected`], with the syntax error each version raises.
//!
//! The module also holds a lexer ([`lex`]) that follows PostgreSQL's (`scan.l`) closely enough
//! to find statement structure: words, quoted identifiers, every string form (`'…'`, `E'…'`,
//! `$tag$…$tag$`, continuation across newlines), numbers, operators, punctuation, and the
//! characters PostgreSQL's lexer turns into a syntax error (`{`, `}`, a lone `$`, …).

use sqlparser::ast::Statement;
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::parser::Parser;

use super::ObjName;
use crate::catalog::truncate_identifier;
use crate::response::PgError;

// ---------------------------------------------------------------------------------------------
// Lexer

/// One token of a statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tok {
    /// An unquoted word (keyword or identifier): upper-cased for matching, and as written.
    Word { upper: String, raw: String },
    /// A double-quoted identifier, unescaped.
    Quoted(String),
    /// A string constant in any quoting, its value (escapes resolved, continuations joined).
    Str { value: String, dollar: bool },
    /// A numeric constant as written.
    Num(String),
    /// A parameter `$1`.
    Param(String),
    /// An operator: one or more of `~!@#^&|`?+-*/%<>=`.
    Op(String),
    /// One of `( ) , ; . [ ] :`.
    Punct(char),
    /// A character PostgreSQL's lexer hands to the grammar alone, which no rule accepts:
    /// `{`, `}`, `\`, a `$` that starts neither a parameter nor a dollar quote, …
    Bad(char),
}

/// A token and where it stands in the statement (byte offsets).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub tok: Tok,
    pub start: usize,
    pub end: usize,
}

impl Token {
    /// Whether this is the bare keyword `kw` (upper case).
    pub fn is(&self, kw: &str) -> bool {
        matches!(&self.tok, Tok::Word { upper, .. } if upper == kw)
    }

    /// The token as PostgreSQL quotes it in `syntax error at or near "…"`.
    pub fn near<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

fn ident_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_' || b >= 0x80
}

fn ident_cont(b: u8) -> bool {
    ident_start(b) || b.is_ascii_digit() || b == b'$'
}

fn is_op_char(b: u8) -> bool {
    b"~!@#^&|`?+-*/%<>=".contains(&b)
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// Skip white space and comments from `i`; `None` for an unterminated `/*`.
fn skip_space(b: &[u8], mut i: usize) -> Option<usize> {
    loop {
        if i < b.len() && is_space(b[i]) {
            i += 1;
        } else if b.get(i) == Some(&b'-') && b.get(i + 1) == Some(&b'-') {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else if b.get(i) == Some(&b'/') && b.get(i + 1) == Some(&b'*') {
            let mut depth = 0usize;
            loop {
                if i >= b.len() {
                    return None;
                }
                if b[i] == b'/' && b.get(i + 1) == Some(&b'*') {
                    depth += 1;
                    i += 2;
                } else if b[i] == b'*' && b.get(i + 1) == Some(&b'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
        } else {
            return Some(i);
        }
    }
}

/// A quoted run starting just after the opening `quote`: (value bytes, offset after the close).
/// `None` when unterminated.
fn quoted(b: &[u8], mut i: usize, quote: u8, backslash: bool) -> Option<(Vec<u8>, usize)> {
    let mut out = Vec::new();
    loop {
        let c = *b.get(i)?;
        if backslash && c == b'\\' {
            let e = *b.get(i + 1)?;
            out.push(match e {
                b'n' => b'\n',
                b't' => b'\t',
                b'r' => b'\r',
                b'b' => 8,
                b'f' => 12,
                other => other,
            });
            i += 2;
        } else if c == quote {
            if b.get(i + 1) == Some(&quote) {
                out.push(quote);
                i += 2;
            } else {
                return Some((out, i + 1));
            }
        } else {
            out.push(c);
            i += 1;
        }
    }
}

/// After a string constant: PostgreSQL joins the next one when only white space with a
/// newline separates them (`'a'` ⏎ `'b'` is `'ab'`). Returns where the next one's quote is.
fn continuation(b: &[u8], end: usize) -> Option<usize> {
    let mut i = end;
    let mut newline = false;
    while i < b.len() && is_space(b[i]) {
        newline |= b[i] == b'\n' || b[i] == b'\r';
        i += 1;
    }
    (newline && b.get(i) == Some(&b'\'')).then_some(i)
}

/// The tokens of `text`, as PostgreSQL's lexer reads them. `None` when a quote, a dollar quote
/// or a comment is not terminated (the splitter only lets that happen at the end of a file).
pub fn lex(text: &str) -> Option<Vec<Token>> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    loop {
        i = skip_space(b, i)?;
        if i >= b.len() {
            return Some(out);
        }
        let start = i;
        let c = b[i];
        // string constants with a prefix: E'…', B'…', X'…', N'…', U&'…'
        let prefixed = |n: usize| b.get(i + n) == Some(&b'\'');
        let (tok, end) = if (c == b'e' || c == b'E') && prefixed(1) {
            let (mut v, mut end) = quoted(b, i + 2, b'\'', true)?;
            while let Some(q) = continuation(b, end) {
                let (more, e) = quoted(b, q + 1, b'\'', true)?;
                v.extend(more);
                end = e;
            }
            let value = String::from_utf8_lossy(&v).into_owned();
            (
                Tok::Str {
                    value,
                    dollar: false,
                },
                end,
            )
        } else if matches!(c, b'b' | b'B' | b'x' | b'X' | b'n' | b'N') && prefixed(1) {
            let (v, end) = quoted(b, i + 2, b'\'', false)?;
            let value = String::from_utf8_lossy(&v).into_owned();
            (
                Tok::Str {
                    value,
                    dollar: false,
                },
                end,
            )
        } else if (c == b'u' || c == b'U')
            && b.get(i + 1) == Some(&b'&')
            && matches!(b.get(i + 2), Some(b'\'' | b'"'))
        {
            let q = b[i + 2];
            let (v, end) = quoted(b, i + 3, q, false)?;
            let value = String::from_utf8_lossy(&v).into_owned();
            if q == b'"' {
                (Tok::Quoted(value), end)
            } else {
                (
                    Tok::Str {
                        value,
                        dollar: false,
                    },
                    end,
                )
            }
        } else if ident_start(c) {
            let mut j = i;
            while j < b.len() && ident_cont(b[j]) {
                j += 1;
            }
            let raw = &text[i..j];
            (
                Tok::Word {
                    upper: raw.to_ascii_uppercase(),
                    raw: raw.to_string(),
                },
                j,
            )
        } else if c == b'\'' {
            let (mut v, mut end) = quoted(b, i + 1, b'\'', false)?;
            while let Some(q) = continuation(b, end) {
                let (more, e) = quoted(b, q + 1, b'\'', false)?;
                v.extend(more);
                end = e;
            }
            let value = String::from_utf8_lossy(&v).into_owned();
            (
                Tok::Str {
                    value,
                    dollar: false,
                },
                end,
            )
        } else if c == b'"' {
            let (v, end) = quoted(b, i + 1, b'"', false)?;
            (Tok::Quoted(String::from_utf8_lossy(&v).into_owned()), end)
        } else if c == b'$' {
            if b.get(i + 1).is_some_and(u8::is_ascii_digit) {
                let mut j = i + 1;
                while j < b.len() && b[j].is_ascii_digit() {
                    j += 1;
                }
                (Tok::Param(text[i..j].to_string()), j)
            } else {
                // $tag$ with tag = [A-Za-z_\x80-][A-Za-z_0-9\x80-]* or empty
                let mut j = i + 1;
                if j < b.len() && ident_start(b[j]) {
                    j += 1;
                    while j < b.len() && (ident_start(b[j]) || b[j].is_ascii_digit()) {
                        j += 1;
                    }
                }
                if b.get(j) == Some(&b'$') {
                    let delim = &text[i..=j];
                    let body_start = j + 1;
                    let close = text[body_start..].find(delim)?;
                    let value = text[body_start..body_start + close].to_string();
                    (
                        Tok::Str {
                            value,
                            dollar: true,
                        },
                        body_start + close + delim.len(),
                    )
                } else {
                    (Tok::Bad('$'), i + 1)
                }
            }
        } else if c.is_ascii_digit() || (c == b'.' && b.get(i + 1).is_some_and(u8::is_ascii_digit))
        {
            let mut j = i;
            while j < b.len() && b[j].is_ascii_digit() {
                j += 1;
            }
            if b.get(j) == Some(&b'.') && b.get(j + 1) != Some(&b'.') {
                j += 1;
                while j < b.len() && b[j].is_ascii_digit() {
                    j += 1;
                }
            }
            if matches!(b.get(j), Some(b'e' | b'E')) {
                let mut k = j + 1;
                if matches!(b.get(k), Some(b'+' | b'-')) {
                    k += 1;
                }
                if b.get(k).is_some_and(u8::is_ascii_digit) {
                    while k < b.len() && b[k].is_ascii_digit() {
                        k += 1;
                    }
                    j = k;
                }
            }
            (Tok::Num(text[i..j].to_string()), j)
        } else if b"(),;.[]:".contains(&c) {
            (Tok::Punct(c as char), i + 1)
        } else if is_op_char(c) {
            let mut j = i;
            while j < b.len() && is_op_char(b[j]) {
                // a comment start ends the operator
                if j > i
                    && ((b[j] == b'-' && b.get(j + 1) == Some(&b'-'))
                        || (b[j] == b'/' && b.get(j + 1) == Some(&b'*')))
                {
                    break;
                }
                j += 1;
            }
            // scan.l: a multi-character operator may end in + or - only if it contains one of
            // ~!@#^&|`?% (so `=-1` is `=` then `-1`)
            if j - i > 1
                && matches!(b[j - 1], b'+' | b'-')
                && !b[i..j - 1].iter().any(|x| b"~!@#^&|`?%".contains(x))
            {
                while j - i > 1 && matches!(b[j - 1], b'+' | b'-') {
                    j -= 1;
                }
            }
            (Tok::Op(text[i..j].to_string()), j)
        } else {
            let ch = text[i..].chars().next().unwrap_or('?');
            (Tok::Bad(ch), i + ch.len_utf8())
        };
        out.push(Token { tok, start, end });
        i = end;
    }
}

/// PostgreSQL's reserved and type/function-name keywords: never a bare relation or column name.
const NOT_COLID: &[&str] = &[
    "ALL",
    "ANALYSE",
    "ANALYZE",
    "AND",
    "ANY",
    "ARRAY",
    "AS",
    "ASC",
    "ASYMMETRIC",
    "BOTH",
    "CASE",
    "CAST",
    "CHECK",
    "COLLATE",
    "COLUMN",
    "CONSTRAINT",
    "CREATE",
    "CURRENT_CATALOG",
    "CURRENT_DATE",
    "CURRENT_ROLE",
    "CURRENT_TIME",
    "CURRENT_TIMESTAMP",
    "CURRENT_USER",
    "DEFAULT",
    "DEFERRABLE",
    "DESC",
    "DISTINCT",
    "DO",
    "ELSE",
    "END",
    "EXCEPT",
    "FALSE",
    "FETCH",
    "FOR",
    "FOREIGN",
    "FROM",
    "GRANT",
    "GROUP",
    "HAVING",
    "IN",
    "INITIALLY",
    "INTERSECT",
    "INTO",
    "LATERAL",
    "LEADING",
    "LIMIT",
    "LOCALTIME",
    "LOCALTIMESTAMP",
    "NOT",
    "NULL",
    "OFFSET",
    "ON",
    "ONLY",
    "OR",
    "ORDER",
    "PLACING",
    "PRIMARY",
    "REFERENCES",
    "RETURNING",
    "SELECT",
    "SESSION_USER",
    "SOME",
    "SYMMETRIC",
    "TABLE",
    "THEN",
    "TO",
    "TRAILING",
    "TRUE",
    "UNION",
    "UNIQUE",
    "USER",
    "USING",
    "VARIADIC",
    "WHEN",
    "WHERE",
    "WINDOW",
    "WITH",
    // type_func_name_keyword
    "AUTHORIZATION",
    "BINARY",
    "COLLATION",
    "CONCURRENTLY",
    "CROSS",
    "CURRENT_SCHEMA",
    "FREEZE",
    "FULL",
    "ILIKE",
    "INNER",
    "IS",
    "ISNULL",
    "JOIN",
    "LEFT",
    "LIKE",
    "NATURAL",
    "NOTNULL",
    "OUTER",
    "OVERLAPS",
    "RIGHT",
    "SIMILAR",
    "TABLESAMPLE",
    "VERBOSE",
];

/// Fold an unquoted identifier as PostgreSQL does (ASCII lower case), then truncate.
pub fn fold_word(raw: &str) -> String {
    truncate_identifier(&raw.to_ascii_lowercase())
}

// ---------------------------------------------------------------------------------------------
// Syntax errors

/// A syntax error: `syntax error at or near "X"` (or `at end of input`), at a position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxErr {
    /// The token as written; `None` for the end of the input.
    pub near: Option<String>,
    /// 1-based position in characters, as PostgreSQL reports it.
    pub position: usize,
    /// A message of the grammar's own instead of `syntax error at or near …` (SQLSTATE 42601).
    pub message: Option<String>,
}

impl SyntaxErr {
    /// The error at token `t` of `text`, or at the end of the input.
    pub fn at(text: &str, t: Option<&Token>) -> Self {
        match t {
            Some(t) => SyntaxErr {
                near: Some(t.near(text).to_string()),
                position: char_pos(text, t.start),
                message: None,
            },
            None => SyntaxErr {
                near: None,
                position: char_pos(text, text.len()),
                message: None,
            },
        }
    }

    pub fn to_error(&self) -> PgError {
        let msg = match (&self.message, &self.near) {
            (Some(m), _) => m.clone(),
            (None, Some(n)) => format!("syntax error at or near \"{n}\""),
            (None, None) => "syntax error at end of input".to_string(),
        };
        PgError::new("42601", msg).with_position(self.position)
    }
}

/// 1-based character position of byte offset `byte` in `text`.
pub fn char_pos(text: &str, byte: usize) -> usize {
    text[..byte.min(text.len())].chars().count() + 1
}

// ---------------------------------------------------------------------------------------------
// What this module parses

/// A statement parsed by this module.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Extra {
    /// `DO [LANGUAGE l] $$…$$`: runs an anonymous block.
    Do(DoBlock),
    /// `DROP INDEX CONCURRENTLY [IF EXISTS] name [, …] [CASCADE|RESTRICT]`.
    DropIndex {
        concurrently: bool,
        if_exists: bool,
        names: Vec<ObjName>,
        cascade: bool,
        /// The same statement without `CONCURRENTLY`, as `sqlparser` reads it, to run the drop
        /// itself (`None` when it cannot be built: several names, CASCADE).
        plain: Option<Box<Statement>>,
    },
    /// `ALTER SEQUENCE [IF EXISTS] name …`.
    AlterSequence {
        if_exists: bool,
        name: ObjName,
        action: SequenceAction,
    },
    /// `ALTER INDEX IF EXISTS name RENAME TO new` (`sqlparser` has no IF EXISTS there).
    AlterIndexRename {
        name: ObjName,
        /// `ALTER INDEX name RENAME TO new` as `sqlparser` reads it.
        plain: Box<Statement>,
    },
    /// `REINDEX [(options)] {INDEX|TABLE|SCHEMA|DATABASE|SYSTEM} [CONCURRENTLY] [name]`.
    Reindex(Reindex),
    /// `CREATE STATISTICS …`.
    CreateStatistics(CreateStatistics),
    /// `DROP STATISTICS [IF EXISTS] name [, …] [CASCADE|RESTRICT]`.
    DropStatistics {
        if_exists: bool,
        names: Vec<ObjName>,
        cascade: bool,
    },
    /// `COMMENT ON {FUNCTION|PROCEDURE|ROUTINE|CONSTRAINT|…} … IS …` in forms `sqlparser`
    /// does not read.
    Comment {
        target: CommentTarget,
        /// `None` for `IS NULL`.
        comment: Option<String>,
    },
    /// `ALTER TABLE` with actions `sqlparser` does not read, mixed with ones it does.
    AlterTable(AlterTableExtra),
    /// `CREATE TABLE` with table-level `CONSTRAINT n NOT NULL col` elements (PostgreSQL 18):
    /// the statement without them, then the constraints.
    CreateTableNotNull {
        stmt: Box<Statement>,
        not_null: Vec<NamedNotNull>,
    },
    /// `CREATE FUNCTION|PROCEDURE` with clauses `sqlparser` does not read (`COST n`, `ROWS n`),
    /// taken out and kept here so their checks still run.
    CreateFunction {
        stmt: Box<Statement>,
        cost: Option<String>,
        rows: Option<String>,
    },
    /// A statement rewritten into an equivalent one `sqlparser` reads (a `$$…$$` or `E'…'`
    /// comment literal turned into a plain `'…'` one).
    Rewritten(Box<Statement>),
    /// A statement PostgreSQL's grammar rejects, in some versions or all.
    Rejected(Rejected),
}

/// A statement whose grammar depends on the server version: in each range of versions either a
/// syntax error or the statement as accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejected {
    /// `(first version, error)` in ascending order: the last entry at or below the server's
    /// version applies; `None` means accepted there.
    pub by_version: Vec<(u32, Option<SyntaxErr>)>,
    /// The statement where it is accepted.
    pub accepted: Option<Box<Extra>>,
}

impl Rejected {
    fn always(err: SyntaxErr) -> Extra {
        Extra::Rejected(Rejected {
            by_version: vec![(0, Some(err))],
            accepted: None,
        })
    }

    fn since(version: u32, err: SyntaxErr, accepted: Extra) -> Extra {
        Extra::Rejected(Rejected {
            by_version: vec![(0, Some(err)), (version, None)],
            accepted: Some(Box::new(accepted)),
        })
    }

    /// The syntax error for server version `pg_version`, if it rejects the statement.
    pub fn error_for(&self, pg_version: u32) -> Option<PgError> {
        self.by_version
            .iter()
            .rev()
            .find(|(v, _)| *v <= pg_version)
            .and_then(|(_, e)| e.as_ref())
            .map(SyntaxErr::to_error)
    }
}

/// `DO`'s options.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DoBlock {
    /// `LANGUAGE x` (folded), when given.
    pub language: Option<String>,
    /// The code.
    pub body: Option<String>,
    /// Byte offset of the body's text in the statement, when it is a dollar quote (the body's
    /// own syntax errors are reported at positions in the statement).
    pub body_offset: Option<usize>,
    /// The 1-based position of an option given twice (`conflicting or redundant options`).
    pub conflict_at: Option<usize>,
}

/// What `ALTER SEQUENCE` does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SequenceAction {
    RenameTo(String),
    SetSchema(String),
    OwnerTo(String),
    SetLogged(bool),
    /// Sequence options (`INCREMENT BY`, `OWNED BY`, `AS`, …), in order.
    Options(Vec<SeqOption>),
}

/// One sequence option, values as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SeqOption {
    As(String),
    Increment(String),
    MinValue(Option<String>),
    MaxValue(Option<String>),
    Start(String),
    Restart(Option<String>),
    Cache(String),
    Cycle(bool),
    /// `OWNED BY NONE` (`None`) or `OWNED BY [schema.]table.column` (all the parts).
    OwnedBy(Option<Vec<String>>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReindexKind {
    Index,
    Table,
    Schema,
    Database,
    System,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reindex {
    pub kind: ReindexKind,
    pub concurrently: bool,
    pub verbose: bool,
    /// Other known options (`TABLESPACE x`): not modelled.
    pub other_options: bool,
    /// An option PostgreSQL does not know: its name and 1-based position (42601 at run time).
    pub unknown_option: Option<(String, usize)>,
    pub name: Option<ObjName>,
}

/// One item of `CREATE STATISTICS … ON a, (expr), …`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StatsItem {
    Column(String),
    /// An expression: its text, and the columns it names (`None` when they cannot be told).
    Expr {
        text: String,
        columns: Option<Vec<String>>,
        /// Byte offset of `text` in the statement.
        offset: usize,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateStatistics {
    pub if_not_exists: bool,
    /// `None`: PostgreSQL ≥ 16 names it `table_col_col_stat`.
    pub name: Option<ObjName>,
    pub kinds: Vec<String>,
    pub items: Vec<StatsItem>,
    pub table: ObjName,
}

/// What a `COMMENT` this module parses is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CommentTarget {
    /// `FUNCTION|PROCEDURE|ROUTINE name(args)`: argument types as written (modes and names
    /// removed, `OUT` arguments left out).
    Routine {
        kind: RoutineKind,
        name: ObjName,
        args: Vec<String>,
    },
    /// `CONSTRAINT c ON [DOMAIN] t`.
    Constraint {
        name: String,
        table: ObjName,
        domain: bool,
    },
    /// `TRIGGER|POLICY|RULE name ON table`, `AGGREGATE …`, … (recognised, not modelled).
    Other { what: String },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoutineKind {
    Function,
    Procedure,
    Routine,
}

/// A table-level `CONSTRAINT name NOT NULL column` (PostgreSQL 18).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedNotNull {
    pub name: String,
    pub column: String,
}

/// `ALTER TABLE [IF EXISTS] [ONLY] name action, …` where some actions are ours.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlterTableExtra {
    pub if_exists: bool,
    pub name: ObjName,
    /// The actions `sqlparser` reads, as one `ALTER TABLE` (`None` when all are ours).
    pub sql: Option<Box<Statement>>,
    /// Our actions, in order.
    pub actions: Vec<AlterAction>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AlterAction {
    /// `ALTER CONSTRAINT name [NOT] DEFERRABLE [INITIALLY {DEFERRED|IMMEDIATE}]`.
    AlterConstraint {
        name: String,
        deferrable: Option<bool>,
        initially_deferred: Option<bool>,
    },
    /// `ALTER [COLUMN] col SET (opt = value, …)` or `RESET (opt, …)`.
    ColumnOptions {
        column: String,
        /// (option, value as written); no value for RESET (or `SET (opt)`).
        options: Vec<(String, Option<String>)>,
        reset: bool,
    },
    /// `ADD CONSTRAINT name NOT NULL col` (PostgreSQL 18).
    AddNotNull(NamedNotNull),
}

// ---------------------------------------------------------------------------------------------
// Cursor

/// A position in a token list, with PostgreSQL-grammar helpers.
struct Cur<'a> {
    t: &'a [Token],
    i: usize,
    text: &'a str,
}

impl<'a> Cur<'a> {
    fn new(text: &'a str, t: &'a [Token]) -> Self {
        Cur { t, i: 0, text }
    }

    fn peek(&self) -> Option<&'a Token> {
        self.t.get(self.i)
    }

    fn peek_at(&self, n: usize) -> Option<&'a Token> {
        self.t.get(self.i + n)
    }

    fn is(&self, kw: &str) -> bool {
        self.peek().is_some_and(|t| t.is(kw))
    }

    fn is_at(&self, n: usize, kw: &str) -> bool {
        self.peek_at(n).is_some_and(|t| t.is(kw))
    }

    fn is_punct(&self, c: char) -> bool {
        self.peek().is_some_and(|t| t.tok == Tok::Punct(c))
    }

    fn eat(&mut self, kw: &str) -> bool {
        if self.is(kw) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    /// All of `kws` in a row, or nothing consumed.
    fn eat_all(&mut self, kws: &[&str]) -> bool {
        if kws.iter().enumerate().all(|(n, k)| self.is_at(n, k)) {
            self.i += kws.len();
            true
        } else {
            false
        }
    }

    fn eat_punct(&mut self, c: char) -> bool {
        if self.is_punct(c) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    /// Only an optional `;` is left.
    fn at_end(&self) -> bool {
        match self.t.get(self.i..) {
            None | Some([]) => true,
            Some([t]) => t.tok == Tok::Punct(';'),
            Some(_) => false,
        }
    }

    /// The syntax error at the current token.
    fn error(&self) -> SyntaxErr {
        SyntaxErr::at(self.text, self.peek())
    }

    /// A column or relation name part: an identifier that is not a reserved keyword.
    fn ident(&mut self) -> Option<String> {
        let s = match &self.peek()?.tok {
            Tok::Word { upper, raw } if !NOT_COLID.contains(&upper.as_str()) => fold_word(raw),
            Tok::Quoted(s) if !s.is_empty() => truncate_identifier(s),
            _ => return None,
        };
        self.i += 1;
        Some(s)
    }

    /// A label where any keyword is allowed (`ColLabel`: option names, attribute names).
    fn label(&mut self) -> Option<String> {
        let s = match &self.peek()?.tok {
            Tok::Word { raw, .. } => fold_word(raw),
            Tok::Quoted(s) => truncate_identifier(s),
            _ => return None,
        };
        self.i += 1;
        Some(s)
    }

    /// `ident [. label]*`
    fn name(&mut self) -> Option<ObjName> {
        let first = self.ident()?;
        let mut parts = vec![first];
        while self.is_punct('.') {
            let save = self.i;
            self.i += 1;
            match self.label() {
                Some(p) => parts.push(p),
                None => {
                    self.i = save;
                    break;
                }
            }
        }
        Some(ObjName(parts))
    }

    /// A list of names separated by commas.
    fn names(&mut self) -> Option<Vec<ObjName>> {
        let mut v = vec![self.name()?];
        while self.eat_punct(',') {
            v.push(self.name()?);
        }
        Some(v)
    }

    /// `[+|-] number` as written.
    fn signed_number(&mut self) -> Option<String> {
        let mut s = String::new();
        if let Some(Tok::Op(o)) = self.peek().map(|t| &t.tok) {
            if o == "-" || o == "+" {
                s.push_str(o);
                self.i += 1;
            }
        }
        match &self.peek()?.tok {
            Tok::Num(n) => {
                s.push_str(n);
                self.i += 1;
                Some(s)
            }
            _ => None,
        }
    }

    /// The text from the start of token `from` to the end of the token before the cursor.
    fn text_since(&self, from: usize) -> &'a str {
        if from >= self.i {
            return "";
        }
        &self.text[self.t[from].start..self.t[self.i - 1].end]
    }

    /// Skip one balanced `( … )` group (the cursor is on `(`); false when unbalanced.
    fn skip_parens(&mut self) -> bool {
        let mut depth = 0usize;
        while let Some(t) = self.peek() {
            self.i += 1;
            match t.tok {
                Tok::Punct('(') => depth += 1,
                Tok::Punct(')') => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        return true;
                    }
                }
                _ => {}
            }
        }
        false
    }
}

/// Parse one statement with `sqlparser` (as [`super::parse`] does).
pub fn sqlparse_one(text: &str) -> Option<Statement> {
    let dialect = PostgreSqlDialect {};
    let mut v = Parser::new(&dialect)
        .with_recursion_limit(64)
        .try_with_sql(text)
        .and_then(|mut p| p.parse_statements())
        .ok()?;
    (v.len() == 1).then(|| v.pop().expect("one"))
}

/// Replace byte ranges of `text` (sorted, not overlapping).
fn splice(text: &str, edits: &[(usize, usize, String)]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (s, e, with) in edits {
        out.push_str(&text[at..*s]);
        out.push_str(with);
        at = *e;
    }
    out.push_str(&text[at..]);
    out
}

/// `'…'` with quotes doubled: a standard string literal for `value`.
fn sql_literal(value: &str) -> String {
    format!("'{}'", value.replace('\'', "''"))
}

// ---------------------------------------------------------------------------------------------
// Entry point

/// Parse `text` if it is one of the forms this module owns.
pub fn parse_extra(text: &str) -> Option<Extra> {
    // cheap look at the first words before lexing the whole statement
    let lead = super::words::leading_words(text, 3);
    let first = match lead.first()? {
        super::words::Word::Bare { upper, .. } => upper.clone(),
        _ => return None,
    };
    if !matches!(
        first.as_str(),
        "DO" | "DROP"
            | "ALTER"
            | "REINDEX"
            | "CREATE"
            | "COMMENT"
            | "INSERT"
            | "UPDATE"
            | "DELETE"
            | "GRANT"
            | "REVOKE"
            | "TRUNCATE"
    ) {
        return None;
    }
    let toks = lex(text)?;
    // a character no token starts with is a syntax error there: the keyword classifier says so
    if toks.iter().any(|t| matches!(t.tok, Tok::Bad(_))) {
        return None;
    }
    if let Some(e) = glued_statements(text, &toks) {
        return Some(e);
    }
    let mut c = Cur::new(text, &toks);
    c.i = 1;
    match first.as_str() {
        "DO" => parse_do(&mut c),
        "DROP" if c.is("INDEX") && c.is_at(1, "CONCURRENTLY") => {
            c.i += 2;
            parse_drop_index_concurrently(&mut c)
        }
        "DROP" if c.eat("STATISTICS") => parse_drop_statistics(&mut c),
        "ALTER" if c.eat("SEQUENCE") => parse_alter_sequence(&mut c),
        "ALTER" if c.is("INDEX") && c.is_at(1, "IF") => {
            c.i += 1;
            parse_alter_index_if_exists(&mut c)
        }
        "ALTER" if c.eat("TABLE") => parse_alter_table(&mut c),
        "REINDEX" => parse_reindex(&mut c),
        "CREATE" if c.eat("STATISTICS") => parse_create_statistics(&mut c),
        "CREATE" => parse_create(&mut c),
        "COMMENT" => parse_comment(&mut c),
        _ => None,
    }
}

/// Two statements without a `;` between them (`CREATE INDEX a …` ⏎ `CREATE INDEX b …`):
/// PostgreSQL stops at the second statement's first word. Recognised only when `sqlparser`
/// reads everything before that word as one statement and then stops exactly there.
fn glued_statements(text: &str, toks: &[Token]) -> Option<Extra> {
    const STARTS: &[&str] = &[
        "CREATE", "ALTER", "DROP", "INSERT", "UPDATE", "DELETE", "COMMENT", "GRANT", "REVOKE",
        "TRUNCATE",
    ];
    // CREATE SCHEMA may contain CREATE TABLE/VIEW/INDEX/… elements
    if toks.get(1).is_some_and(|t| t.is("SCHEMA")) {
        return None;
    }
    let mut depth = 0i32;
    let mut candidate = None;
    for (n, t) in toks.iter().enumerate() {
        match t.tok {
            Tok::Punct('(') => depth += 1,
            Tok::Punct(')') => depth -= 1,
            Tok::Word { ref upper, .. }
                if n > 0 && depth == 0 && STARTS.contains(&upper.as_str()) =>
            {
                // at the start of a line
                let line_start = text[..t.start].rfind('\n').map_or(0, |p| p + 1);
                if text[line_start..t.start].trim().is_empty() {
                    candidate = Some(n);
                    break;
                }
            }
            _ => {}
        }
    }
    let n = candidate?;
    let t = &toks[n];
    let dialect = PostgreSqlDialect {};
    let err = match Parser::new(&dialect)
        .with_recursion_limit(64)
        .try_with_sql(text)
        .and_then(|mut p| p.parse_statements())
    {
        Ok(_) => return None,
        Err(e) => e.to_string(),
    };
    let word = t.near(text);
    let line = text[..t.start].matches('\n').count() + 1;
    let line_start = text[..t.start].rfind('\n').map_or(0, |p| p + 1);
    let column = text[line_start..t.start].chars().count() + 1;
    let expected =
        format!("Expected: end of statement, found: {word} at Line: {line}, Column: {column}");
    if !err.ends_with(&expected) {
        return None;
    }
    sqlparse_one(&text[..toks[n - 1].end])?;
    Some(Rejected::always(SyntaxErr::at(text, Some(t))))
}

// ---------------------------------------------------------------------------------------------
// DO

fn parse_do(c: &mut Cur<'_>) -> Option<Extra> {
    let mut d = DoBlock {
        language: None,
        body: None,
        body_offset: None,
        conflict_at: None,
    };
    let mut any = false;
    while let Some(t) = c.peek() {
        match &t.tok {
            Tok::Str { value, dollar } => {
                if d.body.is_some() && d.conflict_at.is_none() {
                    d.conflict_at = Some(char_pos(c.text, t.start));
                }
                if d.body.is_none() {
                    d.body = Some(value.clone());
                    if *dollar {
                        // the content starts after the opening delimiter
                        let delim_len = c.text[t.start + 1..].find('$').map_or(1, |p| p + 2);
                        d.body_offset = Some(t.start + delim_len);
                    }
                }
                c.i += 1;
            }
            Tok::Word { upper, .. } if upper == "LANGUAGE" => {
                let at = t.start;
                c.i += 1;
                let lang = match &c.peek()?.tok {
                    Tok::Word { raw, .. } => fold_word(raw),
                    Tok::Quoted(s) => s.clone(),
                    Tok::Str { value, .. } => value.clone(),
                    _ => return Some(Rejected::always(c.error())),
                };
                c.i += 1;
                if d.language.is_some() && d.conflict_at.is_none() {
                    d.conflict_at = Some(char_pos(c.text, at));
                }
                if d.language.is_none() {
                    d.language = Some(lang);
                }
            }
            Tok::Punct(';') if c.at_end() => break,
            _ => return Some(Rejected::always(c.error())),
        }
        any = true;
    }
    if !any {
        return Some(Rejected::always(c.error()));
    }
    Some(Extra::Do(d))
}

// ---------------------------------------------------------------------------------------------
// DROP INDEX CONCURRENTLY, DROP STATISTICS

/// `[CASCADE|RESTRICT]` then the end: Some(cascade), or the syntax error.
fn drop_behavior_end(c: &mut Cur<'_>) -> Result<bool, SyntaxErr> {
    let cascade = c.eat("CASCADE");
    if !cascade {
        c.eat("RESTRICT");
    }
    if c.at_end() {
        Ok(cascade)
    } else {
        Err(c.error())
    }
}

fn parse_drop_index_concurrently(c: &mut Cur<'_>) -> Option<Extra> {
    let if_exists = c.eat_all(&["IF", "EXISTS"]);
    let name_start = c.i;
    let Some(names) = c.names() else {
        return Some(Rejected::always(c.error()));
    };
    let names_text = c.text_since(name_start).to_string();
    let cascade = match drop_behavior_end(c) {
        Ok(x) => x,
        Err(e) => return Some(Rejected::always(e)),
    };
    let plain = (names.len() == 1 && !cascade)
        .then(|| {
            let ie = if if_exists { "IF EXISTS " } else { "" };
            sqlparse_one(&format!("DROP INDEX {ie}{names_text}"))
        })
        .flatten()
        .map(Box::new);
    Some(Extra::DropIndex {
        concurrently: true,
        if_exists,
        names,
        cascade,
        plain,
    })
}

fn parse_drop_statistics(c: &mut Cur<'_>) -> Option<Extra> {
    let if_exists = c.eat_all(&["IF", "EXISTS"]);
    let Some(names) = c.names() else {
        return Some(Rejected::always(c.error()));
    };
    match drop_behavior_end(c) {
        Ok(cascade) => Some(Extra::DropStatistics {
            if_exists,
            names,
            cascade,
        }),
        Err(e) => Some(Rejected::always(e)),
    }
}

// ---------------------------------------------------------------------------------------------
// ALTER SEQUENCE, ALTER INDEX IF EXISTS

fn parse_alter_sequence(c: &mut Cur<'_>) -> Option<Extra> {
    let if_exists = c.eat_all(&["IF", "EXISTS"]);
    let Some(name) = c.name() else {
        return Some(Rejected::always(c.error()));
    };
    let action = if c.eat_all(&["RENAME", "TO"]) {
        match c.ident() {
            Some(n) => SequenceAction::RenameTo(n),
            None => return Some(Rejected::always(c.error())),
        }
    } else if c.eat_all(&["SET", "SCHEMA"]) {
        match c.ident() {
            Some(n) => SequenceAction::SetSchema(n),
            None => return Some(Rejected::always(c.error())),
        }
    } else if c.eat_all(&["OWNER", "TO"]) {
        match c.label() {
            Some(n) => SequenceAction::OwnerTo(n),
            None => return Some(Rejected::always(c.error())),
        }
    } else if c.eat_all(&["SET", "LOGGED"]) {
        SequenceAction::SetLogged(true)
    } else if c.eat_all(&["SET", "UNLOGGED"]) {
        SequenceAction::SetLogged(false)
    } else {
        let mut opts = Vec::new();
        loop {
            match seq_option(c) {
                Ok(Some(o)) => opts.push(o),
                Ok(None) => break,
                Err(e) => return Some(Rejected::always(e)),
            }
        }
        if opts.is_empty() {
            return Some(Rejected::always(c.error()));
        }
        SequenceAction::Options(opts)
    };
    if !c.at_end() {
        return Some(Rejected::always(c.error()));
    }
    Some(Extra::AlterSequence {
        if_exists,
        name,
        action,
    })
}

/// One `SeqOptElem`; `Ok(None)` when none starts here.
fn seq_option(c: &mut Cur<'_>) -> Result<Option<SeqOption>, SyntaxErr> {
    let num = |c: &mut Cur<'_>| c.signed_number().ok_or_else(|| c.error());
    Ok(Some(if c.eat("AS") {
        let start = c.i;
        // a type name: words and an optional modifier list
        while c
            .peek()
            .is_some_and(|t| matches!(t.tok, Tok::Word { .. } | Tok::Quoted(_)))
            && !c.is("INCREMENT")
            && !c.is("MINVALUE")
            && !c.is("MAXVALUE")
            && !c.is("NO")
            && !c.is("START")
            && !c.is("RESTART")
            && !c.is("CACHE")
            && !c.is("CYCLE")
            && !c.is("OWNED")
        {
            c.i += 1;
            if c.is_punct('.') {
                c.i += 1;
            }
        }
        if c.i == start {
            return Err(c.error());
        }
        SeqOption::As(c.text_since(start).to_lowercase())
    } else if c.eat("INCREMENT") {
        c.eat("BY");
        SeqOption::Increment(num(c)?)
    } else if c.eat("MINVALUE") {
        SeqOption::MinValue(Some(num(c)?))
    } else if c.eat("MAXVALUE") {
        SeqOption::MaxValue(Some(num(c)?))
    } else if c.eat_all(&["NO", "MINVALUE"]) {
        SeqOption::MinValue(None)
    } else if c.eat_all(&["NO", "MAXVALUE"]) {
        SeqOption::MaxValue(None)
    } else if c.eat_all(&["NO", "CYCLE"]) {
        SeqOption::Cycle(false)
    } else if c.eat("CYCLE") {
        SeqOption::Cycle(true)
    } else if c.eat("START") {
        c.eat("WITH");
        SeqOption::Start(num(c)?)
    } else if c.eat("RESTART") {
        let with = c.eat("WITH");
        match c.signed_number() {
            Some(n) => SeqOption::Restart(Some(n)),
            None if with => return Err(c.error()),
            None => SeqOption::Restart(None),
        }
    } else if c.eat("CACHE") {
        SeqOption::Cache(num(c)?)
    } else if c.eat_all(&["OWNED", "BY"]) {
        if c.eat("NONE") {
            SeqOption::OwnedBy(None)
        } else {
            match c.name() {
                Some(n) => SeqOption::OwnedBy(Some(n.0)),
                None => return Err(c.error()),
            }
        }
    } else {
        return Ok(None);
    }))
}

fn parse_alter_index_if_exists(c: &mut Cur<'_>) -> Option<Extra> {
    if !c.eat_all(&["IF", "EXISTS"]) {
        return None;
    }
    let start = c.i;
    let name = c.name()?;
    let name_text = c.text_since(start);
    if !c.eat_all(&["RENAME", "TO"]) {
        return None;
    }
    let start = c.i;
    c.ident()?;
    let new_text = c.text_since(start);
    if !c.at_end() {
        return None;
    }
    let plain = sqlparse_one(&format!("ALTER INDEX {name_text} RENAME TO {new_text}"))?;
    Some(Extra::AlterIndexRename {
        name,
        plain: Box::new(plain),
    })
}

// ---------------------------------------------------------------------------------------------
// REINDEX

fn parse_reindex(c: &mut Cur<'_>) -> Option<Extra> {
    let mut r = Reindex {
        kind: ReindexKind::Index,
        concurrently: false,
        verbose: false,
        other_options: false,
        unknown_option: None,
        name: None,
    };
    if c.eat_punct('(') {
        loop {
            let at = c.peek().map(|t| char_pos(c.text, t.start));
            let Some(opt) = c.label() else {
                return Some(Rejected::always(c.error()));
            };
            // an optional value: a boolean word, a number, a string, a name
            let value = match c.peek().map(|t| &t.tok) {
                Some(Tok::Word { upper: v, .. })
                | Some(Tok::Num(v))
                | Some(Tok::Str { value: v, .. })
                | Some(Tok::Quoted(v)) => {
                    let v = v.to_ascii_uppercase();
                    c.i += 1;
                    Some(v)
                }
                _ => None,
            };
            let on = !matches!(value.as_deref(), Some("FALSE" | "OFF" | "0"));
            match opt.as_str() {
                "verbose" => r.verbose = on,
                "concurrently" => r.concurrently = on,
                "tablespace" => r.other_options = true,
                _ => {
                    if r.unknown_option.is_none() {
                        r.unknown_option = Some((opt.clone(), at.unwrap_or(1)));
                    }
                }
            }
            if c.eat_punct(',') {
                continue;
            }
            if c.eat_punct(')') {
                break;
            }
            return Some(Rejected::always(c.error()));
        }
    }
    r.kind = if c.eat("INDEX") {
        ReindexKind::Index
    } else if c.eat("TABLE") {
        ReindexKind::Table
    } else if c.eat("SCHEMA") {
        ReindexKind::Schema
    } else if c.eat("DATABASE") {
        ReindexKind::Database
    } else if c.eat("SYSTEM") {
        ReindexKind::System
    } else {
        return Some(Rejected::always(c.error()));
    };
    if c.eat("CONCURRENTLY") {
        r.concurrently = true;
    }
    let name_optional = matches!(r.kind, ReindexKind::Database | ReindexKind::System);
    if name_optional && c.at_end() {
        // PostgreSQL 16 made the name optional; 15 wants one here
        let err = c.error();
        return Some(Rejected::since(16, err, Extra::Reindex(r)));
    }
    r.name = match r.kind {
        ReindexKind::Schema | ReindexKind::Database | ReindexKind::System => {
            c.ident().map(|n| ObjName(vec![n]))
        }
        _ => c.name(),
    };
    if r.name.is_none() || !c.at_end() {
        return Some(Rejected::always(c.error()));
    }
    Some(Extra::Reindex(r))
}

// ---------------------------------------------------------------------------------------------
// CREATE STATISTICS

fn parse_create_statistics(c: &mut Cur<'_>) -> Option<Extra> {
    let if_not_exists = c.eat_all(&["IF", "NOT", "EXISTS"]);
    // PostgreSQL 16 made the name optional (ON right after STATISTICS)
    let unnamed_at = (!if_not_exists && (c.is("ON") || c.is_punct('('))).then(|| c.error());
    let name = if unnamed_at.is_some() {
        None
    } else {
        match c.name() {
            Some(n) => Some(n),
            None => return Some(Rejected::always(c.error())),
        }
    };
    let mut kinds = Vec::new();
    if c.eat_punct('(') {
        loop {
            match c.label() {
                Some(k) => kinds.push(k),
                None => return Some(Rejected::always(c.error())),
            }
            if c.eat_punct(',') {
                continue;
            }
            if c.eat_punct(')') {
                break;
            }
            return Some(Rejected::always(c.error()));
        }
    }
    if !c.eat("ON") {
        return Some(Rejected::always(c.error()));
    }
    let mut items = Vec::new();
    loop {
        if c.is_punct('(') {
            let start = c.i;
            if !c.skip_parens() {
                return Some(Rejected::always(c.error()));
            }
            let inner = c.text_since(start);
            let body = &inner[1..inner.len() - 1];
            let text = body.trim().to_string();
            let offset = c.t[start].start + 1 + (body.len() - body.trim_start().len());
            let columns = expression_columns(&text);
            items.push(StatsItem::Expr {
                text,
                columns,
                offset,
            });
        } else {
            // a column name, or an expression without parentheses (a function call)
            let start = c.i;
            let Some(col) = c.ident() else {
                return Some(Rejected::always(c.error()));
            };
            if c.is_punct('(') {
                if !c.skip_parens() {
                    return Some(Rejected::always(c.error()));
                }
                let text = c.text_since(start).to_string();
                let columns = expression_columns(&text);
                items.push(StatsItem::Expr {
                    text,
                    columns,
                    offset: c.t[start].start,
                });
            } else {
                items.push(StatsItem::Column(col));
            }
        }
        if c.eat_punct(',') {
            continue;
        }
        break;
    }
    if !c.eat("FROM") {
        return Some(Rejected::always(c.error()));
    }
    let Some(table) = c.name() else {
        return Some(Rejected::always(c.error()));
    };
    if !c.at_end() {
        return Some(Rejected::always(c.error()));
    }
    let stats = Extra::CreateStatistics(CreateStatistics {
        if_not_exists,
        name,
        kinds,
        items,
        table,
    });
    Some(match unnamed_at {
        Some(err) => Rejected::since(16, err, stats),
        None => stats,
    })
}

/// The columns an expression names, read with `sqlparser`; `None` when it cannot read it.
fn expression_columns(text: &str) -> Option<Vec<String>> {
    use sqlparser::ast::{visit_expressions, Expr};
    use std::ops::ControlFlow;
    let dialect = PostgreSqlDialect {};
    let expr = Parser::new(&dialect)
        .with_recursion_limit(64)
        .try_with_sql(text)
        .and_then(|mut p| {
            let e = p.parse_expr()?;
            p.expect_token(&sqlparser::tokenizer::Token::EOF)?;
            Ok(e)
        })
        .ok()?;
    let mut out: Vec<String> = Vec::new();
    let _ = visit_expressions(&expr, |e| {
        let col = match e {
            Expr::Identifier(id) => Some(super::fold_ident(id)),
            Expr::CompoundIdentifier(parts) => parts.last().map(super::fold_ident),
            _ => None,
        };
        if let Some(col) = col {
            if !out.contains(&col) {
                out.push(col);
            }
        }
        ControlFlow::<()>::Continue(())
    });
    Some(out)
}

// ---------------------------------------------------------------------------------------------
// COMMENT

fn parse_comment(c: &mut Cur<'_>) -> Option<Extra> {
    if !c.eat("ON") {
        // COMMENT IF EXISTS …: sqlparser accepts it, the grammar check rejects it
        return None;
    }
    let target_start = c.i;
    let target = if c.is("FUNCTION") || c.is("PROCEDURE") || c.is("ROUTINE") {
        let kind = match &c.peek()?.tok {
            Tok::Word { upper, .. } if upper == "FUNCTION" => RoutineKind::Function,
            Tok::Word { upper, .. } if upper == "PROCEDURE" => RoutineKind::Procedure,
            _ => RoutineKind::Routine,
        };
        c.i += 1;
        let name = c.name()?;
        if !c.is_punct('(') {
            // without arguments sqlparser reads it (unless the literal needs rewriting)
            return rewrite_comment_literal(c, target_start);
        }
        let args = routine_arg_types(c)?;
        Some(CommentTarget::Routine { kind, name, args })
    } else if c.eat("CONSTRAINT") {
        let name = c.ident()?;
        if !c.eat("ON") {
            return Some(Rejected::always(c.error()));
        }
        let domain = c.eat("DOMAIN");
        let table = c.name()?;
        Some(CommentTarget::Constraint {
            name,
            table,
            domain,
        })
    } else if c.is("TRIGGER") || c.is("POLICY") || c.is("RULE") || c.is("AGGREGATE") {
        let what = match &c.peek()?.tok {
            Tok::Word { upper, .. } => upper.clone(),
            _ => return None,
        };
        c.i += 1;
        // skip to IS
        while c.peek().is_some() && !c.is("IS") {
            c.i += 1;
        }
        Some(CommentTarget::Other { what })
    } else {
        return rewrite_comment_literal(c, target_start);
    }?;
    if !c.eat("IS") {
        return Some(Rejected::always(c.error()));
    }
    let comment = if c.eat("NULL") {
        None
    } else {
        match &c.peek()?.tok {
            Tok::Str { value, .. } => {
                c.i += 1;
                Some(value.clone())
            }
            _ => return Some(Rejected::always(c.error())),
        }
    };
    if !c.at_end() {
        return Some(Rejected::always(c.error()));
    }
    Some(Extra::Comment { target, comment })
}

/// `COMMENT ON <object sqlparser reads> IS <literal>` where the literal is a dollar quote, an
/// `E'…'` string or a string continued on the next line: the same statement with a plain
/// literal, for `sqlparser`.
fn rewrite_comment_literal(c: &mut Cur<'_>, _from: usize) -> Option<Extra> {
    while c.peek().is_some() && !c.is("IS") {
        c.i += 1;
    }
    if !c.eat("IS") {
        return None;
    }
    let t = c.peek()?;
    let Tok::Str { value, .. } = &t.tok else {
        return None;
    };
    c.i += 1;
    if !c.at_end() {
        // `IS 'a' 'b'` on one line, …
        return Some(Rejected::always(c.error()));
    }
    let written = t.near(c.text);
    if written.starts_with('\'') && !written.contains('\n') {
        // a plain literal: sqlparser reads it as is
        return None;
    }
    let text = splice(c.text, &[(t.start, t.end, sql_literal(value))]);
    let stmt = sqlparse_one(&text)?;
    matches!(stmt, Statement::Comment { .. }).then(|| Extra::Rewritten(Box::new(stmt)))
}

/// `( [mode] [name] type [DEFAULT …], … )` → the argument types that identify the routine
/// (`OUT` ones left out), each as written, lower-cased outside quotes.
fn routine_arg_types(c: &mut Cur<'_>) -> Option<Vec<String>> {
    if !c.eat_punct('(') {
        return None;
    }
    let mut out = Vec::new();
    if c.eat_punct(')') {
        return Some(out);
    }
    loop {
        // one argument: tokens up to a ',' or ')' at depth 0
        let start = c.i;
        let mut depth = 0;
        while let Some(t) = c.peek() {
            match t.tok {
                Tok::Punct('(') | Tok::Punct('[') => depth += 1,
                Tok::Punct(')') | Tok::Punct(']') if depth > 0 => depth -= 1,
                Tok::Punct(')') | Tok::Punct(',') if depth == 0 => break,
                _ => {}
            }
            c.i += 1;
        }
        let arg = &c.t[start..c.i];
        if let Some(ty) = arg_type(c.text, arg) {
            out.push(ty);
        }
        if c.eat_punct(',') {
            continue;
        }
        if c.eat_punct(')') {
            return Some(out);
        }
        return None;
    }
}

/// Multi-word type names a first word can start (so `double precision` is not an argument
/// named `double` of type `precision`).
const TYPE_PHRASES: &[&str] = &[
    "DOUBLE",
    "CHARACTER",
    "CHAR",
    "NATIONAL",
    "NCHAR",
    "BIT",
    "TIMESTAMP",
    "TIME",
    "INTERVAL",
    "VARCHAR",
];

/// The type of one routine argument (`None` for an OUT argument).
fn arg_type(text: &str, arg: &[Token]) -> Option<String> {
    let mut a = arg;
    // DEFAULT … / = … ends the type
    if let Some(p) = a
        .iter()
        .position(|t| t.is("DEFAULT") || t.tok == Tok::Op("=".into()))
    {
        a = &a[..p];
    }
    let mut mode = None;
    if let Some(first) = a.first() {
        if ["IN", "OUT", "INOUT", "VARIADIC"]
            .iter()
            .any(|m| first.is(m))
        {
            mode = Some(first.clone());
            a = &a[1..];
        }
    }
    // name then mode: `a IN int`
    if a.len() >= 3
        && ["IN", "OUT", "INOUT", "VARIADIC"]
            .iter()
            .any(|m| a[1].is(m))
    {
        mode = Some(a[1].clone());
        a = &a[2..];
    }
    if mode.as_ref().is_some_and(|m| m.is("OUT")) {
        return None;
    }
    // `name type…` when the first token is an identifier followed by more type words and the
    // whole is not itself a multi-word type
    if a.len() >= 2 {
        let first_is_type_phrase = match &a[0].tok {
            Tok::Word { upper, .. } => TYPE_PHRASES.contains(&upper.as_str()),
            _ => false,
        };
        let second_starts_type = matches!(a[1].tok, Tok::Word { .. } | Tok::Quoted(_));
        if !first_is_type_phrase && second_starts_type {
            a = &a[1..];
        }
    }
    if a.is_empty() {
        return Some(String::new());
    }
    let mut s = String::new();
    let mut prev_end = None;
    for t in a {
        if prev_end.is_some_and(|e| e < t.start)
            && !matches!(t.tok, Tok::Punct(_))
            && !s.ends_with('.')
        {
            s.push(' ');
        }
        match &t.tok {
            Tok::Word { raw, .. } => s.push_str(&raw.to_ascii_lowercase()),
            Tok::Quoted(q) => s.push_str(q),
            _ => s.push_str(&text[t.start..t.end]),
        }
        prev_end = Some(t.end);
    }
    Some(s)
}

// ---------------------------------------------------------------------------------------------
// ALTER TABLE

/// Split the tokens from the cursor to the end into comma-separated parts at depth 0.
fn split_actions(c: &Cur<'_>) -> Vec<(usize, usize)> {
    let mut parts = Vec::new();
    let mut depth = 0i32;
    let mut start = c.i;
    let mut end = c.t.len();
    if c.t.last().is_some_and(|t| t.tok == Tok::Punct(';')) {
        end -= 1;
    }
    for n in c.i..end {
        match c.t[n].tok {
            Tok::Punct('(') | Tok::Punct('[') => depth += 1,
            Tok::Punct(')') | Tok::Punct(']') => depth -= 1,
            Tok::Punct(',') if depth == 0 => {
                parts.push((start, n));
                start = n + 1;
            }
            _ => {}
        }
    }
    parts.push((start, end));
    parts
}

fn parse_alter_table(c: &mut Cur<'_>) -> Option<Extra> {
    let if_exists = c.eat_all(&["IF", "EXISTS"]);
    c.eat("ONLY");
    let name_start = c.i;
    let name = c.name()?;
    if c.peek().is_some_and(|t| t.tok == Tok::Op("*".into())) {
        c.i += 1;
    }
    let head = &c.text[c.t[0].start..c.t[c.i - 1].end];
    let _ = name_start;
    // cheap test first: only statements with one of our actions go further
    let ours = |t: &[Token]| -> bool {
        t.windows(2)
            .any(|w| w[0].is("ALTER") && w[1].is("CONSTRAINT"))
            || t.windows(3)
                .any(|w| w[0].is("ADD") && w[1].is("CONSTRAINT") && (w[2].is("IF")))
            || t.windows(4)
                .any(|w| w[0].is("CONSTRAINT") && w[2].is("NOT") && w[3].is("NULL"))
            || t.windows(2)
                .any(|w| (w[0].is("SET") || w[0].is("RESET")) && w[1].tok == Tok::Punct('('))
    };
    if !ours(&c.t[c.i..]) {
        return None;
    }
    let mut sql_parts: Vec<&str> = Vec::new();
    let mut actions = Vec::new();
    let mut rejected: Vec<(u32, Option<SyntaxErr>)> = Vec::new();
    for (s, e) in split_actions(c) {
        if s >= e {
            return None;
        }
        let mut a = Cur {
            t: &c.t[..e],
            i: s,
            text: c.text,
        };
        match alter_action(&mut a) {
            ActionParse::Ours(x) => {
                if a.i < e {
                    // more than the forms we know (PostgreSQL 18's ENFORCED, …): not ours
                    return None;
                }
                actions.push(x);
            }
            ActionParse::Pg18NotNull(x, err) => {
                if a.i < e {
                    return Some(Rejected::always(a.error()));
                }
                if rejected.is_empty() {
                    rejected = vec![(0, Some(err)), (18, None)];
                }
                actions.push(x);
            }
            ActionParse::Rejected(by_version) => {
                return Some(Extra::Rejected(Rejected {
                    by_version,
                    accepted: None,
                }))
            }
            ActionParse::Sql => sql_parts.push(&c.text[c.t[s].start..c.t[e - 1].end]),
        }
    }
    if actions.is_empty() {
        return None;
    }
    let sql = if sql_parts.is_empty() {
        None
    } else {
        let text = format!("{head} {}", sql_parts.join(", "));
        Some(Box::new(sqlparse_one(&text)?))
    };
    let e = Extra::AlterTable(AlterTableExtra {
        if_exists,
        name,
        sql,
        actions,
    });
    if rejected.is_empty() {
        Some(e)
    } else {
        Some(Extra::Rejected(Rejected {
            by_version: rejected,
            accepted: Some(Box::new(e)),
        }))
    }
}

enum ActionParse {
    /// One of ours, accepted by every version.
    Ours(AlterAction),
    /// `ADD CONSTRAINT n NOT NULL c`: PostgreSQL 18 only.
    Pg18NotNull(AlterAction, SyntaxErr),
    /// Rejected by the grammar (per version).
    Rejected(Vec<(u32, Option<SyntaxErr>)>),
    /// Not ours: for sqlparser.
    Sql,
}

fn alter_action(a: &mut Cur<'_>) -> ActionParse {
    let start = a.i;
    if a.eat_all(&["ALTER", "CONSTRAINT"]) {
        let Some(name) = a.ident() else {
            return ActionParse::Rejected(vec![(0, Some(a.error()))]);
        };
        let mut deferrable = None;
        let mut initially_deferred = None;
        let mut deferred_at = None;
        loop {
            if a.eat("DEFERRABLE") {
                deferrable = Some(true);
            } else if a.eat_all(&["NOT", "DEFERRABLE"]) {
                deferrable = Some(false);
            } else if a.is("INITIALLY") && a.is_at(1, "DEFERRED") {
                deferred_at = a.peek().cloned();
                a.i += 2;
                initially_deferred = Some(true);
            } else if a.eat_all(&["INITIALLY", "IMMEDIATE"]) {
                initially_deferred = Some(false);
            } else {
                break;
            }
        }
        if deferrable == Some(false) && initially_deferred == Some(true) {
            // processCASbits, in the grammar (recorded in case 606)
            let mut err = SyntaxErr::at(a.text, deferred_at.as_ref());
            err.message = Some("constraint declared INITIALLY DEFERRED must be DEFERRABLE".into());
            return ActionParse::Rejected(vec![(0, Some(err))]);
        }
        return ActionParse::Ours(AlterAction::AlterConstraint {
            name,
            deferrable,
            initially_deferred,
        });
    }
    if a.eat("ALTER") {
        a.eat("COLUMN");
        let Some(column) = a.ident() else {
            a.i = start;
            return ActionParse::Sql;
        };
        let reset = if a.is("SET") && a.peek_at(1).is_some_and(|t| t.tok == Tok::Punct('(')) {
            false
        } else if a.is("RESET") && a.peek_at(1).is_some_and(|t| t.tok == Tok::Punct('(')) {
            true
        } else {
            a.i = start;
            return ActionParse::Sql;
        };
        a.i += 2;
        let mut options = Vec::new();
        loop {
            let Some(opt) = a.label() else {
                return ActionParse::Rejected(vec![(0, Some(a.error()))]);
            };
            let value = if a.peek().is_some_and(|t| t.tok == Tok::Op("=".into())) {
                a.i += 1;
                let v = match a.peek().map(|t| &t.tok) {
                    Some(Tok::Word { raw: v, .. }) | Some(Tok::Str { value: v, .. }) => {
                        let v = v.clone();
                        a.i += 1;
                        v
                    }
                    _ => match a.signed_number() {
                        Some(n) => n,
                        None => return ActionParse::Rejected(vec![(0, Some(a.error()))]),
                    },
                };
                Some(v)
            } else {
                None
            };
            options.push((opt, value));
            if a.eat_punct(',') {
                continue;
            }
            if a.eat_punct(')') {
                break;
            }
            return ActionParse::Rejected(vec![(0, Some(a.error()))]);
        }
        return ActionParse::Ours(AlterAction::ColumnOptions {
            column,
            options,
            reset,
        });
    }
    if a.eat_all(&["ADD", "CONSTRAINT"]) {
        if a.is("IF") && a.is_at(1, "NOT") && a.is_at(2, "EXISTS") {
            // PostgreSQL 15 reads IF as the constraint's name and stops at NOT; 18 stops at
            // EXISTS (recorded in the oracle's case 17_idempotent_patterns)
            let at_not = SyntaxErr::at(a.text, a.peek_at(1));
            let at_exists = SyntaxErr::at(a.text, a.peek_at(2));
            return ActionParse::Rejected(vec![(0, Some(at_not)), (18, Some(at_exists))]);
        }
        let save = a.i;
        if let Some(name) = a.ident() {
            if a.is("NOT") && a.is_at(1, "NULL") {
                let err = a.error();
                a.i += 2;
                if let Some(column) = a.ident() {
                    a.eat_all(&["NO", "INHERIT"]);
                    return ActionParse::Pg18NotNull(
                        AlterAction::AddNotNull(NamedNotNull { name, column }),
                        err,
                    );
                }
                return ActionParse::Rejected(vec![(0, Some(err)), (18, Some(a.error()))]);
            }
        }
        a.i = save;
    }
    a.i = start;
    ActionParse::Sql
}

// ---------------------------------------------------------------------------------------------
// CREATE TABLE … NOT NULL constraints, CREATE FUNCTION … COST

fn parse_create(c: &mut Cur<'_>) -> Option<Extra> {
    // CREATE [OR REPLACE] FUNCTION|PROCEDURE
    let save = c.i;
    c.eat_all(&["OR", "REPLACE"]);
    if c.is("FUNCTION") || c.is("PROCEDURE") {
        return parse_create_function(c);
    }
    c.i = save;
    // CREATE [GLOBAL|LOCAL] [TEMP|TEMPORARY|UNLOGGED] TABLE
    while ["GLOBAL", "LOCAL", "TEMP", "TEMPORARY", "UNLOGGED"]
        .iter()
        .any(|k| c.is(k))
    {
        c.i += 1;
    }
    if c.eat("TABLE") {
        return parse_create_table_not_null(c);
    }
    c.i = save;
    c.eat("UNIQUE");
    if c.eat("INDEX") {
        return create_index_prefix(c);
    }
    None
}

/// `CREATE [UNIQUE] INDEX [CONCURRENTLY] [[IF NOT EXISTS] name] ON [ONLY] table` must go on
/// with `USING` or `(`: anything else is where PostgreSQL stops (a half-rendered template
/// `ON "{{ index .Options "Namespace" }}".t` stops at `Namespace`, recorded in case 609).
/// Valid statements are `sqlparser`'s.
fn create_index_prefix(c: &mut Cur<'_>) -> Option<Extra> {
    c.eat("CONCURRENTLY");
    // a name, required after IF NOT EXISTS
    if c.eat_all(&["IF", "NOT", "EXISTS"]) || !c.is("ON") {
        c.ident()?;
    }
    if !c.eat("ON") {
        return None;
    }
    c.eat("ONLY");
    c.name()?;
    if c.is("USING") || c.is_punct('(') {
        return None;
    }
    Some(Rejected::always(c.error()))
}

fn parse_create_table_not_null(c: &mut Cur<'_>) -> Option<Extra> {
    c.eat_all(&["IF", "NOT", "EXISTS"]);
    c.name()?;
    if !c.is_punct('(') {
        return None;
    }
    let open = c.i;
    // the elements at depth 1
    let mut depth = 0i32;
    let mut elems: Vec<(usize, usize)> = Vec::new();
    let mut start = open + 1;
    let mut close = None;
    for n in open..c.t.len() {
        match c.t[n].tok {
            Tok::Punct('(') | Tok::Punct('[') => depth += 1,
            Tok::Punct(')') | Tok::Punct(']') => {
                depth -= 1;
                if depth == 0 {
                    elems.push((start, n));
                    close = Some(n);
                    break;
                }
            }
            Tok::Punct(',') if depth == 1 => {
                elems.push((start, n));
                start = n + 1;
            }
            _ => {}
        }
    }
    close?;
    let mut not_null = Vec::new();
    let mut remove: Vec<usize> = Vec::new();
    let mut first_err = None;
    for (k, &(s, e)) in elems.iter().enumerate() {
        let el = &c.t[s..e];
        // CONSTRAINT name NOT NULL col [NO INHERIT]
        if el.len() >= 5 && el[0].is("CONSTRAINT") && el[2].is("NOT") && el[3].is("NULL") {
            let mut ec = Cur {
                t: el,
                i: 1,
                text: c.text,
            };
            let name = ec.ident()?;
            ec.i += 2;
            let column = ec.ident()?;
            ec.eat_all(&["NO", "INHERIT"]);
            if ec.i != el.len() {
                return None;
            }
            if first_err.is_none() {
                first_err = Some(SyntaxErr::at(c.text, Some(&el[2])));
            }
            not_null.push(NamedNotNull { name, column });
            remove.push(k);
        }
    }
    // a column's name followed by `(` (MySQL's `KEY (a)`): PostgreSQL wants a type there
    for &(s, e) in &elems {
        let el = &c.t[s..e];
        if let [first, second, ..] = el {
            let word = match &first.tok {
                Tok::Word { upper, .. } => {
                    !NOT_COLID.contains(&upper.as_str()) && upper != "EXCLUDE" && upper != "LIKE"
                }
                Tok::Quoted(_) => true,
                _ => false,
            };
            if word && second.tok == Tok::Punct('(') {
                return Some(Rejected::always(SyntaxErr::at(c.text, Some(second))));
            }
        }
    }
    let err = first_err?;
    if remove.len() == elems.len() {
        return None;
    }
    // remove each element with the comma before it (or after it, for the first)
    let mut edits = Vec::new();
    for &k in &remove {
        let (s, e) = elems[k];
        let (from, to) = if k == 0 {
            (c.t[s].start, c.t[elems[1].0].start)
        } else {
            (c.t[elems[k - 1].1].start, c.t[e - 1].end)
        };
        edits.push((from, to, String::new()));
    }
    edits.sort();
    // merge overlapping edits (adjacent removed elements)
    let mut merged: Vec<(usize, usize, String)> = Vec::new();
    for e in edits {
        match merged.last_mut() {
            Some(last) if e.0 <= last.1 => last.1 = last.1.max(e.1),
            _ => merged.push(e),
        }
    }
    let text = splice(c.text, &merged);
    let stmt = sqlparse_one(&text)?;
    if !matches!(stmt, Statement::CreateTable(_)) {
        return None;
    }
    Some(Rejected::since(
        18,
        err,
        Extra::CreateTableNotNull {
            stmt: Box::new(stmt),
            not_null,
        },
    ))
}

fn parse_create_function(c: &mut Cur<'_>) -> Option<Extra> {
    c.i += 1; // FUNCTION | PROCEDURE
    c.name()?;
    if !c.is_punct('(') || !c.skip_parens() {
        return None;
    }
    // COST n / ROWS n at depth 0 after the arguments (a body is a string token)
    let mut depth = 0i32;
    let mut cost = None;
    let mut rows = None;
    let mut edits = Vec::new();
    while let Some(t) = c.peek() {
        match t.tok {
            Tok::Punct('(') => depth += 1,
            Tok::Punct(')') => depth -= 1,
            Tok::Word { ref upper, .. } if depth == 0 && (upper == "COST" || upper == "ROWS") => {
                let is_cost = upper == "COST";
                let start = t.start;
                c.i += 1;
                if let Some(n) = c.signed_number() {
                    edits.push((start, c.t[c.i - 1].end, String::new()));
                    if is_cost {
                        cost = Some(n);
                    } else {
                        rows = Some(n);
                    }
                    continue;
                }
                c.i -= 1;
            }
            _ => {}
        }
        c.i += 1;
    }
    if edits.is_empty() {
        return None;
    }
    let text = splice(c.text, &edits);
    let stmt = sqlparse_one(&text)?;
    matches!(
        stmt,
        Statement::CreateFunction(_) | Statement::CreateProcedure { .. }
    )
    .then(|| Extra::CreateFunction {
        stmt: Box::new(stmt),
        cost,
        rows,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Extra {
        parse_extra(s).unwrap_or_else(|| panic!("not parsed: {s}"))
    }

    fn rejected(s: &str, v: u32) -> PgError {
        match p(s) {
            Extra::Rejected(r) => r
                .error_for(v)
                .unwrap_or_else(|| panic!("{s}: accepted on {v}")),
            other => panic!("{s}: {other:?}"),
        }
    }

    fn names(v: &[&str]) -> Vec<ObjName> {
        v.iter()
            .map(|n| ObjName(n.split('.').map(str::to_string).collect()))
            .collect()
    }

    #[test]
    fn lexer_reads_every_string_form() {
        let t = lex("x E'a\\'b' $f$ $$ $f$ 'c'\n'd' U&\"q\" $1 $ {").unwrap();
        let toks: Vec<Tok> = t.into_iter().map(|t| t.tok).collect();
        assert_eq!(
            toks,
            vec![
                Tok::Word {
                    upper: "X".into(),
                    raw: "x".into()
                },
                Tok::Str {
                    value: "a'b".into(),
                    dollar: false
                },
                Tok::Str {
                    value: " $$ ".into(),
                    dollar: true
                },
                Tok::Str {
                    value: "cd".into(),
                    dollar: false
                },
                Tok::Quoted("q".into()),
                Tok::Param("$1".into()),
                Tok::Bad('$'),
                Tok::Bad('{'),
            ]
        );
        assert!(lex("SELECT 'open").is_none());
        assert!(lex("SELECT 1 /* open").is_none());
    }

    #[test]
    fn lexer_operators_stop_at_comments() {
        let t = lex("a <>--x\n b").unwrap();
        assert_eq!(t[1].tok, Tok::Op("<>".into()));
        assert_eq!(
            t[2].tok,
            Tok::Word {
                upper: "B".into(),
                raw: "b".into()
            }
        );
    }

    #[test]
    fn drop_index_concurrently_is_ours_not_an_index_named_concurrently() {
        match p("DROP INDEX CONCURRENTLY IF EXISTS s.idx_a;") {
            Extra::DropIndex {
                concurrently,
                if_exists,
                names: n,
                cascade,
                plain,
            } => {
                assert!(concurrently && if_exists && !cascade);
                assert_eq!(n, names(&["s.idx_a"]));
                assert!(plain.is_some());
            }
            other => panic!("{other:?}"),
        }
        match p("drop index concurrently a, b cascade") {
            Extra::DropIndex {
                names: n,
                cascade,
                plain,
                ..
            } => {
                assert_eq!(n, names(&["a", "b"]));
                assert!(cascade && plain.is_none());
            }
            other => panic!("{other:?}"),
        }
        // a quoted "concurrently" is an index name: sqlparser's business
        assert_eq!(parse_extra("DROP INDEX \"concurrently\";"), None);
        // PostgreSQL: syntax error at ";" (pos 24) and at "," (pos 24), recorded by hand
        let e = rejected("DROP INDEX CONCURRENTLY;", 15);
        assert_eq!(e.message, "syntax error at or near \";\"");
        assert_eq!(e.position.as_deref(), Some("24"));
        let e = rejected("DROP INDEX concurrently, t_v_idx;", 15);
        assert_eq!(e.message, "syntax error at or near \",\"");
        assert_eq!(e.position.as_deref(), Some("24"));
    }

    #[test]
    fn do_blocks() {
        match p("DO $body$ BEGIN NULL; END $body$;") {
            Extra::Do(d) => {
                assert_eq!(d.body.as_deref(), Some(" BEGIN NULL; END "));
                assert_eq!(d.language, None);
                assert_eq!(d.body_offset, Some(9));
            }
            other => panic!("{other:?}"),
        }
        match p("do language PLPGSQL 'begin end'") {
            Extra::Do(d) => {
                assert_eq!(d.language.as_deref(), Some("plpgsql"));
                assert_eq!(d.body_offset, None);
            }
            other => panic!("{other:?}"),
        }
        match p("DO $$ BEGIN PERFORM 1; END $$ LANGUAGE plpgsql LANGUAGE plpgsql;") {
            Extra::Do(d) => assert_eq!(d.conflict_at, Some(48)),
            other => panic!("{other:?}"),
        }
        let e = rejected("DO;", 15);
        assert_eq!(e.message, "syntax error at or near \";\"");
        assert_eq!(e.position.as_deref(), Some("3"));
    }

    #[test]
    fn alter_sequence_forms() {
        assert_eq!(
            p("ALTER SEQUENCE user_id_seq\n    RENAME TO person_id_seq;"),
            Extra::AlterSequence {
                if_exists: false,
                name: ObjName::unqualified("user_id_seq"),
                action: SequenceAction::RenameTo("person_id_seq".into()),
            }
        );
        assert_eq!(
            p("ALTER SEQUENCE IF EXISTS s OWNED BY public.t.id;"),
            Extra::AlterSequence {
                if_exists: true,
                name: ObjName::unqualified("s"),
                action: SequenceAction::Options(vec![SeqOption::OwnedBy(Some(vec![
                    "public".into(),
                    "t".into(),
                    "id".into()
                ]))]),
            }
        );
        match p("ALTER SEQUENCE s INCREMENT BY -2 MINVALUE -10 NO MAXVALUE RESTART WITH 1 CACHE 5 NO CYCLE AS bigint")
        {
            Extra::AlterSequence { action: SequenceAction::Options(o), .. } => assert_eq!(
                o,
                vec![
                    SeqOption::Increment("-2".into()),
                    SeqOption::MinValue(Some("-10".into())),
                    SeqOption::MaxValue(None),
                    SeqOption::Restart(Some("1".into())),
                    SeqOption::Cache("5".into()),
                    SeqOption::Cycle(false),
                    SeqOption::As("bigint".into()),
                ]
            ),
            other => panic!("{other:?}"),
        }
        // recorded (032 and the probes of case 600): no option is a syntax error at ";"
        let e = rejected("ALTER SEQUENCE s3;", 15);
        assert_eq!(e.position.as_deref(), Some("18"));
    }

    #[test]
    fn reindex_forms() {
        match p("REINDEX TABLE local_user;") {
            Extra::Reindex(r) => {
                assert_eq!(r.kind, ReindexKind::Table);
                assert_eq!(r.name, Some(ObjName::unqualified("local_user")));
                assert!(!r.concurrently);
            }
            other => panic!("{other:?}"),
        }
        match p("REINDEX (VERBOSE, CONCURRENTLY false) INDEX CONCURRENTLY s.i") {
            Extra::Reindex(r) => {
                assert!(r.verbose && r.concurrently);
                assert_eq!(r.name, Some(ObjName(vec!["s".into(), "i".into()])));
            }
            other => panic!("{other:?}"),
        }
        // PostgreSQL 15 needs a name after SYSTEM (syntax error at ";", position 15); 18 not
        let e = rejected("REINDEX SYSTEM;", 15);
        assert_eq!(e.position.as_deref(), Some("15"));
        match p("REINDEX SYSTEM;") {
            Extra::Rejected(r) => assert_eq!(r.error_for(18), None),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn statistics() {
        match p("CREATE statistics s1 ON (liked IS NULL), (vote_is_upvote IS NULL)\nFROM comment_actions;") {
            Extra::CreateStatistics(s) => {
                assert_eq!(s.name, Some(ObjName::unqualified("s1")));
                assert_eq!(s.table, ObjName::unqualified("comment_actions"));
                assert_eq!(
                    s.items,
                    vec![
                        StatsItem::Expr {
                            text: "liked IS NULL".into(),
                            columns: Some(vec!["liked".into()]),
                            offset: 25
                        },
                        StatsItem::Expr {
                            text: "vote_is_upvote IS NULL".into(),
                            columns: Some(vec!["vote_is_upvote".into()]),
                            offset: 42
                        },
                    ]
                );
            }
            other => panic!("{other:?}"),
        }
        match p("CREATE STATISTICS IF NOT EXISTS s2 (ndistinct, mcv) ON a, b FROM t") {
            Extra::CreateStatistics(s) => {
                assert!(s.if_not_exists);
                assert_eq!(s.kinds, vec!["ndistinct", "mcv"]);
                assert_eq!(
                    s.items,
                    vec![StatsItem::Column("a".into()), StatsItem::Column("b".into())]
                );
            }
            other => panic!("{other:?}"),
        }
        // unnamed: PostgreSQL 15 stops at ON (position 19), 18 accepts
        let e = rejected("CREATE STATISTICS ON v, w FROM t;", 15);
        assert_eq!(e.message, "syntax error at or near \"ON\"");
        assert_eq!(e.position.as_deref(), Some("19"));
        assert_eq!(
            p("DROP statistics a, b;"),
            Extra::DropStatistics {
                if_exists: false,
                names: names(&["a", "b"]),
                cascade: false
            }
        );
    }

    #[test]
    fn comments_sqlparser_cannot_read() {
        assert_eq!(
            p("COMMENT ON FUNCTION random_string(int4) IS NULL;"),
            Extra::Comment {
                target: CommentTarget::Routine {
                    kind: RoutineKind::Function,
                    name: ObjName::unqualified("random_string"),
                    args: vec!["int4".into()],
                },
                comment: None,
            }
        );
        match p("COMMENT ON FUNCTION f(IN a integer[], OUT b text, double precision, character varying(3)) IS 'x'") {
            Extra::Comment { target: CommentTarget::Routine { args, .. }, .. } => assert_eq!(
                args,
                vec!["integer[]", "double precision", "character varying(3)"]
            ),
            other => panic!("{other:?}"),
        }
        assert_eq!(
            p("comment on constraint c_fk on default_versions is\n    'It''s';"),
            Extra::Comment {
                target: CommentTarget::Constraint {
                    name: "c_fk".into(),
                    table: ObjName::unqualified("default_versions"),
                    domain: false,
                },
                comment: Some("It's".into()),
            }
        );
        match p("COMMENT ON COLUMN d.c IS\n$$It's `x`.\nSecond line.$$;") {
            Extra::Rewritten(s) => match *s {
                Statement::Comment { comment, .. } => {
                    assert_eq!(comment.as_deref(), Some("It's `x`.\nSecond line."))
                }
                other => panic!("{other:?}"),
            },
            other => panic!("{other:?}"),
        }
        // plain literals are sqlparser's
        assert_eq!(parse_extra("COMMENT ON TABLE t IS 'x';"), None);
        assert_eq!(parse_extra("COMMENT ON FUNCTION f IS 'x';"), None);
    }

    #[test]
    fn alter_table_actions_sqlparser_cannot_read() {
        match p("ALTER TABLE post_aggregates\n    ALTER CONSTRAINT a_fkey NOT DEFERRABLE,\n    ALTER CONSTRAINT b_fkey DEFERRABLE INITIALLY DEFERRED;") {
            Extra::AlterTable(a) => {
                assert_eq!(a.name, ObjName::unqualified("post_aggregates"));
                assert!(a.sql.is_none());
                assert_eq!(
                    a.actions,
                    vec![
                        AlterAction::AlterConstraint { name: "a_fkey".into(), deferrable: Some(false), initially_deferred: None },
                        AlterAction::AlterConstraint { name: "b_fkey".into(), deferrable: Some(true), initially_deferred: Some(true) },
                    ]
                );
            }
            other => panic!("{other:?}"),
        }
        match p("ALTER TABLE mod_ban\n    ALTER COLUMN instance_id SET NOT NULL,\n    ALTER CONSTRAINT f NOT DEFERRABLE;") {
            Extra::AlterTable(a) => {
                assert!(a.sql.is_some());
                assert_eq!(a.actions.len(), 1);
            }
            other => panic!("{other:?}"),
        }
        match p(
            "ALTER TABLE ONLY state_groups_state ALTER COLUMN state_group SET (n_distinct=-0.02);",
        ) {
            Extra::AlterTable(a) => assert_eq!(
                a.actions,
                vec![AlterAction::ColumnOptions {
                    column: "state_group".into(),
                    options: vec![("n_distinct".into(), Some("-0.02".into()))],
                    reset: false,
                }]
            ),
            other => panic!("{other:?}"),
        }
        // ADD CONSTRAINT n NOT NULL c: PostgreSQL 18 only (15: syntax error at NOT, pos 37)
        let s = "ALTER TABLE t ADD CONSTRAINT t_v_nn NOT NULL v;";
        let e = rejected(s, 15);
        assert_eq!(
            (e.message.as_str(), e.position.as_deref()),
            ("syntax error at or near \"NOT\"", Some("37"))
        );
        match p(s) {
            Extra::Rejected(r) => {
                assert_eq!(r.error_for(18), None);
                assert!(matches!(r.accepted.as_deref(), Some(Extra::AlterTable(_))));
            }
            other => panic!("{other:?}"),
        }
        // ADD CONSTRAINT IF NOT EXISTS: recorded in the oracle's 17_idempotent_patterns
        let s = "ALTER TABLE a ADD CONSTRAINT IF NOT EXISTS a_v_chk CHECK (v > 0);";
        assert_eq!(rejected(s, 15).position.as_deref(), Some("33"));
        assert_eq!(
            rejected(s, 18).message,
            "syntax error at or near \"EXISTS\""
        );
        assert_eq!(rejected(s, 18).position.as_deref(), Some("37"));
        // nothing of ours: sqlparser's
        assert_eq!(
            parse_extra("ALTER TABLE t ADD COLUMN a int, ALTER COLUMN b SET DEFAULT 1"),
            None
        );
    }

    #[test]
    fn create_table_not_null_constraints() {
        let s =
            "CREATE TABLE nn (a int, b int, CONSTRAINT nn_a_not_null NOT NULL a, PRIMARY KEY (b));";
        let e = rejected(s, 15);
        assert_eq!(e.position.as_deref(), Some("57"));
        match p(s) {
            Extra::Rejected(r) => match r.accepted.as_deref() {
                Some(Extra::CreateTableNotNull { stmt, not_null }) => {
                    assert_eq!(
                        stmt.to_string(),
                        "CREATE TABLE nn (a INT, b INT, PRIMARY KEY (b))"
                    );
                    assert_eq!(
                        not_null,
                        &vec![NamedNotNull {
                            name: "nn_a_not_null".into(),
                            column: "a".into()
                        }]
                    );
                }
                other => panic!("{other:?}"),
            },
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn create_table_column_name_then_parenthesis() {
        // recorded (case 609): syntax error at or near "(", position 29
        let e = rejected("CREATE TABLE tt (a int, KEY (a));", 15);
        assert_eq!(
            (e.message.as_str(), e.position.as_deref()),
            ("syntax error at or near \"(\"", Some("29"))
        );
        assert_eq!(
            parse_extra("CREATE TABLE t (a int, EXCLUDE USING gist (a WITH =), UNIQUE (a))"),
            None
        );
        assert_eq!(
            parse_extra("CREATE TABLE t (a int, EXCLUDE (a WITH =))"),
            None
        );
    }

    #[test]
    fn create_function_cost() {
        match p("CREATE OR REPLACE FUNCTION f (p name)\n RETURNS void\n LANGUAGE plpgsql\n COST 100\n AS $B$ BEGIN END $B$;") {
            Extra::CreateFunction { stmt, cost, rows } => {
                assert!(matches!(*stmt, Statement::CreateFunction(_)));
                assert_eq!(cost.as_deref(), Some("100"));
                assert_eq!(rows, None);
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            parse_extra("CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1'"),
            None
        );
    }

    #[test]
    fn glued_statements_are_a_syntax_error_at_the_second() {
        // recorded: syntax error at or near "CREATE", position 30
        let e = rejected(
            "CREATE INDEX t_v_idx ON t(v)\nCREATE UNIQUE INDEX t_w_idx ON t(w);",
            15,
        );
        assert_eq!(
            (e.message.as_str(), e.position.as_deref()),
            ("syntax error at or near \"CREATE\"", Some("30"))
        );
        let e = rejected(
            "ALTER TABLE t DROP CONSTRAINT t_pkey\nALTER TABLE t ALTER COLUMN v TYPE bigint;",
            15,
        );
        assert_eq!(e.position.as_deref(), Some("38"));
        // a valid statement with a line starting with a keyword is left alone
        assert_eq!(parse_extra("INSERT INTO t\nSELECT 1"), None);
    }

    #[test]
    fn create_index_stops_after_the_table_name() {
        // recorded (case 609): syntax error at or near "Namespace", position 39
        let e = rejected(
            "CREATE INDEX x ON \"{{ index .Options \"Namespace\" }}\".identities using btree (user_id);",
            15,
        );
        assert_eq!(
            (e.message.as_str(), e.position.as_deref()),
            ("syntax error at or near \"Namespace\"", Some("39"))
        );
        for ok in [
            "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS i ON ONLY s.t USING btree (a)",
            "CREATE INDEX ON t (a)",
            "create index i on t(a)",
        ] {
            assert_eq!(parse_extra(ok), None, "{ok}");
        }
    }

    #[test]
    fn alter_index_if_exists_rename() {
        match p("ALTER INDEX IF EXISTS sgrif_testing RENAME TO idx;") {
            Extra::AlterIndexRename { name, plain } => {
                assert_eq!(name, ObjName::unqualified("sgrif_testing"));
                assert_eq!(plain.to_string(), "ALTER INDEX sgrif_testing RENAME TO idx");
            }
            other => panic!("{other:?}"),
        }
    }
}
