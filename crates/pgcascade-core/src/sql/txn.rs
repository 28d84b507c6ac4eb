//! Transaction control statements, recognised exactly from their leading words.

use super::words::{leading_words, Word};

/// A transaction-control statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TxnCommand {
    /// `BEGIN` or `START TRANSACTION` (the tag differs).
    Begin {
        start_transaction: bool,
    },
    /// `COMMIT` or `END`, optionally `AND CHAIN`.
    Commit {
        chain: bool,
    },
    /// `ROLLBACK` or `ABORT`, optionally `AND CHAIN`.
    Rollback {
        chain: bool,
    },
    Savepoint {
        name: String,
    },
    Release {
        name: String,
    },
    RollbackTo {
        name: String,
    },
    PrepareTransaction {
        gid: String,
    },
    CommitPrepared {
        gid: String,
    },
    RollbackPrepared {
        gid: String,
    },
    /// `SET TRANSACTION …` / `SET SESSION CHARACTERISTICS` is not here: only `SET TRANSACTION`.
    SetTransaction {
        isolation: bool,
    },
}

impl TxnCommand {
    /// The command tag PostgreSQL answers on success.
    pub fn tag(&self) -> &'static str {
        match self {
            TxnCommand::Begin {
                start_transaction: false,
            } => "BEGIN",
            TxnCommand::Begin {
                start_transaction: true,
            } => "START TRANSACTION",
            TxnCommand::Commit { .. } => "COMMIT",
            TxnCommand::Rollback { .. } | TxnCommand::RollbackTo { .. } => "ROLLBACK",
            TxnCommand::Savepoint { .. } => "SAVEPOINT",
            TxnCommand::Release { .. } => "RELEASE",
            TxnCommand::PrepareTransaction { .. } => "PREPARE TRANSACTION",
            TxnCommand::CommitPrepared { .. } => "COMMIT PREPARED",
            TxnCommand::RollbackPrepared { .. } => "ROLLBACK PREPARED",
            TxnCommand::SetTransaction { .. } => "SET",
        }
    }
}

fn at_end(w: &[Word]) -> bool {
    w.is_empty() || (w.len() == 1 && w[0] == Word::Punct(';'))
}

fn skip_work(w: &[Word]) -> &[Word] {
    match w.first() {
        Some(x) if x.is("WORK") || x.is("TRANSACTION") => &w[1..],
        _ => w,
    }
}

/// `[AND [NO] CHAIN]` then the end: Some(chain) or None when something else follows.
fn chain_clause(w: &[Word]) -> Option<bool> {
    if at_end(w) {
        return Some(false);
    }
    if w.first()?.is("AND") {
        if w.get(1)?.is("CHAIN") && at_end(&w[2..]) {
            return Some(true);
        }
        if w.get(1)?.is("NO") && w.get(2)?.is("CHAIN") && at_end(&w[3..]) {
            return Some(false);
        }
    }
    None
}

fn name_then_end(w: &[Word]) -> Option<String> {
    let name = w.first()?.ident()?;
    at_end(&w[1..]).then_some(name)
}

/// Recognise a transaction-control statement; `None` for anything else (including malformed
/// ones, which the parser then reports).
pub fn parse_txn(text: &str) -> Option<TxnCommand> {
    let w = leading_words(text, 8);
    let first = w.first()?;
    let rest = &w[1..];
    if first.is("BEGIN") {
        // BEGIN [WORK|TRANSACTION] [modes]: modes are not checked
        return Some(TxnCommand::Begin {
            start_transaction: false,
        });
    }
    if first.is("START") && rest.first()?.is("TRANSACTION") {
        return Some(TxnCommand::Begin {
            start_transaction: true,
        });
    }
    if first.is("COMMIT") || first.is("END") {
        if first.is("COMMIT") && rest.first().is_some_and(|x| x.is("PREPARED")) {
            if let Some(Word::Str(gid)) = rest.get(1) {
                return Some(TxnCommand::CommitPrepared { gid: gid.clone() });
            }
            return None;
        }
        return chain_clause(skip_work(rest)).map(|chain| TxnCommand::Commit { chain });
    }
    if first.is("ROLLBACK") || first.is("ABORT") {
        if first.is("ROLLBACK") && rest.first().is_some_and(|x| x.is("PREPARED")) {
            if let Some(Word::Str(gid)) = rest.get(1) {
                return Some(TxnCommand::RollbackPrepared { gid: gid.clone() });
            }
            return None;
        }
        let r = skip_work(rest);
        if first.is("ROLLBACK") && r.first().is_some_and(|x| x.is("TO")) {
            let r = &r[1..];
            let r = match r.first() {
                Some(x) if x.is("SAVEPOINT") => &r[1..],
                _ => r,
            };
            return name_then_end(r).map(|name| TxnCommand::RollbackTo { name });
        }
        return chain_clause(r).map(|chain| TxnCommand::Rollback { chain });
    }
    if first.is("SAVEPOINT") {
        return name_then_end(rest).map(|name| TxnCommand::Savepoint { name });
    }
    if first.is("RELEASE") {
        let r = match rest.first() {
            Some(x) if x.is("SAVEPOINT") => &rest[1..],
            _ => rest,
        };
        return name_then_end(r).map(|name| TxnCommand::Release { name });
    }
    if first.is("PREPARE") && rest.first()?.is("TRANSACTION") {
        if let Some(Word::Str(gid)) = rest.get(1) {
            return Some(TxnCommand::PrepareTransaction { gid: gid.clone() });
        }
        return None;
    }
    if first.is("SET") && rest.first()?.is("TRANSACTION") {
        let isolation = rest.get(1).is_some_and(|x| x.is("ISOLATION"));
        return Some(TxnCommand::SetTransaction { isolation });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_the_forms() {
        use TxnCommand::*;
        let cases = [
            (
                "BEGIN;",
                Begin {
                    start_transaction: false,
                },
            ),
            (
                "begin work",
                Begin {
                    start_transaction: false,
                },
            ),
            (
                "START TRANSACTION ISOLATION LEVEL SERIALIZABLE;",
                Begin {
                    start_transaction: true,
                },
            ),
            ("COMMIT;", Commit { chain: false }),
            ("END TRANSACTION;", Commit { chain: false }),
            ("COMMIT AND CHAIN;", Commit { chain: true }),
            ("ROLLBACK AND NO CHAIN", Rollback { chain: false }),
            ("ABORT;", Rollback { chain: false }),
            (
                "ROLLBACK TO SAVEPOINT s1;",
                RollbackTo { name: "s1".into() },
            ),
            ("ROLLBACK WORK TO \"S\";", RollbackTo { name: "S".into() }),
            ("SAVEPOINT Sp;", Savepoint { name: "sp".into() }),
            ("RELEASE s;", Release { name: "s".into() }),
            (
                "PREPARE TRANSACTION 'x';",
                PrepareTransaction { gid: "x".into() },
            ),
        ];
        for (text, want) in cases {
            assert_eq!(parse_txn(text), Some(want), "{text}");
        }
    }

    #[test]
    fn rejects_other_statements() {
        assert_eq!(parse_txn("SELECT 1"), None);
        assert_eq!(parse_txn("COMMIT garbage"), None);
        assert_eq!(parse_txn("SAVEPOINT;"), None);
    }
}
