//! DROP of every kind of object, with dependencies (2BP01) and CASCADE.
//!
//! Each DROP first looks its objects up in order, as `RemoveRelations`/`RemoveObjects` do (the
//! first missing one is an error, or a NOTICE with IF EXISTS), then walks their dependencies
//! ([`deps`]) and removes everything at once.

pub(crate) mod deps;
pub(crate) mod describe;
#[cfg(test)]
mod tests;

use sqlparser::ast::{
    ArgMode, DropBehavior, DropDomain, DropExtension, DropFunction, DropTrigger, FunctionDesc,
    ObjectName, ObjectType, Statement,
};

use super::resolve::RelRef;
use super::{Ctx, ExecResult};
use crate::catalog::{QualName, RelKind, TypeKind};
use crate::engine::errors;
use crate::response::PgError;
use crate::sql::{fold_ident, fold_name, ObjName};
use deps::Obj;
use describe::{grammar_type_name, type_key, Names};

pub fn drop(ctx: &mut Ctx<'_>, stmt: &Statement) -> ExecResult {
    match stmt {
        Statement::Drop {
            object_type,
            if_exists,
            names,
            cascade,
            ..
        } => {
            let names: Vec<ObjName> = names.iter().map(fold_name).collect();
            let kind = match object_type {
                ObjectType::Table => Some(RelDrop::Table),
                ObjectType::View => Some(RelDrop::View),
                ObjectType::MaterializedView => Some(RelDrop::MaterializedView),
                ObjectType::Index => Some(RelDrop::Index),
                ObjectType::Sequence => Some(RelDrop::Sequence),
                ObjectType::ForeignTable => Some(RelDrop::ForeignTable),
                _ => None,
            };
            if let Some(kind) = kind {
                drop_relations(ctx, kind, &names, *if_exists, *cascade)?;
                return Ok(kind.tag().into());
            }
            match object_type {
                ObjectType::Schema => {
                    drop_schemas(ctx, &names, *if_exists, *cascade)?;
                    Ok("DROP SCHEMA".into())
                }
                ObjectType::Type => {
                    drop_types(ctx, &names, *if_exists, *cascade, false)?;
                    Ok("DROP TYPE".into())
                }
                other => {
                    ctx.partial();
                    Ok(format!("DROP {}", other.to_string().to_uppercase()))
                }
            }
        }
        Statement::DropFunction(DropFunction {
            if_exists,
            func_desc,
            drop_behavior,
        }) => {
            drop_functions(ctx, func_desc, *if_exists, is_cascade(drop_behavior), false)?;
            Ok("DROP FUNCTION".into())
        }
        Statement::DropProcedure {
            if_exists,
            proc_desc,
            drop_behavior,
        } => {
            drop_functions(ctx, proc_desc, *if_exists, is_cascade(drop_behavior), true)?;
            Ok("DROP PROCEDURE".into())
        }
        Statement::DropTrigger(DropTrigger {
            if_exists,
            trigger_name,
            table_name,
            option,
        }) => {
            let Some(table) = table_name else {
                ctx.partial();
                return Ok("DROP TRIGGER".into());
            };
            let cascade = matches!(option, Some(sqlparser::ast::ReferentialAction::Cascade));
            drop_trigger(
                ctx,
                &fold_name(trigger_name),
                &fold_name(table),
                *if_exists,
                cascade,
            )?;
            Ok("DROP TRIGGER".into())
        }
        Statement::DropExtension(DropExtension {
            names,
            if_exists,
            cascade_or_restrict,
        }) => {
            let names: Vec<String> = names.iter().map(fold_ident).collect();
            let cascade = matches!(
                cascade_or_restrict,
                Some(sqlparser::ast::ReferentialAction::Cascade)
            );
            drop_extensions(ctx, &names, *if_exists, cascade)?;
            Ok("DROP EXTENSION".into())
        }
        Statement::DropDomain(DropDomain {
            if_exists,
            name,
            drop_behavior,
        }) => {
            drop_types(
                ctx,
                &[fold_name(name)],
                *if_exists,
                is_cascade(drop_behavior),
                true,
            )?;
            Ok("DROP DOMAIN".into())
        }
        _ => {
            ctx.partial();
            Ok("DROP".into())
        }
    }
}

