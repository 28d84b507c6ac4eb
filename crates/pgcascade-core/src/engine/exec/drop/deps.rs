//! PostgreSQL's dependency walk (`findDependentObjects` / `reportDependentObjects` in
//! `catalog/dependency.c`) over the simulated catalog.
//!
//! The catalog keeps no `pg_depend`; the dependencies are read off the model: a view reads
//! relations, a column has a type, a default calls functions and `nextval('seq')`, a trigger runs
//! a function, an index and a constraint belong to their table, an owned sequence to its column,
//! an extension's functions and types to the extension, everything to its schema. Each kind is
//! normal (RESTRICT refuses, CASCADE reports "drop cascades to …"), auto (dropped silently), or
//! internal/extension (the object cannot be dropped alone: "… because X requires it").
//!
//! Objects are visited newest first, as PostgreSQL sorts dependents by OID descending; the
//! report lists them in reverse post-order, which is PostgreSQL's order.

use std::ops::ControlFlow;

use sqlparser::ast::{Expr, FunctionArguments, Value};

use super::describe::{split_key, type_key_of, Names};
use crate::catalog::{Catalog, ConstraintKind, QualName, RelKind, TypeKind};
use crate::engine::Settings;
use crate::response::{Notice, PgError};
use crate::sql::fold_name;

/// An object PostgreSQL can drop, identified by name (nothing is renamed during one DROP).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Obj {
    Schema(String),
    /// A relation of any kind.
    Rel(QualName),
    /// A column: a sub-object of its relation.
    Column(QualName, String),
    /// A column's DEFAULT (`pg_attrdef`).
    Default(QualName, String),
    Constraint(QualName, String),
    Trigger(QualName, String),
    /// A user-defined type (enum, domain, composite, range, extension type).
    Type(QualName),
    /// The array type of a user type (`mood[]`), internal to it.
    ArrayType(QualName),
    /// A function or procedure: name and input argument types.
    Function(QualName, Vec<String>),
    Extension(String),
}

/// `pg_depend.deptype`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dep {
    Normal,
    Auto,
    Internal,
    Extension,
}

const ORIGINAL: u8 = 1;
const NORMAL: u8 = 2;
const AUTO: u8 = 4;
const INTERNAL: u8 = 8;
const EXTENSION: u8 = 16;
const REVERSE: u8 = 32;
const SUBOBJECT: u8 = 64;

/// PostgreSQL lists at most this many dependents to the client.
const MAX_REPORTED_DEPS: usize = 100;

#[derive(Debug, Clone)]
struct Target {
    obj: Obj,
    flags: u8,
    dependee: Option<Obj>,
}

/// The relation an object belongs to, when it is a sub-object (a column).
fn whole(obj: &Obj) -> Option<&QualName> {
    match obj {
        Obj::Column(q, _) => Some(q),
        _ => None,
    }
}

/// The dependency walk over one catalog.
struct Walk<'a> {
    cat: &'a Catalog,
    names: Names<'a>,
    targets: Vec<Target>,
    pending: Vec<Obj>,
    /// What defaults and CHECK constraints call, parsed once per DROP.
    exprs: std::cell::OnceCell<Vec<(Obj, Vec<Obj>)>>,
}

impl<'a> Walk<'a> {
    /// `object_address_present_add_flags`.
    fn present_add_flags(&mut self, obj: &Obj, flags: u8) -> bool {
        let mut found = false;
        for t in self.targets.iter_mut().rev() {
            if &t.obj == obj {
                t.flags |= flags;
                found = true;
            } else if whole(obj).is_some_and(|q| t.obj == Obj::Rel(q.clone())) {
                // a column of a relation already being dropped
                found = true;
            } else if whole(&t.obj).is_some_and(|q| *obj == Obj::Rel(q.clone())) && flags != 0 {
                t.flags |= flags | SUBOBJECT;
            }
        }
        found
    }

    /// `stack_address_present_add_flags`: the object, or the whole object it is part of.
    fn on_stack(stack: &mut [(Obj, u8)], obj: &Obj, flags: u8) -> bool {
        let mut found = false;
        for (o, f) in stack.iter_mut() {
            if o == obj || whole(obj).is_some_and(|q| *o == Obj::Rel(q.clone())) {
                *f |= flags;
                found = true;
            }
        }
        found
    }

