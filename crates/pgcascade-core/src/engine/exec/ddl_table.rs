//! CREATE TABLE and ALTER TABLE.

use sqlparser::ast::{
    AlterColumnOperation, AlterTable, AlterTableOperation, ColumnDef, ColumnOption, CreateTable,
    DataType, DropBehavior, Expr, GeneratedAs, RenameTableNameKind,
};

use super::constraints::{self, column_refs, Pending};
use super::{Ctx, ExecResult};
use crate::catalog::{
    Column, ConstraintKind, Identity, QualName, RelKind, Relation, RowCount, SequenceInfo,
};
use crate::engine::data;
use crate::engine::errors;
use crate::response::PgError;
use crate::sql::{fold_ident, fold_name};

/// The serial pseudo-types and the integer type they stand for.
fn serial_base(type_name: &str) -> Option<&'static str> {
    match type_name {
        "serial" => Some("integer"),
        "bigserial" => Some("bigint"),
        "smallserial" => Some("smallint"),
        _ => None,
    }
}

/// A column definition turned into a catalog column plus the constraints written on it.
struct NewColumn {
    column: Column,
    constraints: Vec<Pending>,
    /// Needs an owned sequence (serial or identity).
    sequence: bool,
}

fn column_def(ctx: &Ctx<'_>, def: &ColumnDef) -> Result<NewColumn, PgError> {
    let name = fold_ident(&def.name);
    let written = ctx.resolver().type_name(&def.data_type)?;
    let (type_name, serial) = match serial_base(&written) {
        Some(base) => (base.to_string(), true),
        None => (written, false),
    };
    let mut column = Column::new(&name, &type_name);
    let mut constraints = Vec::new();
    let mut sequence = serial;
    if serial {
        column.not_null = true;
    }
    for opt in &def.options {
        let cname = opt.name.as_ref().map(fold_ident);
        match &opt.option {
            ColumnOption::NotNull => column.not_null = true,
            ColumnOption::Null => {}
            ColumnOption::Default(e) => column.default = Some(e.to_string()),
            ColumnOption::PrimaryKey(pk) => constraints.push(Pending::PrimaryKey {
                name: cname,
                columns: vec![name.clone()],
                facts: constraints::primary_key_facts(pk),
            }),
            ColumnOption::Unique(u) => constraints.push(Pending::Unique {
                name: cname,
                columns: vec![name.clone()],
                facts: constraints::unique_facts(u),
            }),
            ColumnOption::Check(c) => constraints.push(Pending::Check {
                name: cname,
                expr: c.expr.to_string(),
                refs: column_refs(&c.expr),
            }),
            ColumnOption::ForeignKey(fk) => constraints.push(Pending::ForeignKey {
                name: cname,
                columns: vec![name.clone()],
                ref_table: fold_name(&fk.foreign_table),
                ref_columns: fk.referred_columns.iter().map(fold_ident).collect(),
                facts: constraints::foreign_key_facts(fk),
            }),
            ColumnOption::Generated {
                generated_as,
                generation_expr,
                ..
            } => match (generated_as, generation_expr) {
                (_, Some(e)) => column.generated = Some(e.to_string()),
                (GeneratedAs::Always, None) => {
                    column.identity = Some(Identity::Always);
                    column.not_null = true;
                    sequence = true;
                }
                (_, None) => {
                    column.identity = Some(Identity::ByDefault);
                    column.not_null = true;
                    sequence = true;
                }
            },
            ColumnOption::Collation(_) | ColumnOption::Comment(_) => {}
            _ => {}
        }
    }
    Ok(NewColumn {
        column,
        constraints,
        sequence,
    })
}

/// Create the sequence a serial or identity column owns and point the column at it.
fn create_owned_sequence(ctx: &mut Ctx<'_>, table: &QualName, column: &mut Column) {
    let seq_name =
        ctx.catalog
            .choose_relation_name(&table.schema, &table.name, Some(&column.name), "seq");
    let q = QualName::new(&table.schema, &seq_name);
    let oid = ctx.oid();
    let mut rel = Relation::new(q.clone(), RelKind::Sequence, oid);
    rel.sequence = Some(SequenceInfo {
        owned_by: Some((table.clone(), column.name.clone())),
        data_type: Some(column.type_name.clone()),
    });
    if column.identity.is_none() {
        column.default = Some(format!("nextval('{seq_name}'::regclass)"));
    }
    column.owned_sequence = Some(q.clone());
    ctx.effects.created_relations.push(oid);
    ctx.catalog.relations.insert(q, rel);
}

