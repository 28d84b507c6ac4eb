//! Constant expressions: arithmetic on literals that fails no matter what the data is
//! (`SELECT 1/0` → 22012 division by zero).

use sqlparser::ast::{BinaryOperator, Expr, UnaryOperator, Value, ValueWithSpan};

use crate::response::PgError;

/// An integer value of a constant expression, when it is one PostgreSQL evaluates as `integer`
/// or `bigint` arithmetic. `Err` when evaluating it raises an error.
fn eval_int(e: &Expr) -> Result<Option<i64>, PgError> {
    Ok(match e {
        Expr::Value(ValueWithSpan {
            value: Value::Number(n, _),
            ..
        }) => n.parse::<i64>().ok(),
        Expr::Nested(inner) => eval_int(inner)?,
        Expr::UnaryOp {
            op: UnaryOperator::Minus,
            expr,
        } => eval_int(expr)?.and_then(i64::checked_neg),
        Expr::UnaryOp {
            op: UnaryOperator::Plus,
            expr,
        } => eval_int(expr)?,
        Expr::BinaryOp { left, op, right } => {
            let (Some(a), Some(b)) = (eval_int(left)?, eval_int(right)?) else {
                return Ok(None);
            };
            match op {
                BinaryOperator::Plus => a.checked_add(b),
                BinaryOperator::Minus => a.checked_sub(b),
                BinaryOperator::Multiply => a.checked_mul(b),
                BinaryOperator::Divide | BinaryOperator::Modulo if b == 0 => {
                    return Err(PgError::new("22012", "division by zero"))
                }
                BinaryOperator::Divide => a.checked_div(b),
                BinaryOperator::Modulo => a.checked_rem(b),
                _ => None,
            }
        }
        _ => None,
    })
}

/// Raise what PostgreSQL raises evaluating the constant parts of `e`.
pub fn check(e: &Expr) -> Result<(), PgError> {
    let mut result = Ok(());
    let _ = sqlparser::ast::visit_expressions(e, |sub| {
        if let Err(err) = eval_int(sub) {
            result = Err(err);
            return std::ops::ControlFlow::Break(());
        }
        std::ops::ControlFlow::Continue(())
    });
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use sqlparser::dialect::PostgreSqlDialect;
    use sqlparser::parser::Parser;

    fn expr(s: &str) -> Expr {
        Parser::new(&PostgreSqlDialect {})
            .try_with_sql(s)
            .unwrap()
            .parse_expr()
            .unwrap()
    }

    #[test]
    fn division_by_zero_is_found_in_constants_only() {
        assert_eq!(check(&expr("1/0")).unwrap_err().sqlstate, "22012");
        assert_eq!(
            check(&expr("(2 + 3) / (1 - 1)")).unwrap_err().sqlstate,
            "22012"
        );
        assert!(check(&expr("1/2")).is_ok());
        assert!(check(&expr("a/0")).is_ok(), "a column: depends on the data");
    }
}