    /// `findDependentObjects`.
    fn find(&mut self, obj: &Obj, flags: u8, stack: &mut Vec<(Obj, u8)>) -> Result<(), PgError> {
        if self.present_add_flags(obj, flags) {
            return Ok(());
        }
        if Self::on_stack(stack, obj, flags) {
            return Ok(());
        }
        if let Some(owner) = owner_of(self.cat, obj) {
            if stack.is_empty() {
                if self.pending.contains(&owner) {
                    return Ok(());
                }
                let what = self.names.describe(obj);
                let other = self.names.describe(&owner);
                return Err(PgError::new(
                    "2BP01",
                    format!("cannot drop {what} because {other} requires it"),
                )
                .with_hint(format!("You can drop {other} instead.")));
            }
            if !Self::on_stack(stack, &owner, 0) {
                // delete the owning object instead, as if the reference linked to it
                self.find(&owner, REVERSE, stack)?;
                self.present_add_flags(obj, flags);
                return Ok(());
            }
        }
        stack.push((obj.clone(), flags));
        let exprs = self
            .exprs
            .get_or_init(|| expression_uses(self.cat, &self.names));
        let mut deps = dependents(self.cat, &self.names, exprs, obj);
        deps.sort_by(|(a, _), (b, _)| {
            let (ka, kb) = (sort_key(self.cat, a), sort_key(self.cat, b));
            kb.0.cmp(&ka.0).then(ka.1.cmp(&kb.1)).then(ka.2.cmp(&kb.2))
        });
        deps.dedup_by(|a, b| a.0 == b.0);
        for (d, kind) in deps {
            let sub = match kind {
                Dep::Normal => NORMAL,
                Dep::Auto => AUTO,
                Dep::Internal => INTERNAL,
                Dep::Extension => EXTENSION,
            };
            self.find(&d, sub, stack)?;
        }
        let (_, my_flags) = stack.pop().expect("pushed above");
        self.targets.push(Target {
            obj: obj.clone(),
            flags: my_flags,
            dependee: stack.last().map(|(o, _)| o.clone()),
        });
        Ok(())
    }
}

/// What a DROP removes: every object, in the order PostgreSQL deletes them.
#[derive(Debug, Clone, Default)]
pub(crate) struct Plan {
    pub objects: Vec<Obj>,
    pub notices: Vec<Notice>,
}

/// Walk the dependencies of `originals` (`performMultipleDeletions`): 2BP01 under RESTRICT when
/// something else depends on them, else the notices CASCADE sends and the objects to remove.
pub(crate) fn plan(
    cat: &Catalog,
    settings: &Settings,
    originals: &[Obj],
    cascade: bool,
) -> Result<Plan, PgError> {
    let mut walk = Walk {
        cat,
        names: Names::new(cat, settings),
        targets: Vec::new(),
        pending: originals.to_vec(),
        exprs: std::cell::OnceCell::new(),
    };
    for o in originals {
        walk.find(o, ORIGINAL, &mut Vec::new())?;
    }
    let mut lines = Vec::new();
    let mut not_reported = 0usize;
    let mut restrict_violated = false;
    for t in walk.targets.iter().rev() {
        if t.flags & (ORIGINAL | SUBOBJECT) != 0 {
            continue;
        }
        if t.flags & (AUTO | INTERNAL | EXTENSION) != 0 {
            continue;
        }
        let desc = walk.names.describe(&t.obj);
        let line = if cascade {
            format!("drop cascades to {desc}")
        } else {
            restrict_violated = true;
            let dependee = t
                .dependee
                .as_ref()
                .map(|d| walk.names.describe(d))
                .unwrap_or_default();
            format!("{desc} depends on {dependee}")
        };
        if lines.len() < MAX_REPORTED_DEPS {
            lines.push(line);
        } else {
            not_reported += 1;
        }
    }
    let mut detail = lines.join("\n");
    if not_reported > 0 {
        detail.push_str(&format!(
            "\nand {not_reported} other objects (see server log for list)"
        ));
    }
    if restrict_violated {
        let message = if originals.len() == 1 {
            format!(
                "cannot drop {} because other objects depend on it",
                walk.names.describe(&originals[0])
            )
        } else {
            "cannot drop desired object(s) because other objects depend on them".to_string()
        };
        return Err(PgError::new("2BP01", message)
            .with_detail(detail)
            .with_hint("Use DROP ... CASCADE to drop the dependent objects too."));
    }
    let mut notices = Vec::new();
    let total = lines.len() + not_reported;
    if total > 1 {
        let mut n = Notice::notice("00000", format!("drop cascades to {total} other objects"));
        n.detail = Some(detail);
        notices.push(n);
    } else if total == 1 {
        notices.push(Notice::notice("00000", detail));
    }
    Ok(Plan {
        objects: walk.targets.into_iter().map(|t| t.obj).collect(),
        notices,
    })
}