pub fn create_table(ctx: &mut Ctx<'_>, ct: &CreateTable) -> ExecResult {
    let name = fold_name(&ct.name);
    let q = ctx.resolver().qualify_new(&name)?;
    if ctx.catalog.relations.contains_key(&q) {
        if ct.if_not_exists {
            ctx.notice(
                "42P07",
                format!("relation \"{}\" already exists, skipping", q.name),
            );
            return Ok("CREATE TABLE".into());
        }
        return Err(errors::relation_exists(&q.name));
    }
    if ct.query.is_some() || ct.like.is_some() || ct.clone.is_some() {
        ctx.partial();
    }
    if ct.inherits.is_some() || ct.partition_of.is_some() {
        ctx.partial();
        // the parent's scans now read this table's rows too
        let parents: Vec<&sqlparser::ast::ObjectName> = ct
            .inherits
            .iter()
            .flatten()
            .chain(ct.partition_of.iter())
            .collect();
        for p in parents {
            let parent = ctx
                .resolver()
                .user_relation(&fold_name(p))
                .map(|r| r.name.clone());
            if let Some(r) = parent.and_then(|p| ctx.catalog.relation_mut(&p)) {
                r.rows = RowCount::Unknown;
                r.data = None;
            }
        }
    }
    let oid = ctx.oid();
    let kind = if ct.partition_by.is_some() {
        RelKind::PartitionedTable
    } else {
        RelKind::Table
    };
    let mut rel = Relation::new(q.clone(), kind, oid);
    rel.unlogged = ct.unlogged;
    let mut pending = Vec::new();
    let mut sequences = Vec::new();
    for def in &ct.columns {
        let nc = column_def(ctx, def)?;
        if rel.column(&nc.column.name).is_some() {
            return Err(PgError::new(
                "42701",
                format!("column \"{}\" specified more than once", nc.column.name),
            ));
        }
        if nc.sequence {
            sequences.push(nc.column.name.clone());
        }
        rel.columns.push(nc.column);
        pending.extend(nc.constraints);
    }
    let mut ctas_rows = None;
    if let Some(query) = &ct.query {
        // CREATE TABLE … AS: the columns are the query's output columns
        super::query::relations_read(&ctx.resolver(), query.as_ref())?;
        if ct.columns.is_empty() {
            match super::ddl_misc::query_output_columns(ctx, query)? {
                Some(cols) => rel.columns = cols,
                None => ctx.partial(),
            }
        }
        let catalog = &*ctx.catalog;
        let rows_of = |q: &QualName| {
            catalog
                .relations
                .get(q)
                .map_or(RowCount::Unknown, |r| r.rows)
        };
        ctas_rows = super::query::query_rows(&ctx.resolver(), &rows_of, query);
        rel.rows = ctas_rows.map_or(RowCount::Unknown, RowCount::Known);
    }
    ctx.effects.created_relations.push(oid);
    ctx.catalog.relations.insert(q.clone(), rel);
    for col in sequences {
        let mut c = ctx.catalog.relations[&q]
            .column(&col)
            .expect("just added")
            .clone();
        create_owned_sequence(ctx, &q, &mut c);
        *ctx.catalog
            .relation_mut(&q)
            .expect("just added")
            .column_mut(&col)
            .expect("just added") = c;
    }
    pending.extend(
        ct.constraints
            .iter()
            .map(constraints::from_table_constraint),
    );
    // PostgreSQL adds the primary key and unique constraints (indexes) first, then checks and
    // foreign keys; generated names are chosen in that order
    pending.sort_by_key(|p| match p {
        Pending::PrimaryKey { .. } => 0,
        Pending::Unique { .. } | Pending::Other { .. } => 1,
        Pending::Check { .. } => 2,
        Pending::ForeignKey { .. } => 3,
    });
    let mut others = Vec::new();
    for p in pending {
        constraints::add(ctx, &q, p, true, true, &mut others)?;
    }
    if ct.query.is_some() {
        if ctas_rows.is_none() {
            ctx.depends_on_data("", "the number of rows copied depends on the data");
        }
        return Ok(format!("SELECT {}", ctas_rows.unwrap_or(0)));
    }
    Ok("CREATE TABLE".into())
}

pub fn alter_table(ctx: &mut Ctx<'_>, at: &AlterTable) -> ExecResult {
    let name = fold_name(&at.name);
    let resolver = ctx.resolver();
    if let Some(schema) = name.schema() {
        if !ctx.catalog.has_schema(schema) && !at.if_exists {
            return Err(errors::schema_does_not_exist(schema));
        }
    }
    let Some(rel) = resolver.user_relation(&name) else {
        if at.if_exists {
            ctx.notice(
                "00000",
                format!("relation \"{}\" does not exist, skipping", name.name()),
            );
            return Ok("ALTER TABLE".into());
        }
        return Err(errors::relation_does_not_exist(&name.to_string()));
    };
    let q = rel.name.clone();
    let mut others = Vec::new();
    for op in &at.operations {
        alter_one(ctx, &q, op, &mut others)?;
    }
    Ok("ALTER TABLE".into())
}

