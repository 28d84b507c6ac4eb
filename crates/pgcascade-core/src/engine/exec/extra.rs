//! Statements parsed by our own front-end parsers ([`crate::sql::extra`]).
//!
//! Every behaviour here is recorded on PostgreSQL 15.18 and 18.6: the oracle's cases
//! (`../shared/oracle/cases`, named `oracle NN`) and the project's cases 600–609
//! (`tests/conformance/cases`). What is not recorded is not guessed: the statement is marked
//! `partial` and assumed to succeed.
//!
//! Coverage decisions:
//! * `DO`: the body is PL/pgSQL the engine does not run, so a block is `partial` unless its
//!   body does nothing (`BEGIN END`, `BEGIN NULL; END`) or only raises literal notices. Errors
//!   found without running it (the language, a duplicated option, a character no SQL token
//!   starts with) are predicted in full.
//! * `ALTER TABLE … ALTER CONSTRAINT` and `ALTER COLUMN … SET (n_distinct …)`: checked in full;
//!   deferrability and attribute options are not part of the simulated catalog (nothing else
//!   reads them), so there is nothing more to change.
//! * `REINDEX`: checked in full and makes INVALID indexes valid; `VERBOSE` is `partial` (its
//!   INFO lines carry CPU timings).

use sqlparser::ast::Statement;

use super::{Ctx, ExecResult};
use crate::catalog::{
    canonical_type, make_object_name, Constraint, ConstraintKind, QualName, RelKind, RowCount,
    StatisticsObject,
};
use crate::engine::errors;
use crate::response::{Notice, PgError};
use crate::sql::extra::{
    lex, AlterAction, AlterTableExtra, CommentTarget, CreateStatistics, DoBlock, Extra,
    NamedNotNull, Reindex, ReindexKind, RoutineKind, SeqOption, SequenceAction, StatsItem, Tok,
};
use crate::sql::ObjName;

pub fn run(ctx: &mut Ctx<'_>, e: &Extra) -> ExecResult {
    match e {
        Extra::Do(d) => run_do(ctx, d),
        Extra::DropIndex {
            if_exists: _,
            names,
            cascade,
            plain,
            ..
        } => drop_index_concurrently(ctx, names.len(), *cascade, plain.as_deref()),
        Extra::AlterSequence {
            if_exists,
            name,
            action,
        } => alter_sequence(ctx, *if_exists, name, action),
        Extra::AlterIndexRename { name, plain } => {
            if ctx.resolver().relation(name).is_none() {
                ctx.notice(
                    "00000",
                    format!("relation \"{}\" does not exist, skipping", name),
                );
                return Ok("ALTER INDEX".into());
            }
            super::run_statement(ctx, plain)
        }
        Extra::Reindex(r) => reindex(ctx, r),
        Extra::CreateStatistics(s) => create_statistics(ctx, s),
        Extra::DropStatistics {
            if_exists, names, ..
        } => drop_statistics(ctx, *if_exists, names),
        Extra::Comment { target, comment } => comment_on(ctx, target, comment.as_deref()),
        Extra::AlterTable(a) => alter_table(ctx, a),
        Extra::CreateTableNotNull { stmt, not_null } => create_table_not_null(ctx, stmt, not_null),
        Extra::CreateFunction { stmt, cost, rows } => {
            create_function(ctx, stmt, cost.as_deref(), rows.as_deref())
        }
        Extra::Rewritten(stmt) => super::run_statement(ctx, stmt),
        Extra::Rejected(r) => match r.error_for(ctx.pg_version) {
            Some(err) => Err(err),
            None => match &r.accepted {
                Some(inner) => run(ctx, inner),
                None => {
                    ctx.opaque();
                    Ok(match crate::sql::keywords::classify(ctx.text) {
                        crate::sql::keywords::Classified::Command { tag } => tag,
                        _ => String::new(),
                    })
                }
            },
        },
    }
}

// ---------------------------------------------------------------------------------------------
// DO

/// Languages whose handler has no inline handler (`DO` refuses them): recorded for `sql`
/// (probe in case 600) and `c`.
const NO_INLINE: &[&str] = &["sql", "c", "internal"];

fn run_do(ctx: &mut Ctx<'_>, d: &DoBlock) -> ExecResult {
    // recorded (case 600): "conflicting or redundant options" with the second option's position
    if let Some(pos) = d.conflict_at {
        return Err(PgError::new("42601", "conflicting or redundant options").with_position(pos));
    }
    let Some(body) = &d.body else {
        return Err(PgError::new("42601", "no inline code specified"));
    };
    let lang = d.language.as_deref().unwrap_or("plpgsql");
    if NO_INLINE.contains(&lang) {
        return Err(errors::feature_not_supported(format!(
            "language \"{lang}\" does not support inline code execution"
        )));
    }
    if !ctx.catalog.extensions.contains_key(lang) {
        return Err(PgError::new(
            "42704",
            format!("language \"{lang}\" does not exist"),
        ));
    }
    if lang != "plpgsql" {
        ctx.partial();
        return Ok("DO".into());
    }
    // PL/pgSQL compiles the block first (with the SQL lexer): a character no token starts with
    // is a syntax error at its place in the statement (recorded: `{{ … }}` templates, case 600)
    let Some(toks) = lex(body) else {
        ctx.partial();
        return Ok("DO".into());
    };
    if let Some(k) = toks.iter().position(|t| matches!(t.tok, Tok::Bad(_))) {
        let bad = &toks[k];
        // a half-rendered template in a quoted name before it (`"{{ … "Namespace" … }}"`)
        // breaks an earlier statement: still a syntax error, at a place not told here
        if toks[..k]
            .iter()
            .any(|t| matches!(&t.tok, Tok::Quoted(q) if q.contains('{') || q.contains('}')))
        {
            ctx.partial();
        }
        if let Some(off) = d.body_offset {
            let pos = ctx.text[..off].chars().count() + body[..bad.start].chars().count() + 1;
            return Err(PgError::new(
                "42601",
                format!("syntax error at or near \"{}\"", &body[bad.start..bad.end]),
            )
            .with_position(pos));
        }
        ctx.partial();
        return Ok("DO".into());
    }
    let Some(block) = flat_block(&toks) else {
        // loops, conditions, variables: the body is not run here
        ctx.partial();
        return Ok("DO".into());
    };
    run_flat_block(ctx, body, d.body_offset, &block)
}

/// One statement of a flat PL/pgSQL block.
#[derive(Debug)]
enum BodyStmt {
    Null,
    /// `RAISE NOTICE 'text'` / `RAISE EXCEPTION 'text'` with a literal (no `%`).
    Raise {
        exception: bool,
        text: String,
    },
    /// An SQL statement: byte range in the body.
    Sql {
        start: usize,
        end: usize,
    },
    /// A word neither PL/pgSQL nor SQL starts a statement with: a syntax error there.
    Unknown {
        at: usize,
        word: String,
    },
}

/// `BEGIN stmts [EXCEPTION WHEN cond [OR cond] THEN stmts …] END`, without declarations,
/// conditions or loops.
#[derive(Debug)]
struct FlatBlock {
    body: Vec<BodyStmt>,
    /// (SQLSTATEs caught, `None` = OTHERS; handler statements)
    handlers: Vec<(Option<Vec<String>>, Vec<BodyStmt>)>,
}

/// SQL statements a flat block may run here (transactional DDL and DML).
const BODY_SQL: &[&str] = &[
    "CREATE", "ALTER", "DROP", "COMMENT", "GRANT", "REVOKE", "INSERT", "UPDATE", "DELETE",
    "TRUNCATE",
];

/// Words PL/pgSQL or SQL start a statement with (other words are a syntax error there).
const BODY_WORDS: &[&str] = &[
    "ASSERT",
    "BEGIN",
    "CALL",
    "CASE",
    "CLOSE",
    "COMMIT",
    "CONTINUE",
    "DECLARE",
    "ELSE",
    "ELSIF",
    "END",
    "EXCEPTION",
    "EXECUTE",
    "EXIT",
    "FETCH",
    "FOR",
    "FOREACH",
    "GET",
    "IF",
    "IMPORT",
    "LOOP",
    "MERGE",
    "MOVE",
    "NULL",
    "OPEN",
    "PERFORM",
    "RAISE",
    "RETURN",
    "ROLLBACK",
    "WHILE",
    "SELECT",
    "WITH",
    "VALUES",
    "TABLE",
    "SET",
    "RESET",
    "SHOW",
    "VACUUM",
    "ANALYZE",
    "ANALYSE",
    "CLUSTER",
    "REINDEX",
    "REFRESH",
    "LOCK",
    "DO",
    "COPY",
    "EXPLAIN",
    "LISTEN",
    "NOTIFY",
    "UNLISTEN",
    "DISCARD",
    "PREPARE",
    "DEALLOCATE",
    "SECURITY",
    "LOAD",
    "CHECKPOINT",
    "REASSIGN",
    "START",
    "SAVEPOINT",
    "RELEASE",
    "ABORT",
];

/// Condition names a handler may catch, as SQLSTATEs (PostgreSQL's errcodes).
fn condition_sqlstate(name: &str) -> Option<&'static str> {
    Some(match name {
        "duplicate_table" => "42P07",
        "duplicate_object" => "42710",
        "duplicate_column" => "42701",
        "duplicate_schema" => "42P06",
        "duplicate_function" => "42723",
        "undefined_table" => "42P01",
        "undefined_column" => "42703",
        "undefined_object" => "42704",
        "undefined_function" => "42883",
        "invalid_schema_name" => "3F000",
        "dependent_objects_still_exist" => "2BP01",
        "feature_not_supported" => "0A000",
        "invalid_table_definition" => "42P16",
        "wrong_object_type" => "42809",
        "unique_violation" => "23505",
        "not_null_violation" => "23502",
        "foreign_key_violation" => "23503",
        "check_violation" => "23514",
        "raise_exception" => "P0001",
        _ => return None,
    })
}

type Toks<'t> = &'t [crate::sql::extra::Token];

