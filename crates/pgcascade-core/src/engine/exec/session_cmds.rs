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