fn rel<'c>(ctx: &'c Ctx<'_>, q: &QualName) -> &'c Relation {
    &ctx.catalog.relations[q]
}

fn rel_mut<'c>(ctx: &'c mut Ctx<'_>, q: &QualName) -> &'c mut Relation {
    ctx.catalog.relations.get_mut(q).expect("relation exists")
}

fn alter_one(
    ctx: &mut Ctx<'_>,
    q: &QualName,
    op: &AlterTableOperation,
    others: &mut Vec<String>,
) -> Result<(), PgError> {
    let table = q.name.clone();
    match op {
        AlterTableOperation::AddColumn {
            if_not_exists,
            column_def: def,
            ..
        } => {
            let col_name = fold_ident(&def.name);
            if rel(ctx, q).column(&col_name).is_some() {
                if *if_not_exists {
                    ctx.notice(
                        "42701",
                        format!(
                            "column \"{col_name}\" of relation \"{table}\" already exists, skipping"
                        ),
                    );
                    return Ok(());
                }
                return Err(errors::column_exists(&col_name, &table));
            }
            let nc = column_def(ctx, def)?;
            let rows = rel(ctx, q).rows;
            let mut column = nc.column;
            if nc.sequence {
                create_owned_sequence(ctx, q, &mut column);
            }
            let null_fill = column.not_null
                && column.default.is_none()
                && column.identity.is_none()
                && column.generated.is_none();
            // the default is evaluated (and can fail) even when the table is empty
            let fill = fill_new_column(ctx, q, &column, nc.sequence)?;
            if null_fill {
                match rows {
                    RowCount::Known(0) => {}
                    RowCount::Known(_) => {
                        return Err(PgError::new(
                            "23502",
                            format!(
                            "column \"{col_name}\" of relation \"{table}\" contains null values"
                        ),
                        ))
                    }
                    RowCount::Unknown => ctx.depends_on_data(
                        "23502",
                        format!(
                            "\"{table}\" may have rows, which would get NULL in \"{col_name}\""
                        ),
                    ),
                }
            }
            let not_null = column.not_null && !null_fill;
            let r = rel_mut(ctx, q);
            let old_rows = data::known_rows(r).map(<[data::Row]>::to_vec);
            r.columns.push(column);
            match (fill, old_rows) {
                (Some(values), Some(mut rows)) if values.len() == rows.len() => {
                    for (row, v) in rows.iter_mut().zip(values) {
                        row.push(v);
                    }
                    let (count, heap) = (r.rows, data::heap_bytes(r));
                    data::store(r, Some(rows), count, heap);
                }
                _ => r.data = None,
            }
            if not_null && rows != RowCount::Known(0) {
                constraints::null_scan(ctx, q, &col_name)?;
            }
            for p in nc.constraints {
                constraints::add(ctx, q, p, true, false, others)?;
            }
            Ok(())
        }
        AlterTableOperation::DropColumn {
            column_names,
            if_exists,
            drop_behavior,
            ..
        } => {
            for c in column_names {
                let c = fold_ident(c);
                drop_column(
                    ctx,
                    q,
                    &c,
                    *if_exists,
                    matches!(drop_behavior, Some(DropBehavior::Cascade)),
                )?;
            }
            Ok(())
        }
        AlterTableOperation::RenameColumn {
            old_column_name,
            new_column_name,
        } => {
            let old = fold_ident(old_column_name);
            let new = fold_ident(new_column_name);
            if rel(ctx, q).column(&old).is_none() {
                return Err(errors::column_does_not_exist(&old));
            }
            if rel(ctx, q).column(&new).is_some() {
                return Err(errors::column_exists(&new, &table));
            }
            rename_column(ctx, q, &old, &new);
            Ok(())
        }
        AlterTableOperation::RenameTable { table_name } => {
            let new = match table_name {
                RenameTableNameKind::As(n) | RenameTableNameKind::To(n) => fold_name(n),
            };
            let nq = QualName::new(&q.schema, new.name());
            if ctx.catalog.relations.contains_key(&nq) {
                return Err(errors::relation_exists(new.name()));
            }
            rename_relation(ctx, q, &nq);
            Ok(())
        }
        AlterTableOperation::AddConstraint {
            constraint,
            not_valid,
        } => {
            let p = constraints::from_table_constraint(constraint);
            constraints::add(ctx, q, p, !*not_valid, false, others)
        }
        AlterTableOperation::DropConstraint {
            if_exists,
            name,
            drop_behavior,
        } => {
            let cname = fold_ident(name);
            drop_constraint(
                ctx,
                q,
                &cname,
                *if_exists,
                matches!(drop_behavior, Some(DropBehavior::Cascade)),
            )
        }
        AlterTableOperation::RenameConstraint { old_name, new_name } => {
            let old = fold_ident(old_name);
            let new = fold_ident(new_name);
            let Some(c) = rel(ctx, q).constraint(&old).cloned() else {
                return Err(PgError::new(
                    "42704",
                    format!("constraint \"{old}\" for table \"{table}\" does not exist"),
                ));
            };
            if rel(ctx, q).constraint(&new).is_some() {
                return Err(constraints::constraint_exists(&new, &table));
            }
            if let Some(ix) = c.index() {
                let nq = QualName::new(&q.schema, &new);
                if ctx.catalog.relations.contains_key(&nq) {
                    return Err(errors::relation_exists(&new));
                }
                let ixq = QualName::new(&q.schema, ix);
                rename_relation(ctx, &ixq, &nq);
            }
            let r = rel_mut(ctx, q);
            if let Some(f) = r.facts.remove(&old) {
                r.facts.insert(new.clone(), f);
            }
            if let Some(c) = r.constraints.iter_mut().find(|c| c.name == old) {
                c.name = new.clone();
                match &mut c.kind {
                    ConstraintKind::PrimaryKey { index, .. }
                    | ConstraintKind::Unique { index, .. }
                    | ConstraintKind::Exclude { index } => *index = new,
                    _ => {}
                }
            }
            Ok(())
        }
        AlterTableOperation::ValidateConstraint { name } => {
            let cname = fold_ident(name);
            let Some(c) = rel(ctx, q).constraint(&cname).cloned() else {
                return Err(PgError::new(
                    "42704",
                    format!("constraint \"{cname}\" of relation \"{table}\" does not exist"),
                ));
            };
            if !c.validated {
                let rows = rel(ctx, q).rows;
                if rows != RowCount::Known(0) {
                    match c.kind {
                        ConstraintKind::ForeignKey { .. } => {
                            constraints::validate_foreign_key(ctx, q, &cname)?
                        }
                        ConstraintKind::Check { .. } => {
                            constraints::validate_check(ctx, q, &cname)?
                        }
                        _ => ctx.depends_on_data(
                            "23514",
                            format!("rows of \"{table}\" may violate \"{cname}\""),
                        ),
                    }
                }
                if let Some(c) = rel_mut(ctx, q)
                    .constraints
                    .iter_mut()
                    .find(|c| c.name == cname)
                {
                    c.validated = true;
                }
            }
            Ok(())
        }
        AlterTableOperation::AlterColumn { column_name, op } => {
            let col = fold_ident(column_name);
            if rel(ctx, q).column(&col).is_none() {
                return Err(errors::column_of_relation_does_not_exist(&col, &table));
            }
            alter_column(ctx, q, &col, op)
        }
        AlterTableOperation::SetLogged => {
            let blocker = rel(ctx, q).constraints.iter().find_map(|c| match &c.kind {
                ConstraintKind::ForeignKey { ref_table, .. }
                    if ref_table != q
                        && ctx
                            .catalog
                            .relations
                            .get(ref_table)
                            .is_some_and(|r| r.unlogged) =>
                {
                    Some(ref_table.name.clone())
                }
                _ => None,
            });
            if let Some(other) = blocker {
                return Err(PgError::new(
                    "42P16",
                    format!("could not change table \"{table}\" to logged because it references unlogged table \"{other}\""),
                ));
            }
            rel_mut(ctx, q).unlogged = false;
            Ok(())
        }
        AlterTableOperation::SetUnlogged => {
            // a permanent table whose foreign key references this one stops it (PostgreSQL's
            // message says "references" either way; recorded in the oracle's case 12)
            let blocker = ctx
                .catalog
                .foreign_keys_to(q)
                .find(|(r, _)| &r.name != q && !r.unlogged)
                .map(|(r, _)| r.name.name.clone());
            if let Some(other) = blocker {
                return Err(PgError::new(
                    "42P16",
                    format!("could not change table \"{table}\" to unlogged because it references logged table \"{other}\""),
                ));
            }
            rel_mut(ctx, q).unlogged = true;
            Ok(())
        }
        AlterTableOperation::EnableTrigger { name }
        | AlterTableOperation::DisableTrigger { name } => {
            let t = fold_ident(name);
            let special = matches!(t.as_str(), "all" | "user");
            if !special && !rel(ctx, q).triggers.iter().any(|x| x.name == t) {
                return Err(PgError::new(
                    "42704",
                    format!("trigger \"{t}\" for table \"{table}\" does not exist"),
                ));
            }
            let enable = matches!(op, AlterTableOperation::EnableTrigger { .. });
            for tr in rel_mut(ctx, q).triggers.iter_mut() {
                if special || tr.name == t {
                    tr.enabled = enable;
                }
            }
            Ok(())
        }
        AlterTableOperation::OwnerTo { .. }
        | AlterTableOperation::EnableRowLevelSecurity
        | AlterTableOperation::DisableRowLevelSecurity
        | AlterTableOperation::ForceRowLevelSecurity
        | AlterTableOperation::NoForceRowLevelSecurity
        | AlterTableOperation::ReplicaIdentity { .. }
        | AlterTableOperation::SetOptionsParens { .. }
        | AlterTableOperation::ResetOptions { .. } => Ok(()),
        _ => {
            ctx.partial();
            Ok(())
        }
    }
}

