//! History manifests: `PATH<TAB>MODE` lines, `#` comments, and `# base: DIR`
//! (the oracle's `--history-manifest` format).

use std::path::{Path, PathBuf};

use pgcascade_core::Mode;

/// One file of a manifest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The path as written in the manifest (used as the file's name in the output).
    pub given: String,
    /// The path to open.
    pub path: PathBuf,
    pub mode: Mode,
}

/// Parse a manifest read from `manifest_path`; relative paths resolve against the manifest's
/// folder, or against a `# base: DIR` given before them.
pub fn parse(text: &str, manifest_path: &Path, default_mode: Mode) -> Result<Vec<Entry>, String> {
    let folder = manifest_path
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default();
    let mut base = folder.clone();
    let mut out = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let trimmed = line.trim_start();
        if let Some(comment) = trimmed.strip_prefix('#') {
            if let Some(dir) = comment.trim().strip_prefix("base:") {
                base = folder.join(dir.trim());
            }
            continue;
        }
        let mut parts = line.split('\t');
        let given = parts.next().unwrap_or("").trim().to_string();
        let mode = match parts.next().map(str::trim).filter(|m| !m.is_empty()) {
            Some(m) => Mode::parse(m).ok_or_else(|| {
                format!("{}:{}: unknown mode {m:?}", manifest_path.display(), n + 1)
            })?,
            None => default_mode,
        };
        let p = Path::new(&given);
        let path = if p.is_absolute() {
            p.to_path_buf()
        } else {
            base.join(p)
        };
        out.push(Entry { given, path, mode });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_line_and_modes() {
        let text = "# made by replay-order\n# base: ../..\na/1.sql\tautocommit\n\na/2.sql\n";
        let e = parse(text, Path::new("/x/y/m.tsv"), Mode::SingleTransaction).unwrap();
        assert_eq!(e.len(), 2);
        assert_eq!(e[0].path, Path::new("/x/y/../../a/1.sql"));
        assert_eq!(e[0].mode, Mode::Autocommit);
        assert_eq!(e[1].mode, Mode::SingleTransaction);
        assert_eq!(e[1].given, "a/2.sql");
    }

    #[test]
    fn unknown_mode_is_an_error() {
        assert!(parse("a.sql\tnope\n", Path::new("m.tsv"), Mode::Autocommit).is_err());
    }
}
