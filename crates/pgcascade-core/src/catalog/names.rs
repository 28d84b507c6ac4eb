//! Object names: schema-qualified names and the names PostgreSQL generates
//! (`t_pkey`, `t_col_key`, `t_col_seq`, `t_col_fkey`, `t_col_check`, `t_col_idx`).

use std::fmt;

/// Identifiers longer than `NAMEDATALEN - 1` bytes are truncated.
pub const NAMEDATALEN: usize = 64;

/// A schema-qualified object name, both parts already case-folded.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct QualName {
    pub schema: String,
    pub name: String,
}

impl QualName {
    pub fn new(schema: &str, name: &str) -> Self {
        QualName {
            schema: schema.to_string(),
            name: name.to_string(),
        }
    }
}

impl fmt::Display for QualName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.schema, self.name)
    }
}

/// Truncate `s` to at most `max` bytes on a character boundary.
fn truncate_bytes(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// PostgreSQL's `makeObjectName`: `name1_name2_label`, shortening the longer of name1/name2
/// until the whole fits in `NAMEDATALEN - 1` bytes.
pub fn make_object_name(name1: &str, name2: Option<&str>, label: &str) -> String {
    let max = NAMEDATALEN - 1;
    let mut overhead = 0;
    if name2.is_some() {
        overhead += 1;
    }
    if !label.is_empty() {
        overhead += label.len() + 1;
    }
    let avail = max.saturating_sub(overhead);
    let mut len1 = name1.len();
    let mut len2 = name2.map_or(0, str::len);
    while len1 + len2 > avail {
        if len1 > len2 {
            len1 -= 1;
        } else {
            len2 -= 1;
        }
    }
    let mut out = truncate_bytes(name1, len1).to_string();
    if let Some(n2) = name2 {
        out.push('_');
        out.push_str(truncate_bytes(n2, len2));
    }
    if !label.is_empty() {
        out.push('_');
        out.push_str(label);
    }
    out
}

/// PostgreSQL's `ChooseRelationName`: `make_object_name`, then with `label1`, `label2`, … until
/// `taken` says the name is free.
pub fn generated_name(
    name1: &str,
    name2: Option<&str>,
    label: &str,
    taken: impl Fn(&str) -> bool,
) -> String {
    let mut pass = 0usize;
    loop {
        let modlabel = if pass == 0 {
            label.to_string()
        } else {
            format!("{label}{pass}")
        };
        let candidate = make_object_name(name1, name2, &modlabel);
        if !taken(&candidate) {
            return candidate;
        }
        pass += 1;
    }
}

/// Truncate an identifier to `NAMEDATALEN - 1` bytes, as the lexer does.
pub fn truncate_identifier(s: &str) -> String {
    truncate_bytes(s, NAMEDATALEN - 1).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_names() {
        assert_eq!(make_object_name("t", None, "pkey"), "t_pkey");
        assert_eq!(make_object_name("t", Some("email"), "key"), "t_email_key");
    }

    #[test]
    fn long_names_are_shortened_longer_first() {
        let long = "a".repeat(60);
        let n = make_object_name(&long, Some("col"), "key");
        assert_eq!(n.len(), 63);
        assert!(n.ends_with("_col_key"));
    }

    #[test]
    fn collisions_number_the_label() {
        let n = generated_name("t", Some("c"), "key", |n| n == "t_c_key");
        assert_eq!(n, "t_c_key1");
    }
}
