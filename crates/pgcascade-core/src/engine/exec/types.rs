//! CREATE TYPE (enum, composite, range), ALTER TYPE, CREATE DOMAIN.
//!
//! Labels added by `ALTER TYPE … ADD VALUE` are recorded in `ctx.effects.new_enum_labels` (and
//! enums created in the transaction in `new_enum_types`): using such a label before COMMIT is
//! 55P04, which [`unsafe_enum_use`] builds for the commands that use values.

use std::collections::BTreeSet;

use sqlparser::ast::{
    AlterType, AlterTypeAddValuePosition, AlterTypeOperation, CreateDomain, Statement,
    TableConstraint, UserDefinedTypeRangeOption, UserDefinedTypeRepresentation,
};

use super::drop::describe::{at, type_key_of, type_location, Names};
use super::resolve::RelRef;
use super::{Ctx, ExecResult};
use crate::catalog::{QualName, TypeDef, TypeKind, NAMEDATALEN};
use crate::engine::errors;
use crate::response::PgError;
use crate::sql::{fold_ident, fold_name, ObjName};

pub fn run(ctx: &mut Ctx<'_>, stmt: &Statement) -> ExecResult {
    match stmt {
        Statement::CreateType {
            name,
            representation,
        } => create_type(ctx, &fold_name(name), representation.as_ref()),
        Statement::AlterType(at) => alter_type(ctx, at),
        Statement::CreateDomain(d) => create_domain(ctx, d),
        _ => unreachable!("dispatched by exec::run"),
    }
}

/// 55P04 when `label` of enum `type_name` was added in this transaction and is not safe to use
/// yet. On PostgreSQL 18 a label added to an enum created in the same transaction is safe;
/// on 15 it is not. The labels an enum was created with are always safe.
#[allow(dead_code)] // called where values are used (DML, casts)
pub fn unsafe_enum_use(ctx: &Ctx, type_name: &QualName, label: &str) -> Option<PgError> {
    let added = ctx
        .effects
        .new_enum_labels
        .iter()
        .any(|(t, l)| t == type_name && l == label);
    if !added {
        return None;
    }
    if ctx.pg_version >= 18 && ctx.effects.new_enum_types.contains(type_name) {
        return None;
    }
    let shown = Names::of(ctx).format_type(&type_key_of(type_name));
    Some(
        PgError::new(
            "55P04",
            format!("unsafe use of new value \"{label}\" of enum type {shown}"),
        )
        .with_hint("New enum values must be committed before they can be used."),
    )
}

/// 42710 when the schema already has a type of that name (a relation's row type counts).
fn check_type_free(ctx: &Ctx<'_>, q: &QualName) -> Result<(), PgError> {
    if Names::of(ctx).has_type(&q.schema, &q.name) {
        return Err(errors::type_exists(&q.name));
    }
    Ok(())
}

/// 42602 for an enum label longer than 63 bytes.
fn check_label(label: &str) -> Result<(), PgError> {
    if label.len() > NAMEDATALEN - 1 {
        return Err(
            PgError::new("42602", format!("invalid enum label \"{label}\""))
                .with_detail(format!("Labels must be {} bytes or less.", NAMEDATALEN - 1)),
        );
    }
    Ok(())
}