fn alter_column(
    ctx: &mut Ctx<'_>,
    q: &QualName,
    col: &str,
    op: &AlterColumnOperation,
) -> Result<(), PgError> {
    let table = q.name.clone();
    match op {
        AlterColumnOperation::SetNotNull => {
            let already = rel(ctx, q).column(col).is_some_and(|c| c.not_null);
            if !already {
                let _ = &table;
                constraints::null_scan(ctx, q, col)?;
            }
            rel_mut(ctx, q).column_mut(col).expect("exists").not_null = true;
            Ok(())
        }
        AlterColumnOperation::DropNotNull => {
            let in_pk = rel(ctx, q)
                .primary_key()
                .is_some_and(|pk| pk.columns().iter().any(|c| c == col));
            if in_pk {
                return Err(PgError::new(
                    "42P16",
                    format!("column \"{col}\" is in a primary key"),
                ));
            }
            let c = rel_mut(ctx, q).column_mut(col).expect("exists");
            if c.identity.is_some() {
                return Err(PgError::new(
                    "42P16",
                    format!("column \"{col}\" of relation \"{table}\" is an identity column"),
                ));
            }
            c.not_null = false;
            Ok(())
        }
        AlterColumnOperation::SetDefault { value } => {
            rel_mut(ctx, q).column_mut(col).expect("exists").default = Some(value.to_string());
            Ok(())
        }
        AlterColumnOperation::DropDefault => {
            rel_mut(ctx, q).column_mut(col).expect("exists").default = None;
            Ok(())
        }
        AlterColumnOperation::SetDataType {
            data_type, using, ..
        } => set_data_type(ctx, q, col, data_type, using.as_ref()),
        AlterColumnOperation::AddGenerated { generated_as, .. } => {
            let mut c = rel(ctx, q).column(col).expect("exists").clone();
            // recorded in case 024
            if c.identity.is_some() {
                return Err(PgError::new(
                    "55000",
                    format!(
                        "column \"{col}\" of relation \"{table}\" is already an identity column"
                    ),
                ));
            }
            if !c.not_null {
                return Err(PgError::new(
                    "55000",
                    format!("column \"{col}\" of relation \"{table}\" must be declared NOT NULL before identity can be added"),
                ));
            }
            c.identity = Some(match generated_as {
                Some(GeneratedAs::Always) => Identity::Always,
                _ => Identity::ByDefault,
            });
            c.not_null = true;
            create_owned_sequence(ctx, q, &mut c);
            *rel_mut(ctx, q).column_mut(col).expect("exists") = c;
            Ok(())
        }
        AlterColumnOperation::GenericOptions { .. } => {
            ctx.partial();
            Ok(())
        }
    }
}

