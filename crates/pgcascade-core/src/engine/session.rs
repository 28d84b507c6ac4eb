//! One connection to the simulated server and PostgreSQL's transaction block state machine.

use crate::catalog::Catalog;
use crate::engine::exec::{self, Ctx, TxEffects};
use crate::engine::{errors, Settings};
use crate::response::{DataDependence, Notice, Outcome, PgError, Response, TxStatus};
use crate::sql::parse::{parse, Command};
use crate::sql::txn::TxnCommand;
use crate::trace::Coverage;

/// What kind of server the session talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ServerConfig {
    /// PostgreSQL major version (15, 18, …).
    pub pg_version: u32,
}

impl Default for ServerConfig {
    fn default() -> Self {
        ServerConfig { pg_version: 15 }
    }
}

/// Everything a transaction (or a savepoint, or a statement) may have to undo.
#[derive(Debug, Clone)]
struct Snapshot {
    catalog: Catalog,
    settings: Settings,
    effects: TxEffects,
}

#[derive(Debug, Clone)]
struct TxBlock {
    /// Started by BEGIN (not the implicit block of a statement or a multi-statement message).
    explicit: bool,
    failed: bool,
    /// A statement other than transaction control and SET has run (for SET TRANSACTION).
    had_query: bool,
    start: Box<Snapshot>,
    savepoints: Vec<(String, Snapshot)>,
    effects: TxEffects,
}

/// The answer to one statement, before the runner places it in a trace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatementResult {
    pub response: Response,
    pub coverage: Coverage,
}

/// One connection: send it statements, get PostgreSQL's answers.
#[derive(Debug, Clone)]
pub struct Session {
    config: ServerConfig,
    catalog: Catalog,
    settings: Settings,
    tx: Option<TxBlock>,
    next_oid: u32,
}

impl Session {
    /// A connection to a fresh database.
    pub fn new(config: ServerConfig) -> Self {
        Session {
            config,
            catalog: Catalog::new_database(),
            settings: Settings::default(),
            tx: None,
            next_oid: 16384,
        }
    }

    pub fn config(&self) -> ServerConfig {
        self.config
    }

    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Close this connection and open a new one to the same database: an open transaction is
    /// rolled back and the settings start from their defaults; the committed catalog stays.
    pub fn reconnect(&mut self) {
        if let Some(t) = self.tx.take() {
            self.restore(*t.start);
        }
        self.settings = Settings::default();
    }

    /// libpq's transaction status between messages.
    pub fn tx_status(&self) -> TxStatus {
        match &self.tx {
            None => TxStatus::Idle,
            Some(t) if t.failed => TxStatus::Inerror,
            Some(_) => TxStatus::Intrans,
        }
    }

    /// Send one statement as its own Query message.
    pub fn execute(&mut self, text: &str) -> StatementResult {
        let mut r = self.statement(text, false);
        self.end_of_message();
        r.response.tx_status = Some(self.tx_status());
        r
    }

    /// Send several statements as ONE Query message (a driver handed the whole file): they run
    /// in one implicit transaction that stops at the first error. Returns the results of the
    /// statements that ran (the last one is the error, if any) and the status after the message.
    /// A syntax error anywhere means nothing runs: the result is that error alone, at its index.
    pub fn execute_message(&mut self, texts: &[&str]) -> MessageResult {
        let multi = texts.len() > 1;
        // PostgreSQL parses the whole message first: a grammar error stops everything.
        for (i, text) in texts.iter().enumerate() {
            if let Err(e) = parse(text, self.config.pg_version) {
                if let Some(t) = &mut self.tx {
                    t.failed = true;
                }
                self.end_of_message();
                return MessageResult {
                    results: vec![(i, error_result(e, Coverage::Full))],
                    tx_status: self.tx_status(),
                };
            }
        }
        let mut results = Vec::new();
        for (i, text) in texts.iter().enumerate() {
            let mut r = self.statement(text, multi);
            r.response.tx_status = None;
            let failed = r.response.outcome == Outcome::Error;
            results.push((i, r));
            if failed {
                break;
            }
        }
        self.end_of_message();
        MessageResult {
            results,
            tx_status: self.tx_status(),
        }
    }

    /// At the end of a Query message an implicit transaction commits, or rolls back if it failed.
    fn end_of_message(&mut self) {
        if let Some(t) = &self.tx {
            if !t.explicit {
                let t = self.tx.take().expect("checked");
                if t.failed {
                    self.restore(*t.start);
                }
                self.settings.end_transaction();
            }
        }
    }

    fn snapshot(&self) -> Snapshot {
        Snapshot {
            catalog: self.catalog.clone(),
            settings: self.settings.clone(),
            effects: self
                .tx
                .as_ref()
                .map(|t| t.effects.clone())
                .unwrap_or_default(),
        }
    }