fn is_cascade(b: &Option<DropBehavior>) -> bool {
    matches!(b, Some(DropBehavior::Cascade))
}

/// Drop `originals` (already looked up) with their dependents: 2BP01 under RESTRICT, the
/// "drop cascades to …" NOTICE under CASCADE. Usable by other commands that drop objects
/// (ALTER TABLE … DROP COLUMN/CONSTRAINT).
pub(crate) fn drop_objects(
    ctx: &mut Ctx<'_>,
    originals: &[Obj],
    cascade: bool,
) -> Result<(), PgError> {
    if originals.is_empty() {
        return Ok(());
    }
    let plan = deps::plan(ctx.catalog, ctx.settings, originals, cascade)?;
    ctx.notices.extend(plan.notices.iter().cloned());
    deps::apply(ctx.catalog, &plan);
    Ok(())
}

/// The relation kinds `DROP TABLE/VIEW/…` name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RelDrop {
    Table,
    View,
    MaterializedView,
    Index,
    Sequence,
    ForeignTable,
}

impl RelDrop {
    fn tag(self) -> &'static str {
        match self {
            RelDrop::Table => "DROP TABLE",
            RelDrop::View => "DROP VIEW",
            RelDrop::MaterializedView => "DROP MATERIALIZED VIEW",
            RelDrop::Index => "DROP INDEX",
            RelDrop::Sequence => "DROP SEQUENCE",
            RelDrop::ForeignTable => "DROP FOREIGN TABLE",
        }
    }

    fn of(kind: RelKind) -> RelDrop {
        match kind {
            RelKind::Table | RelKind::PartitionedTable => RelDrop::Table,
            RelKind::View => RelDrop::View,
            RelKind::MaterializedView => RelDrop::MaterializedView,
            RelKind::Index => RelDrop::Index,
            RelKind::Sequence => RelDrop::Sequence,
            RelKind::ForeignTable => RelDrop::ForeignTable,
        }
    }

    /// `dropmsgstringarray` of tablecmds.c: (SQLSTATE when missing, noun, "is not" noun, hint).
    fn strings(self) -> (&'static str, &'static str, &'static str, &'static str) {
        match self {
            RelDrop::Table => (
                "42P01",
                "table",
                "a table",
                "Use DROP TABLE to remove a table.",
            ),
            RelDrop::View => ("42P01", "view", "a view", "Use DROP VIEW to remove a view."),
            RelDrop::MaterializedView => (
                "42P01",
                "materialized view",
                "a materialized view",
                "Use DROP MATERIALIZED VIEW to remove a materialized view.",
            ),
            RelDrop::Index => (
                "42704",
                "index",
                "an index",
                "Use DROP INDEX to remove an index.",
            ),
            RelDrop::Sequence => (
                "42P01",
                "sequence",
                "a sequence",
                "Use DROP SEQUENCE to remove a sequence.",
            ),
            RelDrop::ForeignTable => (
                "42704",
                "foreign table",
                "a foreign table",
                "Use DROP FOREIGN TABLE to remove a foreign table.",
            ),
        }
    }
}

/// 3F000 for a schema that does not exist (NOTICE with IF EXISTS); `Ok(false)` = skip the name.
fn check_schema(ctx: &mut Ctx<'_>, name: &ObjName, if_exists: bool) -> Result<bool, PgError> {
    if let Some(s) = name.schema() {
        if !ctx.catalog.has_schema(s) {
            if if_exists {
                ctx.notice("00000", format!("schema \"{s}\" does not exist, skipping"));
                return Ok(false);
            }
            return Err(errors::schema_does_not_exist(s));
        }
    }
    Ok(true)
}