/// The family a type belongs to for implicit/assignment casts.
fn string_type(t: &str) -> bool {
    let base = t.split('(').next().unwrap_or(t).trim();
    matches!(
        base,
        "text" | "character varying" | "character" | "name" | "citext"
    )
}

fn set_data_type(
    ctx: &mut Ctx<'_>,
    q: &QualName,
    col: &str,
    data_type: &DataType,
    using: Option<&Expr>,
) -> Result<(), PgError> {
    let new_type = ctx.resolver().type_name(data_type)?;
    let new_type = serial_base(&new_type).map_or(new_type.clone(), str::to_string);
    let table = q.name.clone();
    // a view using the column blocks the change
    if let Some(v) = ctx.catalog.relations.values().find(|r| {
        r.view
            .as_ref()
            .is_some_and(|v| v.depends_on_columns.iter().any(|(t, c)| t == q && c == col))
    }) {
        return Err(errors::feature_not_supported(
            "cannot alter type of a column used by a view or rule",
        )
        .with_detail(format!(
            "rule _RETURN on view {} depends on column \"{col}\"",
            v.name.name
        )));
    }
    let old_type = rel(ctx, q).column(col).expect("exists").type_name.clone();
    if using.is_none() && string_type(&old_type) && !string_type(&new_type) {
        let pretty = new_type.clone();
        return Err(PgError::new(
            "42804",
            format!("column \"{col}\" cannot be cast automatically to type {pretty}"),
        )
        .with_hint(format!(
            "You might need to specify \"USING {col}::{pretty}\"."
        )));
    }
    let converted = convert_column(ctx, q, col, &new_type, using)?;
    if converted.is_none()
        && rel(ctx, q).rows != RowCount::Known(0)
        && (using.is_some() || old_type != new_type)
    {
        ctx.depends_on_data(
            "22P02",
            format!("converting the rows of \"{table}\".\"{col}\" to {new_type} may fail"),
        );
    }
    let r = rel_mut(ctx, q);
    r.column_mut(col).expect("exists").type_name = new_type;
    match converted {
        Some(rows) => {
            let (count, heap) = (r.rows, data::heap_bytes(r));
            data::store(r, Some(rows), count, heap);
        }
        None => r.data = None,
    }
    Ok(())
}

