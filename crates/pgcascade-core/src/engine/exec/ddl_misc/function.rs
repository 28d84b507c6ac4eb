//! CREATE [OR REPLACE] FUNCTION/PROCEDURE and CREATE [OR REPLACE] TRIGGER.

use sqlparser::ast::{
    ArgMode, CreateFunction, CreateFunctionBody, CreateTrigger, DataType, FunctionReturnType,
    Statement, TriggerEvent, TriggerObject, TriggerObjectKind, TriggerPeriod, Value,
};

use crate::catalog::{Function, QualName, RelKind, Trigger};
use crate::engine::errors;
use crate::engine::exec::drop::describe::{
    at, char_offset, grammar_type_name, locate_relation_error, type_key, type_location, Names,
};
use crate::engine::exec::drop::{lookup_by_name, lookup_exact};
use crate::engine::exec::query::relations_read;
use crate::engine::exec::{Ctx, ExecResult};
use crate::response::PgError;
use crate::sql::{fold_ident, fold_name};

/// Languages a new database has (`plpgsql` while its extension is installed).
fn language_exists(ctx: &Ctx<'_>, lang: &str) -> bool {
    match lang {
        "sql" | "c" | "internal" => true,
        other => ctx.catalog.extensions.contains_key(other),
    }
}

/// The key of a return type: `setof` + the element for SETOF.
fn return_key(ctx: &Ctx<'_>, dt: &DataType) -> Result<String, PgError> {
    match dt {
        DataType::Table(Some(cols)) => {
            if cols.len() == 1 {
                Ok(format!("setof {}", type_key(ctx, &cols[0].data_type)?))
            } else {
                for c in cols {
                    type_key(ctx, &c.data_type)?;
                }
                Ok("setof record".into())
            }
        }
        DataType::Trigger => Ok("trigger".into()),
        other => type_key(ctx, other),
    }
}

/// 42704 with the type name quoted as `compute_return_type` does.
fn return_type_error(dt: &DataType) -> PgError {
    errors::type_does_not_exist(&grammar_type_name(dt))
}

pub fn create_function(ctx: &mut Ctx<'_>, f: &CreateFunction) -> ExecResult {
    let is_procedure = false;
    create_routine(ctx, f, is_procedure)
}

