//! pgcascade-alembic: Alembic revision files run on the simulated server.
//!
//! A revision file is parsed with `ruff_python_parser` and interpreted ([`interp`]): the subset
//! of Python real revisions use, with `op.*` calls rendered as Alembic 1.20.1 renders them for
//! PostgreSQL ([`render`]). Every statement — op calls, `op.execute`, `bind.execute`, Alembic's
//! own BEGIN/COMMIT/ROLLBACK and `alembic_version` bookkeeping — goes through one
//! [`pgcascade_core::engine::Session`], so Python control flow meets the real transaction
//! state: a failed statement raises a Python exception carrying `.orig.pgcode`, and a catalog
//! SELECT after it fails with 25P02.
//!
//! Entry point: [`simulate_revisions`].

pub mod catalog_query;
pub mod interp;
pub mod render;
pub mod value;

use pgcascade_core::engine::{ServerConfig, Session};
use pgcascade_core::response::TxStatus;
use pgcascade_core::trace::Trace;
use ruff_python_ast::{Expr, Stmt};
use serde::Serialize;
use serde_json::{json, Value as Json};

use interp::{Ctl, Interp, SourceFile};
use value::{Scope, Value};

/// How Alembic runs the revisions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AlembicOptions {
    /// `context.configure(transaction_per_migration=True)`: one transaction per revision.
    pub transaction_per_migration: bool,
    pub pg_version: u32,
    /// Evaluation steps before the interpreter stops (an endless loop ends with a diagnostic).
    pub step_budget: u64,
    /// Compare rendering only (as `alembic upgrade --sql`): server errors do not raise in
    /// Python, so every op call is rendered whatever the database says.
    pub render_only: bool,
}

impl Default for AlembicOptions {
    fn default() -> Self {
        AlembicOptions {
            transaction_per_migration: false,
            pg_version: 15,
            step_budget: 2_000_000,
            render_only: false,
        }
    }
}

/// What a Python-level event is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// Output of `print`.
    Print,
    /// `logging` output and Alembic's own INFO lines.
    Log,
    /// An exception caught by an `except` clause whose body completed.
    Swallowed,
    /// An exception nobody caught: the run stops here.
    Uncaught,
    /// Something the simulator approximates.
    Warning,
    /// Code the simulator cannot run (reported at its line; the rest of the file still runs).
    NotSimulated,
    /// A file that does not parse, or the run could not start.
    Error,
}

/// One Python-level event (console line).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PyEvent {
    pub kind: EventKind,
    pub file: Option<String>,
    pub line: Option<usize>,
    pub text: String,
    /// Number of trace steps sent before this event (its place in the timeline).
    pub after_step: usize,
}

/// Where a step came from in the Python source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StepOrigin {
    pub file: Option<String>,
    /// Innermost line in the file (e.g. inside a helper).
    pub line: Option<usize>,
    /// The line of the outermost frame (the `upgrade()`-level call).
    pub upgrade_line: Option<usize>,
    pub synthetic: bool,
}

/// How the run ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RunEnd {
    Committed,
    /// An exception escaped: Alembic rolled back; the message is Python's.
    Failed {
        error: String,
    },
}

/// One simulated `alembic upgrade head`.
#[derive(Debug, Clone)]
pub struct AlembicRun {
    pub trace: Trace,
    /// Parallel to `trace.steps`.
    pub origins: Vec<StepOrigin>,
    pub events: Vec<PyEvent>,
    /// Revision ids in the order they ran.
    pub order: Vec<String>,
    pub end: RunEnd,
    /// The session after the run (its committed catalog is the database afterwards).
    pub session: Session,
}

impl AlembicRun {
    /// The trace and the Python events as JSON lines (events carry `"python": true`).
    pub fn jsonl(&self) -> String {
        let steps = pgcascade_core::trace::jsonl::lines(&self.trace);
        let mut out = String::new();
        let mut ev = self.events.iter().peekable();
        let push_events =
            |n: usize,
             out: &mut String,
             ev: &mut std::iter::Peekable<std::slice::Iter<PyEvent>>| {
                while let Some(e) = ev.next_if(|e| e.after_step <= n) {
                    out.push_str(&event_json(e).to_string());
                    out.push('\n');
                }
            };
        for (i, s) in steps.into_iter().enumerate() {
            push_events(i, &mut out, &mut ev);
            let mut s = s;
            if let (Json::Object(m), Some(o)) = (&mut s, self.origins.get(i)) {
                if let Some(u) = o.upgrade_line {
                    m.insert("upgrade_line".into(), json!(u));
                }
            }
            out.push_str(&s.to_string());
            out.push('\n');
        }
        push_events(usize::MAX, &mut out, &mut ev);
        out
    }
}