/// The values of a column added to a table with known rows (one per row, in order): the
/// default, the sequence's 1, 2, 3… for serial and identity columns, or NULL. The default's
/// constant errors are raised whatever the rows. `None` when not known.
fn fill_new_column(
    ctx: &mut Ctx<'_>,
    q: &QualName,
    column: &Column,
    sequence: bool,
) -> Result<Option<Vec<data::Datum>>, PgError> {
    let (values, maybe) = {
        let resolver = ctx.resolver();
        let ty = data::column_type(&resolver, &column.type_name);
        let expr = column.default.as_deref().and_then(data::parse_expr);
        if let (Some(e), false) = (&expr, sequence) {
            data::static_errors(None, &[(e, Some(&ty))], &resolver)?;
        }
        let Some(n) = data::known_rows(rel(ctx, q)).map(<[data::Row]>::len) else {
            return Ok(None);
        };
        if sequence {
            return Ok(Some((1..=n as i64).map(data::Datum::Int).collect()));
        }
        if column.generated.is_some() {
            return Ok(None);
        }
        let Some(e) = expr else {
            return Ok(if column.default.is_some() {
                None
            } else {
                Some(vec![data::Datum::Null; n])
            });
        };
        let scope = data::RowScope {
            table: None,
            excluded: None,
            resolver: &resolver,
        };
        let mut ev = data::Eval::new(&scope, data::Phase::Row);
        let v = ev.eval(&e)?;
        let v = ev.coerce(v, &ty, data::How::Assignment)?;
        (vec![v.datum; n], ev.maybe_error)
    };
    if let Some(state) = maybe {
        let t = q.name.clone();
        ctx.depends_on_data(
            &state,
            format!("the default of a column of \"{t}\" may fail"),
        );
    }
    Ok(Some(values))
}

/// ALTER COLUMN TYPE over known rows: each value converted (through USING when given) as an
/// assignment; the first failing row's error. `Ok(None)` when the rows are not known.
fn convert_column(
    ctx: &mut Ctx<'_>,
    q: &QualName,
    col: &str,
    new_type: &str,
    using: Option<&Expr>,
) -> Result<Option<Vec<data::Row>>, PgError> {
    let (out, maybe, failure, uncertain) = {
        let resolver = ctx.resolver();
        let relation = rel(ctx, q);
        let t = data::Table::new(relation, &resolver);
        let to = data::column_type(&resolver, new_type);
        let Some(slot) = t.slot(col) else {
            return Ok(None);
        };
        if let Some(u) = using {
            data::static_errors(Some(&t), &[(u, Some(&to))], &resolver)?;
        }
        let Some(rows) = data::known_rows(relation) else {
            return Ok(None);
        };
        let ordered = data::order_known(relation);
        let mut out = Vec::with_capacity(rows.len());
        let mut maybe: Option<String> = None;
        let mut failure: Option<PgError> = None;
        let mut uncertain = false;
        for row in rows {
            let scope = data::RowScope {
                table: Some((&t, row)),
                excluded: None,
                resolver: &resolver,
            };
            let mut ev = data::Eval::new(&scope, data::Phase::Row);
            let r = match using {
                Some(u) => ev.eval(u),
                None => Ok(t.value(row, slot)),
            }
            .and_then(|v| ev.coerce(v, &to, data::How::Assignment));
            if let Some(m) = ev.maybe_error {
                maybe.get_or_insert(m);
            }
            match r {
                Ok(v) => {
                    let mut new = row.clone();
                    new[slot] = v.datum;
                    out.push(new);
                }
                Err(e) => {
                    uncertain = maybe.is_some() || !ordered;
                    failure = Some(e);
                    break;
                }
            }
        }
        (out, maybe, failure, uncertain)
    };
    if uncertain {
        ctx.partial();
    }
    if let Some(e) = failure {
        return Err(e);
    }
    if let Some(state) = maybe {
        let table = q.name.clone();
        ctx.depends_on_data(
            &state,
            format!("converting the rows of \"{table}\".\"{col}\" to {new_type} may fail"),
        );
    }
    Ok(Some(out))
}