/// `CreateFunction` then `ProcedureCreate`, in PostgreSQL's order of checks.
pub(crate) fn create_routine(
    ctx: &mut Ctx<'_>,
    f: &CreateFunction,
    is_procedure: bool,
) -> ExecResult {
    let tag = if is_procedure {
        "CREATE PROCEDURE"
    } else {
        "CREATE FUNCTION"
    };
    if f.temporary || f.or_alter || f.if_not_exists {
        ctx.partial();
    }
    let name = fold_name(&f.name);
    let q = ctx.resolver().qualify_new(&name)?;
    let language = f.language.as_ref().map(fold_ident);
    let is_atomic = matches!(
        f.function_body,
        Some(CreateFunctionBody::BeginAtomic(_) | CreateFunctionBody::Return(_))
    );
    let language = match language {
        Some(l) => l,
        None if is_atomic => "sql".into(),
        None => {
            ctx.partial();
            "sql".into()
        }
    };
    if !language_exists(ctx, &language) {
        return Err(PgError::new(
            "42704",
            format!("language \"{language}\" does not exist"),
        ));
    }
    // parameters: input types make the identity; OUT ones shape the result
    let mut arg_types = Vec::new();
    let mut arg_names = Vec::new();
    let mut out_types = Vec::new();
    for a in f.args.iter().flatten() {
        let key = type_key(ctx, &a.data_type).map_err(|_| {
            let e = PgError::new(
                "42704",
                format!("type {} does not exist", grammar_type_name(&a.data_type)),
            );
            // PostgreSQL 18 points at the type
            match type_location(&a.data_type) {
                Some(loc) if ctx.pg_version >= 18 => at(e, ctx.text, loc),
                _ => e,
            }
        })?;
        let name = a.name.as_ref().map(fold_ident).unwrap_or_default();
        match a.mode {
            Some(ArgMode::Out) => out_types.push(key),
            Some(ArgMode::InOut) => {
                out_types.push(key.clone());
                arg_types.push(key);
                arg_names.push(name);
            }
            _ => {
                arg_types.push(key);
                arg_names.push(name);
            }
        }
    }
    let returns = match &f.return_type {
        Some(FunctionReturnType::DataType(dt)) => {
            Some(return_key(ctx, dt).map_err(|_| return_type_error(dt))?)
        }
        Some(FunctionReturnType::SetOf(dt)) => Some(format!(
            "setof {}",
            return_key(ctx, dt).map_err(|_| return_type_error(dt))?
        )),
        None => match out_types.len() {
            0 if is_procedure => None,
            0 => {
                return Err(PgError::new(
                    "42P13",
                    "function result type must be specified",
                ))
            }
            1 => Some(out_types[0].clone()),
            _ => Some("record".into()),
        },
    };
    if is_procedure && !out_types.is_empty() {
        ctx.partial();
    }
    // the body: a SQL-standard body (BEGIN ATOMIC) is analysed now and recorded as dependencies
    let mut depends_on = Vec::new();
    match &f.function_body {
        Some(CreateFunctionBody::BeginAtomic(b)) => {
            for st in &b.statements {
                let rels = statement_relations(ctx, st)
                    .map_err(|e| locate_relation_error(ctx.text, st, e))?;
                depends_on.extend(rels);
            }
        }
        Some(CreateFunctionBody::Return(e)) => {
            let rels = relations_read(&ctx.resolver(), e)
                .map_err(|err| locate_relation_error(ctx.text, e, err))?;
            depends_on.extend(rels);
        }
        Some(CreateFunctionBody::AsBeforeOptions { body, .. })
        | Some(CreateFunctionBody::AsAfterOptions(body))
            if language == "sql" =>
        {
            check_sql_body(ctx, body)?;
        }
        _ => {}
    }
    depends_on.sort();
    depends_on.dedup();
    if let Some(i) = lookup_exact(
        ctx,
        &crate::sql::ObjName(vec![q.schema.clone(), q.name.clone()]),
        &arg_types,
    ) {
        let old = ctx.catalog.functions[i].clone();
        if !f.or_replace {
            return Err(PgError::new(
                "42723",
                format!(
                    "function \"{}\" already exists with same argument types",
                    q.name
                ),
            ));
        }
        if old.is_procedure != is_procedure {
            return Err(
                PgError::new("42809", "cannot change routine kind").with_detail(format!(
                    "\"{}\" is a {}.",
                    q.name,
                    if old.is_procedure {
                        "procedure"
                    } else {
                        "function"
                    }
                )),
            );
        }
        let drop_hint = format!(
            "Use DROP {} {} first.",
            if old.is_procedure {
                "PROCEDURE"
            } else {
                "FUNCTION"
            },
            Names::of(ctx).format_function(&old)
        );
        if old.returns != returns && old.extension.is_none() {
            return Err(
                PgError::new("42P13", "cannot change return type of existing function")
                    .with_hint(drop_hint),
            );
        }
        for (o, n) in old.arg_names.iter().zip(&arg_names) {
            if !o.is_empty() && o != n {
                return Err(PgError::new(
                    "42P13",
                    format!("cannot change name of input parameter \"{o}\""),
                )
                .with_hint(drop_hint));
            }
        }
        let g = &mut ctx.catalog.functions[i];
        g.arg_names = arg_names;
        g.language = language;
        g.depends_on = depends_on;
        return Ok(tag.into());
    }
    let oid = ctx.oid();
    let mut func = Function::new(q, arg_types, returns, oid);
    func.arg_names = arg_names;
    func.is_procedure = is_procedure;
    func.language = language;
    func.depends_on = depends_on;
    ctx.catalog.functions.push(func);
    Ok(tag.into())
}