    fn restore(&mut self, s: Snapshot) {
        self.catalog = s.catalog;
        self.settings = s.settings;
        if let Some(t) = &mut self.tx {
            t.effects = s.effects;
        }
    }

    fn begin_block(&mut self, explicit: bool) {
        let start = Box::new(self.snapshot());
        self.tx = Some(TxBlock {
            explicit,
            failed: false,
            had_query: false,
            start,
            savepoints: Vec::new(),
            effects: TxEffects::default(),
        });
    }

    fn fail(&mut self, e: PgError) -> StatementResult {
        if let Some(t) = &mut self.tx {
            t.failed = true;
        }
        error_result(e, Coverage::Full)
    }

    /// Run one statement inside the current message.
    fn statement(&mut self, text: &str, multi: bool) -> StatementResult {
        let cmd = match parse(text, self.config.pg_version) {
            Ok(c) => c,
            // grammar errors come before the aborted-transaction check
            Err(e) => return self.fail(e),
        };
        if self.tx.as_ref().is_some_and(|t| t.failed) {
            let allowed = matches!(
                cmd,
                Command::Txn(
                    TxnCommand::Commit { .. }
                        | TxnCommand::Rollback { .. }
                        | TxnCommand::RollbackTo { .. }
                        | TxnCommand::CommitPrepared { .. }
                        | TxnCommand::RollbackPrepared { .. }
                )
            );
            if !allowed {
                return self.fail(errors::in_failed_transaction());
            }
        }
        match cmd {
            Command::Txn(t) => self.transaction_control(t, multi),
            Command::Empty => ok_result(None, Vec::new(), Coverage::Full),
            other => self.command(text, &other, multi),
        }
    }

    fn command(&mut self, text: &str, cmd: &Command, multi: bool) -> StatementResult {
        if self.tx.is_none() {
            self.begin_block(false);
        }
        let explicit = self.tx.as_ref().is_some_and(|t| t.explicit);
        let in_block = explicit || multi;
        let before = self.snapshot();
        let tx = self.tx.as_mut().expect("a block is open");
        let mut ctx = Ctx {
            text,
            catalog: &mut self.catalog,
            settings: &mut self.settings,
            effects: &mut tx.effects,
            notices: Vec::new(),
            pg_version: self.config.pg_version,
            in_block,
            explicit_block: explicit,
            next_oid: &mut self.next_oid,
            data_dependent: None,
            coverage: Coverage::Full,
            ctes: Vec::new(),
        };
        let result = exec::run(&mut ctx, cmd);
        let Ctx {
            notices,
            data_dependent,
            coverage,
            ..
        } = ctx;
        if !exec::is_setting_command(cmd) {
            tx.had_query = true;
        }
        match result {
            Ok(tag) => {
                let mut r = ok_result(Some(tag), notices, coverage);
                r.response.data_dependent = data_dependent;
                r
            }
            Err(e) => {
                self.restore(before);
                let mut r = self.fail(e);
                r.coverage = coverage;
                r.response.notices = notices;
                r
            }
        }
    }

