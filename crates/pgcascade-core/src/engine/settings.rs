//! Run-time settings (`SET`, `SET LOCAL`, `RESET`, `SHOW`).

use std::collections::BTreeMap;

/// The session's settings: values set with `SET` (session) and, above them, `SET LOCAL` values
/// that end with the transaction.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Settings {
    session: BTreeMap<String, String>,
    local: BTreeMap<String, String>,
}

/// Defaults PostgreSQL 15 reports for the settings migrations touch.
fn default_of(name: &str) -> Option<&'static str> {
    Some(match name {
        "search_path" => "\"$user\", public",
        "lock_timeout" | "statement_timeout" | "idle_in_transaction_session_timeout" => "0",
        "client_min_messages" => "notice",
        "timezone" => "UTC",
        "datestyle" => "ISO, MDY",
        "check_function_bodies" => "on",
        "standard_conforming_strings" => "on",
        "client_encoding" => "UTF8",
        "default_transaction_isolation" | "transaction_isolation" => "read committed",
        "maintenance_work_mem" => "64MB",
        "work_mem" => "4MB",
        "role" => "none",
        "row_security" => "on",
        "xmloption" => "content",
        "default_tablespace" => "",
        "default_with_oids" => "off",
        "max_prepared_transactions" => "0",
        "server_version" => "15.18",
        "server_version_num" => "150018",
        _ => return None,
    })
}

impl Settings {
    pub fn get(&self, name: &str) -> Option<String> {
        self.local
            .get(name)
            .or_else(|| self.session.get(name))
            .cloned()
            .or_else(|| default_of(name).map(str::to_string))
    }

    pub fn set_session(&mut self, name: &str, value: String) {
        // a session-level SET also replaces a SET LOCAL value for the rest of the transaction
        self.local.remove(name);
        self.session.insert(name.to_string(), value);
    }

    pub fn set_local(&mut self, name: &str, value: String) {
        self.local.insert(name.to_string(), value);
    }

    pub fn reset(&mut self, name: &str) {
        self.local.remove(name);
        self.session.remove(name);
    }

    pub fn reset_all(&mut self) {
        self.local.clear();
        self.session.clear();
    }

    /// At the end of a transaction `SET LOCAL` values end.
    pub fn end_transaction(&mut self) {
        self.local.clear();
    }

    /// The schemas of `search_path`, in order, with `$user` dropped (no such schema here).
    pub fn search_path(&self) -> Vec<String> {
        let raw = self.get("search_path").unwrap_or_default();
        raw.split(',')
            .map(|s| {
                let s = s.trim();
                if s.len() >= 2 && s.starts_with('"') && s.ends_with('"') {
                    s[1..s.len() - 1].replace("\"\"", "\"")
                } else {
                    s.to_lowercase()
                }
            })
            .filter(|s| !s.is_empty() && s != "$user")
            .collect()
    }

    /// Whether a setting is known to have a timeout in force (non-zero).
    pub fn timeout(&self, name: &str) -> bool {
        self.get(name)
            .is_some_and(|v| !matches!(v.trim_matches('\'').trim(), "0" | "" | "0ms" | "0s"))
    }
}