/// Read a body made of plain statements (see [`FlatBlock`]); `None` for anything else.
fn flat_block(toks: Toks<'_>) -> Option<FlatBlock> {
    let is = |i: usize, kw: &str| toks.get(i).is_some_and(|t| t.is(kw));
    if !is(0, "BEGIN") {
        return None;
    }
    // the block's END: the last token, or the one before a final `;`
    let mut last = toks.len().checked_sub(1)?;
    if toks[last].tok == Tok::Punct(';') {
        last = last.checked_sub(1)?;
    }
    if !is(last, "END") {
        return None;
    }
    let inner = &toks[1..last];
    // statements end at `;` outside parentheses
    let mut stmts: Vec<Toks<'_>> = Vec::new();
    let mut depth = 0i32;
    let mut from = 0;
    for (n, t) in inner.iter().enumerate() {
        match t.tok {
            Tok::Punct('(') => depth += 1,
            Tok::Punct(')') => depth -= 1,
            Tok::Punct(';') if depth == 0 => {
                stmts.push(&inner[from..n]);
                from = n + 1;
            }
            _ => {}
        }
    }
    if from != inner.len() {
        return None;
    }
    let mut block = FlatBlock {
        body: Vec::new(),
        handlers: Vec::new(),
    };
    let mut in_handlers = false;
    for st in stmts {
        let mut st = st;
        if st.first().is_some_and(|t| t.is("EXCEPTION")) && !in_handlers {
            in_handlers = true;
            st = &st[1..];
        }
        if in_handlers && st.first().is_some_and(|t| t.is("WHEN")) {
            // WHEN cond [OR cond] THEN first-statement
            let then = st.iter().position(|t| t.is("THEN"))?;
            let conds = &st[1..then];
            let mut states = Some(Vec::new());
            let mut k = 0;
            while k < conds.len() {
                if conds[k].is("OR") {
                    k += 1;
                    continue;
                }
                if conds[k].is("OTHERS") {
                    states = None;
                } else if conds[k].is("SQLSTATE") {
                    let Tok::Str { value, .. } = &conds.get(k + 1)?.tok else {
                        return None;
                    };
                    if let Some(v) = states.as_mut() {
                        v.push(value.clone());
                    }
                    k += 1;
                } else if let Tok::Word { raw, .. } = &conds[k].tok {
                    let code = condition_sqlstate(&raw.to_ascii_lowercase())?;
                    if let Some(v) = states.as_mut() {
                        v.push(code.to_string());
                    }
                } else {
                    return None;
                }
                k += 1;
            }
            block.handlers.push((states, Vec::new()));
            st = &st[then + 1..];
        } else if in_handlers && block.handlers.is_empty() {
            return None;
        }
        let stmt = body_stmt(st)?;
        match block.handlers.last_mut() {
            Some((_, h)) if in_handlers => h.push(stmt),
            _ => block.body.push(stmt),
        }
    }
    Some(block)
}

fn body_stmt(st: Toks<'_>) -> Option<BodyStmt> {
    let first = st.first()?;
    if first.is("NULL") && st.len() == 1 {
        return Some(BodyStmt::Null);
    }
    if first.is("RAISE") {
        let exception = st.get(1)?.is("EXCEPTION");
        if !(exception || st.get(1)?.is("NOTICE")) || st.len() != 3 {
            return None;
        }
        return match &st[2].tok {
            Tok::Str { value, .. } if !value.contains('%') => Some(BodyStmt::Raise {
                exception,
                text: value.clone(),
            }),
            _ => None,
        };
    }
    let Tok::Word { upper, raw } = &first.tok else {
        return None;
    };
    if BODY_SQL.contains(&upper.as_str()) {
        return Some(BodyStmt::Sql {
            start: first.start,
            end: st.last()?.end,
        });
    }
    if BODY_WORDS.contains(&upper.as_str()) {
        // PL/pgSQL's own statements, and SQL not run here
        return None;
    }
    // `x := …`, `x = …`, `x.y := …`, `x[1] := …` assign
    if st.get(1).is_some_and(|t| {
        matches!(
            &t.tok,
            Tok::Op(_) | Tok::Punct('.') | Tok::Punct('[') | Tok::Punct(':')
        )
    }) {
        return None;
    }
    Some(BodyStmt::Unknown {
        at: first.start,
        word: raw.clone(),
    })
}

/// Run a flat block: checked first as PL/pgSQL compiles it (every statement parsed before any
/// runs), then its statements run as the DO's own, and a handler on an error it catches (after
/// the block's changes are rolled back).
fn run_flat_block(
    ctx: &mut Ctx<'_>,
    body: &str,
    body_offset: Option<usize>,
    block: &FlatBlock,
) -> ExecResult {
    // the position in the statement of a body byte, when the body is a dollar quote
    let stmt_pos = |ctx: &Ctx<'_>, at: usize| -> Option<usize> {
        body_offset.map(|off| ctx.text[..off].chars().count() + body[..at].chars().count() + 1)
    };
    let mut parsed: Vec<Vec<crate::sql::parse::Command>> = Vec::new();
    let lists = std::iter::once(&block.body).chain(block.handlers.iter().map(|(_, h)| h));
    for list in lists {
        let mut cmds = Vec::new();
        for st in list {
            match st {
                BodyStmt::Unknown { at, word } => {
                    // recorded (case 600): at the word, in the statement
                    let err = PgError::new("42601", format!("syntax error at or near \"{word}\""));
                    return Err(match stmt_pos(ctx, *at) {
                        Some(p) => err.with_position(p),
                        None => err,
                    });
                }
                BodyStmt::Sql { start, end } => {
                    let text = &body[*start..*end];
                    match crate::sql::parse::parse(text, ctx.pg_version) {
                        Ok(cmd) => {
                            if matches!(cmd, crate::sql::parse::Command::Txn(_))
                                || super::utility::non_transactional(text).is_some()
                            {
                                // these behave otherwise inside a function: not run here
                                ctx.partial();
                                return Ok("DO".into());
                            }
                            cmds.push(cmd);
                        }
                        Err(mut e) => {
                            // a position inside the statement, moved into the DO
                            e.position = e
                                .position
                                .as_deref()
                                .and_then(|p| p.parse::<usize>().ok())
                                .and_then(|p| {
                                    let byte = text
                                        .char_indices()
                                        .nth(p.saturating_sub(1))
                                        .map_or(text.len(), |(b, _)| b);
                                    stmt_pos(ctx, start + byte)
                                })
                                .map(|p| p.to_string());
                            return Err(e);
                        }
                    }
                }
                _ => {}
            }
        }
        parsed.push(cmds);
    }
    let before = (
        ctx.catalog.clone(),
        ctx.settings.clone(),
        ctx.effects.clone(),
    );
    let err = match run_body_stmts(ctx, body, &block.body, &parsed[0]) {
        Ok(()) => return Ok("DO".into()),
        Err(e) => e,
    };
    let handler = block.handlers.iter().position(|(states, _)| match states {
        // OTHERS catches everything but a cancel and a failed assertion
        None => !matches!(err.sqlstate.as_str(), "57014" | "P0004"),
        Some(v) => v.contains(&err.sqlstate),
    });
    let Some(h) = handler else {
        return Err(err);
    };
    // the block's subtransaction is rolled back, then the handler runs
    let (catalog, settings, effects) = before;
    *ctx.catalog = catalog;
    *ctx.settings = settings;
    *ctx.effects = effects;
    run_body_stmts(ctx, body, &block.handlers[h].1, &parsed[h + 1])?;
    Ok("DO".into())
}

/// Run the statements of a flat block; `commands` are its SQL statements, parsed, in order.
fn run_body_stmts(
    ctx: &mut Ctx<'_>,
    body: &str,
    stmts: &[BodyStmt],
    commands: &[crate::sql::parse::Command],
) -> Result<(), PgError> {
    let mut next = commands.iter();
    for st in stmts {
        match st {
            BodyStmt::Null | BodyStmt::Unknown { .. } => {}
            BodyStmt::Raise {
                exception: false,
                text,
            } => ctx.notice("00000", text.clone()),
            // recorded in the oracle's case 10: P0001 with the text
            BodyStmt::Raise {
                exception: true,
                text,
            } => return Err(PgError::new("P0001", text.clone())),
            BodyStmt::Sql { start, end } => {
                let Some(cmd) = next.next() else {
                    ctx.partial();
                    return Ok(());
                };
                run_inner(ctx, &body[*start..*end], cmd)?;
            }
        }
    }
    Ok(())
}

/// Run one statement of a DO block inside it: its own text, the DO's transaction.
fn run_inner(
    ctx: &mut Ctx<'_>,
    text: &str,
    cmd: &crate::sql::parse::Command,
) -> Result<(), PgError> {
    let mut inner = Ctx {
        text,
        catalog: &mut *ctx.catalog,
        settings: &mut *ctx.settings,
        effects: &mut *ctx.effects,
        notices: Vec::new(),
        pg_version: ctx.pg_version,
        in_block: true,
        explicit_block: ctx.explicit_block,
        next_oid: &mut *ctx.next_oid,
        data_dependent: None,
        coverage: ctx.coverage,
        ctes: Vec::new(),
    };
    let result = super::run(&mut inner, cmd);
    let Ctx {
        notices,
        data_dependent,
        coverage,
        ..
    } = inner;
    ctx.notices.extend(notices);
    if ctx.data_dependent.is_none() {
        ctx.data_dependent = data_dependent;
    }
    ctx.coverage = coverage;
    result.map(|_| ()).map_err(|mut e| {
        // a statement's own position is inside the function, not in the DO
        e.position = None;
        e
    })
}

// ---------------------------------------------------------------------------------------------
// DROP INDEX CONCURRENTLY

fn drop_index_concurrently(
    ctx: &mut Ctx<'_>,
    count: usize,
    cascade: bool,
    plain: Option<&Statement>,
) -> ExecResult {
    // the block check comes first, IF EXISTS or not (oracle 06, 18; case 091)
    ctx.require_no_block("DROP INDEX CONCURRENTLY")?;
    // then RemoveRelations' own checks (case 601)
    if count != 1 {
        return Err(errors::feature_not_supported(
            "DROP INDEX CONCURRENTLY does not support dropping multiple objects",
        ));
    }
    if cascade {
        return Err(errors::feature_not_supported(
            "DROP INDEX CONCURRENTLY does not support CASCADE",
        ));
    }
    match plain {
        // the drop itself is DROP INDEX's (missing → 42704, constraint index → 2BP01, …)
        Some(stmt) => super::run_statement(ctx, stmt),
        None => {
            ctx.partial();
            Ok("DROP INDEX".into())
        }
    }
}