/// The object that owns `obj` through an internal or extension dependency: dropping `obj` alone
/// is refused, reaching it from elsewhere drops the owner.
fn owner_of(cat: &Catalog, obj: &Obj) -> Option<Obj> {
    match obj {
        Obj::Rel(q) => {
            let r = cat.relations.get(q)?;
            if let Some(ix) = &r.index {
                if let Some(c) = &ix.constraint {
                    return Some(Obj::Constraint(ix.table.clone(), c.clone()));
                }
            }
            if let Some((t, c)) = r.sequence.as_ref().and_then(|s| s.owned_by.as_ref()) {
                let identity = cat
                    .relations
                    .get(t)
                    .and_then(|r| r.column(c))
                    .is_some_and(|col| col.identity.is_some());
                if identity {
                    return Some(Obj::Column(t.clone(), c.clone()));
                }
            }
            None
        }
        Obj::Type(q) => cat.types.get(q)?.extension.clone().map(Obj::Extension),
        Obj::ArrayType(q) => Some(Obj::Type(q.clone())),
        Obj::Function(q, args) => cat
            .functions
            .iter()
            .find(|f| &f.name == q && &f.arg_types == args)?
            .extension
            .clone()
            .map(Obj::Extension),
        _ => None,
    }
}

/// (newest-first key, catalog, sub-object): PostgreSQL's `object_address_comparator` orders by
/// OID descending, then catalog OID, then sub-id. Objects the model gives no OID of their own
/// (constraints, defaults) sort just after their table.
fn sort_key(cat: &Catalog, obj: &Obj) -> (u64, u32, u32) {
    const K: u64 = 1024;
    let rel_oid = |q: &QualName| cat.relations.get(q).map_or(0, |r| u64::from(r.oid));
    let attnum = |q: &QualName, c: &str| {
        cat.relations.get(q).map_or(0, |r| {
            r.columns
                .iter()
                .position(|col| col.name == c && !col.dropped)
                .map_or(0, |p| p as u32 + 1)
        })
    };
    match obj {
        Obj::Schema(_) => (0, 2615, 0),
        Obj::Rel(q) => (rel_oid(q) * K, 1259, 0),
        Obj::Column(q, c) => match cat.types.get(q) {
            // an attribute of a composite type: its relation is the type's
            Some(t) if !cat.relations.contains_key(q) => {
                let pos = match &t.kind {
                    TypeKind::Composite { attributes } => attributes
                        .iter()
                        .position(|(a, _)| a == c)
                        .map_or(0, |p| p as u32 + 1),
                    _ => 0,
                };
                (u64::from(t.oid) * K, 1259, pos)
            }
            _ => (rel_oid(q) * K, 1259, attnum(q, c)),
        },
        Obj::Default(q, c) => (rel_oid(q) * K + 512 + u64::from(attnum(q, c)), 2604, 0),
        Obj::Constraint(q, c) => {
            let con = cat
                .relations
                .get(q)
                .and_then(|r| r.constraints.iter().enumerate().find(|(_, x)| &x.name == c));
            let pos = con.map_or(0, |(i, _)| i as u64);
            // a foreign key is newer than both its tables
            let base = match con.map(|(_, x)| &x.kind) {
                Some(ConstraintKind::ForeignKey { ref_table, .. }) => {
                    rel_oid(q).max(rel_oid(ref_table))
                }
                _ => rel_oid(q),
            };
            (base * K + 2 + pos, 2606, 0)
        }
        Obj::Trigger(q, t) => {
            let oid = cat
                .relations
                .get(q)
                .and_then(|r| r.triggers.iter().find(|x| &x.name == t))
                .map_or(rel_oid(q), |x| u64::from(x.oid));
            (oid * K, 2620, 0)
        }
        Obj::Type(q) => (
            cat.types.get(q).map_or(0, |t| u64::from(t.oid)) * K,
            1247,
            0,
        ),
        Obj::ArrayType(q) => (
            cat.types.get(q).map_or(0, |t| u64::from(t.oid)) * K + 1,
            1247,
            0,
        ),
        Obj::Function(q, args) => (
            cat.functions
                .iter()
                .find(|f| &f.name == q && &f.arg_types == args)
                .map_or(0, |f| u64::from(f.oid))
                * K,
            1255,
            0,
        ),
        Obj::Extension(e) => (
            cat.extensions.get(e).map_or(0, |x| u64::from(x.oid)) * K,
            3079,
            0,
        ),
    }
}

