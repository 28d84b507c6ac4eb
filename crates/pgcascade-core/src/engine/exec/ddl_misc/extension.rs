//! CREATE EXTENSION: the extensions that ship with PostgreSQL, their required extensions
//! (CASCADE), and the functions and types they create.

use sqlparser::ast::CreateExtension;

use super::ext_data::{ExtDef, EXTENSIONS};
use crate::catalog::{Extension, Function, QualName, TypeDef, TypeKind};
use crate::engine::errors;
use crate::engine::exec::{Ctx, ExecResult};
use crate::response::PgError;
use crate::sql::{fold_ident, ObjName};

fn def(ctx: &Ctx<'_>, name: &str) -> Option<&'static ExtDef> {
    EXTENSIONS
        .iter()
        .find(|e| e.name == name && if ctx.pg_version >= 18 { e.on.1 } else { e.on.0 })
}

/// The extensions `name` requires (empty for an unknown one).
pub(crate) fn extension_requires(name: &str) -> &'static [&'static str] {
    EXTENSIONS
        .iter()
        .find(|e| e.name == name)
        .map_or(&[], |e| e.requires)
}

/// 0A000 for an extension the server does not have (PostgreSQL 15 names the control file).
fn not_available(ctx: &Ctx<'_>, name: &str) -> PgError {
    let e = PgError::new("0A000", format!("extension \"{name}\" is not available")).with_hint(
        "The extension must first be installed on the system where PostgreSQL is running.",
    );
    if ctx.pg_version >= 18 {
        e
    } else {
        e.with_detail(format!(
            "Could not open extension control file \"/usr/share/postgresql/{}/extension/{name}.control\": No such file or directory.",
            ctx.pg_version
        ))
    }
}

pub fn create_extension(ctx: &mut Ctx<'_>, e: &CreateExtension) -> ExecResult {
    let name = fold_ident(&e.name);
    if ctx.catalog.extensions.contains_key(&name) {
        if e.if_not_exists {
            ctx.notice(
                "42710",
                format!("extension \"{name}\" already exists, skipping"),
            );
            return Ok("CREATE EXTENSION".into());
        }
        return Err(PgError::new(
            "42710",
            format!("extension \"{name}\" already exists"),
        ));
    }
    if e.version.is_some() {
        // other versions' scripts are not modelled
        ctx.partial();
    }
    let schema = e.schema.as_ref().map(fold_ident);
    install(ctx, &name, schema.as_deref(), e.cascade, &mut Vec::new())?;
    Ok("CREATE EXTENSION".into())
}

/// `CreateExtensionInternal`: control file, schema, required extensions, then the script.
fn install(
    ctx: &mut Ctx<'_>,
    name: &str,
    schema: Option<&str>,
    cascade: bool,
    parents: &mut Vec<String>,
) -> Result<(), PgError> {
    let Some(d) = def(ctx, name) else {
        return Err(not_available(ctx, name));
    };
    let target_schema = match (schema, d.schema) {
        (Some(s), Some(fixed)) if s != fixed => {
            // the wording of this error is not recorded
            ctx.partial();
            return Err(PgError::new(
                "0A000",
                format!("extension \"{name}\" must be installed in schema \"{fixed}\""),
            ));
        }
        (Some(s), _) => {
            if !ctx.catalog.has_schema(s) {
                return Err(errors::schema_does_not_exist(s));
            }
            s.to_string()
        }
        (None, Some(fixed)) => fixed.to_string(),
        (None, None) => ctx
            .resolver()
            .creation_schema(&ObjName::unqualified(name))?,
    };
    parents.push(name.to_string());
    for req in d.requires {
        if ctx.catalog.extensions.contains_key(*req) {
            continue;
        }
        if parents.iter().any(|p| p == req) {
            ctx.partial();
            continue;
        }
        if !cascade {
            return Err(PgError::new(
                "42704",
                format!("required extension \"{req}\" is not installed"),
            )
            .with_hint("Use CREATE EXTENSION ... CASCADE to install required extensions too."));
        }
        ctx.notice("00000", format!("installing required extension \"{req}\""));
        install(ctx, req, schema, cascade, parents)?;
    }
    parents.pop();
    let oid = ctx.oid();
    let version = if ctx.pg_version >= 18 {
        d.version.1
    } else {
        d.version.0
    };
    ctx.catalog.extensions.insert(
        name.to_string(),
        Extension {
            name: name.to_string(),
            schema: target_schema.clone(),
            oid,
            version: version.to_string(),
            comment: None,
        },
    );
    add_members(ctx, d, &target_schema);
    Ok(())
}

/// Split `name(a, b) result` into its parts.
fn parse_signature(line: &str) -> Option<(&str, Vec<String>, &str)> {
    let open = line.find('(')?;
    let close = line.find(')')?;
    let name = &line[..open];
    let args: Vec<String> = line[open + 1..close]
        .split(", ")
        .filter(|a| !a.is_empty())
        .map(str::to_string)
        .collect();
    Some((name, args, line[close + 1..].trim()))
}

/// The functions and types the extension's script creates, in its schema.
fn add_members(ctx: &mut Ctx<'_>, d: &ExtDef, schema: &str) {
    let mut created_types: Vec<String> = Vec::new();
    for line in d.members.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let (kind, rest) = line.split_at(1);
        let rest = rest.trim();
        match kind {
            "t" => {
                let (tname, typtype) = rest.rsplit_once(' ').unwrap_or((rest, "b"));
                let kind = match typtype {
                    "c" => TypeKind::Composite {
                        attributes: Vec::new(),
                    },
                    "d" => TypeKind::Domain {
                        base: String::new(),
                        not_null: false,
                        checks: Vec::new(),
                    },
                    _ => TypeKind::Other,
                };
                let oid = ctx.oid();
                let q = QualName::new(schema, tname);
                let mut t = TypeDef::new(q.clone(), kind, oid);
                t.extension = Some(d.name.to_string());
                created_types.push(tname.to_string());
                ctx.catalog.types.insert(q, t);
            }
            "f" | "p" | "a" | "w" => {
                let Some((fname, args, ret)) = parse_signature(rest) else {
                    continue;
                };
                // the extension's own types are named by key (schema.name)
                let key = |t: &str| {
                    let (base, arr) = match t.strip_suffix("[]") {
                        Some(b) => (b, "[]"),
                        None => (t, ""),
                    };
                    if created_types.iter().any(|c| c == base) {
                        format!("{schema}.{base}{arr}")
                    } else {
                        t.to_string()
                    }
                };
                let args: Vec<String> = args.iter().map(|a| key(a)).collect();
                let oid = ctx.oid();
                let mut f = Function::new(QualName::new(schema, fname), args, Some(key(ret)), oid);
                f.is_procedure = kind == "p";
                f.language = "c".into();
                f.extension = Some(d.name.to_string());
                ctx.catalog.functions.push(f);
            }
            _ => {}
        }
    }
}