// ---------------------------------------------------------------------------------------------
// ALTER SEQUENCE

fn alter_sequence(
    ctx: &mut Ctx<'_>,
    if_exists: bool,
    name: &ObjName,
    action: &SequenceAction,
) -> ExecResult {
    const TAG: &str = "ALTER SEQUENCE";
    let found = ctx
        .resolver()
        .user_relation(name)
        .map(|r| (r.name.clone(), r.kind));
    let (q, kind) = match found {
        Some(x) => x,
        None => {
            if ctx.resolver().relation(name).is_some() {
                // a system relation
                ctx.partial();
                return Ok(TAG.into());
            }
            if if_exists {
                if name.schema().is_some_and(|s| !ctx.catalog.has_schema(s)) {
                    ctx.partial();
                }
                // recorded (032): NOTICE, tag ALTER SEQUENCE
                ctx.notice(
                    "00000",
                    format!("relation \"{name}\" does not exist, skipping"),
                );
                return Ok(TAG.into());
            }
            // 42P01 (032), or 3F000 for a missing schema
            return Err(ctx
                .resolver()
                .existing(name)
                .err()
                .unwrap_or_else(|| errors::relation_does_not_exist(&name.to_string())));
        }
    };
    if kind != RelKind::Sequence {
        // recorded for an index and a table (case 602)
        return Err(errors::not_a(&q.name, "a sequence"));
    }
    match action {
        SequenceAction::RenameTo(new) => {
            let target = QualName::new(&q.schema, new);
            if ctx.catalog.relations.contains_key(&target) {
                return Err(errors::relation_exists(new));
            }
            if ctx.catalog.types.contains_key(&target) {
                // the row type's name is taken: not recorded
                ctx.partial();
            }
            super::ddl_table::rename_relation(ctx, &q, &target);
        }
        SequenceAction::SetSchema(schema) => {
            if !ctx.catalog.schemas.contains_key(schema) {
                return Err(errors::schema_does_not_exist(schema));
            }
            let target = QualName::new(schema, &q.name);
            let owned = ctx
                .catalog
                .relation(&q)
                .and_then(|r| r.sequence.as_ref())
                .is_some_and(|s| s.owned_by.is_some());
            if owned || ctx.catalog.relations.contains_key(&target) {
                // linked to a table, or the name is taken there: not recorded
                ctx.partial();
            } else if target != q {
                super::ddl_table::rename_relation(ctx, &q, &target);
            }
        }
        SequenceAction::OwnerTo(role) => {
            // ownership is not modelled; a missing role is not recorded
            let _ = role;
            ctx.partial();
        }
        SequenceAction::SetLogged(logged) => {
            if let Some(r) = ctx.catalog.relation_mut(&q) {
                r.unlogged = !logged;
            }
        }
        SequenceAction::Options(opts) => sequence_options(ctx, &q, opts)?,
    }
    Ok(TAG.into())
}

