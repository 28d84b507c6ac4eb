//! Running one parsed command against the catalog.
//!
//! Each submodule handles one family of commands. They share [`Ctx`]: the catalog and settings
//! to change, where notices go, and what the transaction has done so far. A command either
//! returns its command tag or an error; the session undoes a failed command's changes.

mod constant;
mod constraints;
mod ddl_index;
mod ddl_misc;
mod ddl_table;
mod dml;
mod drop;
mod extra;
mod query;
mod resolve;
mod session_cmds;
mod sysviews;
mod types;
mod utility;

use sqlparser::ast::Statement;

use crate::catalog::{Catalog, QualName};
use crate::engine::Settings;
use crate::response::{DataDependence, Notice, PgError};
use crate::sql::parse::Command;
use crate::trace::Coverage;

pub(crate) use resolve::Resolver;

/// What the current transaction has done that later statements in it can observe.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TxEffects {
    /// Enum labels added by `ALTER TYPE … ADD VALUE` in this transaction (unsafe to use).
    pub new_enum_labels: Vec<(QualName, String)>,
    /// Enum types created in this transaction (their labels are unsafe on PG < 18? see exec).
    pub new_enum_types: Vec<QualName>,
    /// Relations created in this transaction (by oid).
    pub created_relations: Vec<u32>,
}

/// Everything a command may read or change.
pub struct Ctx<'a> {
    /// The statement's text as sent.
    pub text: &'a str,
    pub catalog: &'a mut Catalog,
    pub settings: &'a mut Settings,
    pub effects: &'a mut TxEffects,
    pub notices: Vec<Notice>,
    pub pg_version: u32,
    /// Inside a transaction block (explicit, or the implicit block of a multi-statement message).
    pub in_block: bool,
    /// Inside a block started by BEGIN.
    pub explicit_block: bool,
    pub next_oid: &'a mut u32,
    /// Set when the outcome depends on row data the engine does not know.
    pub data_dependent: Option<DataDependence>,
    /// How completely the command was simulated.
    pub coverage: Coverage,
    /// Names of the common table expressions in scope (`WITH x AS (…) INSERT …`).
    pub ctes: Vec<String>,
}

pub type ExecResult = Result<String, PgError>;

impl Ctx<'_> {
    pub fn notice(&mut self, sqlstate: &str, message: impl Into<String>) {
        self.notices.push(Notice::notice(sqlstate, message));
    }

    pub fn warning(&mut self, sqlstate: &str, message: impl Into<String>) {
        self.notices.push(Notice::warning(sqlstate, message));
    }

    pub fn oid(&mut self) -> u32 {
        *self.next_oid += 1;
        *self.next_oid
    }

    pub fn resolver(&self) -> Resolver<'_> {
        Resolver::new(self.catalog, self.settings).with_version(self.pg_version)
    }

    /// Lower the coverage (never raise it).
    pub fn partial(&mut self) {
        if self.coverage == Coverage::Full {
            self.coverage = Coverage::Partial;
        }
    }

    pub fn opaque(&mut self) {
        self.coverage = Coverage::Opaque;
    }

    /// The outcome depends on data: record why and which SQLSTATE it would raise.
    pub fn depends_on_data(&mut self, sqlstate: &str, reason: impl Into<String>) {
        if self.data_dependent.is_none() {
            self.data_dependent = Some(DataDependence {
                sqlstate: sqlstate.to_string(),
                reason: reason.into(),
            });
        }
    }

    /// 25001 when a command that cannot run in a transaction block is in one.
    pub fn require_no_block(&self, command: &str) -> Result<(), PgError> {
        if self.in_block {
            Err(crate::engine::errors::cannot_run_in_block(command))
        } else {
            Ok(())
        }
    }
}

/// `SET`, `RESET`, `SHOW` and friends do not count as a query for `SET TRANSACTION`.
pub fn is_setting_command(cmd: &Command) -> bool {
    matches!(
        cmd,
        Command::Sql(s) if matches!(**s, Statement::Set(_) | Statement::ShowVariable { .. } | Statement::Reset(_))
    )
}

/// Run `cmd`; the answer is its command tag.
pub fn run(ctx: &mut Ctx<'_>, cmd: &Command) -> ExecResult {
    if matches!(cmd, Command::Sql(_) | Command::Opaque { .. }) {
        if let Some(name) = utility::non_transactional(ctx.text) {
            ctx.require_no_block(name)?;
        }
    }
    match cmd {
        Command::Sql(stmt) => run_statement(ctx, stmt),
        Command::Extra(e) => extra::run(ctx, e),
        Command::Opaque { tag } => {
            ctx.opaque();
            utility::opaque(ctx, tag)
        }
        Command::Txn(_) | Command::Empty => unreachable!("handled by the session"),
    }
}

fn run_statement(ctx: &mut Ctx<'_>, stmt: &Statement) -> ExecResult {
    match stmt {
        Statement::CreateTable(ct) => ddl_table::create_table(ctx, ct),
        Statement::AlterTable(at) => ddl_table::alter_table(ctx, at),
        Statement::CreateIndex(ci) => ddl_index::create_index(ctx, ci),
        Statement::AlterIndex { name, operation } => ddl_index::alter_index(ctx, name, operation),
        Statement::Drop { .. }
        | Statement::DropFunction(_)
        | Statement::DropTrigger(_)
        | Statement::DropExtension(_)
        | Statement::DropDomain(_)
        | Statement::DropProcedure { .. } => drop::drop(ctx, stmt),
        Statement::AlterFunction(f) => ddl_misc::alter_function(ctx, f),
        Statement::AlterTrigger(t) => ddl_misc::alter_trigger(ctx, t),
        Statement::CreateView(v) => ddl_misc::create_view(ctx, v),
        Statement::CreateSchema { .. } => ddl_misc::create_schema(ctx, stmt),
        Statement::CreateSequence { .. } => ddl_misc::create_sequence(ctx, stmt),
        Statement::CreateFunction(f) => ddl_misc::create_function(ctx, f),
        Statement::CreateTrigger(t) => ddl_misc::create_trigger(ctx, t),
        Statement::CreateExtension(e) => ddl_misc::create_extension(ctx, e),
        Statement::Comment { .. } => ddl_misc::comment(ctx, stmt),
        Statement::CreateType { .. } | Statement::AlterType(_) | Statement::CreateDomain(_) => {
            types::run(ctx, stmt)
        }
        Statement::Query(q) if session_cmds::set_config_call(q).is_some() => {
            let (name, value, local) = session_cmds::set_config_call(q).expect("matched");
            session_cmds::set_config(ctx, &name, value, local)
        }
        Statement::Insert(_)
        | Statement::Update(_)
        | Statement::Delete(_)
        | Statement::Query(_) => dml::run(ctx, stmt),
        Statement::Set(_) | Statement::ShowVariable { .. } | Statement::Reset(_) => {
            session_cmds::run(ctx, stmt)
        }
        _ => utility::run(ctx, stmt),
    }
}
