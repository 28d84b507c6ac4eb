//! Utility commands: VACUUM, CLUSTER, TRUNCATE, GRANT, LOCK, REFRESH, …; the commands that
//! cannot run inside a transaction block; and statements known only by their leading words.

use sqlparser::ast::{Statement, TruncateTableTarget};

use super::{Ctx, ExecResult};
use crate::catalog::{RelKind, RowCount};
use crate::engine::errors;
use crate::sql::keywords::{classify, Classified};
use crate::sql::words::{leading_words, Word};
use crate::sql::{fold_ident, fold_name};

/// The command name PostgreSQL's `PreventInTransactionBlock` reports, when the statement is
/// one that cannot run inside a transaction block (recorded in the oracle's case 06).
pub fn non_transactional(text: &str) -> Option<&'static str> {
    let w = leading_words(text, 6);
    let is = |i: usize, kw: &str| w.get(i).is_some_and(|x| x.is(kw));
    let first = w.first()?;
    if first.is("VACUUM") {
        return Some("VACUUM");
    }
    if first.is("CLUSTER") {
        // only the form without a table
        let bare =
            w.len() == 1 || w.get(1) == Some(&Word::Punct(';')) || is(1, "VERBOSE") && w.len() <= 3;
        return bare.then_some("CLUSTER");
    }
    if first.is("CREATE") || first.is("DROP") {
        let create = first.is("CREATE");
        if is(1, "DATABASE") {
            return Some(if create {
                "CREATE DATABASE"
            } else {
                "DROP DATABASE"
            });
        }
        if is(1, "TABLESPACE") {
            return Some(if create {
                "CREATE TABLESPACE"
            } else {
                "DROP TABLESPACE"
            });
        }
        if create
            && (is(1, "INDEX") && is(2, "CONCURRENTLY")
                || is(1, "UNIQUE") && is(2, "INDEX") && is(3, "CONCURRENTLY"))
        {
            return Some("CREATE INDEX CONCURRENTLY");
        }
        if !create && is(1, "INDEX") && is(2, "CONCURRENTLY") {
            return Some("DROP INDEX CONCURRENTLY");
        }
    }
    if first.is("ALTER") && is(1, "SYSTEM") {
        return Some("ALTER SYSTEM");
    }
    if first.is("REINDEX") {
        // REINDEX [ (options) ] {INDEX|TABLE|SCHEMA|DATABASE|SYSTEM} [CONCURRENTLY] name
        let mut i = 1;
        if w.get(1) == Some(&Word::Punct('(')) {
            while i < w.len() && w[i] != Word::Punct(')') {
                i += 1;
            }
            i += 1;
        }
        let target = w.get(i)?;
        if is(i + 1, "CONCURRENTLY") {
            return Some("REINDEX CONCURRENTLY");
        }
        if target.is("SCHEMA") {
            return Some("REINDEX SCHEMA");
        }
        if target.is("DATABASE") {
            return Some("REINDEX DATABASE");
        }
        if target.is("SYSTEM") {
            return Some("REINDEX SYSTEM");
        }
    }
    None
}

pub fn run(ctx: &mut Ctx<'_>, stmt: &Statement) -> ExecResult {
    match stmt {
        Statement::Truncate(t) => {
            for TruncateTableTarget { name, .. } in &t.table_names {
                let n = fold_name(name);
                let r = ctx.resolver().existing(&n)?;
                if !r.kind.is_table() {
                    return Err(errors::not_a(&r.name.name, "a table"));
                }
                let q = r.name.clone();
                ctx.catalog.relation_mut(&q).expect("exists").rows = RowCount::Known(0);
            }
            Ok("TRUNCATE TABLE".into())
        }
        Statement::RefreshMaterializedView(r) => {
            let n = fold_name(&r.name);
            let rel = ctx.resolver().existing(&n)?;
            if rel.kind != RelKind::MaterializedView {
                return Err(errors::not_a(&rel.name.name, "a materialized view"));
            }
            Ok("REFRESH MATERIALIZED VIEW".into())
        }
        Statement::CreateRole(r) => {
            for n in &r.names {
                let name = fold_name(n).to_string();
                if !ctx.catalog.roles.insert(name.clone()) {
                    return Err(crate::response::PgError::new(
                        "42710",
                        format!("role \"{name}\" already exists"),
                    ));
                }
            }
            Ok("CREATE ROLE".into())
        }
        Statement::Grant(g) => {
            check_grantees(ctx, g.grantees.iter().map(|g| g.to_string()))?;
            ctx.partial();
            Ok("GRANT".into())
        }
        Statement::Revoke(r) => {
            check_grantees(ctx, r.grantees.iter().map(|g| g.to_string()))?;
            ctx.partial();
            Ok("REVOKE".into())
        }
        _ => {
            ctx.partial();
            match classify(ctx.text) {
                Classified::Command { tag } => Ok(tag),
                _ => Ok(String::new()),
            }
        }
    }
}

/// Grantees must be roles that exist (PUBLIC and CURRENT_USER-like words always do).
fn check_grantees(
    ctx: &Ctx<'_>,
    grantees: impl Iterator<Item = String>,
) -> Result<(), crate::response::PgError> {
    for g in grantees {
        let raw = g.trim();
        let name = if raw.starts_with('"') {
            raw.trim_matches('"').to_string()
        } else {
            raw.to_lowercase()
        };
        let name = name
            .strip_prefix("role ")
            .unwrap_or(&name)
            .trim()
            .to_string();
        let special = matches!(
            name.as_str(),
            "public" | "current_user" | "session_user" | "current_role"
        );
        if !special && !name.contains(' ') && !ctx.catalog.roles.contains(&name) {
            return Err(crate::response::PgError::new(
                "42704",
                format!("role \"{name}\" does not exist"),
            ));
        }
    }
    Ok(())
}

/// A statement known only by its leading keywords: assumed to succeed.
pub fn opaque(ctx: &mut Ctx<'_>, tag: &str) -> ExecResult {
    let _ = (ctx, fold_ident);
    Ok(tag.to_string())
}