fn sequence_options(ctx: &mut Ctx<'_>, q: &QualName, opts: &[SeqOption]) -> Result<(), PgError> {
    for o in opts {
        match o {
            SeqOption::As(ty) => {
                let base = ty.trim().trim_start_matches("pg_catalog.");
                match canonical_type(base) {
                    Some(t @ ("smallint" | "integer" | "bigint")) => {
                        if let Some(s) = ctx
                            .catalog
                            .relation_mut(q)
                            .and_then(|r| r.sequence.as_mut())
                        {
                            s.data_type = Some(t.to_string());
                        }
                        // the bounds follow the type: not modelled
                        ctx.partial();
                    }
                    Some(_) => {
                        // recorded (case 602)
                        return Err(PgError::new(
                            "22023",
                            "sequence type must be smallint, integer, or bigint",
                        ));
                    }
                    None => ctx.partial(),
                }
            }
            SeqOption::Increment(n) => {
                if n.parse::<f64>().is_ok_and(|v| v == 0.0) {
                    // recorded (case 602)
                    return Err(PgError::new("22023", "INCREMENT must not be zero"));
                }
            }
            SeqOption::Cycle(_) => {}
            // bounds, start and cache are checked against the sequence's current parameters,
            // which are not modelled (032: MAXVALUE 0 → 22023)
            SeqOption::MinValue(_)
            | SeqOption::MaxValue(_)
            | SeqOption::Start(_)
            | SeqOption::Restart(_)
            | SeqOption::Cache(_) => ctx.partial(),
            SeqOption::OwnedBy(None) => {
                for r in ctx.catalog.relations.values_mut() {
                    for c in r.columns.iter_mut() {
                        if c.owned_sequence.as_ref() == Some(q) && c.identity.is_none() {
                            c.owned_sequence = None;
                        }
                    }
                }
                if let Some(s) = ctx
                    .catalog
                    .relation_mut(q)
                    .and_then(|r| r.sequence.as_mut())
                {
                    s.owned_by = None;
                }
            }
            SeqOption::OwnedBy(Some(parts)) => {
                if parts.len() < 2 {
                    // recorded (case 602): an error of sequence.c, not of the grammar
                    return Err(PgError::new("42601", "invalid OWNED BY option")
                        .with_hint("Specify OWNED BY table.column or OWNED BY NONE."));
                }
                let table = ObjName(parts[..parts.len() - 1].to_vec());
                let column = parts[parts.len() - 1].clone();
                let rel = ctx.resolver().existing(&table)?;
                let (tq, tkind) = (rel.name.clone(), rel.kind);
                if rel.column(&column).is_none() {
                    return Err(errors::column_of_relation_does_not_exist(&column, &tq.name));
                }
                if tq.schema != q.schema
                    || !matches!(tkind, RelKind::Table | RelKind::PartitionedTable)
                {
                    // "must be in same schema" / not a table: not recorded
                    ctx.partial();
                }
                if let Some(c) = ctx
                    .catalog
                    .relation_mut(&tq)
                    .and_then(|r| r.column_mut(&column))
                {
                    if c.owned_sequence.is_none() {
                        c.owned_sequence = Some(q.clone());
                    }
                }
                if let Some(s) = ctx
                    .catalog
                    .relation_mut(q)
                    .and_then(|r| r.sequence.as_mut())
                {
                    s.owned_by = Some((tq, column));
                }
            }
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// REINDEX

/// Whether a table has a TOAST table (then `REINDEX TABLE` always has an index to rebuild):
/// `Some(false)` when every column ever added has a fixed-length type, `None` when a type is
/// not known here.
fn has_toast(ctx: &Ctx<'_>, q: &QualName) -> Option<bool> {
    const FIXED: &[&str] = &[
        "smallint",
        "integer",
        "bigint",
        "serial",
        "bigserial",
        "smallserial",
        "real",
        "double precision",
        "boolean",
        "date",
        "time without time zone",
        "time with time zone",
        "timestamp without time zone",
        "timestamp with time zone",
        "interval",
        "uuid",
        "money",
        "oid",
        "\"char\"",
        "name",
        "point",
        "line",
        "lseg",
        "box",
        "circle",
        "macaddr",
        "macaddr8",
        "regclass",
        "regproc",
        "regtype",
        "regnamespace",
        "regrole",
        "xid",
        "cid",
        "tid",
        "pg_lsn",
    ];
    const VARLENA: &[&str] = &[
        "text",
        "character varying",
        "character",
        "bytea",
        "json",
        "jsonb",
        "xml",
        "numeric",
        "inet",
        "cidr",
        "bit",
        "bit varying",
        "tsvector",
        "tsquery",
        "path",
        "polygon",
        "jsonpath",
    ];
    let r = ctx.catalog.relation(q)?;
    let mut toast = false;
    for c in &r.columns {
        let t = c.type_name.as_str();
        if t.ends_with("[]") {
            toast = true;
            continue;
        }
        let base = t.split('(').next().unwrap_or(t).trim();
        let base = canonical_type(base).unwrap_or(base);
        if FIXED.contains(&base) {
            continue;
        }
        if VARLENA.contains(&base) {
            toast = true;
            continue;
        }
        // an enum is fixed, other user types are not known here
        let enum_type = ctx.catalog.types.iter().any(|(n, td)| {
            (n.name == base || n.to_string() == base)
                && matches!(td.kind, crate::catalog::TypeKind::Enum { .. })
        });
        if !enum_type {
            return None;
        }
    }
    Some(toast)
}

fn reindex(ctx: &mut Ctx<'_>, r: &Reindex) -> ExecResult {
    const TAG: &str = "REINDEX";
    // options are read first (case 603: an error of ExecReindex, with a position)
    if let Some((opt, pos)) = &r.unknown_option {
        return Err(
            PgError::new("42601", format!("unrecognized REINDEX option \"{opt}\""))
                .with_position(*pos),
        );
    }
    if r.other_options {
        // TABLESPACE: not modelled
        ctx.partial();
    }
    // ExecReindex: CONCURRENTLY first, then the multi-table kinds (oracle 06, case 603)
    if r.concurrently {
        ctx.require_no_block("REINDEX CONCURRENTLY")?;
    }
    if r.verbose {
        ctx.partial();
    }
    let name = r.name.clone().unwrap_or_else(|| ObjName(Vec::new()));
    match r.kind {
        ReindexKind::Schema | ReindexKind::Database | ReindexKind::System => {
            let what = match r.kind {
                ReindexKind::Schema => "REINDEX SCHEMA",
                ReindexKind::Database => "REINDEX DATABASE",
                _ => "REINDEX SYSTEM",
            };
            ctx.require_no_block(what)?;
            if r.kind != ReindexKind::Schema {
                // the name must be the current database's, which the simulation does not know
                ctx.partial();
                return Ok(TAG.into());
            }
            let schema = name.name().to_string();
            if !ctx.catalog.has_schema(&schema) {
                return Err(errors::schema_does_not_exist(&schema));
            }
            if !r.concurrently {
                for rel in ctx.catalog.relations.values_mut() {
                    if rel.name.schema == schema {
                        if let Some(ix) = &mut rel.index {
                            ix.valid = true;
                        }
                    }
                }
            } else if invalid_indexes(ctx, |q| q.schema == schema) {
                ctx.partial();
            }
            Ok(TAG.into())
        }
        ReindexKind::Index => {
            if let Some(super::resolve::RelRef::System) = ctx.resolver().relation(&name) {
                ctx.partial();
                return Ok(TAG.into());
            }
            let rel = ctx.resolver().existing(&name)?;
            if rel.kind != RelKind::Index {
                // recorded (case 603)
                return Err(errors::not_a(&rel.name.name, "an index"));
            }
            let q = rel.name.clone();
            let was_valid = rel.index.as_ref().is_none_or(|i| i.valid);
            if r.concurrently && !was_valid {
                // REINDEX CONCURRENTLY of an invalid index: not recorded
                ctx.partial();
            }
            if let Some(ix) = ctx.catalog.relation_mut(&q).and_then(|x| x.index.as_mut()) {
                ix.valid = true;
            }
            if r.verbose {
                info_reindexed(ctx, &q.name);
            }
            Ok(TAG.into())
        }
        ReindexKind::Table => {
            if let Some(super::resolve::RelRef::System) = ctx.resolver().relation(&name) {
                ctx.partial();
                return Ok(TAG.into());
            }
            let rel = ctx.resolver().existing(&name)?;
            match rel.kind {
                RelKind::Table | RelKind::MaterializedView => {}
                RelKind::Index | RelKind::Sequence => {
                    // recorded for an index and a sequence (case 603)
                    return Err(errors::not_a(
                        &rel.name.name,
                        "a table or materialized view",
                    ));
                }
                _ => {
                    // views, partitioned and foreign tables: not recorded
                    ctx.partial();
                    return Ok(TAG.into());
                }
            }
            let q = rel.name.clone();
            let indexes: Vec<(QualName, bool)> = ctx
                .catalog
                .indexes_of(&q)
                .map(|i| (i.name.clone(), i.index.as_ref().is_none_or(|x| x.valid)))
                .collect();
            if indexes.is_empty() {
                // no index: a NOTICE, unless the table has a TOAST table (whose index counts)
                match has_toast(ctx, &q) {
                    Some(false) => {
                        let msg = if r.concurrently {
                            format!(
                                "table \"{}\" has no indexes that can be reindexed concurrently",
                                q.name
                            )
                        } else {
                            format!("table \"{}\" has no indexes to reindex", q.name)
                        };
                        ctx.notice("00000", msg);
                    }
                    Some(true) => {}
                    None => ctx.partial(),
                }
            }
            if r.concurrently {
                if indexes.iter().any(|(_, valid)| !valid) {
                    // invalid indexes are skipped with a WARNING: not recorded
                    ctx.partial();
                }
            } else {
                for (iq, _) in &indexes {
                    if let Some(ix) = ctx.catalog.relation_mut(iq).and_then(|x| x.index.as_mut()) {
                        ix.valid = true;
                    }
                }
            }
            if r.verbose {
                for (iq, _) in &indexes {
                    info_reindexed(ctx, &iq.name);
                }
            }
            Ok(TAG.into())
        }
    }
}

fn invalid_indexes(ctx: &Ctx<'_>, pick: impl Fn(&QualName) -> bool) -> bool {
    ctx.catalog
        .relations
        .values()
        .any(|r| pick(&r.name) && r.index.as_ref().is_some_and(|i| !i.valid))
}

/// `REINDEX (VERBOSE)`'s INFO line (its DETAIL has CPU timings: the statement is `partial`).
fn info_reindexed(ctx: &mut Ctx<'_>, index: &str) {
    ctx.notices.push(Notice {
        severity: "INFO".into(),
        sqlstate: "00000".into(),
        message: format!("index \"{index}\" was reindexed"),
        detail: Some("CPU: user: 0.00 s, system: 0.00 s, elapsed: 0.00 s".into()),
        hint: None,
    });
}

// ---------------------------------------------------------------------------------------------
// CREATE / DROP STATISTICS

/// A live statistics object named `name` (through `search_path` when unqualified).
fn find_statistics(ctx: &Ctx<'_>, name: &ObjName) -> Option<QualName> {
    match name.schema() {
        Some(s) => {
            let q = QualName::new(s, name.name());
            ctx.catalog.statistics_object(&q).map(|_| q)
        }
        None => ctx
            .resolver()
            .path()
            .map(|s| QualName::new(s, name.name()))
            .find(|q| ctx.catalog.statistics_object(q).is_some()),
    }
}

/// Types without a default btree operator class: statistics refuse their columns (not
/// recorded: `partial`).
const NO_BTREE: &[&str] = &[
    "json", "xml", "point", "line", "lseg", "box", "path", "polygon", "circle",
];

fn create_statistics(ctx: &mut Ctx<'_>, s: &CreateStatistics) -> ExecResult {
    const TAG: &str = "CREATE STATISTICS";
    // expressions are analysed first (transformStatsStmt): a missing column there is 42703
    // with a position in the statement (case 604) — not reproduced: partial
    let table = ctx.resolver().existing(&s.table)?.clone();
    let tq = table.name.clone();
    let (toid, tkind) = (table.oid, table.kind);
    // expressions are analysed first (transformStatsStmt): a missing column there is 42703
    // at its place in the statement (case 604)
    for item in &s.items {
        if let StatsItem::Expr {
            columns,
            text,
            offset,
        } = item
        {
            let Some(cols) = columns else {
                ctx.partial();
                return Ok(TAG.into());
            };
            if let Some(missing) = cols.iter().find(|c| table.column(c).is_none()) {
                let err = errors::column_does_not_exist(missing);
                let at = lex(text).and_then(|toks| {
                    toks.into_iter().find(|t| {
                        matches!(&t.tok, Tok::Word { raw, .. } if crate::sql::extra::fold_word(raw) == *missing)
                            || matches!(&t.tok, Tok::Quoted(q) if q == missing)
                    })
                });
                return Err(match at {
                    Some(t) => err.with_position(ctx.text[..offset + t.start].chars().count() + 1),
                    None => err,
                });
            }
        }
    }
    match tkind {
        RelKind::Table | RelKind::MaterializedView | RelKind::ForeignTable => {}
        RelKind::PartitionedTable => ctx.partial(),
        other => {
            // recorded for a view (case 604)
            return Err(PgError::new(
                "42809",
                format!("cannot define statistics for relation \"{}\"", tq.name),
            )
            .with_detail(format!(
                "This operation is not supported for {}s.",
                other.noun()
            )));
        }
    }
    // the name: given (in its schema), or chosen in the table's schema (PostgreSQL ≥ 16)
    let q = match &s.name {
        Some(n) => ctx.resolver().qualify_new(n)?,
        None => {
            let parts: Vec<String> = s
                .items
                .iter()
                .map(|i| match i {
                    StatsItem::Column(c) => c.clone(),
                    StatsItem::Expr { .. } => "expr".into(),
                })
                .collect();
            let mut addition = String::new();
            for p in parts {
                if !addition.is_empty() {
                    addition.push('_');
                }
                addition.push_str(&p);
                if addition.len() >= crate::catalog::NAMEDATALEN {
                    break;
                }
            }
            let addition = crate::catalog::truncate_identifier(&addition);
            let schema = tq.schema.clone();
            let name = crate::catalog::generated_name(&tq.name, Some(&addition), "stat", |n| {
                ctx.catalog
                    .statistics_object(&QualName::new(&schema, n))
                    .is_some()
            });
            QualName::new(&schema, &name)
        }
    };
    if ctx.catalog.statistics_object(&q).is_some() {
        let msg = format!("statistics object \"{}\" already exists", q.name);
        if s.if_not_exists {
            // recorded (case 604): NOTICE with SQLSTATE 42710
            ctx.notice("42710", format!("{msg}, skipping"));
            return Ok(TAG.into());
        }
        return Err(PgError::new("42710", msg));
    }
    let mut attnums: Vec<usize> = Vec::new();
    let mut plain = 0usize;
    let mut exprs = 0usize;
    for item in &s.items {
        match item {
            StatsItem::Column(c) => {
                let Some(pos) = table
                    .columns
                    .iter()
                    .position(|x| x.name == *c && !x.dropped)
                else {
                    // recorded (case 604): no "of relation" here
                    return Err(errors::column_does_not_exist(c));
                };
                let ty = table.columns[pos].type_name.as_str();
                if NO_BTREE.contains(&ty) {
                    ctx.partial();
                }
                if attnums.contains(&pos) && plain > 0 {
                    // recorded (case 604)
                    return Err(PgError::new(
                        "42701",
                        "duplicate column name in statistics definition",
                    ));
                }
                plain += 1;
                attnums.push(pos);
                if plain + exprs > 8 {
                    return Err(PgError::new(
                        "54011",
                        "cannot have more than 8 columns in statistics",
                    ));
                }
            }
            StatsItem::Expr { columns, .. } => {
                exprs += 1;
                for c in columns.iter().flatten() {
                    if let Some(pos) = table
                        .columns
                        .iter()
                        .position(|x| x.name == *c && !x.dropped)
                    {
                        if !attnums.contains(&pos) {
                            attnums.push(pos);
                        }
                    }
                }
            }
        }
    }
    if plain == 0 && exprs == 1 {
        if !s.kinds.is_empty() {
            // recorded (case 604)
            return Err(errors::feature_not_supported(
                "when building statistics on a single expression, statistics kinds may not be specified",
            ));
        }
    } else if plain + exprs < 2 {
        // recorded (case 604)
        return Err(PgError::new(
            "42P17",
            "extended statistics require at least 2 columns",
        ));
    }
    if exprs > 0
        && s.items
            .iter()
            .filter(|i| matches!(i, StatsItem::Expr { .. }))
            .count()
            > 1
    {
        // duplicate expressions are refused: compared textually here
        let texts: Vec<&str> = s
            .items
            .iter()
            .filter_map(|i| match i {
                StatsItem::Expr { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect();
        if (1..texts.len()).any(|k| texts[..k].contains(&texts[k])) {
            ctx.partial();
        }
    }
    for k in &s.kinds {
        if !matches!(k.as_str(), "ndistinct" | "dependencies" | "mcv") {
            // recorded (case 604): 42601
            return Err(PgError::new(
                "42601",
                format!("unrecognized statistics kind \"{k}\""),
            ));
        }
    }
    let _ = toid;
    ctx.catalog.statistics.insert(
        q.clone(),
        StatisticsObject {
            name: q,
            table_oid: toid,
            columns: attnums,
            comment: None,
        },
    );
    Ok(TAG.into())
}

fn drop_statistics(ctx: &mut Ctx<'_>, if_exists: bool, names: &[ObjName]) -> ExecResult {
    let mut found = Vec::new();
    for n in names {
        if let Some(s) = n.schema() {
            if !ctx.catalog.has_schema(s) {
                // recorded (case 604)
                if if_exists {
                    ctx.notice("00000", format!("schema \"{s}\" does not exist, skipping"));
                    continue;
                }
                return Err(errors::schema_does_not_exist(s));
            }
        }
        match find_statistics(ctx, n) {
            Some(q) => found.push(q),
            None => {
                let msg = format!("statistics object \"{n}\" does not exist");
                if if_exists {
                    // recorded (case 604)
                    ctx.notice("00000", format!("{msg}, skipping"));
                } else {
                    return Err(PgError::new("42704", msg));
                }
            }
        }
    }
    for q in found {
        ctx.catalog.statistics.remove(&q);
    }
    Ok("DROP STATISTICS".into())
}

// ---------------------------------------------------------------------------------------------
// COMMENT

fn comment_on(ctx: &mut Ctx<'_>, target: &CommentTarget, comment: Option<&str>) -> ExecResult {
    // the lookups and the catalog's comments are COMMENT's (ddl_misc::comment)
    let comment = comment.map(str::to_string);
    match target {
        CommentTarget::Routine { kind, name, args } => {
            let procedure = match kind {
                RoutineKind::Function => Some(false),
                RoutineKind::Procedure => Some(true),
                RoutineKind::Routine => None,
            };
            super::ddl_misc::comment_on_routine(ctx, procedure, name, args, comment)
        }
        CommentTarget::Constraint {
            name,
            table,
            domain,
        } => super::ddl_misc::comment_on_constraint(ctx, name, table, *domain, comment),
        CommentTarget::Other { .. } => {
            ctx.partial();
            Ok("COMMENT".into())
        }
    }
}

// ---------------------------------------------------------------------------------------------
// ALTER TABLE with our actions

/// `DBL_MAX` printed with `%f`, as the bounds DETAIL shows it.
fn dbl_max() -> String {
    format!("{:.6}", f64::MAX)
}

/// PostgreSQL's `parse_real` (strtod): the value as a float, if it is one.
fn parse_float(v: &str) -> Option<f64> {
    let t = v.trim();
    let lower = t.to_ascii_lowercase();
    if matches!(
        lower.as_str(),
        "nan" | "inf" | "-inf" | "+inf" | "infinity" | "-infinity"
    ) {
        return None;
    }
    t.parse::<f64>().ok()
}

fn alter_table(ctx: &mut Ctx<'_>, a: &AlterTableExtra) -> ExecResult {
    const TAG: &str = "ALTER TABLE";
    let exists = ctx
        .resolver()
        .user_relation(&a.name)
        .map(|r| (r.name.clone(), r.kind));
    let Some((q, kind)) = exists else {
        if ctx.resolver().relation(&a.name).is_some() {
            ctx.partial();
            return Ok(TAG.into());
        }
        if a.if_exists {
            // recorded (case 606)
            ctx.notice(
                "00000",
                format!("relation \"{}\" does not exist, skipping", a.name),
            );
            return Ok(TAG.into());
        }
        return Err(ctx
            .resolver()
            .existing(&a.name)
            .err()
            .unwrap_or_else(|| errors::relation_does_not_exist(&a.name.to_string())));
    };
    if !kind.is_table() {
        // ALTER TABLE on a view, index, sequence: not recorded for these actions
        ctx.partial();
        return Ok(TAG.into());
    }
    // the actions sqlparser reads run first: PostgreSQL runs ALTER CONSTRAINT and SET (…)
    // in its last pass (AT_PASS_MISC), after drops, column changes and new constraints
    let columns_before: Vec<String> = ctx
        .catalog
        .relation(&q)
        .map(|r| r.live_columns().map(|c| c.name.clone()).collect())
        .unwrap_or_default();
    if let Some(stmt) = &a.sql {
        super::run_statement(ctx, stmt)?;
    }
    for action in &a.actions {
        match action {
            AlterAction::AlterConstraint { name, .. } => {
                let rel = ctx.catalog.relation(&q).expect("exists");
                match rel.constraint(name) {
                    // recorded (case 606)
                    None => {
                        return Err(PgError::new(
                            "42704",
                            format!("constraint \"{name}\" of relation \"{}\" does not exist", q.name),
                        ))
                    }
                    Some(c) if !matches!(c.kind, ConstraintKind::ForeignKey { .. }) => {
                        return Err(PgError::new(
                            "42809",
                            format!(
                                "constraint \"{name}\" of relation \"{}\" is not a foreign key constraint",
                                q.name
                            ),
                        ))
                    }
                    // deferrability is not part of the simulated catalog
                    Some(_) => {}
                }
            }
            AlterAction::ColumnOptions {
                column,
                options,
                reset,
            } => {
                let rel = ctx.catalog.relation(&q).expect("exists");
                if rel.column(column).is_none() {
                    // recorded (case 606)
                    return Err(errors::column_of_relation_does_not_exist(column, &q.name));
                }
                for (opt, value) in options {
                    let known = matches!(opt.as_str(), "n_distinct" | "n_distinct_inherited");
                    if *reset {
                        // RESET does not check names (recorded: RESET (foo) is fine)
                        continue;
                    }
                    if !known {
                        // recorded (case 606)
                        return Err(PgError::new(
                            "22023",
                            format!("unrecognized parameter \"{opt}\""),
                        ));
                    }
                    // no value means "true" (recorded)
                    let v = value.as_deref().unwrap_or("true");
                    let Some(x) = parse_float(v) else {
                        return Err(PgError::new(
                            "22023",
                            format!("invalid value for floating point option \"{opt}\": {v}"),
                        ));
                    };
                    if x < -1.0 {
                        return Err(PgError::new(
                            "22023",
                            format!("value {v} out of bounds for option \"{opt}\""),
                        )
                        .with_detail(format!(
                            "Valid values are between \"-1.000000\" and \"{}\".",
                            dbl_max()
                        )));
                    }
                }
            }
            AlterAction::AddNotNull(nn) => {
                let new_column = !columns_before.contains(&nn.column);
                add_not_null(ctx, &q, nn, false, new_column)?
            }
        }
    }
    Ok(TAG.into())
}

/// A named NOT NULL constraint (PostgreSQL 18; recorded in case 607).
fn add_not_null(
    ctx: &mut Ctx<'_>,
    q: &QualName,
    nn: &NamedNotNull,
    in_create: bool,
    new_column: bool,
) -> Result<(), PgError> {
    let rel = ctx.catalog.relation(q).expect("exists");
    let Some(col) = rel.column(&nn.column) else {
        return Err(errors::column_of_relation_does_not_exist(
            &nn.column, &q.name,
        ));
    };
    let existing = rel
        .constraints
        .iter()
        .find(|c| matches!(&c.kind, ConstraintKind::NotNull { column } if *column == nn.column))
        .map(|c| c.name.clone());
    let already = col.not_null;
    if in_create {
        // a column's NOT NULL (or a primary key's) and a named one merge under the given
        // name (recorded in case 607 on PG 18: `b int NOT NULL, CONSTRAINT nn_b NOT NULL b`)
        let rel = ctx.catalog.relation_mut(q).expect("exists");
        rel.constraints.retain(
            |c| !matches!(&c.kind, ConstraintKind::NotNull { column } if *column == nn.column),
        );
        let _ = (existing, already);
    } else {
        if rel.constraints.iter().any(|c| c.name == nn.name) {
            return Err(PgError::new(
                "42710",
                format!(
                    "constraint \"{}\" for relation \"{}\" already exists",
                    nn.name, q.name
                ),
            ));
        }
        if already || existing.is_some() {
            let other =
                existing.unwrap_or_else(|| make_object_name(&q.name, Some(&nn.column), "not_null"));
            if other != nn.name {
                return Err(PgError::new(
                    "55000",
                    format!(
                        "cannot create not-null constraint \"{}\" on column \"{}\" of table \"{}\"",
                        nn.name, nn.column, q.name
                    ),
                )
                .with_detail(format!(
                    "A not-null constraint named \"{other}\" already exists for this column."
                )));
            }
            return Ok(());
        }
        let all_null = new_column
            && col.default.is_none()
            && col.identity.is_none()
            && col.generated.is_none();
        match rel.rows {
            RowCount::Known(0) => {}
            // a column added by this statement without a default is NULL in every row (case 607)
            RowCount::Known(_) if all_null => {
                return Err(PgError::new(
                    "23502",
                    format!(
                        "column \"{}\" of relation \"{}\" contains null values",
                        nn.column, q.name
                    ),
                ))
            }
            _ => ctx.depends_on_data(
                "23502",
                format!("rows of \"{}\" may hold NULL in \"{}\"", q.name, nn.column),
            ),
        }
    }
    let rel = ctx.catalog.relation_mut(q).expect("exists");
    if let Some(c) = rel.column_mut(&nn.column) {
        c.not_null = true;
    }
    if !rel
        .constraints
        .iter()
        .any(|c| matches!(&c.kind, ConstraintKind::NotNull { column } if *column == nn.column))
    {
        rel.constraints.push(Constraint {
            name: nn.name.clone(),
            kind: ConstraintKind::NotNull {
                column: nn.column.clone(),
            },
            validated: true,
            comment: None,
        });
    }
    Ok(())
}

fn create_table_not_null(
    ctx: &mut Ctx<'_>,
    stmt: &Statement,
    not_null: &[NamedNotNull],
) -> ExecResult {
    let Statement::CreateTable(ct) = stmt else {
        return super::run_statement(ctx, stmt);
    };
    let before = ctx.notices.len();
    let tag = super::run_statement(ctx, stmt)?;
    if ctx.notices[before..].iter().any(|n| n.sqlstate == "42P07") {
        // IF NOT EXISTS, and it existed: nothing was created
        return Ok(tag);
    }
    let name = crate::sql::fold_name(&ct.name);
    let Some(q) = ctx.resolver().user_relation(&name).map(|r| r.name.clone()) else {
        ctx.partial();
        return Ok(tag);
    };
    for nn in not_null {
        add_not_null(ctx, &q, nn, true, false)?;
    }
    Ok(tag)
}

// ---------------------------------------------------------------------------------------------
// CREATE FUNCTION … COST / ROWS

fn create_function(
    ctx: &mut Ctx<'_>,
    stmt: &Statement,
    cost: Option<&str>,
    rows: Option<&str>,
) -> ExecResult {
    // compute_function_attributes checks these before anything else (case 608)
    if let Some(c) = cost {
        if c.parse::<f64>().map_or(true, |v| v <= 0.0) {
            return Err(PgError::new("22023", "COST must be positive"));
        }
    }
    if let Some(r) = rows {
        if r.parse::<f64>().map_or(true, |v| v <= 0.0) {
            return Err(PgError::new("22023", "ROWS must be positive"));
        }
        let returns_set = match stmt {
            Statement::CreateFunction(f) => {
                matches!(
                    f.return_type,
                    Some(sqlparser::ast::FunctionReturnType::SetOf(_))
                ) || f
                    .return_type
                    .as_ref()
                    .is_some_and(|t| t.to_string().to_uppercase().starts_with("TABLE"))
            }
            _ => false,
        };
        if !returns_set {
            // recorded (case 608)
            return Err(PgError::new(
                "22023",
                "ROWS is not applicable when function does not return a set",
            ));
        }
    }
    super::run_statement(ctx, stmt)
}

#[cfg(test)]
mod tests {
    use crate::engine::{ServerConfig, Session, StatementResult};
    use crate::response::Outcome;
    use crate::trace::Coverage;

    fn session(pg: u32) -> Session {
        Session::new(ServerConfig { pg_version: pg })
    }

    fn ok(s: &mut Session, sql: &str) -> StatementResult {
        let r = s.execute(sql);
        assert_eq!(
            r.response.outcome,
            Outcome::Ok,
            "{sql}: {:?}",
            r.response.error
        );
        r
    }

    fn err(s: &mut Session, sql: &str) -> (String, String) {
        let r = s.execute(sql);
        let e = r
            .response
            .error
            .unwrap_or_else(|| panic!("{sql}: no error"));
        (e.sqlstate, e.message)
    }

    fn notices(r: &StatementResult) -> Vec<(String, String)> {
        r.response
            .notices
            .iter()
            .map(|n| (n.sqlstate.clone(), n.message.clone()))
            .collect()
    }

    #[test]
    fn do_blocks() {
        // case 600
        let mut s = session(15);
        let r = ok(&mut s, "DO $$ BEGIN END $$;");
        assert_eq!(r.response.tag.as_deref(), Some("DO"));
        assert_eq!(r.coverage, Coverage::Full);
        let r = ok(&mut s, "DO $$ BEGIN RAISE NOTICE 'hi'; END $$;");
        assert_eq!(notices(&r), vec![("00000".into(), "hi".into())]);
        let r = ok(&mut s, "DO $$ BEGIN PERFORM 1; END $$;");
        assert_eq!(r.coverage, Coverage::Partial);
        assert_eq!(
            err(&mut s, "DO LANGUAGE sql $$ SELECT 1 $$;"),
            (
                "0A000".into(),
                "language \"sql\" does not support inline code execution".into()
            )
        );
        assert_eq!(
            err(&mut s, "DO LANGUAGE nope $$ x $$;"),
            ("42704".into(), "language \"nope\" does not exist".into())
        );
        assert_eq!(
            err(&mut s, "DO LANGUAGE plpgsql;"),
            ("42601".into(), "no inline code specified".into())
        );
        let r = s.execute("DO $$ BEGIN PERFORM 1; END $$ LANGUAGE plpgsql LANGUAGE plpgsql;");
        let e = r.response.error.expect("error");
        assert_eq!(
            (e.message.as_str(), e.position.as_deref()),
            ("conflicting or redundant options", Some("48"))
        );
        let r = s.execute("DO $$ BEGIN CREATE TABLE {{ x }} (id int); END $$;");
        let e = r.response.error.expect("error");
        assert_eq!(
            (e.message.as_str(), e.position.as_deref()),
            ("syntax error at or near \"{\"", Some("26"))
        );
    }

    #[test]
    fn do_blocks_of_plain_statements_run() {
        // case 600 (#14-17), oracle 10 (RAISE EXCEPTION) and 17 (idempotent pattern)
        let mut s = session(15);
        let r = s.execute("DO $$ BEGIN SELEC 1; END $$;");
        let e = r.response.error.expect("error");
        assert_eq!(
            (e.sqlstate.as_str(), e.position.as_deref()),
            ("42601", Some("13"))
        );
        let r = ok(&mut s, "DO $$ BEGIN CREATE TABLE t (id int); END $$;");
        assert_eq!(r.coverage, Coverage::Full);
        assert!(s.catalog().relations.keys().any(|q| q.name == "t"));
        let r = ok(&mut s, "DO $$ BEGIN CREATE TABLE t (id int); EXCEPTION WHEN duplicate_table THEN NULL; END $$;");
        assert_eq!(r.coverage, Coverage::Full);
        assert_eq!(
            err(&mut s, "DO $$ BEGIN CREATE TABLE t (id int); END $$;").0,
            "42P07"
        );
        let r = ok(
            &mut s,
            "DO $$ BEGIN CREATE TABLE t (id int); EXCEPTION WHEN duplicate_table THEN RAISE NOTICE 't exists, skipped'; END $$;",
        );
        assert_eq!(
            notices(&r),
            vec![("00000".into(), "t exists, skipped".into())]
        );
        // the block's own changes are undone before the handler runs
        ok(&mut s, "DO $$ BEGIN CREATE TABLE u (id int); CREATE TABLE t (id int); EXCEPTION WHEN OTHERS THEN NULL; END $$;");
        assert!(!s.catalog().relations.keys().any(|q| q.name == "u"));
        assert_eq!(
            err(
                &mut s,
                "DO $$ BEGIN RAISE EXCEPTION 'custom failure in DO block'; END $$;"
            ),
            ("P0001".into(), "custom failure in DO block".into())
        );
        // conditions and loops are not run
        let r = ok(
            &mut s,
            "DO $$ BEGIN IF true THEN CREATE TABLE v (id int); END IF; END $$;",
        );
        assert_eq!(r.coverage, Coverage::Partial);
    }

    #[test]
    fn drop_index_concurrently() {
        // oracle 06/18, cases 091 and 601
        let mut s = session(15);
        ok(&mut s, "CREATE TABLE t (id int PRIMARY KEY, v int);");
        ok(&mut s, "CREATE INDEX t_v_idx ON t (v);");
        ok(&mut s, "BEGIN;");
        assert_eq!(
            err(&mut s, "DROP INDEX CONCURRENTLY IF EXISTS missing_idx;").0,
            "25001"
        );
        ok(&mut s, "ROLLBACK;");
        assert_eq!(
            err(&mut s, "DROP INDEX CONCURRENTLY t_v_idx, t_pkey;"),
            (
                "0A000".into(),
                "DROP INDEX CONCURRENTLY does not support dropping multiple objects".into()
            )
        );
        assert_eq!(
            err(&mut s, "DROP INDEX CONCURRENTLY t_v_idx CASCADE;"),
            (
                "0A000".into(),
                "DROP INDEX CONCURRENTLY does not support CASCADE".into()
            )
        );
        // outside a block the drop itself is DROP INDEX's
        assert_eq!(err(&mut s, "DROP INDEX CONCURRENTLY t_pkey;").0, "2BP01");
        assert_eq!(
            err(&mut s, "DROP INDEX CONCURRENTLY missing_idx;"),
            (
                "42704".into(),
                "index \"missing_idx\" does not exist".into()
            )
        );
        let r = ok(&mut s, "DROP INDEX CONCURRENTLY t_v_idx;");
        assert_eq!(r.response.tag.as_deref(), Some("DROP INDEX"));
        assert!(!s.catalog().relations.keys().any(|q| q.name == "t_v_idx"));
    }

    #[test]
    fn alter_sequence() {
        // cases 032 and 602
        let mut s = session(15);
        ok(&mut s, "CREATE TABLE t (id int PRIMARY KEY, v int);");
        ok(&mut s, "CREATE SEQUENCE s;");
        let r = ok(&mut s, "ALTER SEQUENCE s RENAME TO s2;");
        assert_eq!(r.response.tag.as_deref(), Some("ALTER SEQUENCE"));
        assert_eq!(r.coverage, Coverage::Full);
        assert_eq!(
            err(&mut s, "ALTER SEQUENCE s2 RENAME TO t;"),
            ("42P07".into(), "relation \"t\" already exists".into())
        );
        assert_eq!(
            err(&mut s, "ALTER SEQUENCE t RENAME TO zz;"),
            ("42809".into(), "\"t\" is not a sequence".into())
        );
        assert_eq!(
            err(&mut s, "ALTER SEQUENCE missing RENAME TO zz;"),
            ("42P01".into(), "relation \"missing\" does not exist".into())
        );
        let r = ok(&mut s, "ALTER SEQUENCE IF EXISTS missing RENAME TO zz;");
        assert_eq!(
            notices(&r),
            vec![(
                "00000".into(),
                "relation \"missing\" does not exist, skipping".into()
            )]
        );
        ok(&mut s, "ALTER SEQUENCE s2 OWNED BY t.v;");
        let seq = s
            .catalog()
            .relations
            .values()
            .find(|r| r.name.name == "s2")
            .expect("s2");
        assert_eq!(
            seq.sequence
                .as_ref()
                .and_then(|x| x.owned_by.as_ref())
                .map(|(t, c)| (t.name.as_str(), c.as_str())),
            Some(("t", "v"))
        );
        assert_eq!(
            err(&mut s, "ALTER SEQUENCE s2 OWNED BY t.nope;"),
            (
                "42703".into(),
                "column \"nope\" of relation \"t\" does not exist".into()
            )
        );
        assert_eq!(
            err(&mut s, "ALTER SEQUENCE s2 OWNED BY missing.v;").0,
            "42P01"
        );
        assert_eq!(
            err(&mut s, "ALTER SEQUENCE s2 OWNED BY v;"),
            ("42601".into(), "invalid OWNED BY option".into())
        );
        assert_eq!(
            err(&mut s, "ALTER SEQUENCE s2 SET SCHEMA nope;"),
            ("3F000".into(), "schema \"nope\" does not exist".into())
        );
        assert_eq!(err(&mut s, "ALTER SEQUENCE s2 AS text;").0, "22023");
        assert_eq!(
            err(&mut s, "ALTER SEQUENCE s2 INCREMENT 0;"),
            ("22023".into(), "INCREMENT must not be zero".into())
        );
        assert_eq!(err(&mut s, "ALTER SEQUENCE s2;").0, "42601");
    }

    #[test]
    fn reindex() {
        // oracle 06, case 603
        let mut s = session(15);
        ok(&mut s, "CREATE TABLE t (id int PRIMARY KEY, v int);");
        ok(&mut s, "CREATE TABLE noidx (a int, b bigint);");
        ok(&mut s, "CREATE TABLE noidx2 (a int, b text);");
        ok(&mut s, "CREATE SEQUENCE sq;");
        assert_eq!(
            ok(&mut s, "REINDEX TABLE t;").response.tag.as_deref(),
            Some("REINDEX")
        );
        assert_eq!(err(&mut s, "REINDEX TABLE missing;").0, "42P01");
        assert_eq!(
            err(&mut s, "REINDEX INDEX t;"),
            ("42809".into(), "\"t\" is not an index".into())
        );
        assert_eq!(
            err(&mut s, "REINDEX TABLE t_pkey;"),
            (
                "42809".into(),
                "\"t_pkey\" is not a table or materialized view".into()
            )
        );
        assert_eq!(err(&mut s, "REINDEX TABLE sq;").0, "42809");
        assert_eq!(err(&mut s, "REINDEX SCHEMA nope;").0, "3F000");
        let r = ok(&mut s, "REINDEX TABLE noidx;");
        assert_eq!(
            notices(&r),
            vec![(
                "00000".into(),
                "table \"noidx\" has no indexes to reindex".into()
            )]
        );
        assert!(ok(&mut s, "REINDEX TABLE noidx2;")
            .response
            .notices
            .is_empty());
        let r = ok(&mut s, "REINDEX TABLE CONCURRENTLY noidx;");
        assert_eq!(
            notices(&r),
            vec![(
                "00000".into(),
                "table \"noidx\" has no indexes that can be reindexed concurrently".into()
            )]
        );
        ok(&mut s, "BEGIN;");
        ok(&mut s, "REINDEX TABLE t;");
        assert_eq!(
            err(&mut s, "REINDEX INDEX CONCURRENTLY t_pkey;"),
            (
                "25001".into(),
                "REINDEX CONCURRENTLY cannot run inside a transaction block".into()
            )
        );
        ok(&mut s, "ROLLBACK;");
        ok(&mut s, "BEGIN;");
        assert_eq!(
            err(&mut s, "REINDEX SCHEMA public;"),
            (
                "25001".into(),
                "REINDEX SCHEMA cannot run inside a transaction block".into()
            )
        );
        ok(&mut s, "ROLLBACK;");
        // PostgreSQL 15 wants a name after SYSTEM
        assert_eq!(err(&mut s, "REINDEX SYSTEM;").0, "42601");
        let e = s
            .execute("REINDEX (FOO) TABLE t;")
            .response
            .error
            .expect("error");
        assert_eq!(
            (e.message.as_str(), e.position.as_deref()),
            ("unrecognized REINDEX option \"foo\"", Some("10"))
        );
    }

    #[test]
    fn statistics() {
        // case 604
        let mut s = session(15);
        ok(
            &mut s,
            "CREATE TABLE t (id int PRIMARY KEY, v int, w int, s text);",
        );
        ok(&mut s, "CREATE VIEW vv AS SELECT 1 AS a, 2 AS b;");
        assert_eq!(
            err(&mut s, "CREATE STATISTICS st1 ON a, b FROM vv;"),
            (
                "42809".into(),
                "cannot define statistics for relation \"vv\"".into()
            )
        );
        let r = ok(
            &mut s,
            "CREATE STATISTICS t_stat ON (v IS NULL), (w IS NULL) FROM t;",
        );
        assert_eq!(
            (r.response.tag.as_deref(), r.coverage),
            (Some("CREATE STATISTICS"), Coverage::Full)
        );
        assert_eq!(
            err(&mut s, "CREATE STATISTICS t_stat ON v, w FROM t;"),
            (
                "42710".into(),
                "statistics object \"t_stat\" already exists".into()
            )
        );
        let r = ok(
            &mut s,
            "CREATE STATISTICS IF NOT EXISTS t_stat ON v, w FROM t;",
        );
        assert_eq!(
            notices(&r),
            vec![(
                "42710".into(),
                "statistics object \"t_stat\" already exists, skipping".into()
            )]
        );
        assert_eq!(
            err(&mut s, "CREATE STATISTICS t_stat3 ON v, nope FROM t;"),
            ("42703".into(), "column \"nope\" does not exist".into())
        );
        assert_eq!(
            err(&mut s, "CREATE STATISTICS t_stat4 ON v, w FROM missing;").0,
            "42P01"
        );
        assert_eq!(
            err(&mut s, "CREATE STATISTICS t_stat5 ON v FROM t;"),
            (
                "42P17".into(),
                "extended statistics require at least 2 columns".into()
            )
        );
        assert_eq!(
            err(&mut s, "CREATE STATISTICS st2 ON v, v FROM t;").0,
            "42701"
        );
        assert_eq!(
            err(&mut s, "CREATE STATISTICS st3 (foo) ON v, w FROM t;"),
            (
                "42601".into(),
                "unrecognized statistics kind \"foo\"".into()
            )
        );
        let e = s
            .execute("CREATE STATISTICS st4 ON (v + 1), (nope + 1) FROM t;")
            .response
            .error
            .expect("error");
        assert_eq!(
            (e.message.as_str(), e.position.as_deref()),
            ("column \"nope\" does not exist", Some("36"))
        );
        ok(&mut s, "CREATE STATISTICS st5 ON (v + 1) FROM t;");
        assert_eq!(
            err(
                &mut s,
                "CREATE STATISTICS st6 (ndistinct) ON (v + 1) FROM t;"
            )
            .0,
            "0A000"
        );
        ok(&mut s, "CREATE STATISTICS t ON v, w FROM t;");
        assert_eq!(err(&mut s, "CREATE STATISTICS ON v, w FROM t;").0, "42601");
        ok(&mut s, "DROP STATISTICS t_stat, st5;");
        assert_eq!(
            err(&mut s, "DROP STATISTICS t_stat;"),
            (
                "42704".into(),
                "statistics object \"t_stat\" does not exist".into()
            )
        );
        let r = ok(&mut s, "DROP STATISTICS IF EXISTS t_stat, t_stat9;");
        assert_eq!(notices(&r).len(), 2);
        // dropping a column it names drops it
        ok(&mut s, "CREATE STATISTICS st8 ON v, w FROM t;");
        ok(&mut s, "ALTER TABLE t DROP COLUMN w CASCADE;");
        assert_eq!(err(&mut s, "DROP STATISTICS st8;").0, "42704");
        assert_eq!(err(&mut s, "DROP STATISTICS nope.st9;").0, "3F000");
        let r = ok(&mut s, "DROP STATISTICS IF EXISTS nope.st9;");
        assert_eq!(
            notices(&r),
            vec![(
                "00000".into(),
                "schema \"nope\" does not exist, skipping".into()
            )]
        );
        // PostgreSQL 18 names it itself
        let mut s = session(18);
        ok(&mut s, "CREATE TABLE t (v int, w int);");
        ok(&mut s, "CREATE STATISTICS ON v, w FROM t;");
        ok(&mut s, "DROP STATISTICS t_v_w_stat CASCADE;");
    }

    #[test]
    fn comments() {
        // cases 042, 043, 605
        let mut s = session(15);
        ok(&mut s, "CREATE TABLE t (id int PRIMARY KEY, v int);");
        ok(
            &mut s,
            "COMMENT ON CONSTRAINT t_pkey ON t IS $$dollar 'q'$$;",
        );
        let c = s
            .catalog()
            .relations
            .values()
            .find(|r| r.name.name == "t")
            .and_then(|r| r.constraint("t_pkey"))
            .and_then(|c| c.comment.clone());
        assert_eq!(c.as_deref(), Some("dollar 'q'"));
        assert_eq!(
            err(&mut s, "COMMENT ON CONSTRAINT nope ON t IS 'x';"),
            (
                "42704".into(),
                "constraint \"nope\" for table \"t\" does not exist".into()
            )
        );
        assert_eq!(
            err(&mut s, "COMMENT ON CONSTRAINT t_pkey ON missing IS 'k';").0,
            "42P01"
        );
        assert_eq!(
            err(&mut s, "COMMENT ON CONSTRAINT t_pkey ON nope.t IS 'x';").0,
            "3F000"
        );
        assert_eq!(
            err(&mut s, "COMMENT ON FUNCTION nope(int) IS 'x';"),
            (
                "42883".into(),
                "function nope(integer) does not exist".into()
            )
        );
        assert_eq!(
            err(&mut s, "COMMENT ON FUNCTION nope() IS 'x';"),
            ("42883".into(), "function nope() does not exist".into())
        );
        assert_eq!(
            err(&mut s, "COMMENT ON FUNCTION nope.f(int) IS 'x';").0,
            "3F000"
        );
        assert_eq!(
            err(&mut s, "COMMENT ON FUNCTION f(nosuchtype) IS 'x';"),
            ("42704".into(), "type \"nosuchtype\" does not exist".into())
        );
        assert_eq!(
            err(&mut s, "COMMENT IF EXISTS ON TABLE t IS 'x';").0,
            "42601"
        );
        ok(
            &mut s,
            "CREATE FUNCTION f1(a int) RETURNS int LANGUAGE sql AS 'SELECT 1';",
        );
        ok(&mut s, "COMMENT ON FUNCTION f1(int) IS 'x';");
        ok(&mut s, "COMMENT ON FUNCTION f1(a integer) IS NULL;");
        assert_eq!(
            err(&mut s, "COMMENT ON FUNCTION f1(text) IS 'x';"),
            ("42883".into(), "function f1(text) does not exist".into())
        );
    }

    #[test]
    fn alter_table_actions() {
        // case 606
        let mut s = session(15);
        ok(
            &mut s,
            "CREATE TABLE t (id int PRIMARY KEY, v int, w int REFERENCES t(id));",
        );
        let r = ok(
            &mut s,
            "ALTER TABLE t ALTER CONSTRAINT t_w_fkey DEFERRABLE INITIALLY DEFERRED;",
        );
        assert_eq!(
            (r.response.tag.as_deref(), r.coverage),
            (Some("ALTER TABLE"), Coverage::Full)
        );
        ok(&mut s, "ALTER TABLE t ALTER CONSTRAINT t_w_fkey;");
        assert_eq!(
            err(&mut s, "ALTER TABLE t ALTER CONSTRAINT t_pkey DEFERRABLE;"),
            (
                "42809".into(),
                "constraint \"t_pkey\" of relation \"t\" is not a foreign key constraint".into()
            )
        );
        assert_eq!(
            err(&mut s, "ALTER TABLE t ALTER CONSTRAINT nope DEFERRABLE;"),
            (
                "42704".into(),
                "constraint \"nope\" of relation \"t\" does not exist".into()
            )
        );
        assert_eq!(
            err(
                &mut s,
                "ALTER TABLE missing ALTER CONSTRAINT nope DEFERRABLE;"
            )
            .0,
            "42P01"
        );
        let r = ok(
            &mut s,
            "ALTER TABLE IF EXISTS missing ALTER CONSTRAINT nope DEFERRABLE;",
        );
        assert_eq!(
            notices(&r),
            vec![(
                "00000".into(),
                "relation \"missing\" does not exist, skipping".into()
            )]
        );
        let r =
            s.execute("ALTER TABLE t ALTER CONSTRAINT t_w_fkey NOT DEFERRABLE INITIALLY DEFERRED;");
        let e = r.response.error.expect("error");
        assert_eq!(
            (e.message.as_str(), e.position.as_deref()),
            (
                "constraint declared INITIALLY DEFERRED must be DEFERRABLE",
                Some("56")
            )
        );
        ok(
            &mut s,
            "ALTER TABLE t ALTER COLUMN v SET (n_distinct = -0.01);",
        );
        ok(
            &mut s,
            "ALTER TABLE t ALTER v SET (n_distinct = -0.5, n_distinct_inherited = 10);",
        );
        ok(&mut s, "ALTER TABLE t ALTER COLUMN v RESET (n_distinct);");
        ok(&mut s, "ALTER TABLE t ALTER COLUMN v RESET (foo);");
        ok(
            &mut s,
            "ALTER TABLE t ALTER COLUMN v SET (n_distinct=-0.02, n_distinct_inherited = '-1');",
        );
        assert_eq!(
            err(
                &mut s,
                "ALTER TABLE t ALTER COLUMN nope SET (n_distinct = -0.01);"
            ),
            (
                "42703".into(),
                "column \"nope\" of relation \"t\" does not exist".into()
            )
        );
        assert_eq!(
            err(&mut s, "ALTER TABLE t ALTER COLUMN v SET (foo = 1);"),
            ("22023".into(), "unrecognized parameter \"foo\"".into())
        );
        let r = s.execute("ALTER TABLE t ALTER COLUMN v SET (n_distinct = -2);");
        let e = r.response.error.expect("error");
        assert_eq!(
            e.message,
            "value -2 out of bounds for option \"n_distinct\""
        );
        assert!(e.detail.expect("detail").starts_with("Valid values are between \"-1.000000\" and \"179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000\""));
        assert_eq!(
            err(
                &mut s,
                "ALTER TABLE t ALTER COLUMN v SET (n_distinct = 'abc');"
            )
            .1,
            "invalid value for floating point option \"n_distinct\": abc"
        );
        assert_eq!(
            err(&mut s, "ALTER TABLE t ALTER COLUMN v SET (n_distinct);").1,
            "invalid value for floating point option \"n_distinct\": true"
        );
        // mixed with actions sqlparser reads
        ok(
            &mut s,
            "ALTER TABLE t ALTER COLUMN v SET NOT NULL, ALTER CONSTRAINT t_w_fkey NOT DEFERRABLE;",
        );
        let t = s
            .catalog()
            .relations
            .values()
            .find(|r| r.name.name == "t")
            .expect("t");
        assert!(t.column("v").expect("v").not_null);
    }

    #[test]
    fn not_null_constraints_by_version() {
        // case 607
        let mut s = session(15);
        ok(
            &mut s,
            "CREATE TABLE t (id int PRIMARY KEY, v int, s text);",
        );
        let r = s.execute("ALTER TABLE t ADD CONSTRAINT t_v_nn NOT NULL v;");
        let e = r.response.error.expect("error");
        assert_eq!(
            (e.message.as_str(), e.position.as_deref()),
            ("syntax error at or near \"NOT\"", Some("37"))
        );
        assert_eq!(
            err(
                &mut s,
                "CREATE TABLE nn (a int, CONSTRAINT nn_a NOT NULL a);"
            )
            .0,
            "42601"
        );
        let mut s = session(18);
        ok(
            &mut s,
            "CREATE TABLE t (id int PRIMARY KEY, v int, s text);",
        );
        ok(&mut s, "ALTER TABLE t ADD CONSTRAINT t_v_nn NOT NULL v;");
        let t = s
            .catalog()
            .relations
            .values()
            .find(|r| r.name.name == "t")
            .expect("t");
        assert!(t.column("v").expect("v").not_null);
        assert_eq!(
            err(&mut s, "ALTER TABLE t ADD CONSTRAINT t_v_nn2 NOT NULL v;").0,
            "55000"
        );
        assert_eq!(
            err(&mut s, "ALTER TABLE t ADD CONSTRAINT t_pkey NOT NULL s;"),
            (
                "42710".into(),
                "constraint \"t_pkey\" for relation \"t\" already exists".into()
            )
        );
        assert_eq!(
            err(&mut s, "ALTER TABLE t ADD CONSTRAINT t_nope NOT NULL nope;").0,
            "42703"
        );
        assert_eq!(
            err(&mut s, "ALTER TABLE t ADD CONSTRAINT t_id_nn NOT NULL id;").0,
            "55000"
        );
        ok(&mut s, "INSERT INTO t VALUES (1, 1, 'x');");
        assert_eq!(
            err(
                &mut s,
                "ALTER TABLE t ADD COLUMN w int, ADD CONSTRAINT t_w_nn NOT NULL w;"
            ),
            (
                "23502".into(),
                "column \"w\" of relation \"t\" contains null values".into()
            )
        );
        ok(
            &mut s,
            "CREATE TABLE nn (a int, b int, CONSTRAINT nn_a NOT NULL a, PRIMARY KEY (b));",
        );
        let t = s
            .catalog()
            .relations
            .values()
            .find(|r| r.name.name == "nn")
            .expect("nn");
        assert!(t.column("a").expect("a").not_null);
        assert_eq!(
            err(
                &mut s,
                "CREATE TABLE nn2 (a int, CONSTRAINT nn2_x NOT NULL x);"
            ),
            (
                "42703".into(),
                "column \"x\" of relation \"nn2\" does not exist".into()
            )
        );
    }

    #[test]
    fn create_function_cost_rows() {
        // case 608
        let mut s = session(15);
        ok(
            &mut s,
            "CREATE FUNCTION f1(a int) RETURNS int LANGUAGE sql COST 100 AS 'SELECT 1';",
        );
        assert_eq!(
            err(
                &mut s,
                "CREATE FUNCTION f2(a int) RETURNS int LANGUAGE sql COST 0 AS 'SELECT 1';"
            ),
            ("22023".into(), "COST must be positive".into())
        );
        ok(
            &mut s,
            "CREATE FUNCTION f3(a int) RETURNS SETOF int LANGUAGE sql ROWS 10 AS 'SELECT 1';",
        );
        assert_eq!(
            err(
                &mut s,
                "CREATE FUNCTION f4(a int) RETURNS int LANGUAGE sql ROWS 10 AS 'SELECT 1';"
            )
            .1,
            "ROWS is not applicable when function does not return a set"
        );
        assert_eq!(
            err(
                &mut s,
                "CREATE FUNCTION f5(a int) RETURNS SETOF int LANGUAGE sql ROWS 0 AS 'SELECT 1';"
            )
            .1,
            "ROWS must be positive"
        );
    }

    #[test]
    fn alter_index_if_exists() {
        // case 602 (probes): NOTICE and tag ALTER INDEX for a missing index
        let mut s = session(15);
        let r = ok(&mut s, "ALTER INDEX IF EXISTS missing_idx RENAME TO zz;");
        assert_eq!(r.response.tag.as_deref(), Some("ALTER INDEX"));
        assert_eq!(
            notices(&r),
            vec![(
                "00000".into(),
                "relation \"missing_idx\" does not exist, skipping".into()
            )]
        );
        ok(&mut s, "CREATE TABLE t (v int);");
        ok(&mut s, "CREATE INDEX t_v_idx ON t (v);");
        ok(&mut s, "ALTER INDEX IF EXISTS t_v_idx RENAME TO t_v_idx2;");
        assert!(s.catalog().relations.keys().any(|q| q.name == "t_v_idx2"));
    }
}