fn drop_column(
    ctx: &mut Ctx<'_>,
    q: &QualName,
    col: &str,
    if_exists: bool,
    cascade: bool,
) -> Result<(), PgError> {
    let table = q.name.clone();
    if rel(ctx, q).column(col).is_none() {
        if if_exists {
            ctx.notice(
                "00000",
                format!("column \"{col}\" of relation \"{table}\" does not exist, skipping"),
            );
            return Ok(());
        }
        return Err(errors::column_of_relation_does_not_exist(col, &table));
    }
    // views on the column, and foreign keys of other tables referencing it
    let views: Vec<QualName> = ctx
        .catalog
        .relations
        .values()
        .filter(|r| {
            r.view
                .as_ref()
                .is_some_and(|v| v.depends_on_columns.iter().any(|(t, c)| t == q && c == col))
        })
        .map(|r| r.name.clone())
        .collect();
    let fks: Vec<(QualName, String)> = ctx
        .catalog
        .relations
        .values()
        .flat_map(|r| {
            r.constraints.iter().filter_map(move |c| match &c.kind {
                ConstraintKind::ForeignKey {
                    ref_table,
                    ref_columns,
                    ..
                } if ref_table == q && ref_columns.iter().any(|x| x == col) && &r.name != q => {
                    Some((r.name.clone(), c.name.clone()))
                }
                _ => None,
            })
        })
        .collect();
    if !cascade && (!views.is_empty() || !fks.is_empty()) {
        let mut lines: Vec<String> = views
            .iter()
            .map(|v| format!("view {} depends on column {col} of table {table}", v.name))
            .collect();
        lines.extend(fks.iter().map(|(t, c)| {
            format!(
                "constraint {c} on table {} depends on column {col} of table {table}",
                t.name
            )
        }));
        return Err(errors::dependent_objects(
            &format!("column {col} of table {table}"),
            &lines,
        ));
    }
    let mut cascaded = Vec::new();
    for v in &views {
        ctx.catalog.relations.remove(v);
        cascaded.push(format!("view {}", v.name));
    }
    for (t, c) in &fks {
        if let Some(r) = ctx.catalog.relations.get_mut(t) {
            r.constraints.retain(|x| &x.name != c);
        }
        cascaded.push(format!("constraint {c} on table {}", t.name));
    }
    if cascade {
        match cascaded.len() {
            0 => {}
            1 => ctx.notice("00000", format!("drop cascades to {}", cascaded[0])),
            n => {
                let mut notice = crate::response::Notice::notice(
                    "00000",
                    format!("drop cascades to {n} other objects"),
                );
                notice.detail = Some(
                    cascaded
                        .iter()
                        .map(|c| format!("drop cascades to {c}"))
                        .collect::<Vec<_>>()
                        .join("\n"),
                );
                ctx.notices.push(notice);
            }
        }
    }
    // constraints and indexes that use the column go with it, and so does an owned sequence
    let r = rel(ctx, q);
    let dropped_constraints: Vec<String> = r
        .constraints
        .iter()
        .filter(|c| c.columns().iter().any(|x| x == col))
        .map(|c| c.name.clone())
        .collect();
    let owned_seq = r.column(col).and_then(|c| c.owned_sequence.clone());
    let indexes: Vec<QualName> = ctx
        .catalog
        .indexes_of(q)
        .filter(|i| {
            i.index
                .as_ref()
                .is_some_and(|ix| ix.depends_on_columns.iter().any(|x| x == col))
        })
        .map(|i| i.name.clone())
        .collect();
    for i in indexes {
        ctx.catalog.relations.remove(&i);
    }
    if let Some(s) = owned_seq {
        ctx.catalog.relations.remove(&s);
    }
    let r = rel_mut(ctx, q);
    r.constraints
        .retain(|c| !dropped_constraints.contains(&c.name));
    let c = r.column_mut(col).expect("exists");
    c.dropped = true;
    Ok(())
}