fn event_json(e: &PyEvent) -> Json {
    json!({
        "python": true,
        "kind": e.kind,
        "file": e.file,
        "line": e.line,
        "text": e.text,
    })
}

struct Revision {
    id: String,
    down: Option<String>,
    doc: String,
    scope: Scope,
}

fn literal_assign(body: &[Stmt], name: &str) -> Option<Option<String>> {
    for s in body {
        let (targets, value): (Vec<&Expr>, &Expr) = match s {
            Stmt::Assign(a) => (a.targets.iter().collect(), &a.value),
            Stmt::AnnAssign(a) => match &a.value {
                Some(v) => (vec![&a.target], v),
                None => continue,
            },
            _ => continue,
        };
        if targets
            .iter()
            .any(|t| matches!(t, Expr::Name(n) if n.id.as_str() == name))
        {
            return Some(match value {
                Expr::StringLiteral(s) => Some(s.value.to_str().to_string()),
                Expr::Tuple(t) if t.elts.len() == 1 => match &t.elts[0] {
                    Expr::StringLiteral(s) => Some(s.value.to_str().to_string()),
                    _ => None,
                },
                _ => None,
            });
        }
    }
    None
}

fn docstring(body: &[Stmt]) -> String {
    match body.first() {
        Some(Stmt::Expr(e)) => match &*e.value {
            Expr::StringLiteral(s) => s.value.to_str().trim().to_string(),
            _ => String::new(),
        },
        _ => String::new(),
    }
}

const VERSION_TABLE_CHECK: &str = "SELECT pg_catalog.pg_class.relname \nFROM pg_catalog.pg_class JOIN pg_catalog.pg_namespace ON pg_catalog.pg_namespace.oid = pg_catalog.pg_class.relnamespace \nWHERE pg_catalog.pg_class.relname IN ('alembic_version') AND pg_catalog.pg_class.relkind = ANY (ARRAY['r', 'p', 'f', 'v', 'm']) AND pg_catalog.pg_table_is_visible(pg_catalog.pg_class.oid) AND pg_catalog.pg_namespace.nspname != 'pg_catalog'";

const VERSION_TABLE_CREATE: &str = "\nCREATE TABLE alembic_version (\n\tversion_num VARCHAR(32) NOT NULL, \n\tCONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)\n)\n\n";

/// Run revision files as `alembic upgrade head` does on a fresh PostgreSQL database.
///
/// `files` are `(name, text)`; they run in `down_revision` order whatever order they are given in.
pub fn simulate_revisions(files: &[(&str, &str)], options: &AlembicOptions) -> AlembicRun {
    let session = Session::new(ServerConfig {
        pg_version: options.pg_version,
    });
    simulate_revisions_on(session, files, options)
}

/// [`simulate_revisions`] on an existing session (a starting schema already applied).
pub fn simulate_revisions_on(
    session: Session,
    files: &[(&str, &str)],
    options: &AlembicOptions,
) -> AlembicRun {
    let sources: Vec<SourceFile> = files.iter().map(|(n, t)| SourceFile::new(n, t)).collect();
    let mut it = Interp::new(session, sources, options.step_budget);
    it.render_only = options.render_only;
    let mut revisions: Vec<Revision> = Vec::new();
    let mut failed: Option<String> = None;

    // 1. Alembic loads every revision module (module-level code runs now, outside a migration).
    for (i, (name, text)) in files.iter().enumerate() {
        let parsed = match ruff_python_parser::parse_module(text) {
            Ok(p) => p,
            Err(e) => {
                it.event(EventKind::Error, format!("{name}: SyntaxError: {e}"));
                failed.get_or_insert_with(|| format!("{name}: SyntaxError: {e}"));
                continue;
            }
        };
        let body: Vec<Stmt> = parsed.into_syntax().body.to_vec();
        let id = literal_assign(&body, "revision").flatten();
        let down = literal_assign(&body, "down_revision").flatten();
        let scope = Scope::new(None);
        scope.set("__name__", Value::str(name));
        match it.exec_module(i, &body, &scope) {
            Ok(()) => {}
            Err(Ctl::Raise(e)) => {
                let msg = format!("{}: {}", e.class, e.str());
                it.event(EventKind::Uncaught, format!("while loading {name}: {msg}"));
                failed.get_or_insert(msg);
            }
            Err(Ctl::Halt(m)) => {
                it.event(EventKind::Error, m.clone());
                failed.get_or_insert(m);
            }
            Err(_) => {}
        }
        match id {
            Some(id) => revisions.push(Revision {
                id,
                down,
                doc: docstring(&body),
                scope,
            }),
            None => it.event(
                EventKind::Error,
                format!("{name}: no `revision = \"…\"` found: not a revision file"),
            ),
        }
    }

    // 2. Order by down_revision: from the revision whose parent is not among the files.
    let mut order: Vec<usize> = Vec::new();
    let ids: Vec<String> = revisions.iter().map(|r| r.id.clone()).collect();
    let mut cur: Option<usize> = revisions
        .iter()
        .position(|r| r.down.as_ref().is_none_or(|d| !ids.contains(d)));
    while let Some(c) = cur {
        if order.contains(&c) {
            break;
        }
        order.push(c);
        let id = &revisions[c].id;
        cur = revisions.iter().position(|r| r.down.as_deref() == Some(id));
    }
    for (i, rev) in revisions.iter().enumerate() {
        if !order.contains(&i) {
            it.event(
                EventKind::Warning,
                format!(
                    "{}: not on the down_revision chain of the other files: run last",
                    rev.id
                ),
            );
            order.push(i);
        }
    }
    if let Some(first) = order.first() {
        if let Some(d) = &revisions[*first].down {
            it.event(
                EventKind::Warning,
                format!("{}: its parent {d} is not given: the run starts from an empty database (from base)", revisions[*first].id),
            );
        }
    }

    // 3. The run: version table, each revision, bookkeeping; one transaction (or one each).
    if failed.is_none() {
        failed = run(&mut it, &revisions, &order, options).err();
    }
    let end = match &failed {
        None => {
            if it.session.tx_status() != TxStatus::Idle {
                it.send_raw("COMMIT", true);
            }
            RunEnd::Committed
        }
        Some(e) => {
            if it.session.tx_status() != TxStatus::Idle {
                it.send_raw("ROLLBACK", true);
            }
            RunEnd::Failed { error: e.clone() }
        }
    };
    AlembicRun {
        trace: Trace {
            steps: std::mem::take(&mut it.steps),
            ..Trace::default()
        },
        origins: std::mem::take(&mut it.origins),
        events: std::mem::take(&mut it.events),
        order: order.iter().map(|&i| revisions[i].id.clone()).collect(),
        end,
        session: it.session,
    }
}

