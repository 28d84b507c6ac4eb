//! Named runner profiles: how the tools people use send a migration file.
//!
//! A profile is data: the wire mode it uses, whether it stops at the first error (and rolls
//! back), and the per-file directive that switches its transaction off. Each one's `sends`
//! says what goes over the wire, so the choice can be explained in the UI and the docs.

use super::Mode;

/// How one tool runs a migration file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Profile {
    /// The name used on the command line and in links (`--runner flyway`).
    pub name: &'static str,
    /// The tool's name for people.
    pub title: &'static str,
    /// One line: what it sends to PostgreSQL.
    pub sends: &'static str,
    /// The wire mode for an ordinary file.
    pub mode: Mode,
    /// The wire mode when the file opts out of the transaction (see `no_transaction_marker`).
    pub no_transaction_mode: Mode,
    /// Text in the file that switches the transaction off (dbmate's `transaction:false`, …).
    pub no_transaction_marker: Option<&'static str>,
    /// Stops sending at the first error (raising in the tool); the rest never runs.
    pub stop_on_error: bool,
}

pub const PROFILES: &[Profile] = &[
    Profile {
        name: "psql",
        title: "psql -f",
        sends: "each statement as its own query, in autocommit, carrying on after errors (ON_ERROR_STOP off); exit code 0 even when statements failed",
        mode: Mode::AsWritten,
        no_transaction_mode: Mode::AsWritten,
        no_transaction_marker: None,
        stop_on_error: false,
    },
    Profile {
        name: "psql-on-error-stop",
        title: "psql -v ON_ERROR_STOP=1 -f",
        sends: "each statement as its own query, in autocommit, stopping at the first error",
        mode: Mode::AsWritten,
        no_transaction_mode: Mode::AsWritten,
        no_transaction_marker: None,
        stop_on_error: true,
    },
    Profile {
        name: "psql-single-transaction",
        title: "psql -1 -f",
        sends: "BEGIN, each statement, COMMIT; without ON_ERROR_STOP it keeps sending after an error, so the rest fails with 25P02 and COMMIT answers ROLLBACK",
        mode: Mode::SingleTransaction,
        no_transaction_mode: Mode::SingleTransaction,
        no_transaction_marker: None,
        stop_on_error: false,
    },
    Profile {
        name: "flyway",
        title: "Flyway",
        sends: "BEGIN, each statement over JDBC, COMMIT per migration; at the first error it stops and rolls the migration back",
        mode: Mode::SingleTransaction,
        no_transaction_mode: Mode::Autocommit,
        no_transaction_marker: None,
        stop_on_error: true,
    },
    Profile {
        name: "diesel",
        title: "diesel",
        sends: "BEGIN, the whole up.sql as one query (batch_execute), COMMIT; metadata.toml run_in_transaction = false sends it without the transaction",
        mode: Mode::WholeFileTx,
        no_transaction_mode: Mode::WholeFile,
        no_transaction_marker: Some("run_in_transaction = false"),
        stop_on_error: true,
    },
    Profile {
        name: "sqlx",
        title: "sqlx migrate",
        sends: "BEGIN, the whole file as one query, COMMIT; a first line `-- no-transaction` sends it without the transaction",
        mode: Mode::WholeFileTx,
        no_transaction_mode: Mode::WholeFile,
        no_transaction_marker: Some("-- no-transaction"),
        stop_on_error: true,
    },
    Profile {
        name: "rails",
        title: "Rails (ActiveRecord migrations)",
        sends: "BEGIN, each execute() statement, COMMIT per migration; an error raises and rolls back; disable_ddl_transaction! runs it in autocommit",
        mode: Mode::SingleTransaction,
        no_transaction_mode: Mode::Autocommit,
        no_transaction_marker: Some("disable_ddl_transaction!"),
        stop_on_error: true,
    },
    Profile {
        name: "django",
        title: "Django (atomic migrations)",
        sends: "BEGIN, each RunSQL statement, COMMIT per migration; an error raises and rolls back; atomic = False runs it in autocommit",
        mode: Mode::SingleTransaction,
        no_transaction_mode: Mode::Autocommit,
        no_transaction_marker: Some("atomic = False"),
        stop_on_error: true,
    },
    Profile {
        name: "golang-migrate",
        title: "golang-migrate (postgres driver)",
        sends: "the whole file as one query, no BEGIN: PostgreSQL runs it as one implicit transaction that stops at the first error (and CONCURRENTLY fails in it)",
        mode: Mode::WholeFile,
        no_transaction_mode: Mode::WholeFile,
        no_transaction_marker: None,
        stop_on_error: true,
    },
    Profile {
        name: "dbmate",
        title: "dbmate",
        sends: "BEGIN, the migrate:up section as one query, COMMIT; `-- migrate:up transaction:false` sends it without the transaction",
        mode: Mode::WholeFileTx,
        no_transaction_mode: Mode::WholeFile,
        no_transaction_marker: Some("transaction:false"),
        stop_on_error: true,
    },
    Profile {
        name: "prisma",
        title: "Prisma Migrate",
        sends: "the whole migration.sql as one query, no BEGIN: one implicit transaction that stops at the first error",
        mode: Mode::WholeFile,
        no_transaction_mode: Mode::WholeFile,
        no_transaction_marker: None,
        stop_on_error: true,
    },
    Profile {
        name: "autocommit",
        title: "plain autocommit",
        sends: "each statement as its own query, no transaction, carrying on after errors",
        mode: Mode::Autocommit,
        no_transaction_mode: Mode::Autocommit,
        no_transaction_marker: None,
        stop_on_error: false,
    },
];

impl Profile {
    pub fn find(name: &str) -> Option<&'static Profile> {
        PROFILES.iter().find(|p| p.name == name)
    }

    /// The wire mode for `text`: the tool's own, or its no-transaction mode when the file
    /// carries the tool's marker.
    pub fn mode_for(&self, text: &str) -> Mode {
        match self.no_transaction_marker {
            Some(m) if text.contains(m) => self.no_transaction_mode,
            _ => self.mode,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_found() {
        for p in PROFILES {
            assert_eq!(Profile::find(p.name), Some(p));
        }
    }

    #[test]
    fn markers_switch_the_transaction_off() {
        let dbmate = Profile::find("dbmate").unwrap();
        assert_eq!(
            dbmate.mode_for("-- migrate:up\nCREATE TABLE t();"),
            Mode::WholeFileTx
        );
        assert_eq!(
            dbmate
                .mode_for("-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY i ON t(a);"),
            Mode::WholeFile
        );
    }
}