fn create_type(
    ctx: &mut Ctx<'_>,
    name: &ObjName,
    representation: Option<&UserDefinedTypeRepresentation>,
) -> ExecResult {
    let q = ctx.resolver().qualify_new(name)?;
    let kind = match representation {
        Some(UserDefinedTypeRepresentation::Enum { labels }) => {
            check_type_free(ctx, &q)?;
            let mut seen = BTreeSet::new();
            let mut out = Vec::new();
            for l in labels {
                let l = l.value.clone();
                check_label(&l)?;
                if !seen.insert(l.clone()) {
                    // the real DETAIL names the new type's OID, which the simulation cannot know
                    ctx.partial();
                    return Err(PgError::new(
                        "23505",
                        "duplicate key value violates unique constraint \"pg_enum_typid_label_index\"",
                    ));
                }
                out.push(l);
            }
            TypeKind::Enum { labels: out }
        }
        Some(UserDefinedTypeRepresentation::Composite { attributes }) => {
            check_type_free(ctx, &q)?;
            let mut out: Vec<(String, String)> = Vec::new();
            for a in attributes {
                let n = fold_ident(&a.name);
                let t = ctx.resolver().type_name(&a.data_type)?;
                if out.iter().any(|(x, _)| *x == n) {
                    return Err(PgError::new(
                        "42701",
                        format!("column \"{n}\" specified more than once"),
                    ));
                }
                out.push((n, t));
            }
            TypeKind::Composite { attributes: out }
        }
        Some(UserDefinedTypeRepresentation::Range { options }) => {
            check_type_free(ctx, &q)?;
            let mut subtype = false;
            for o in options {
                match o {
                    UserDefinedTypeRangeOption::Subtype(dt) => {
                        ctx.resolver().type_name(dt)?;
                        subtype = true;
                    }
                    _ => ctx.partial(),
                }
            }
            if !subtype {
                ctx.partial();
            }
            // the multirange type and constructor functions are not modelled
            ctx.partial();
            TypeKind::Range
        }
        Some(UserDefinedTypeRepresentation::SqlDefinition { .. }) => {
            // base types (INPUT/OUTPUT functions) are not modelled
            ctx.partial();
            TypeKind::Other
        }
        None => {
            // a shell type
            check_type_free(ctx, &q)?;
            TypeKind::Other
        }
    };
    let is_enum = matches!(kind, TypeKind::Enum { .. });
    let oid = ctx.oid();
    ctx.catalog
        .types
        .insert(q.clone(), TypeDef::new(q.clone(), kind, oid));
    if is_enum {
        ctx.effects.new_enum_types.push(q);
    }
    Ok("CREATE TYPE".into())
}

/// The user type ALTER TYPE names; 42809 for a relation's row type, 42704 when missing.
fn altered_type(ctx: &Ctx<'_>, n: &ObjName, rename: bool) -> Result<QualName, PgError> {
    if let Some(s) = n.schema() {
        if !ctx.catalog.has_schema(s) {
            return Err(errors::schema_does_not_exist(s));
        }
    }
    if let Some(q) = ctx.resolver().user_type(n) {
        return Ok(q);
    }
    if let Some(RelRef::User(q)) = ctx.resolver().relation(n) {
        if ctx.catalog.relations[&q].kind.has_columns() {
            let shown = Names::of(ctx).format_type(&type_key_of(&q));
            return Err(if rename {
                PgError::new("42809", format!("{shown} is a table's row type"))
                    .with_hint("Use ALTER TABLE instead.")
            } else {
                PgError::new("42809", format!("{shown} is not an enum"))
            });
        }
    }
    Err(errors::type_does_not_exist(&n.0.join(".")))
}

fn not_an_enum(ctx: &Ctx<'_>, q: &QualName) -> PgError {
    let shown = Names::of(ctx).format_type(&type_key_of(q));
    PgError::new("42809", format!("{shown} is not an enum"))
}