fn run(
    it: &mut Interp,
    revisions: &[Revision],
    order: &[usize],
    options: &AlembicOptions,
) -> Result<(), String> {
    let catch = |it: &mut Interp, r: Result<(), Ctl>| -> Result<(), String> {
        match r {
            Ok(()) | Err(Ctl::Return(_)) | Err(Ctl::Break) | Err(Ctl::Continue) => Ok(()),
            Err(Ctl::Raise(e)) => {
                let msg = format!("{}: {}", e.class, e.str());
                let site = it.last_error_site;
                it.event_at(site, EventKind::Uncaught, msg.clone());
                Err(msg)
            }
            Err(Ctl::Halt(m)) => {
                it.event(EventKind::Error, m.clone());
                Err(m)
            }
        }
    };
    // SQLAlchemy's has_table for the version table (sent twice by Alembic 1.20.1).
    let r = it
        .send(VERSION_TABLE_CHECK, VERSION_TABLE_CHECK, true)
        .map(|_| ());
    catch(it, r)?;
    let r = it
        .send(VERSION_TABLE_CHECK, VERSION_TABLE_CHECK, true)
        .map(|_| ());
    catch(it, r)?;
    let exists = catalog_query::table_exists(it.session.catalog(), "alembic_version");
    if !exists {
        let r = it
            .send(VERSION_TABLE_CREATE, VERSION_TABLE_CREATE, true)
            .map(|_| ());
        catch(it, r)?;
    }
    let mut prev: Option<String> = None;
    for (n, &ri) in order.iter().enumerate() {
        let rev = &revisions[ri];
        it.event(
            EventKind::Log,
            format!(
                "INFO  [alembic.runtime.migration] Running upgrade {} -> {}, {}",
                prev.as_deref().unwrap_or(""),
                rev.id,
                rev.doc
            ),
        );
        let upgrade = rev.scope.get("upgrade");
        it.in_migration = true;
        let r = match upgrade {
            Some(f @ Value::Func(_)) => it.call(f, vec![], vec![]).map(|_| ()),
            _ => {
                it.event(
                    EventKind::Error,
                    format!("{}: no upgrade() function", rev.id),
                );
                Ok(())
            }
        };
        it.in_migration = false;
        catch(it, r)?;
        let sql = match &prev {
            None => format!(
                "INSERT INTO alembic_version (version_num) VALUES ('{}') RETURNING alembic_version.version_num",
                rev.id
            ),
            Some(p) => format!(
                "UPDATE alembic_version SET version_num='{}' WHERE alembic_version.version_num = '{}'",
                rev.id, p
            ),
        };
        let r = it.send(&sql, &sql, true).map(|_| ());
        catch(it, r)?;
        if options.transaction_per_migration && n + 1 < order.len() {
            it.send_raw("COMMIT", true);
        }
        prev = Some(rev.id.clone());
    }
    Ok(())
}