/// Drop a constraint by name (and the index behind it).
pub fn drop_constraint(
    ctx: &mut Ctx<'_>,
    q: &QualName,
    cname: &str,
    if_exists: bool,
    cascade: bool,
) -> Result<(), PgError> {
    let table = q.name.clone();
    let Some(c) = rel(ctx, q).constraint(cname).cloned() else {
        if if_exists {
            ctx.notice(
                "00000",
                format!("constraint \"{cname}\" of relation \"{table}\" does not exist, skipping"),
            );
            return Ok(());
        }
        return Err(PgError::new(
            "42704",
            format!("constraint \"{cname}\" of relation \"{table}\" does not exist"),
        ));
    };
    if let Some(ix) = c.index() {
        // foreign keys of other tables that rely on this unique index
        let cols = c.columns().to_vec();
        let dependents: Vec<(QualName, String)> = ctx
            .catalog
            .foreign_keys_to(q)
            .filter(|(_, fk)| match &fk.kind {
                ConstraintKind::ForeignKey { ref_columns, .. } => {
                    let mut a = ref_columns.clone();
                    let mut b = cols.clone();
                    a.sort();
                    b.sort();
                    a == b
                }
                _ => false,
            })
            .map(|(r, fk)| (r.name.clone(), fk.name.clone()))
            .collect();
        if !dependents.is_empty() {
            if !cascade {
                let lines: Vec<String> = dependents
                    .iter()
                    .map(|(t, n)| {
                        format!("constraint {n} on table {} depends on index {}", t.name, ix)
                    })
                    .collect();
                return Err(errors::dependent_objects(
                    &format!("constraint {cname} on table {table}"),
                    &lines,
                ));
            }
            for (t, n) in &dependents {
                if let Some(r) = ctx.catalog.relations.get_mut(t) {
                    r.constraints.retain(|x| &x.name != n);
                }
                ctx.notice(
                    "00000",
                    format!("drop cascades to constraint {n} on table {}", t.name),
                );
            }
        }
        ctx.catalog.relations.remove(&QualName::new(&q.schema, ix));
    }
    rel_mut(ctx, q).constraints.retain(|x| x.name != cname);
    Ok(())
}

fn rename_column(ctx: &mut Ctx<'_>, q: &QualName, old: &str, new: &str) {
    let rename = |v: &mut String| {
        if v == old {
            *v = new.to_string();
        }
    };
    let r = rel_mut(ctx, q);
    if let Some(c) = r.column_mut(old) {
        c.name = new.to_string();
    }
    for c in r.constraints.iter_mut() {
        match &mut c.kind {
            ConstraintKind::PrimaryKey { columns, .. }
            | ConstraintKind::Unique { columns, .. }
            | ConstraintKind::Check { columns, .. }
            | ConstraintKind::ForeignKey { columns, .. } => columns.iter_mut().for_each(rename),
            ConstraintKind::NotNull { column } => rename(column),
            ConstraintKind::Exclude { .. } => {}
        }
    }
    for other in ctx.catalog.relations.values_mut() {
        if let Some(ix) = &mut other.index {
            if &ix.table == q {
                ix.columns.iter_mut().flatten().for_each(rename);
                ix.depends_on_columns.iter_mut().for_each(rename);
            }
        }
        if let Some(s) = &mut other.sequence {
            if let Some((t, c)) = &mut s.owned_by {
                if t == q {
                    rename(c);
                }
            }
        }
        for c in other.constraints.iter_mut() {
            if let ConstraintKind::ForeignKey {
                ref_table,
                ref_columns,
                ..
            } = &mut c.kind
            {
                if ref_table == q {
                    ref_columns.iter_mut().for_each(rename);
                }
            }
        }
        if let Some(v) = &mut other.view {
            for (t, c) in v.depends_on_columns.iter_mut() {
                if t == q {
                    rename(c);
                }
            }
        }
    }
}

/// Rename a relation; everything that refers to it follows.
pub fn rename_relation(ctx: &mut Ctx<'_>, old: &QualName, new: &QualName) {
    let Some(mut r) = ctx.catalog.relations.remove(old) else {
        return;
    };
    r.name = new.clone();
    ctx.catalog.relations.insert(new.clone(), r);
    let follow = |q: &mut QualName| {
        if q == old {
            *q = new.clone();
        }
    };
    for other in ctx.catalog.relations.values_mut() {
        if let Some(ix) = &mut other.index {
            follow(&mut ix.table);
        }
        if let Some(s) = &mut other.sequence {
            if let Some((t, _)) = &mut s.owned_by {
                follow(t);
            }
        }
        for c in other.columns.iter_mut() {
            if let Some(s) = &mut c.owned_sequence {
                follow(s);
            }
        }
        for c in other.constraints.iter_mut() {
            if let ConstraintKind::ForeignKey { ref_table, .. } = &mut c.kind {
                follow(ref_table);
            }
        }
        if let Some(v) = &mut other.view {
            v.depends_on.iter_mut().for_each(follow);
            for (t, _) in v.depends_on_columns.iter_mut() {
                follow(t);
            }
        }
    }
}