/// A column type as the catalog stores it (`mood`, `mood[]`, `character varying(20)`) → the key
/// of the user type it is (`public.mood`) and whether it is its array.
pub(crate) fn column_type_ref(names: &Names<'_>, type_name: &str) -> Option<(QualName, bool)> {
    let mut t = type_name.trim();
    let mut array = false;
    while let Some(inner) = t.strip_suffix("[]") {
        t = inner.trim_end();
        array = true;
    }
    let base = match t.find('(') {
        Some(i) => t[..i].trim_end(),
        None => t,
    };
    let unquote = |s: &str| s.trim_matches('"').to_string();
    if let Some((s, n)) = base.split_once('.') {
        let q = QualName::new(&unquote(s), &unquote(n));
        return names.cat.types.contains_key(&q).then_some((q, array));
    }
    let n = unquote(base);
    let q = names
        .visible_type(&n)
        .or_else(|| names.cat.types.keys().find(|q| q.name == n).cloned())?;
    Some((q, array))
}

/// What an expression (a DEFAULT, a CHECK) calls: user functions (name, number of arguments)
/// and the sequences named in `nextval('…')`.
fn expr_refs(text: &str) -> (Vec<(crate::sql::ObjName, usize)>, Vec<crate::sql::ObjName>) {
    let dialect = sqlparser::dialect::PostgreSqlDialect {};
    let Ok(expr) = sqlparser::parser::Parser::new(&dialect)
        .try_with_sql(text)
        .and_then(|mut p| p.parse_expr())
    else {
        return (Vec::new(), Vec::new());
    };
    let mut calls = Vec::new();
    let mut seqs = Vec::new();
    let _ = sqlparser::ast::visit_expressions(&expr, |e| {
        if let Expr::Function(f) = e {
            let name = fold_name(&f.name);
            let args: Vec<&Expr> = match &f.args {
                FunctionArguments::List(l) => l
                    .args
                    .iter()
                    .filter_map(|a| match a {
                        sqlparser::ast::FunctionArg::Unnamed(
                            sqlparser::ast::FunctionArgExpr::Expr(e),
                        )
                        | sqlparser::ast::FunctionArg::Named {
                            arg: sqlparser::ast::FunctionArgExpr::Expr(e),
                            ..
                        } => Some(e),
                        _ => None,
                    })
                    .collect(),
                _ => Vec::new(),
            };
            let is_seq_fn =
                name.0.len() == 1 && matches!(name.name(), "nextval" | "currval" | "setval");
            if is_seq_fn {
                if let Some(lit) = args.first().and_then(|a| string_arg(a)) {
                    seqs.push(seq_name(&lit));
                }
            } else {
                calls.push((name, args.len()));
            }
        }
        ControlFlow::<()>::Continue(())
    });
    (calls, seqs)
}

fn string_arg(e: &Expr) -> Option<String> {
    match e {
        Expr::Value(v) => match &v.value {
            Value::SingleQuotedString(s) => Some(s.clone()),
            _ => None,
        },
        Expr::Cast { expr, .. } => string_arg(expr),
        Expr::Nested(inner) => string_arg(inner),
        _ => None,
    }
}

/// A `regclass` literal (`'s.seq'`, `'"Seq"'`) as a name.
fn seq_name(lit: &str) -> crate::sql::ObjName {
    let mut parts = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut was_quoted = false;
    let mut chars = lit.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                cur.push('"');
            }
            '"' => {
                quoted = !quoted;
                was_quoted = true;
            }
            '.' if !quoted => {
                parts.push(if was_quoted {
                    cur.clone()
                } else {
                    cur.to_lowercase()
                });
                cur.clear();
                was_quoted = false;
            }
            _ => cur.push(c),
        }
    }
    parts.push(if was_quoted { cur } else { cur.to_lowercase() });
    crate::sql::ObjName(parts)
}