/// `DROP TABLE/VIEW/MATERIALIZED VIEW/INDEX/SEQUENCE/FOREIGN TABLE [IF EXISTS] names [CASCADE]`.
pub(crate) fn drop_relations(
    ctx: &mut Ctx<'_>,
    kind: RelDrop,
    names: &[ObjName],
    if_exists: bool,
    cascade: bool,
) -> Result<(), PgError> {
    let (code, noun, _, _) = kind.strings();
    let mut originals = Vec::new();
    for name in names {
        if !check_schema(ctx, name, if_exists)? {
            continue;
        }
        match ctx.resolver().relation(name) {
            None => {
                if if_exists {
                    ctx.notice(
                        "00000",
                        format!("{noun} \"{}\" does not exist, skipping", name.name()),
                    );
                    continue;
                }
                return Err(PgError::new(
                    code,
                    format!("{noun} \"{}\" does not exist", name.name()),
                ));
            }
            Some(RelRef::System) => {
                // system catalogs cannot be dropped; not modelled
                ctx.partial();
            }
            Some(RelRef::User(q)) => {
                let actual = RelDrop::of(ctx.catalog.relations[&q].kind);
                if actual != kind {
                    let (_, _, nota, _) = kind.strings();
                    let (_, _, _, hint) = actual.strings();
                    return Err(PgError::new(
                        "42809",
                        format!("\"{}\" is not {nota}", name.name()),
                    )
                    .with_hint(hint));
                }
                let o = Obj::Rel(q);
                if !originals.contains(&o) {
                    originals.push(o);
                }
            }
        }
    }
    drop_objects(ctx, &originals, cascade)
}

/// `DROP SCHEMA [IF EXISTS] names [CASCADE]`.
fn drop_schemas(
    ctx: &mut Ctx<'_>,
    names: &[ObjName],
    if_exists: bool,
    cascade: bool,
) -> Result<(), PgError> {
    let mut originals = Vec::new();
    for n in names {
        let s = n.name().to_string();
        if s == "pg_catalog" {
            return Err(PgError::new(
                "2BP01",
                "cannot drop schema pg_catalog because it is required by the database system",
            ));
        }
        if crate::catalog::is_system_schema(&s) {
            ctx.partial();
            continue;
        }
        if !ctx.catalog.schemas.contains_key(&s) {
            if if_exists {
                ctx.notice("00000", format!("schema \"{s}\" does not exist, skipping"));
                continue;
            }
            return Err(errors::schema_does_not_exist(&s));
        }
        let o = Obj::Schema(s);
        if !originals.contains(&o) {
            originals.push(o);
        }
    }
    drop_objects(ctx, &originals, cascade)
}

/// `DROP TYPE` / `DROP DOMAIN`.
fn drop_types(
    ctx: &mut Ctx<'_>,
    names: &[ObjName],
    if_exists: bool,
    cascade: bool,
    domain: bool,
) -> Result<(), PgError> {
    let mut originals = Vec::new();
    for n in names {
        if !check_schema(ctx, n, if_exists)? {
            continue;
        }
        let written = n.0.join(".");
        let user = ctx.resolver().user_type(n);
        let builtin = describe::named_type_key(ctx, n).filter(|k| !k.contains('.'));
        match user {
            Some(q) if builtin.is_none() => {
                if domain && !matches!(ctx.catalog.types[&q].kind, TypeKind::Domain { .. }) {
                    return Err(PgError::new(
                        "42809",
                        format!("\"{written}\" is not a domain"),
                    ));
                }
                let o = Obj::Type(q);
                if !originals.contains(&o) {
                    originals.push(o);
                }
            }
            _ => {
                if let Some(b) = builtin {
                    if domain {
                        return Err(PgError::new(
                            "42809",
                            format!("\"{written}\" is not a domain"),
                        ));
                    }
                    return Err(PgError::new(
                        "2BP01",
                        format!(
                            "cannot drop type {b} because it is required by the database system"
                        ),
                    ));
                }
                // the row type of a relation
                if let Some(RelRef::User(q)) = ctx.resolver().relation(n) {
                    let r = &ctx.catalog.relations[&q];
                    if !matches!(r.kind, RelKind::Index | RelKind::Sequence) {
                        if domain {
                            return Err(PgError::new(
                                "42809",
                                format!("\"{written}\" is not a domain"),
                            ));
                        }
                        let names = Names::of(ctx);
                        let ty = names.format_type(&describe::type_key_of(&q));
                        let owner = names.describe(&Obj::Rel(q.clone()));
                        return Err(PgError::new(
                            "2BP01",
                            format!("cannot drop type {ty} because {owner} requires it"),
                        )
                        .with_hint(format!("You can drop {owner} instead.")));
                    }
                }
                if if_exists {
                    ctx.notice(
                        "00000",
                        format!("type \"{written}\" does not exist, skipping"),
                    );
                    continue;
                }
                return Err(errors::type_does_not_exist(&written));
            }
        }
    }
    drop_objects(ctx, &originals, cascade)
}