fn alter_type(ctx: &mut Ctx<'_>, at: &AlterType) -> ExecResult {
    let n = fold_name(&at.name);
    match &at.operation {
        AlterTypeOperation::AddValue(av) => {
            let q = altered_type(ctx, &n, false)?;
            let TypeKind::Enum { labels } = &ctx.catalog.types[&q].kind else {
                return Err(not_an_enum(ctx, &q));
            };
            let label = av.value.value.clone();
            check_label(&label)?;
            if av.if_not_exists && labels.contains(&label) {
                ctx.notice(
                    "42710",
                    format!("enum label \"{label}\" already exists, skipping"),
                );
                return Ok("ALTER TYPE".into());
            }
            if labels.contains(&label) {
                return Err(PgError::new(
                    "42710",
                    format!("enum label \"{label}\" already exists"),
                ));
            }
            let pos = match &av.position {
                None => labels.len(),
                Some(
                    AlterTypeAddValuePosition::Before(nb) | AlterTypeAddValuePosition::After(nb),
                ) => {
                    let Some(i) = labels.iter().position(|l| *l == nb.value) else {
                        return Err(PgError::new(
                            "22023",
                            format!("\"{}\" is not an existing enum label", nb.value),
                        ));
                    };
                    if matches!(av.position, Some(AlterTypeAddValuePosition::After(_))) {
                        i + 1
                    } else {
                        i
                    }
                }
            };
            if let Some(TypeKind::Enum { labels }) =
                ctx.catalog.types.get_mut(&q).map(|t| &mut t.kind)
            {
                labels.insert(pos, label.clone());
            }
            ctx.effects.new_enum_labels.push((q, label));
            Ok("ALTER TYPE".into())
        }
        AlterTypeOperation::RenameValue(rv) => {
            let q = altered_type(ctx, &n, false)?;
            let TypeKind::Enum { labels } = &ctx.catalog.types[&q].kind else {
                return Err(not_an_enum(ctx, &q));
            };
            let (from, to) = (rv.from.value.clone(), rv.to.value.clone());
            check_label(&to)?;
            let Some(i) = labels.iter().position(|l| *l == from) else {
                return Err(PgError::new(
                    "22023",
                    format!("\"{from}\" is not an existing enum label"),
                ));
            };
            if labels.contains(&to) {
                return Err(PgError::new(
                    "42710",
                    format!("enum label \"{to}\" already exists"),
                ));
            }
            if let Some(TypeKind::Enum { labels }) =
                ctx.catalog.types.get_mut(&q).map(|t| &mut t.kind)
            {
                labels[i] = to.clone();
            }
            // a label added in this transaction stays unsafe under its new name
            for (t, l) in ctx.effects.new_enum_labels.iter_mut() {
                if *t == q && *l == from {
                    *l = to.clone();
                }
            }
            Ok("ALTER TYPE".into())
        }
        AlterTypeOperation::Rename(r) => {
            let q = altered_type(ctx, &n, true)?;
            let new = QualName::new(&q.schema, &fold_ident(&r.new_name));
            check_type_free(ctx, &new)?;
            rename_type(ctx, &q, &new);
            Ok("ALTER TYPE".into())
        }
    }
}

/// Rename a user type everywhere the catalog names it.
fn rename_type(ctx: &mut Ctx<'_>, old: &QualName, new: &QualName) {
    // columns name their type unqualified (as the search path showed it) or qualified
    let visible = Names::of(ctx).visible_type(&old.name).as_ref() == Some(old);
    let renamed = |t: &str| -> Option<String> {
        let (base, rest) = match t.find(['(', '[']) {
            Some(i) => (&t[..i], &t[i..]),
            None => (t, ""),
        };
        let qualified = format!("{}.{}", old.schema, old.name);
        if base == qualified {
            Some(format!("{}.{}{rest}", new.schema, new.name))
        } else if base == old.name && visible {
            Some(format!("{}{rest}", new.name))
        } else {
            None
        }
    };
    let old_key = type_key_of(old);
    let new_key = type_key_of(new);
    let rekey = |k: &mut String| {
        if let Some(rest) = k.strip_prefix(&old_key) {
            if rest.is_empty() || rest.starts_with('[') {
                *k = format!("{new_key}{rest}");
            }
        }
    };
    for r in ctx.catalog.relations.values_mut() {
        for c in r.columns.iter_mut() {
            if let Some(t) = renamed(&c.type_name) {
                c.type_name = t;
            }
        }
    }
    for t in ctx.catalog.types.values_mut() {
        match &mut t.kind {
            TypeKind::Domain { base, .. } => {
                if let Some(b) = renamed(base) {
                    *base = b;
                }
            }
            TypeKind::Composite { attributes } => {
                for (_, ty) in attributes.iter_mut() {
                    if let Some(b) = renamed(ty) {
                        *ty = b;
                    }
                }
            }
            _ => {}
        }
    }
    for f in ctx.catalog.functions.iter_mut() {
        f.arg_types.iter_mut().for_each(rekey);
        if let Some(r) = f.returns.as_mut() {
            if let Some(inner) = r.strip_prefix("setof ") {
                let mut k = inner.to_string();
                rekey(&mut k);
                *r = format!("setof {k}");
            } else {
                rekey(r);
            }
        }
    }
    if let Some(mut t) = ctx.catalog.types.remove(old) {
        t.name = new.clone();
        ctx.catalog.types.insert(new.clone(), t);
    }
    for t in ctx.effects.new_enum_types.iter_mut() {
        if t == old {
            *t = new.clone();
        }
    }
    for (t, _) in ctx.effects.new_enum_labels.iter_mut() {
        if t == old {
            *t = new.clone();
        }
    }
}