/// The relations a statement of a SQL-standard body reads or writes (42P01 when missing).
fn statement_relations(ctx: &Ctx<'_>, st: &Statement) -> Result<Vec<QualName>, PgError> {
    match st {
        Statement::Query(_)
        | Statement::Insert(_)
        | Statement::Update(_)
        | Statement::Delete(_) => {
            let mut out = relations_read(&ctx.resolver(), st)?;
            if let Statement::Insert(i) = st {
                if let sqlparser::ast::TableObject::TableName(n) = &i.table {
                    let r = ctx.resolver().existing(&fold_name(n))?;
                    out.push(r.name.clone());
                }
            }
            Ok(out)
        }
        _ => Ok(Vec::new()),
    }
}

/// A `LANGUAGE sql` body given as a string is parsed and analysed at creation
/// (`check_function_bodies`): its relations must exist.
fn check_sql_body(ctx: &mut Ctx<'_>, body: &sqlparser::ast::Expr) -> Result<(), PgError> {
    let sqlparser::ast::Expr::Value(v) = body else {
        return Ok(());
    };
    let (text, prefix) = match &v.value {
        Value::SingleQuotedString(s) => (s.clone(), None),
        Value::DollarQuotedString(d) => (
            d.value.clone(),
            Some(d.tag.as_ref().map_or(0, |t| t.chars().count()) + 2),
        ),
        _ => return Ok(()),
    };
    let dialect = sqlparser::dialect::PostgreSqlDialect {};
    let Ok(stmts) = sqlparser::parser::Parser::parse_sql(&dialect, &text) else {
        // the body's own syntax is not checked
        ctx.partial();
        return Ok(());
    };
    // later statements may depend on what earlier ones create: only plain DML is analysed
    if stmts.iter().any(|s| {
        !matches!(
            s,
            Statement::Query(_)
                | Statement::Insert(_)
                | Statement::Update(_)
                | Statement::Delete(_)
        )
    }) {
        ctx.partial();
        return Ok(());
    }
    for st in &stmts {
        if let Err(e) = statement_relations(ctx, st) {
            // PostgreSQL reports the position in the CREATE FUNCTION statement
            let inner = locate_relation_error(&text, st, e);
            let Some(p) = inner
                .position
                .as_deref()
                .and_then(|p| p.parse::<usize>().ok())
            else {
                return Err(inner);
            };
            let mut e = inner.clone();
            e.position = None;
            let start = char_offset(ctx.text, v.span.start);
            let mapped = start.and_then(|start| match prefix {
                Some(prefix) => Some(start + prefix + p),
                None => {
                    // a doubled quote in the literal is one character of the body
                    let raw: Vec<char> = ctx.text.chars().skip(start + 1).collect();
                    let (mut body, mut i) = (0usize, 0usize);
                    while body + 1 < p {
                        if *raw.get(i)? == '\'' {
                            i += 1;
                        }
                        i += 1;
                        body += 1;
                    }
                    Some(start + 1 + i + 1)
                }
            });
            return Err(match mapped {
                Some(m) => e.with_position(m),
                None => e,
            });
        }
    }
    Ok(())
}