/// `DROP FUNCTION` / `DROP PROCEDURE`.
fn drop_functions(
    ctx: &mut Ctx<'_>,
    descs: &[FunctionDesc],
    if_exists: bool,
    cascade: bool,
    procedure: bool,
) -> Result<(), PgError> {
    let what = if procedure { "procedure" } else { "function" };
    let mut originals = Vec::new();
    for d in descs {
        let n = fold_name(&d.name);
        if !check_schema(ctx, &n, if_exists)? {
            continue;
        }
        let written = n.0.join(".");
        let found = match &d.args {
            None => {
                let candidates = lookup_by_name(ctx, &n);
                match candidates.len() {
                    0 => {
                        if if_exists {
                            ctx.notice(
                                "00000",
                                format!("{what} {written}() does not exist, skipping"),
                            );
                            continue;
                        }
                        return Err(PgError::new(
                            "42883",
                            format!("could not find a {what} named \"{written}\""),
                        ));
                    }
                    1 => candidates.into_iter().next().expect("one"),
                    _ => {
                        return Err(PgError::new(
                            "42725",
                            format!("{what} name \"{written}\" is not unique"),
                        )
                        .with_hint(format!(
                            "Specify the argument list to select the {what} unambiguously."
                        )))
                    }
                }
            }
            Some(args) => {
                let args: Vec<_> = args
                    .iter()
                    .filter(|a| !matches!(a.mode, Some(ArgMode::Out)))
                    .collect();
                let mut keys = Vec::new();
                let mut missing_type = None;
                for a in &args {
                    match type_key(ctx, &a.data_type) {
                        Ok(k) => keys.push(k),
                        Err(e) => {
                            missing_type = Some(e);
                            break;
                        }
                    }
                }
                if let Some(e) = missing_type {
                    if if_exists {
                        let msg = format!("{}, skipping", e.message);
                        ctx.notice("00000", msg);
                        continue;
                    }
                    return Err(e);
                }
                match lookup_exact(ctx, &n, &keys) {
                    Some(i) => i,
                    None => {
                        if if_exists {
                            let g: Vec<String> = args
                                .iter()
                                .map(|a| grammar_type_name(&a.data_type))
                                .collect();
                            ctx.notice(
                                "00000",
                                format!(
                                    "{what} {written}({}) does not exist, skipping",
                                    g.join(",")
                                ),
                            );
                            continue;
                        }
                        let names = Names::of(ctx);
                        let shown: Vec<String> =
                            keys.iter().map(|k| names.format_type(k)).collect();
                        return Err(PgError::new(
                            "42883",
                            format!("{what} {written}({}) does not exist", shown.join(", ")),
                        ));
                    }
                }
            }
        };
        let f = &ctx.catalog.functions[found];
        if f.is_procedure != procedure {
            let names = Names::of(ctx);
            let shown: Vec<String> = f.arg_types.iter().map(|k| names.format_type(k)).collect();
            return Err(PgError::new(
                "42809",
                format!("{written}({}) is not a {what}", shown.join(", ")),
            ));
        }
        let o = Obj::Function(f.name.clone(), f.arg_types.clone());
        if !originals.contains(&o) {
            originals.push(o);
        }
    }
    drop_objects(ctx, &originals, cascade)
}