/// Built-in functions that share their name with an extension's (`pg_catalog` comes first in
/// the search path, so a call resolves to the built-in).
const BUILTIN_SHADOWING: &[&str] = &["gen_random_uuid"];

/// The user functions a call `name(…argc)` may resolve to.
fn resolve_call(
    cat: &Catalog,
    names: &Names<'_>,
    name: &crate::sql::ObjName,
    argc: usize,
) -> Option<Obj> {
    let candidates = |schema: &str| {
        cat.functions.iter().find(|f| {
            f.name.schema == schema && f.name.name == name.name() && f.arg_types.len() == argc
        })
    };
    let f = match name.schema() {
        Some(s) => candidates(s),
        None => {
            if BUILTIN_SHADOWING.contains(&name.name()) {
                return None;
            }
            names.path_schemas().find_map(candidates)
        }
    }?;
    Some(Obj::Function(f.name.clone(), f.arg_types.clone()))
}

/// Every DEFAULT and CHECK constraint with the functions and sequences its expression uses.
fn expression_uses(cat: &Catalog, names: &Names<'_>) -> Vec<(Obj, Vec<Obj>)> {
    let resolve = |text: &str| -> Vec<Obj> {
        let (calls, seqs) = expr_refs(text);
        let mut out: Vec<Obj> = calls
            .iter()
            .filter_map(|(n, argc)| resolve_call(cat, names, n, *argc))
            .collect();
        out.extend(
            seqs.iter()
                .filter_map(|s| names.resolve_relation(s))
                .map(Obj::Rel),
        );
        out
    };
    let mut uses = Vec::new();
    for (tq, t) in &cat.relations {
        for col in t.live_columns() {
            if let Some(d) = &col.default {
                let targets = resolve(d);
                if !targets.is_empty() {
                    uses.push((Obj::Default(tq.clone(), col.name.clone()), targets));
                }
            }
        }
        for con in &t.constraints {
            if let ConstraintKind::Check { expr, .. } = &con.kind {
                let targets = resolve(expr);
                if !targets.is_empty() {
                    uses.push((Obj::Constraint(tq.clone(), con.name.clone()), targets));
                }
            }
        }
    }
    uses
}

/// The defaults and constraints whose expressions use `target`.
fn expression_users(exprs: &[(Obj, Vec<Obj>)], target: &Obj, out: &mut Vec<(Obj, Dep)>) {
    for (owner, targets) in exprs {
        if targets.contains(target) {
            out.push((owner.clone(), Dep::Normal));
        }
    }
}