pub fn create_trigger(ctx: &mut Ctx<'_>, t: &CreateTrigger) -> ExecResult {
    if t.temporary
        || t.or_alter
        || t.is_constraint
        || !t.referencing.is_empty()
        || t.condition.is_some()
    {
        ctx.partial();
    }
    let table = fold_name(&t.table_name);
    let rel = ctx.resolver().existing(&table)?;
    let tq = rel.name.clone();
    let kind = rel.kind;
    let row = matches!(
        t.trigger_object,
        Some(
            TriggerObjectKind::ForEach(TriggerObject::Row)
                | TriggerObjectKind::For(TriggerObject::Row)
        )
    );
    let instead = matches!(t.period, Some(TriggerPeriod::InsteadOf));
    match kind {
        RelKind::Table | RelKind::PartitionedTable | RelKind::ForeignTable => {
            if instead {
                return Err(PgError::new("42809", format!("\"{}\" is a table", tq.name))
                    .with_detail("Tables cannot have INSTEAD OF triggers."));
            }
            if kind != RelKind::Table {
                ctx.partial();
            }
        }
        RelKind::View => {
            if !instead && row {
                return Err(PgError::new("42809", format!("\"{}\" is a view", tq.name))
                    .with_detail("Views cannot have row-level BEFORE or AFTER triggers."));
            }
            if !instead || !row {
                ctx.partial();
            }
        }
        RelKind::Sequence => {
            return Err(PgError::new(
                "42809",
                format!("relation \"{}\" cannot have triggers", tq.name),
            )
            .with_detail("This operation is not supported for sequences."));
        }
        RelKind::MaterializedView => {
            return Err(PgError::new(
                "42809",
                format!("relation \"{}\" cannot have triggers", tq.name),
            )
            .with_detail("This operation is not supported for materialized views."));
        }
        RelKind::Index => {
            return Err(if ctx.pg_version >= 18 {
                PgError::new("42809", format!("cannot open relation \"{}\"", tq.name))
                    .with_detail("This operation is not supported for indexes.")
            } else {
                PgError::new("42809", format!("\"{}\" is an index", tq.name))
            });
        }
    }
    if row && t.events.iter().any(|e| matches!(e, TriggerEvent::Truncate)) {
        return Err(PgError::new(
            "0A000",
            "TRUNCATE FOR EACH ROW triggers are not supported",
        ));
    }
    let Some(body) = &t.exec_body else {
        ctx.partial();
        return Ok("CREATE TRIGGER".into());
    };
    let fname = fold_name(&body.func_desc.name);
    if let Some(s) = fname.schema() {
        if !ctx.catalog.has_schema(s) {
            return Err(errors::schema_does_not_exist(s));
        }
    }
    let written = fname.0.join(".");
    let Some(i) = lookup_exact(ctx, &fname, &[]) else {
        if lookup_by_name(ctx, &fname).is_empty() && fname.schema().is_none() {
            // a built-in trigger function (suppress_redundant_updates_trigger, …) is not modelled
            if written.ends_with("_trigger") {
                ctx.partial();
            }
        }
        return Err(PgError::new(
            "42883",
            format!("function {written}() does not exist"),
        ));
    };
    let func = &ctx.catalog.functions[i];
    if func.returns.as_deref() != Some("trigger") {
        return Err(PgError::new(
            "42P17",
            format!("function {written} must return type trigger"),
        ));
    }
    let fq = func.name.clone();
    let name = fold_name(&t.name).name().to_string();
    let existing = ctx.catalog.relations[&tq]
        .triggers
        .iter()
        .position(|x| x.name == name);
    if let Some(pos) = existing {
        if !t.or_replace {
            return Err(PgError::new(
                "42710",
                format!(
                    "trigger \"{name}\" for relation \"{}\" already exists",
                    tq.name
                ),
            ));
        }
        let trg = &mut ctx.catalog.relation_mut(&tq).expect("exists").triggers[pos];
        trg.function = Some(fq);
        return Ok("CREATE TRIGGER".into());
    }
    let oid = ctx.oid();
    ctx.catalog
        .relation_mut(&tq)
        .expect("exists")
        .triggers
        .push(Trigger {
            name,
            function: Some(fq),
            enabled: true,
            oid,
            comment: None,
        });
    Ok("CREATE TRIGGER".into())
}

/// The routine a `FunctionDesc` names (errors as `LookupFuncWithArgs` gives them).
fn find_routine(ctx: &Ctx<'_>, d: &sqlparser::ast::FunctionDesc) -> Result<usize, PgError> {
    let n = fold_name(&d.name);
    if let Some(s) = n.schema() {
        if !ctx.catalog.has_schema(s) {
            return Err(errors::schema_does_not_exist(s));
        }
    }
    let written = n.0.join(".");
    match &d.args {
        None => {
            let found = lookup_by_name(ctx, &n);
            match found.len() {
                0 => Err(PgError::new(
                    "42883",
                    format!("could not find a function named \"{written}\""),
                )),
                1 => Ok(found[0]),
                _ => Err(PgError::new(
                    "42725",
                    format!("function name \"{written}\" is not unique"),
                )
                .with_hint("Specify the argument list to select the function unambiguously.")),
            }
        }
        Some(args) => {
            let mut keys = Vec::new();
            for a in args
                .iter()
                .filter(|a| !matches!(a.mode, Some(ArgMode::Out)))
            {
                keys.push(type_key(ctx, &a.data_type)?);
            }
            lookup_exact(ctx, &n, &keys).ok_or_else(|| {
                let names = Names::of(ctx);
                let shown: Vec<String> = keys.iter().map(|k| names.format_type(k)).collect();
                PgError::new(
                    "42883",
                    format!("function {written}({}) does not exist", shown.join(", ")),
                )
            })
        }
    }
}

