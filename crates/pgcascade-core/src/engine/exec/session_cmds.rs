//! SET, SET LOCAL, RESET, SHOW.

use sqlparser::ast::{ContextModifier, Expr, Reset, Set, Statement, Value, ValueWithSpan};

use super::{Ctx, ExecResult};
use crate::sql::fold_ident;

/// A setting's value as PostgreSQL stores it: identifiers folded, strings unquoted, list items
/// joined by ", ".
fn render_value(values: &[Expr]) -> String {
    values
        .iter()
        .map(|v| match v {
            Expr::Identifier(id) if id.quote_style.is_some() => format!("\"{}\"", id.value),
            Expr::Identifier(id) => fold_ident(id),
            Expr::Value(ValueWithSpan {
                value: Value::SingleQuotedString(s),
                ..
            }) => s.clone(),
            other => other.to_string(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn run(ctx: &mut Ctx<'_>, stmt: &Statement) -> ExecResult {
    match stmt {
        Statement::Set(set) => set_command(ctx, set),
        Statement::ShowVariable { variable } => {
            let name = variable
                .iter()
                .map(fold_ident)
                .collect::<Vec<_>>()
                .join(".");
            if ctx.settings.get(&name).is_none() && !name.contains('.') {
                ctx.partial();
            }
            Ok("SHOW".into())
        }
        Statement::Reset(r) => {
            match &r.reset {
                Reset::ALL => ctx.settings.reset_all(),
                Reset::ConfigurationParameter(name) => {
                    let n = crate::sql::fold_name(name).to_string();
                    ctx.settings.reset(&n);
                }
                _ => ctx.partial(),
            }
            Ok("RESET".into())
        }
        _ => unreachable!("dispatched by exec::run"),
    }
}

fn set_command(ctx: &mut Ctx<'_>, set: &Set) -> ExecResult {
    match set {
        Set::SingleAssignment {
            scope,
            variable,
            values,
            ..
        } => {
            let name = crate::sql::fold_name(variable).to_string();
            let value = render_value(values);
            let local = matches!(scope, Some(ContextModifier::Local));
            let is_default = values.len() == 1
                && matches!(&values[0], Expr::Identifier(id) if id.value.eq_ignore_ascii_case("default") && id.quote_style.is_none());
            if local {
                if !ctx.explicit_block {
                    ctx.warning("25P01", "SET LOCAL can only be used in transaction blocks");
                }
                ctx.settings.set_local(&name, value);
            } else if is_default {
                ctx.settings.reset(&name);
            } else {
                ctx.settings.set_session(&name, value);
            }
            Ok("SET".into())
        }
        Set::SetTimeZone { local, value } => {
            let v = render_value(std::slice::from_ref(value));
            if *local {
                ctx.settings.set_local("timezone", v);
            } else {
                ctx.settings.set_session("timezone", v);
            }
            Ok("SET".into())
        }
        _ => {
            ctx.partial();
            Ok("SET".into())
        }
    }
}

/// `SELECT [pg_catalog.]set_config('name', 'value', is_local)` with literal arguments, as
/// pg_dump writes it: (name, value, is_local).
pub fn set_config_call(q: &sqlparser::ast::Query) -> Option<(String, String, bool)> {
    use sqlparser::ast::{FunctionArg, FunctionArgExpr, FunctionArguments, SelectItem, SetExpr};
    let SetExpr::Select(sel) = q.body.as_ref() else {
        return None;
    };
    if !sel.from.is_empty() || sel.projection.len() != 1 {
        return None;
    }
    let (SelectItem::UnnamedExpr(Expr::Function(f))
    | SelectItem::ExprWithAlias {
        expr: Expr::Function(f),
        ..
    }) = &sel.projection[0]
    else {
        return None;
    };
    let name = f.name.to_string().to_lowercase();
    if name != "set_config" && name != "pg_catalog.set_config" {
        return None;
    }
    let FunctionArguments::List(list) = &f.args else {
        return None;
    };
    let lit = |a: &FunctionArg| -> Option<String> {
        match a {
            FunctionArg::Unnamed(FunctionArgExpr::Expr(Expr::Value(ValueWithSpan {
                value,
                ..
            }))) => match value {
                Value::SingleQuotedString(s) => Some(s.clone()),
                Value::Boolean(b) => Some(b.to_string()),
                _ => None,
            },
            _ => None,
        }
    };
    let [a, b, c] = list.args.as_slice() else {
        return None;
    };
    Some((lit(a)?.to_lowercase(), lit(b)?, lit(c)? == "true"))
}

/// Run a `set_config` call: like `SET` (or `SET LOCAL` when `is_local`), answering one row.
pub fn set_config(ctx: &mut Ctx<'_>, name: &str, value: String, local: bool) -> ExecResult {
    if local {
        ctx.settings.set_local(name, value);
    } else {
        ctx.settings.set_session(name, value);
    }
    Ok("SELECT 1".into())
}