/// `CREATE DOMAIN name AS type [DEFAULT …] [CONSTRAINT c] CHECK (…)`.
fn create_domain(ctx: &mut Ctx<'_>, d: &CreateDomain) -> ExecResult {
    create_domain_with(ctx, d, false)
}

/// CREATE DOMAIN with `NOT NULL` (which `sqlparser` does not read: the caller takes it off and
/// says so with `not_null`).
pub(crate) fn create_domain_with(
    ctx: &mut Ctx<'_>,
    d: &CreateDomain,
    not_null: bool,
) -> ExecResult {
    let n = fold_name(&d.name);
    let q = ctx.resolver().qualify_new(&n)?;
    let base = ctx.resolver().type_name(&d.data_type).map_err(|e| {
        // PostgreSQL 18 points at the type
        match type_location(&d.data_type) {
            Some(loc) if ctx.pg_version >= 18 => at(e, ctx.text, loc),
            _ => e,
        }
    })?;
    check_type_free(ctx, &q)?;
    if d.collation.is_some() {
        ctx.partial();
    }
    let mut checks = Vec::new();
    let mut check_names: Vec<String> = Vec::new();
    for c in &d.constraints {
        match c {
            TableConstraint::Check(cc) => {
                let name = match &cc.name {
                    Some(n) => fold_ident(n),
                    None => crate::catalog::generated_name(&q.name, None, "check", |x| {
                        check_names.iter().any(|c| c == x)
                    }),
                };
                checks.push(cc.expr.to_string());
                check_names.push(name);
            }
            _ => ctx.partial(),
        }
    }
    let oid = ctx.oid();
    let mut t = TypeDef::new(
        q.clone(),
        TypeKind::Domain {
            base,
            not_null,
            checks,
        },
        oid,
    );
    t.check_names = check_names;
    t.default = d.default.as_ref().map(ToString::to_string);
    ctx.catalog.types.insert(q, t);
    Ok("CREATE DOMAIN".into())
}

#[cfg(test)]
mod tests {
    use crate::engine::{ServerConfig, Session};
    use crate::response::{Outcome, Response};

    fn session(pg_version: u32) -> Session {
        Session::new(ServerConfig { pg_version })
    }

    fn ok(s: &mut Session, sql: &str) -> Response {
        let r = s.execute(sql).response;
        assert_eq!(r.outcome, Outcome::Ok, "{sql}: {:?}", r.error);
        r
    }

    fn err(s: &mut Session, sql: &str) -> (String, String, Option<String>, Option<String>) {
        let r = s.execute(sql).response;
        let e = r
            .error
            .unwrap_or_else(|| panic!("{sql}: expected an error"));
        (e.sqlstate, e.message, e.detail, e.hint)
    }