/// `ALTER FUNCTION name[(args)] RENAME TO new | SET SCHEMA s | …`.
#[allow(dead_code)] // dispatched where ALTER statements are routed
pub(crate) fn alter_function(ctx: &mut Ctx<'_>, af: &sqlparser::ast::AlterFunction) -> ExecResult {
    use sqlparser::ast::{AlterFunctionKind, AlterFunctionOperation};
    if matches!(af.kind, AlterFunctionKind::Aggregate) {
        ctx.partial();
        return Ok("ALTER AGGREGATE".into());
    }
    let i = find_routine(ctx, &af.function)?;
    let tag = if ctx.catalog.functions[i].is_procedure {
        "ALTER PROCEDURE"
    } else {
        "ALTER FUNCTION"
    };
    let old = ctx.catalog.functions[i].name.clone();
    let new = match &af.operation {
        AlterFunctionOperation::RenameTo { new_name } => {
            QualName::new(&old.schema, &fold_ident(new_name))
        }
        AlterFunctionOperation::SetSchema { schema_name } => {
            let s = fold_name(schema_name).name().to_string();
            if !ctx.catalog.schemas.contains_key(&s) {
                // the message for a missing target schema is not recorded
                ctx.partial();
                return Err(errors::schema_does_not_exist(&s));
            }
            QualName::new(&s, &old.name)
        }
        _ => {
            ctx.partial();
            return Ok(tag.into());
        }
    };
    let args = ctx.catalog.functions[i].arg_types.clone();
    if ctx
        .catalog
        .functions
        .iter()
        .any(|f| f.name == new && f.arg_types == args)
    {
        let names = Names::of(ctx);
        let shown: Vec<String> = args.iter().map(|k| names.format_type(k)).collect();
        return Err(PgError::new(
            "42723",
            format!(
                "function {}({}) already exists in schema \"{}\"",
                new.name,
                shown.join(", "),
                new.schema
            ),
        ));
    }
    ctx.catalog.functions[i].name = new.clone();
    // triggers name their function; other routines with the same name keep theirs
    let still_named = ctx.catalog.functions.iter().any(|f| f.name == old);
    if !still_named {
        for r in ctx.catalog.relations.values_mut() {
            for t in r.triggers.iter_mut() {
                if t.function.as_ref() == Some(&old) {
                    t.function = Some(new.clone());
                }
            }
        }
    }
    Ok(tag.into())
}

/// `ALTER TRIGGER name ON table RENAME TO new`.
#[allow(dead_code)] // dispatched where ALTER statements are routed
pub(crate) fn alter_trigger(ctx: &mut Ctx<'_>, at: &sqlparser::ast::AlterTrigger) -> ExecResult {
    let sqlparser::ast::AlterTriggerOperation::Rename { new_name } = &at.operation else {
        ctx.partial();
        return Ok("ALTER TRIGGER".into());
    };
    let table = fold_name(&at.table_name);
    let tq = ctx.resolver().existing(&table)?.name.clone();
    let name = fold_ident(&at.name);
    let new = fold_ident(new_name);
    let triggers = &ctx.catalog.relations[&tq].triggers;
    let Some(pos) = triggers.iter().position(|t| t.name == name) else {
        return Err(PgError::new(
            "42704",
            format!(
                "trigger \"{name}\" for table \"{}\" does not exist",
                tq.name
            ),
        ));
    };
    if triggers.iter().any(|t| t.name == new) {
        return Err(PgError::new(
            "42710",
            format!(
                "trigger \"{new}\" for relation \"{}\" already exists",
                tq.name
            ),
        ));
    }
    ctx.catalog.relation_mut(&tq).expect("exists").triggers[pos].name = new;
    Ok("ALTER TRIGGER".into())
}
