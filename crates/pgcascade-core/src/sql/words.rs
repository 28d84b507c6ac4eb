//! The leading words of a statement, read without a full parse.
//!
//! Transaction control is recognised from them exactly (its grammar is tiny), and a statement the
//! parser cannot read is still classified by them (`ALTER TABLE`, `CREATE INDEX`, …).

/// One leading token: a word (keyword or identifier) or a single punctuation character.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Word {
    /// An unquoted word, upper-cased for matching, with its original spelling.
    Bare { upper: String, raw: String },
    /// A double-quoted identifier, unescaped.
    Quoted(String),
    /// A single-quoted string literal, unescaped.
    Str(String),
    /// Any other character (`(`, `;`, `,`, …).
    Punct(char),
}

impl Word {
    pub fn is(&self, kw: &str) -> bool {
        matches!(self, Word::Bare { upper, .. } if upper == kw)
    }

    /// The identifier it names: folded to lower case when bare, as written when quoted.
    pub fn ident(&self) -> Option<String> {
        match self {
            Word::Bare { raw, .. } => Some(raw.to_lowercase()),
            Word::Quoted(s) => Some(s.clone()),
            _ => None,
        }
    }
}

/// Up to `max` leading tokens of `text`, skipping white space and comments. Stops early at a
/// dollar quote or anything it does not tokenise.
pub fn leading_words(text: &str, max: usize) -> Vec<Word> {
    let b = text.as_bytes();
    let mut i = 0;
    let mut out = Vec::new();
    while out.len() < max && i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() {
            i += 1;
        } else if c == b'-' && b.get(i + 1) == Some(&b'-') {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else if c == b'/' && b.get(i + 1) == Some(&b'*') {
            let mut depth = 0usize;
            while i < b.len() {
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
        } else if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 {
            let start = i;
            while i < b.len()
                && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'$' || b[i] >= 0x80)
            {
                i += 1;
            }
            let raw = &text[start..i];
            out.push(Word::Bare {
                upper: raw.to_ascii_uppercase(),
                raw: raw.to_string(),
            });
        } else if c == b'"' || c == b'\'' {
            let quote = c;
            let mut s = Vec::new();
            i += 1;
            loop {
                match b.get(i) {
                    None => break,
                    Some(&q) if q == quote => {
                        if b.get(i + 1) == Some(&quote) {
                            s.push(quote);
                            i += 2;
                        } else {
                            i += 1;
                            break;
                        }
                    }
                    Some(&x) => {
                        s.push(x);
                        i += 1;
                    }
                }
            }
            let s = String::from_utf8_lossy(&s).into_owned();
            out.push(if quote == b'"' {
                Word::Quoted(s)
            } else {
                Word::Str(s)
            });
        } else if c == b'$' {
            break;
        } else {
            // one punctuation character (multi-byte characters are words above)
            out.push(Word::Punct(c as char));
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skips_comments_and_folds_case() {
        let w = leading_words("-- hi\n/* a /* b */ c */ alter Table \"T\" add", 5);
        assert!(w[0].is("ALTER"));
        assert!(w[1].is("TABLE"));
        assert_eq!(w[2], Word::Quoted("T".into()));
        assert_eq!(w[3].ident().as_deref(), Some("add"));
    }

    #[test]
    fn strings_and_punctuation() {
        let w = leading_words("PREPARE TRANSACTION 'it''s';", 5);
        assert_eq!(w[2], Word::Str("it's".into()));
        assert_eq!(w[3], Word::Punct(';'));
    }
}
