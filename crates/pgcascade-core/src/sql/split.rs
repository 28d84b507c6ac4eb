//! Statement splitting identical to psql's lexer (`src/fe_utils/psqlscan.l`).
//!
//! This is a byte-level port of the reference splitter `sqlsplit.py` (checked
//! against real psql), with `standard_conforming_strings = on`:
//!
//! * `--` comments and nested `/* ... */` comments;
//! * `'...'` strings with `''` doubling; `E'...'` with backslash escapes;
//!   `B''`, `X''`, `N''`, `U&''` strings; `"..."` and `U&"..."` identifiers;
//! * dollar quotes `$$...$$` / `$tag$...$tag$` (tag = `[A-Za-z_\x80-][A-Za-z_0-9\x80-]*`),
//!   `$1` parameters, and identifiers containing `$` (`foo$bar$` is one identifier);
//! * a `;` ends a statement only at parenthesis depth 0 and BEGIN-depth 0;
//! * psql's heuristic for SQL-standard function bodies: if the statement starts
//!   with `CREATE [OR REPLACE] {FUNCTION|PROCEDURE}`, then outside parentheses each
//!   `BEGIN` increments a depth, `CASE` increments it when already >= 1, and `END`
//!   decrements it;
//! * text after the last `;` is a statement too (psql sends it at end of file).
//!
//! Statements consisting only of comments / `;` are dropped. Leading whitespace
//! and comments are not part of a statement; its line is the line of its first
//! token. Unterminated quotes, comments and dollar quotes run to end of input.
//!
//! Everything works on bytes. All syntax is ASCII, and every byte >= 0x80 (any
//! part of a non-ASCII UTF-8 character) is an identifier character, so a token
//! boundary never falls inside a character and every offset reported is a char
//! boundary of the input. The scan is linear in the input length.

use crate::source::Span;

/// One statement as psql would send it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    /// 1-based position among the statements of the input.
    pub index: usize,
    /// Byte offsets: first token .. after the terminating `;` (or end of the last token at EOF).
    pub span: Span,
    /// 1-based line of the first token.
    pub line: usize,
    /// `text[span]`, including the `;` if any.
    pub text: String,
}

fn is_ident_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_' || b >= 0x80
}

fn is_ident_cont(b: u8) -> bool {
    is_ident_start(b) || b.is_ascii_digit() || b == b'$'
}

fn is_dolq_cont(b: u8) -> bool {
    is_ident_start(b) || b.is_ascii_digit()
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// `i` is just after the opening quote; returns the offset after the closing
/// quote, or `s.len()` if the literal is unterminated.
fn skip_quoted(s: &[u8], mut i: usize, quote: u8, backslash: bool) -> usize {
    let n = s.len();
    while i < n {
        let b = s[i];
        if backslash && b == b'\\' {
            i += 2;
            continue;
        }
        if b == quote {
            if i + 1 < n && s[i + 1] == quote {
                i += 2;
                continue;
            }
            return i + 1;
        }
        i += 1;
    }
    n
}

/// The first letter recorded for the leading keywords of the
/// `CREATE [OR REPLACE] {FUNCTION|PROCEDURE}` heuristic (0 = other word).
fn keyword_letter(word: &[u8]) -> u8 {
    const WORDS: [&[u8]; 5] = [b"create", b"function", b"procedure", b"or", b"replace"];
    if WORDS.iter().any(|w| word.eq_ignore_ascii_case(w)) {
        word[0].to_ascii_lowercase()
    } else {
        0
    }
}

struct Splitter<'a> {
    text: &'a str,
    out: Vec<Statement>,
    /// Offset of the first token of the current statement.
    stmt_start: Option<usize>,
    /// Saw anything other than `;` and comments in the current statement.
    has_token: bool,
    /// Identifiers seen in the current statement.
    ident_count: usize,
    /// Incremental line counting: `line_count` newlines lie before `line_pos`.
    line_pos: usize,
    line_count: usize,
}