    // tests/conformance/cases/035_enum_types.sql, 503_types_enum_composite_domain.sql
    #[test]
    fn enum_labels() {
        let mut s = session(15);
        ok(&mut s, "CREATE TYPE mood AS ENUM ('sad', 'happy');");
        ok(&mut s, "ALTER TYPE mood ADD VALUE 'ok' BEFORE 'happy';");
        let (code, msg, ..) = err(&mut s, "ALTER TYPE mood ADD VALUE 'ok';");
        assert_eq!(
            (code.as_str(), msg.as_str()),
            ("42710", "enum label \"ok\" already exists")
        );
        let r = ok(&mut s, "ALTER TYPE mood ADD VALUE IF NOT EXISTS 'ok';");
        assert_eq!(r.notices[0].sqlstate, "42710");
        assert_eq!(
            r.notices[0].message,
            "enum label \"ok\" already exists, skipping"
        );
        let (code, msg, ..) = err(&mut s, "ALTER TYPE mood ADD VALUE 'meh' AFTER 'nope';");
        assert_eq!(
            (code.as_str(), msg.as_str()),
            ("22023", "\"nope\" is not an existing enum label")
        );
        ok(&mut s, "ALTER TYPE mood RENAME VALUE 'sad' TO 'blue';");
        let (code, msg, ..) = err(&mut s, "CREATE TYPE mood AS ENUM ('x');");
        assert_eq!(
            (code.as_str(), msg.as_str()),
            ("42710", "type \"mood\" already exists")
        );
        let q = crate::catalog::QualName::new("public", "mood");
        assert_eq!(
            s.catalog().types[&q].kind,
            crate::catalog::TypeKind::Enum {
                labels: vec!["blue".into(), "ok".into(), "happy".into()]
            }
        );
        let long = "a".repeat(70);
        let (code, msg, detail, _) = err(&mut s, &format!("ALTER TYPE mood ADD VALUE '{long}';"));
        assert_eq!(code, "42602");
        assert_eq!(msg, format!("invalid enum label \"{long}\""));
        assert_eq!(detail.as_deref(), Some("Labels must be 63 bytes or less."));
        let (code, msg, ..) = err(&mut s, "ALTER TYPE mood RENAME VALUE 'nope' TO 'z';");
        assert_eq!(
            (code.as_str(), msg.as_str()),
            ("22023", "\"nope\" is not an existing enum label")
        );
        let (code, msg, ..) = err(&mut s, "ALTER TYPE mood RENAME VALUE 'ok' TO 'happy';");
        assert_eq!(
            (code.as_str(), msg.as_str()),
            ("42710", "enum label \"happy\" already exists")
        );
    }

    // tests/conformance/cases/503_types_enum_composite_domain.sql
    #[test]
    fn type_errors() {
        let mut s = session(15);
        ok(&mut s, "CREATE TYPE comp AS (a int, b text);");
        ok(&mut s, "CREATE TABLE tt (id int);");
        let cases = [
            (
                "CREATE TYPE nosch.x AS ENUM ('a');",
                "3F000",
                "schema \"nosch\" does not exist",
                None,
            ),
            (
                "CREATE TYPE comp2 AS (a int, a text);",
                "42701",
                "column \"a\" specified more than once",
                None,
            ),
            (
                "CREATE TYPE comp2 AS (a int, b nosuch);",
                "42704",
                "type \"nosuch\" does not exist",
                None,
            ),
            (
                "ALTER TYPE nosuch ADD VALUE 'x';",
                "42704",
                "type \"nosuch\" does not exist",
                None,
            ),
            (
                "ALTER TYPE comp ADD VALUE 'x';",
                "42809",
                "comp is not an enum",
                None,
            ),
            (
                "ALTER TYPE comp RENAME VALUE 'a' TO 'b';",
                "42809",
                "comp is not an enum",
                None,
            ),
            (
                "ALTER TYPE tt RENAME TO tt2;",
                "42809",
                "tt is a table's row type",
                Some("Use ALTER TABLE instead."),
            ),
            (
                "ALTER TYPE tt ADD VALUE 'x';",
                "42809",
                "tt is not an enum",
                None,
            ),
            (
                "CREATE TYPE tt AS ENUM ('q');",
                "42710",
                "type \"tt\" already exists",
                None,
            ),
            (
                "CREATE DOMAIN d1 AS nosuch;",
                "42704",
                "type \"nosuch\" does not exist",
                None,
            ),
            (
                "CREATE TYPE rr2 AS RANGE (subtype = nosuch);",
                "42704",
                "type \"nosuch\" does not exist",
                None,
            ),
            (
                "DROP DOMAIN comp;",
                "42809",
                "\"comp\" is not a domain",
                None,
            ),
            (
                "DROP DOMAIN nosuch;",
                "42704",
                "type \"nosuch\" does not exist",
                None,
            ),
        ];
        for (sql, code, msg, hint) in cases {
            let (c, m, _, h) = err(&mut s, sql);
            assert_eq!(
                (c.as_str(), m.as_str(), h.as_deref()),
                (code, msg, hint),
                "{sql}"
            );
        }
        ok(&mut s, "CREATE TYPE \"Mood\" AS ENUM ('x');");
        let (code, msg, ..) = err(&mut s, "ALTER TYPE \"Mood\" RENAME TO comp;");
        assert_eq!(
            (code.as_str(), msg.as_str()),
            ("42710", "type \"comp\" already exists")
        );
        ok(&mut s, "ALTER TYPE \"Mood\" RENAME TO mood2;");
        ok(&mut s, "CREATE TYPE int4 AS ENUM ('q');");
        ok(&mut s, "CREATE DOMAIN d1 AS int;");
        let (code, msg, ..) = err(&mut s, "CREATE DOMAIN d1 AS int;");
        assert_eq!(
            (code.as_str(), msg.as_str()),
            ("42710", "type \"d1\" already exists")
        );
        ok(&mut s, "CREATE DOMAIN d2 AS d1;");
        ok(&mut s, "CREATE DOMAIN d3 AS mood2;");
        ok(&mut s, "CREATE TYPE rr AS RANGE (subtype = float8);");
        ok(&mut s, "DROP TYPE d2;");
        ok(&mut s, "DROP TYPE d1;");
        ok(&mut s, "CREATE TYPE shell;");
        ok(&mut s, "DROP TYPE shell;");
    }