    fn transaction_control(&mut self, t: TxnCommand, multi: bool) -> StatementResult {
        let tag = t.tag();
        let explicit = self.tx.as_ref().is_some_and(|b| b.explicit);
        let implicit_multi = multi && !explicit;
        match t {
            TxnCommand::Begin { .. } => {
                if explicit {
                    return ok_result(
                        Some(tag.into()),
                        vec![Notice::warning(
                            "25001",
                            "there is already a transaction in progress",
                        )],
                        Coverage::Full,
                    );
                }
                match &mut self.tx {
                    // BEGIN inside a multi-statement message turns its implicit block explicit
                    Some(b) => b.explicit = true,
                    None => self.begin_block(true),
                }
                ok_result(Some(tag.into()), Vec::new(), Coverage::Full)
            }
            TxnCommand::Commit { chain } | TxnCommand::Rollback { chain } => {
                let is_commit = matches!(t, TxnCommand::Commit { .. });
                let word = if is_commit { "COMMIT" } else { "ROLLBACK" };
                if !explicit {
                    if chain {
                        return self.fail(errors::only_in_block(&format!("{word} AND CHAIN")));
                    }
                    // no explicit block: a warning, and an implicit block (multi-statement) ends
                    if implicit_multi && self.tx.is_some() {
                        let b = self.tx.take().expect("checked");
                        if !is_commit || b.failed {
                            self.restore(*b.start);
                        }
                        self.settings.end_transaction();
                    }
                    return ok_result(
                        Some(tag.into()),
                        vec![Notice::warning(
                            "25P01",
                            "there is no transaction in progress",
                        )],
                        Coverage::Full,
                    );
                }
                let b = self.tx.take().expect("explicit block");
                let rolled_back = !is_commit || b.failed;
                if rolled_back {
                    self.restore(*b.start);
                }
                self.settings.end_transaction();
                if chain {
                    self.begin_block(true);
                }
                let tag = if rolled_back { "ROLLBACK" } else { "COMMIT" };
                ok_result(Some(tag.into()), Vec::new(), Coverage::Full)
            }
            TxnCommand::Savepoint { name } => {
                if !explicit {
                    return self.fail(errors::only_in_block("SAVEPOINT"));
                }
                let snap = self.snapshot();
                self.tx
                    .as_mut()
                    .expect("explicit block")
                    .savepoints
                    .push((name, snap));
                ok_result(Some(tag.into()), Vec::new(), Coverage::Full)
            }
            TxnCommand::Release { name } => {
                if !explicit {
                    return self.fail(errors::only_in_block("RELEASE SAVEPOINT"));
                }
                let b = self.tx.as_mut().expect("explicit block");
                match b.savepoints.iter().rposition(|(n, _)| *n == name) {
                    Some(pos) => {
                        b.savepoints.truncate(pos);
                        ok_result(Some(tag.into()), Vec::new(), Coverage::Full)
                    }
                    None => self.fail(errors::no_such_savepoint(&name)),
                }
            }
            TxnCommand::RollbackTo { name } => {
                if !explicit {
                    return self.fail(errors::only_in_block("ROLLBACK TO SAVEPOINT"));
                }
                let b = self.tx.as_mut().expect("explicit block");
                match b.savepoints.iter().rposition(|(n, _)| *n == name) {
                    Some(pos) => {
                        b.savepoints.truncate(pos + 1);
                        let snap = b.savepoints[pos].1.clone();
                        b.failed = false;
                        self.restore(snap);
                        ok_result(Some(tag.into()), Vec::new(), Coverage::Full)
                    }
                    None => self.fail(errors::no_such_savepoint(&name)),
                }
            }
            TxnCommand::PrepareTransaction { .. } => {
                if !explicit {
                    return ok_result(
                        Some("ROLLBACK".into()),
                        vec![Notice::warning(
                            "25P01",
                            "there is no transaction in progress",
                        )],
                        Coverage::Partial,
                    );
                }
                // max_prepared_transactions = 0 (the default): the transaction is rolled back
                let b = self.tx.take().expect("explicit block");
                self.restore(*b.start);
                self.settings.end_transaction();
                let hint = if self.config.pg_version >= 18 {
                    "Set \"max_prepared_transactions\" to a nonzero value."
                } else {
                    "Set max_prepared_transactions to a nonzero value."
                };
                error_result(
                    PgError::new("55000", "prepared transactions are disabled").with_hint(hint),
                    Coverage::Full,
                )
            }
            TxnCommand::CommitPrepared { ref gid } | TxnCommand::RollbackPrepared { ref gid } => {
                let word = if matches!(t, TxnCommand::CommitPrepared { .. }) {
                    "COMMIT PREPARED"
                } else {
                    "ROLLBACK PREPARED"
                };
                if explicit {
                    return self.fail(errors::cannot_run_in_block(word));
                }
                self.fail(PgError::new(
                    "42704",
                    format!("prepared transaction with identifier \"{gid}\" does not exist"),
                ))
            }
            TxnCommand::SetTransaction { isolation } => {
                if !explicit {
                    return ok_result(
                        Some(tag.into()),
                        vec![Notice::warning(
                            "25P01",
                            "SET TRANSACTION can only be used in transaction blocks",
                        )],
                        Coverage::Full,
                    );
                }
                if isolation && self.tx.as_ref().is_some_and(|b| b.had_query) {
                    return self.fail(PgError::new(
                        "25001",
                        "SET TRANSACTION ISOLATION LEVEL must be called before any query",
                    ));
                }
                ok_result(Some(tag.into()), Vec::new(), Coverage::Full)
            }
        }
    }
}

/// The results of one multi-statement Query message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageResult {
    /// (statement index in the message, its result) for each statement that ran.
    pub results: Vec<(usize, StatementResult)>,
    pub tx_status: TxStatus,
}

fn ok_result(tag: Option<String>, notices: Vec<Notice>, coverage: Coverage) -> StatementResult {
    StatementResult {
        response: Response {
            outcome: Outcome::Ok,
            tag,
            error: None,
            notices,
            tx_status: None,
            data_dependent: None::<DataDependence>,
        },
        coverage,
    }
}

fn error_result(e: PgError, coverage: Coverage) -> StatementResult {
    StatementResult {
        response: Response {
            outcome: Outcome::Error,
            tag: None,
            error: Some(e),
            notices: Vec::new(),
            tx_status: None,
            data_dependent: None,
        },
        coverage,
    }
}