impl Splitter<'_> {
    fn mark(&mut self, pos: usize) {
        if self.stmt_start.is_none() {
            self.stmt_start = Some(pos);
        }
        self.has_token = true;
    }

    fn finish(&mut self, end: usize) {
        if let (Some(start), true) = (self.stmt_start, self.has_token) {
            let bytes = self.text.as_bytes();
            // Statements start at increasing offsets, so this is linear overall.
            self.line_count += bytes[self.line_pos..start]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            self.line_pos = start;
            self.out.push(Statement {
                index: self.out.len() + 1,
                span: Span::new(start, end),
                line: self.line_count + 1,
                text: self.text[start..end].to_string(),
            });
        }
        self.stmt_start = None;
        self.has_token = false;
        self.ident_count = 0;
    }
}

/// Split `text` into the statements psql would send, in order.
///
/// Never panics; runs in time linear in `text.len()`.
pub fn split(text: &str) -> Vec<Statement> {
    let s = text.as_bytes();
    let n = s.len();
    let mut sp = Splitter {
        text,
        out: Vec::new(),
        stmt_start: None,
        has_token: false,
        ident_count: 0,
        line_pos: 0,
        line_count: 0,
    };
    let mut i = 0;
    let mut last_end = 0; // end offset of the last token seen
    let mut paren: usize = 0;
    let mut begin_depth: usize = 0;
    let mut idents = [0u8; 4];
    let mut prev_token = false;

    while i < n {
        if prev_token {
            last_end = i;
        }
        prev_token = true;
        let ch = s[i];
        let nxt = s.get(i + 1).copied().unwrap_or(0);

        // whitespace
        if is_space(ch) {
            prev_token = false;
            i += 1;
            continue;
        }
        // -- comment (up to, not including, the newline)
        if ch == b'-' && nxt == b'-' {
            prev_token = false;
            i = s[i..].iter().position(|&b| b == b'\n').map_or(n, |p| i + p);
            continue;
        }
        // /* nested */ comment
        if ch == b'/' && nxt == b'*' {
            prev_token = false;
            let mut depth = 0usize;
            i += 2;
            while i < n {
                if s[i..].starts_with(b"/*") {
                    depth += 1;
                    i += 2;
                } else if s[i..].starts_with(b"*/") {
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                    depth -= 1;
                } else {
                    i += 1;
                }
            }
            continue;
        }
        // string literals with prefixes
        if matches!(ch, b'e' | b'E') && nxt == b'\'' {
            sp.mark(i);
            i = skip_quoted(s, i + 2, b'\'', true);
            continue;
        }
        if matches!(ch, b'b' | b'B' | b'x' | b'X' | b'n' | b'N') && nxt == b'\'' {
            sp.mark(i);
            i = skip_quoted(s, i + 2, b'\'', false);
            continue;
        }
        if matches!(ch, b'u' | b'U') && nxt == b'&' && i + 2 < n && matches!(s[i + 2], b'\'' | b'"')
        {
            sp.mark(i);
            i = skip_quoted(s, i + 3, s[i + 2], false);
            continue;
        }
        if ch == b'\'' || ch == b'"' {
            sp.mark(i);
            i = skip_quoted(s, i + 1, ch, false);
            continue;
        }
        // dollar quote / parameter
        if ch == b'$' {
            sp.mark(i);
            let j = i + 1;
            if j < n && (s[j] == b'$' || is_ident_start(s[j])) {
                let mut k = j;
                if s[k] != b'$' {
                    k += 1;
                    while k < n && is_dolq_cont(s[k]) {
                        k += 1;
                    }
                }
                if k < n && s[k] == b'$' {
                    // Both ends of the delimiter are ASCII '$': char boundaries.
                    let delim = &text[i..=k];
                    i = text[k + 1..]
                        .find(delim)
                        .map_or(n, |p| k + 1 + p + delim.len());
                    continue;
                }
            }
            // $1 parameter or lone $
            i += 1;
            while i < n && s[i].is_ascii_digit() {
                i += 1;
            }
            continue;
        }
        // identifiers / keywords (identifiers may contain '$')
        if is_ident_start(ch) {
            sp.mark(i);
            let mut j = i + 1;
            while j < n && is_ident_cont(s[j]) {
                j += 1;
            }
            let word = &s[i..j];
            if sp.ident_count == 0 {
                idents = [0; 4];
            }
            let letter = keyword_letter(word);
            if letter != 0 && sp.ident_count < idents.len() {
                idents[sp.ident_count] = letter;
            }
            sp.ident_count += 1;
            let create_routine = idents[0] == b'c'
                && (matches!(idents[1], b'f' | b'p')
                    || (idents[1] == b'o'
                        && idents[2] == b'r'
                        && matches!(idents[3], b'f' | b'p')));
            if create_routine && paren == 0 {
                if word.eq_ignore_ascii_case(b"begin") {
                    begin_depth += 1;
                } else if word.eq_ignore_ascii_case(b"case") {
                    if begin_depth >= 1 {
                        begin_depth += 1;
                    }
                } else if word.eq_ignore_ascii_case(b"end") {
                    begin_depth = begin_depth.saturating_sub(1);
                }
            }
            i = j;
            continue;
        }
        if ch.is_ascii_digit() {
            sp.mark(i);
            i += 1;
            while i < n && s[i].is_ascii_digit() {
                i += 1;
            }
            continue;
        }
        if ch == b'(' {
            sp.mark(i);
            paren += 1;
            i += 1;
            continue;
        }
        if ch == b')' {
            sp.mark(i);
            paren = paren.saturating_sub(1);
            i += 1;
            continue;
        }
        if ch == b';' {
            if sp.stmt_start.is_none() {
                sp.stmt_start = Some(i);
            }
            i += 1;
            if paren == 0 && begin_depth == 0 {
                sp.finish(i);
            }
            continue;
        }
        // any other ASCII character is a one-byte token (non-ASCII is an identifier)
        sp.mark(i);
        i += 1;
    }
    if prev_token {
        last_end = i;
    }
    // End of input: the rest is a statement (psql sends it); trailing whitespace
    // and comments are not part of it.
    let end = match sp.stmt_start {
        Some(start) => last_end.max(start),
        None => n,
    };
    sp.finish(end.min(n));
    sp.out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::line_of;

    /// The statement texts of `sql`.
    fn texts(sql: &str) -> Vec<String> {
        split(sql).into_iter().map(|s| s.text).collect()
    }

    #[test]
    fn splits_on_semicolons_and_keeps_trailing_text() {
        let sts = split("SELECT 1; SELECT 2;\nSELECT 3");
        assert_eq!(
            sts.iter().map(|s| s.text.as_str()).collect::<Vec<_>>(),
            ["SELECT 1;", "SELECT 2;", "SELECT 3"]
        );
        assert_eq!(sts.iter().map(|s| s.index).collect::<Vec<_>>(), [1, 2, 3]);
        assert_eq!(sts[1].span, Span::new(10, 19));
        assert_eq!(sts[2].span, Span::new(20, 28));
        assert_eq!(sts[2].line, 2);
    }

    #[test]
    fn empty_and_comment_only_statements_are_dropped() {
        assert!(split("").is_empty());
        assert!(split("  \n\t ").is_empty());
        assert!(split(";;\n;").is_empty());
        assert!(split("-- only a comment ;\n/* block ; */;\n").is_empty());
        assert_eq!(
            texts("SELECT 1;; ;/* c */;SELECT 2"),
            ["SELECT 1;", "SELECT 2"]
        );
    }

    #[test]
    fn dash_comments_hide_semicolons_and_are_not_leading_text() {
        let sql = "-- lead; comment\n  SELECT 1 -- c;\n + 2; -- trailing\n";
        let sts = split(sql);
        assert_eq!(sts.len(), 1);
        assert_eq!(sts[0].text, "SELECT 1 -- c;\n + 2;");
        assert_eq!(sts[0].line, 2);
        assert_eq!(sts[0].span.start, sql.find("SELECT").unwrap());
    }

    #[test]
    fn trailing_whitespace_and_comments_at_eof_are_trimmed() {
        assert_eq!(
            texts("SELECT 1;\nSELECT 2 -- trailing\n  "),
            ["SELECT 1;", "SELECT 2"]
        );
        assert_eq!(texts("SELECT 2 /* ; unterminated"), ["SELECT 2"]);
    }

    #[test]
    fn nested_block_comments() {
        assert_eq!(
            texts("SELECT 1 /* a; /* b; */ still; */; SELECT 2;"),
            ["SELECT 1 /* a; /* b; */ still; */;", "SELECT 2;"]
        );
        // A leading block comment is not part of the statement.
        let sts = split("/* x;\n */ SELECT 1;");
        assert_eq!(sts[0].text, "SELECT 1;");
        assert_eq!(sts[0].line, 2);
    }

    #[test]
    fn single_quoted_strings_with_doubling() {
        assert_eq!(
            texts("SELECT 'a;b', 'it''s;'; X"),
            ["SELECT 'a;b', 'it''s;';", "X"]
        );
        // standard_conforming_strings: a backslash does not escape in '...'.
        assert_eq!(
            texts(r"SELECT '\'; SELECT 2;"),
            [r"SELECT '\';", "SELECT 2;"]
        );
    }

    #[test]
    fn escape_strings_honour_backslashes() {
        assert_eq!(
            texts(r"SELECT E'it\'s;', e'\\'; SELECT 2;"),
            [r"SELECT E'it\'s;', e'\\';", "SELECT 2;"]
        );
        // A trailing backslash at EOF does not run past the end.
        assert_eq!(texts("SELECT E'\\"), ["SELECT E'\\"]);
    }

    #[test]
    fn prefixed_strings_and_quoted_identifiers() {
        assert_eq!(
            texts(
                r#"SELECT B'1;', X'F;', N'n;', U&'d\0061;', U&"a;b"; SELECT "x""y;" AS "c;d"; 2"#
            ),
            [
                r#"SELECT B'1;', X'F;', N'n;', U&'d\0061;', U&"a;b";"#,
                r#"SELECT "x""y;" AS "c;d";"#,
                "2"
            ]
        );
        // U& not followed by a quote is just identifier + operator.
        assert_eq!(texts("SELECT U&1; SELECT 2"), ["SELECT U&1;", "SELECT 2"]);
    }

    #[test]
    fn dollar_quotes_and_tags() {
        assert_eq!(
            texts("SELECT $$a;$$; SELECT $t$ $$ ; $u$ ; $t$; SELECT $é$;$é$; 4"),
            [
                "SELECT $$a;$$;",
                "SELECT $t$ $$ ; $u$ ; $t$;",
                "SELECT $é$;$é$;",
                "4"
            ]
        );
        // Tags cannot start with a digit: $1$ is parameter $1 then a lone '$'.
        assert_eq!(texts("SELECT $1$; SELECT $2"), ["SELECT $1$;", "SELECT $2"]);
        // Unterminated dollar quote runs to EOF.
        assert_eq!(texts("SELECT $x$ ; ; \n"), ["SELECT $x$ ; ; \n"]);
        // A '$' followed by a non-tag is a lone '$'.
        assert_eq!(texts("$; $"), ["$;", "$"]);
    }

    #[test]
    fn identifiers_may_contain_dollars() {
        // x$y$z is one identifier, not the start of a $y$ dollar quote.
        assert_eq!(
            texts("SELECT 1 AS x$y$z; SELECT 2;"),
            ["SELECT 1 AS x$y$z;", "SELECT 2;"]
        );
        // $abc without a closing '$' is '$' followed by identifier abc.
        assert_eq!(texts("SELECT $abc; SELECT 2"), ["SELECT $abc;", "SELECT 2"]);
    }

    #[test]
    fn semicolons_inside_parentheses_do_not_split() {
        assert_eq!(
            texts("CREATE TABLE t (a int;\nSELECT 1;\n); SELECT 2;"),
            ["CREATE TABLE t (a int;\nSELECT 1;\n);", "SELECT 2;"]
        );
        // Extra ')' does not make the depth negative.
        assert_eq!(
            texts("SELECT 1)); SELECT (2);"),
            ["SELECT 1));", "SELECT (2);"]
        );
    }

    #[test]
    fn begin_atomic_bodies_of_create_function_and_procedure() {
        let sql = "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; \
                   SELECT CASE WHEN true THEN 2 END; END; SELECT 3;";
        assert_eq!(
            texts(sql),
            [
                "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; \
                 SELECT CASE WHEN true THEN 2 END; END;",
                "SELECT 3;"
            ]
        );
        assert_eq!(
            texts("create or replace procedure p() begin atomic insert into t values (1); end; x"),
            [
                "create or replace procedure p() begin atomic insert into t values (1); end;",
                "x"
            ]
        );
        // CASE before any BEGIN does not count; BEGIN/END inside parentheses do not count.
        assert_eq!(
            texts("CREATE FUNCTION g(begin int) RETURNS int RETURN CASE WHEN 1 THEN 1 END; Y"),
            [
                "CREATE FUNCTION g(begin int) RETURNS int RETURN CASE WHEN 1 THEN 1 END;",
                "Y"
            ]
        );
    }

    #[test]
    fn begin_outside_create_routine_does_not_nest() {
        assert_eq!(
            texts("BEGIN; SELECT 1; END;"),
            ["BEGIN;", "SELECT 1;", "END;"]
        );
        assert_eq!(
            texts("CREATE TABLE begin (a int); CREATE OR REPLACE VIEW v AS SELECT 1 begin; Z"),
            [
                "CREATE TABLE begin (a int);",
                "CREATE OR REPLACE VIEW v AS SELECT 1 begin;",
                "Z"
            ]
        );
        // The quoted "begin" is not a keyword.
        assert_eq!(
            texts(r#"CREATE FUNCTION f() "begin" ; Z"#),
            [r#"CREATE FUNCTION f() "begin" ;"#, "Z"]
        );
        // Plain-language bodies in dollar quotes hide their BEGIN.
        assert_eq!(
            texts("CREATE FUNCTION f() AS $$BEGIN RETURN 1; END;$$ LANGUAGE plpgsql; Z"),
            [
                "CREATE FUNCTION f() AS $$BEGIN RETURN 1; END;$$ LANGUAGE plpgsql;",
                "Z"
            ]
        );
    }

    #[test]
    fn unterminated_begin_atomic_runs_to_eof() {
        assert_eq!(
            texts("CREATE PROCEDURE p() BEGIN ATOMIC SELECT 1; SELECT 2; -- c\n"),
            ["CREATE PROCEDURE p() BEGIN ATOMIC SELECT 1; SELECT 2;"]
        );
    }

    #[test]
    fn unterminated_quotes_run_to_eof() {
        assert_eq!(texts("SELECT 'abc; SELECT 2"), ["SELECT 'abc; SELECT 2"]);
        assert_eq!(texts("SELECT \"abc; SELECT 2"), ["SELECT \"abc; SELECT 2"]);
        assert_eq!(texts("SELECT 1; /* open ; "), ["SELECT 1;"]);
    }

    #[test]
    fn lines_and_byte_offsets_with_non_ascii() {
        let sql = "SELECT 'é;ü';\n-- ünïcode ;\n\nSELECT naïve€ FROM 𝄞;\rX";
        let sts = split(sql);
        assert_eq!(sts.len(), 3);
        assert_eq!(sts[0].text, "SELECT 'é;ü';");
        assert_eq!(sts[0].span, Span::new(0, 15));
        assert_eq!(sts[1].text, "SELECT naïve€ FROM 𝄞;");
        assert_eq!(sts[1].line, 4);
        assert_eq!(&sql[sts[1].span.start..sts[1].span.end], sts[1].text);
        // '\r' is whitespace but not a line break.
        assert_eq!(sts[2].text, "X");
        assert_eq!(sts[2].line, 4);
        // Non-ASCII is an identifier character, also inside dollar-quote tags.
        assert_eq!(texts("SELECT $ü$;$ü$; é$x$;"), ["SELECT $ü$;$ü$;", "é$x$;"]);
    }

    #[test]
    fn odd_bytes_do_not_panic() {
        assert_eq!(texts("\0;\0"), ["\0;", "\0"]);
        assert_eq!(texts("$"), ["$"]);
        assert_eq!(texts("E'"), ["E'"]);
        assert_eq!(texts("U&"), ["U&"]);
        assert_eq!(texts("/*"), Vec::<String>::new());
        assert_eq!(texts("-"), ["-"]);
        assert_eq!(texts(")))((("), [")))((("]);
    }

    #[test]
    fn large_input_is_linear() {
        let n = 200_000;
        let sql = "SELECT 1;\n".repeat(n);
        let sts = split(&sql);
        assert_eq!(sts.len(), n);
        assert_eq!(sts[n - 1].line, n);
        assert_eq!(sts[n - 1].span.start, (n - 1) * 10);
        // Pathological openers that never close.
        for unit in ["$a", "/*", "(", "$a$", "x$", "E'\\", "'"] {
            let sql = unit.repeat(100_000);
            let sts = split(&sql);
            assert!(sts.len() <= 1, "{unit}");
        }
    }

    /// A tiny deterministic LCG (Knuth's MMIX constants).
    struct Lcg(u64);

    impl Lcg {
        fn next(&mut self) -> u64 {
            self.0 = self
                .0
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            self.0 >> 33
        }

        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
    }

    /// SQL-significant fragments for generated inputs.
    const ALPHABET: &[&str] = &[
        "'",
        "\"",
        "$",
        ";",
        "(",
        ")",
        "/",
        "*",
        "-",
        "\n",
        "E",
        "e",
        "U",
        "u",
        "&",
        "A",
        "B",
        " ",
        " ",
        "\\",
        "1",
        "x",
        "é",
        "€",
        "𝄞",
        "\0",
        "\r",
        "\t",
        " BEGIN ",
        " END ",
        " CASE ",
        "CREATE ",
        "FUNCTION ",
        "PROCEDURE ",
        "OR ",
        "REPLACE ",
        "ATOMIC ",
        "$q$",
        "$$",
        "--",
        "/*",
        "*/",
    ];

    fn generate(rng: &mut Lcg) -> String {
        let len = rng.below(60);
        (0..len)
            .map(|_| ALPHABET[rng.below(ALPHABET.len())])
            .collect()
    }

    fn check_invariants(input: &str) {
        let sts = split(input);
        let mut prev_end = 0;
        for (k, st) in sts.iter().enumerate() {
            let Span { start, end } = st.span;
            assert_eq!(st.index, k + 1, "{input:?}");
            assert!(
                prev_end <= start && start < end && end <= input.len(),
                "{input:?}: {st:?}"
            );
            assert!(
                input.is_char_boundary(start) && input.is_char_boundary(end),
                "{input:?}"
            );
            assert_eq!(st.text, &input[start..end], "{input:?}");
            assert_eq!(st.line, line_of(input, start), "{input:?}");
            let first = st.text.as_bytes()[0];
            assert!(!is_space(first), "{input:?}: {st:?}");
            prev_end = end;
        }
    }

    #[test]
    fn generated_inputs_keep_span_invariants() {
        let mut rng = Lcg(0x5eed);
        for _ in 0..20_000 {
            check_invariants(&generate(&mut rng));
        }
    }
}