/// Everything that depends on `obj` directly, with the kind of dependency.
fn dependents(
    cat: &Catalog,
    names: &Names<'_>,
    exprs: &[(Obj, Vec<Obj>)],
    obj: &Obj,
) -> Vec<(Obj, Dep)> {
    let mut out = Vec::new();
    match obj {
        Obj::Schema(s) => {
            for (q, r) in &cat.relations {
                if &q.schema == s && r.kind != RelKind::Index {
                    out.push((Obj::Rel(q.clone()), Dep::Normal));
                }
            }
            for q in cat.types.keys() {
                if &q.schema == s {
                    out.push((Obj::Type(q.clone()), Dep::Normal));
                }
            }
            for f in &cat.functions {
                if &f.name.schema == s {
                    out.push((
                        Obj::Function(f.name.clone(), f.arg_types.clone()),
                        Dep::Normal,
                    ));
                }
            }
            for e in cat.extensions.values() {
                if &e.schema == s {
                    out.push((Obj::Extension(e.name.clone()), Dep::Normal));
                }
            }
        }
        Obj::Rel(q) => {
            let Some(r) = cat.relations.get(q) else {
                return out;
            };
            // the relation's own parts
            for idx in cat.indexes_of(q) {
                out.push((Obj::Rel(idx.name.clone()), Dep::Auto));
            }
            for c in &r.constraints {
                out.push((Obj::Constraint(q.clone(), c.name.clone()), Dep::Auto));
            }
            for t in &r.triggers {
                out.push((Obj::Trigger(q.clone(), t.name.clone()), Dep::Auto));
            }
            for col in r.live_columns() {
                if col.default.is_some() {
                    out.push((Obj::Default(q.clone(), col.name.clone()), Dep::Auto));
                }
            }
            for col in r.live_columns() {
                column_dependents(cat, q, &col.name, &mut out, true);
            }
            // what reads the whole relation
            for v in cat.views_on(q) {
                out.push((Obj::Rel(v.name.clone()), Dep::Normal));
            }
            for f in &cat.functions {
                if f.depends_on.contains(q) {
                    out.push((
                        Obj::Function(f.name.clone(), f.arg_types.clone()),
                        Dep::Normal,
                    ));
                }
            }
            if r.kind == RelKind::Sequence {
                expression_users(exprs, obj, &mut out);
            }
            if let Some(ix) = &r.index {
                // foreign keys rely on the unique index of the columns they reference
                let cols: Vec<String> = ix.columns.iter().flatten().cloned().collect();
                if ix.unique && ix.predicate.is_none() {
                    for (t, c) in cat.foreign_keys_to(&ix.table) {
                        if let ConstraintKind::ForeignKey { ref_columns, .. } = &c.kind {
                            if *ref_columns == cols && t.name != ix.table {
                                out.push((
                                    Obj::Constraint(t.name.clone(), c.name.clone()),
                                    Dep::Normal,
                                ));
                            }
                        }
                    }
                }
            }
        }
        Obj::Column(q, c) => column_dependents(cat, q, c, &mut out, false),
        Obj::Default(..) | Obj::Trigger(..) => {}
        Obj::Constraint(q, c) => {
            if let Some(ix) = cat
                .relations
                .get(q)
                .and_then(|r| r.constraint(c))
                .and_then(|c| c.index())
            {
                out.push((Obj::Rel(QualName::new(&q.schema, ix)), Dep::Internal));
            }
        }
        Obj::Type(q) => {
            out.push((Obj::ArrayType(q.clone()), Dep::Internal));
            type_users(cat, names, q, false, &mut out);
        }
        Obj::ArrayType(q) => type_users(cat, names, q, true, &mut out),
        Obj::Function(fq, _) => {
            for (tq, t) in &cat.relations {
                for trg in &t.triggers {
                    if trg.function.as_ref() == Some(fq) {
                        out.push((Obj::Trigger(tq.clone(), trg.name.clone()), Dep::Normal));
                    }
                }
            }
            expression_users(exprs, obj, &mut out);
        }
        Obj::Extension(e) => {
            for f in &cat.functions {
                if f.extension.as_deref() == Some(e) {
                    out.push((
                        Obj::Function(f.name.clone(), f.arg_types.clone()),
                        Dep::Extension,
                    ));
                }
            }
            for t in cat.types.values() {
                if t.extension.as_deref() == Some(e) {
                    out.push((Obj::Type(t.name.clone()), Dep::Extension));
                }
            }
            for other in cat.extensions.values() {
                if super::super::ddl_misc::extension_requires(&other.name).contains(&e.as_str()) {
                    out.push((Obj::Extension(other.name.clone()), Dep::Normal));
                }
            }
        }
    }
    out
}

/// Objects depending on column `c` of `q`. With `from_table`, the column's own parts (indexes,
/// constraints, default) are skipped: the table lists them itself.
fn column_dependents(
    cat: &Catalog,
    q: &QualName,
    c: &str,
    out: &mut Vec<(Obj, Dep)>,
    from_table: bool,
) {
    let Some(r) = cat.relations.get(q) else {
        return;
    };
    if !from_table {
        for idx in cat.indexes_of(q) {
            let ix = idx.index.as_ref().expect("an index");
            if ix.depends_on_columns.iter().any(|x| x == c)
                || ix.columns.iter().flatten().any(|x| x == c)
            {
                out.push((Obj::Rel(idx.name.clone()), Dep::Auto));
            }
        }
        for con in &r.constraints {
            if con.columns().iter().any(|x| x == c) {
                out.push((Obj::Constraint(q.clone(), con.name.clone()), Dep::Auto));
            }
        }
        if r.column(c).is_some_and(|col| col.default.is_some()) {
            out.push((Obj::Default(q.clone(), c.to_string()), Dep::Auto));
        }
    }
    // owned sequences: serial (auto) and identity (internal)
    for (sq, s) in &cat.relations {
        if let Some((t, col)) = s.sequence.as_ref().and_then(|s| s.owned_by.as_ref()) {
            if t == q && col == c {
                let identity = r.column(c).is_some_and(|x| x.identity.is_some());
                out.push((
                    Obj::Rel(sq.clone()),
                    if identity { Dep::Internal } else { Dep::Auto },
                ));
            }
        }
    }
    // foreign keys of other tables referencing the column
    for (t, con) in cat.foreign_keys_to(q) {
        if let ConstraintKind::ForeignKey { ref_columns, .. } = &con.kind {
            if ref_columns.iter().any(|x| x == c) && (t.name != *q || !from_table) {
                out.push((
                    Obj::Constraint(t.name.clone(), con.name.clone()),
                    Dep::Normal,
                ));
            }
        }
    }
    // views reading the column
    for v in cat.relations.values() {
        if let Some(vi) = &v.view {
            if vi
                .depends_on_columns
                .iter()
                .any(|(vq, vc)| vq == q && vc == c)
            {
                out.push((Obj::Rel(v.name.clone()), Dep::Normal));
            }
        }
    }
}