/// Functions named `n` in its schema, or in the first schema of the search path that has any.
pub(crate) fn lookup_by_name(ctx: &Ctx<'_>, n: &ObjName) -> Vec<usize> {
    let in_schema = |s: &str| -> Vec<usize> {
        ctx.catalog
            .functions
            .iter()
            .enumerate()
            .filter(|(_, f)| f.name.schema == s && f.name.name == n.name())
            .map(|(i, _)| i)
            .collect()
    };
    match n.schema() {
        Some(s) => in_schema(s),
        None => {
            let names = Names::of(ctx);
            let mut all = Vec::new();
            for s in names.path_schemas() {
                all.extend(in_schema(s));
            }
            all
        }
    }
}

/// The function `n(keys)`: in its schema, or the first in the search path.
pub(crate) fn lookup_exact(ctx: &Ctx<'_>, n: &ObjName, keys: &[String]) -> Option<usize> {
    let find = |s: &str| {
        ctx.catalog
            .functions
            .iter()
            .position(|f| f.name.schema == s && f.name.name == n.name() && f.arg_types == keys)
    };
    match n.schema() {
        Some(s) => find(s),
        None => Names::of(ctx).path_schemas().find_map(find),
    }
}

/// `DROP TRIGGER [IF EXISTS] name ON table [CASCADE]`.
fn drop_trigger(
    ctx: &mut Ctx<'_>,
    name: &ObjName,
    table: &ObjName,
    if_exists: bool,
    cascade: bool,
) -> Result<(), PgError> {
    if !check_schema(ctx, table, if_exists)? {
        return Ok(());
    }
    let Some(RelRef::User(q)) = ctx.resolver().relation(table) else {
        if if_exists {
            ctx.notice(
                "00000",
                format!("relation \"{}\" does not exist, skipping", table.name()),
            );
            return Ok(());
        }
        return Err(errors::relation_does_not_exist(table.name()));
    };
    let tname = name.name().to_string();
    let exists = ctx.catalog.relations[&q]
        .triggers
        .iter()
        .any(|t| t.name == tname);
    if !exists {
        if if_exists {
            ctx.notice(
                "00000",
                format!(
                    "trigger \"{tname}\" for relation \"{}\" does not exist, skipping",
                    q.name
                ),
            );
            return Ok(());
        }
        return Err(PgError::new(
            "42704",
            format!(
                "trigger \"{tname}\" for table \"{}\" does not exist",
                q.name
            ),
        ));
    }
    drop_objects(ctx, &[Obj::Trigger(q, tname)], cascade)
}

/// `DROP EXTENSION [IF EXISTS] names [CASCADE]`.
fn drop_extensions(
    ctx: &mut Ctx<'_>,
    names: &[String],
    if_exists: bool,
    cascade: bool,
) -> Result<(), PgError> {
    let mut originals = Vec::new();
    for n in names {
        if !ctx.catalog.extensions.contains_key(n) {
            if if_exists {
                ctx.notice(
                    "00000",
                    format!("extension \"{n}\" does not exist, skipping"),
                );
                continue;
            }
            return Err(PgError::new(
                "42704",
                format!("extension \"{n}\" does not exist"),
            ));
        }
        if n == "plpgsql" {
            // functions in the language depend on it; not modelled
            ctx.partial();
        }
        let has_opclasses = matches!(
            n.as_str(),
            "pg_trgm"
                | "btree_gin"
                | "btree_gist"
                | "hstore"
                | "ltree"
                | "intarray"
                | "cube"
                | "seg"
                | "isn"
                | "citext"
        );
        if has_opclasses && ctx.catalog.relations.values().any(|r| r.index.is_some()) {
            // indexes using the extension's operator classes depend on it; not modelled
            ctx.partial();
        }
        let o = Obj::Extension(n.clone());
        if !originals.contains(&o) {
            originals.push(o);
        }
    }
    drop_objects(ctx, &originals, cascade)
}

/// A relation name as written → its catalog name, for callers holding an `ObjectName`.
#[allow(dead_code)]
pub(crate) fn relation_of(ctx: &Ctx<'_>, name: &ObjectName) -> Option<QualName> {
    match ctx.resolver().relation(&fold_name(name))? {
        RelRef::User(q) => Some(q),
        RelRef::System => None,
    }
}