    // tests/conformance/cases/036_domains.sql
    #[test]
    fn domain_check_names() {
        let mut s = session(15);
        ok(
            &mut s,
            "CREATE DOMAIN positive_int AS int CHECK (VALUE > 0);",
        );
        let q = crate::catalog::QualName::new("public", "positive_int");
        assert_eq!(
            s.catalog().types[&q].check_names,
            vec!["positive_int_check"]
        );
    }

    // tests/conformance/cases/500_enum_labels_new_in_tx.sql, 095_enum_new_type_same_tx.sql:
    // labels added in the transaction stay unsafe through RENAME VALUE and RENAME TO; on 18 they
    // are safe when the enum was created in the same transaction; the labels an enum was
    // created with are always safe
    #[test]
    fn new_labels_are_tracked_through_renames() {
        use crate::catalog::{Catalog, QualName};
        use crate::engine::exec::{run, Ctx, TxEffects};
        use crate::engine::Settings;
        for (pg, create_in_tx) in [(15, true), (18, true), (15, false), (18, false)] {
            let mut catalog = Catalog::new_database();
            let mut settings = Settings::default();
            let mut effects = TxEffects::default();
            let mut oid = 16384;
            let mut ctx = Ctx {
                text: "",
                ctes: Vec::new(),
                catalog: &mut catalog,
                settings: &mut settings,
                effects: &mut effects,
                notices: Vec::new(),
                pg_version: pg,
                in_block: true,
                explicit_block: true,
                next_oid: &mut oid,
                data_dependent: None,
                coverage: crate::trace::Coverage::Full,
            };
            let exec = |ctx: &mut Ctx<'_>, sql: &str| {
                let cmd = crate::sql::parse::parse(sql, pg).expect("parses");
                run(ctx, &cmd).expect("runs")
            };
            exec(&mut ctx, "CREATE TYPE e AS ENUM ('a');");
            if !create_in_tx {
                // committed before the transaction that adds the label
                ctx.effects.new_enum_types.clear();
            }
            exec(&mut ctx, "ALTER TYPE e ADD VALUE 'b';");
            exec(&mut ctx, "ALTER TYPE e RENAME VALUE 'b' TO 'c';");
            exec(&mut ctx, "ALTER TYPE e RENAME TO e2;");
            let q = QualName::new("public", "e2");
            assert!(super::unsafe_enum_use(&ctx, &q, "a").is_none());
            let e = super::unsafe_enum_use(&ctx, &q, "c");
            if pg >= 18 && create_in_tx {
                assert!(e.is_none());
            } else {
                let e = e.expect("55P04");
                assert_eq!(e.sqlstate, "55P04");
                assert_eq!(e.message, "unsafe use of new value \"c\" of enum type e2");
                assert_eq!(
                    e.hint.as_deref(),
                    Some("New enum values must be committed before they can be used.")
                );
            }
        }
    }
}