/// Columns, domains, composite types and functions that use type `q` (or its array).
fn type_users(
    cat: &Catalog,
    names: &Names<'_>,
    q: &QualName,
    array: bool,
    out: &mut Vec<(Obj, Dep)>,
) {
    for (rq, r) in &cat.relations {
        if r.kind == RelKind::View {
            continue;
        }
        for col in r.live_columns() {
            if column_type_ref(names, &col.type_name) == Some((q.clone(), array)) {
                out.push((Obj::Column(rq.clone(), col.name.clone()), Dep::Normal));
            }
        }
    }
    let key = if array {
        format!("{}[]", type_key_of(q))
    } else {
        type_key_of(q)
    };
    for t in cat.types.values() {
        match &t.kind {
            TypeKind::Domain { base, .. }
                if column_type_ref(names, base) == Some((q.clone(), array)) =>
            {
                out.push((Obj::Type(t.name.clone()), Dep::Normal));
            }
            TypeKind::Composite { attributes } => {
                for (a, ty) in attributes {
                    if column_type_ref(names, ty) == Some((q.clone(), array)) {
                        out.push((Obj::Column(t.name.clone(), a.clone()), Dep::Normal));
                    }
                }
            }
            _ => {}
        }
    }
    for f in &cat.functions {
        let uses = f.arg_types.contains(&key)
            || f.returns
                .as_deref()
                .is_some_and(|r| r == key || r.strip_prefix("setof ").is_some_and(|x| x == key));
        if uses && f.extension.is_none() {
            out.push((
                Obj::Function(f.name.clone(), f.arg_types.clone()),
                Dep::Normal,
            ));
        }
    }
    let _ = split_key;
}

/// Remove the planned objects from the catalog.
pub(crate) fn apply(cat: &mut Catalog, plan: &Plan) {
    for obj in &plan.objects {
        match obj {
            Obj::Schema(s) => {
                cat.schemas.remove(s);
            }
            Obj::Rel(q) => {
                cat.relations.remove(q);
                for r in cat.relations.values_mut() {
                    for c in r.columns.iter_mut() {
                        if c.owned_sequence.as_ref() == Some(q) {
                            c.owned_sequence = None;
                        }
                    }
                }
            }
            Obj::Column(q, c) => {
                if let Some(r) = cat.relations.get_mut(q) {
                    if let Some(col) = r.column_mut(c) {
                        col.dropped = true;
                        col.default = None;
                        col.not_null = false;
                    }
                    r.constraints.retain(
                        |x| !matches!(&x.kind, ConstraintKind::NotNull { column } if column == c),
                    );
                } else if let Some(t) = cat.types.get_mut(q) {
                    if let TypeKind::Composite { attributes } = &mut t.kind {
                        attributes.retain(|(a, _)| a != c);
                    }
                }
            }
            Obj::Default(q, c) => {
                if let Some(col) = cat.relations.get_mut(q).and_then(|r| r.column_mut(c)) {
                    col.default = None;
                }
            }
            Obj::Constraint(q, c) => {
                if let Some(r) = cat.relations.get_mut(q) {
                    r.constraints.retain(|x| &x.name != c);
                }
            }
            Obj::Trigger(q, t) => {
                if let Some(r) = cat.relations.get_mut(q) {
                    r.triggers.retain(|x| &x.name != t);
                }
            }
            Obj::Type(q) => {
                cat.types.remove(q);
            }
            Obj::ArrayType(_) => {}
            Obj::Function(q, args) => cat
                .functions
                .retain(|f| !(&f.name == q && &f.arg_types == args)),
            Obj::Extension(e) => {
                cat.extensions.remove(e);
            }
        }
    }
}
