//! Expression evaluation over one row, as PostgreSQL's executor would do it.
//!
//! Evaluated: literals, column references, casts between the common types (with PostgreSQL's
//! input errors), `+ - * / %` (22012 division by zero, 22003 out of range), comparisons with
//! SQL's three-valued logic, `AND`/`OR`/`NOT`, `IS [NOT] NULL`, `IS [NOT] DISTINCT FROM`,
//! `[NOT] IN (list)`, `BETWEEN`, `LIKE`/`ILIKE` with `%` and `_`, `CASE`, `COALESCE`, `NULLIF`,
//! `GREATEST`/`LEAST`, and a few string functions. Anything else is [`Datum::Unknown`]: never a
//! guess.
//!
//! A statement is evaluated in three phases, because PostgreSQL raises errors at three moments:
//! [`Phase::Parse`] (coercing a quoted literal to its type: `'12a'` into an integer column),
//! [`Phase::Fold`] (the planner folds constant subexpressions: `1 / 0` fails even over an empty
//! table) and [`Phase::Row`] (the executor, row by row). In the first two phases column values
//! are unknown; only constants can fail.

use sqlparser::ast::{
    BinaryOperator, CastKind, DataType, Expr, FunctionArg, FunctionArgExpr, FunctionArguments,
    InTarget, Query, TrimWhereField, UnaryOperator, Value as SqlValue,
};

use super::datum::{Datum, Dec, Ty};
use crate::response::PgError;
use crate::sql::fold_ident;

/// A value with its type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Value {
    pub datum: Datum,
    pub ty: Ty,
}

impl Value {
    pub fn new(datum: Datum, ty: Ty) -> Value {
        Value { datum, ty }
    }

    pub fn unknown(ty: Ty) -> Value {
        Value::new(Datum::Unknown, ty)
    }

    fn null(ty: Ty) -> Value {
        Value::new(Datum::Null, ty)
    }

    fn bool(b: Option<bool>) -> Value {
        Value::new(b.map_or(Datum::Null, Datum::Bool), Ty::Bool)
    }

    /// A boolean result: `Some(Some(b))` true/false, `Some(None)` NULL, `None` not known.
    pub fn truth(&self) -> Option<Option<bool>> {
        match &self.datum {
            Datum::Bool(b) => Some(Some(*b)),
            Datum::Null => Some(None),
            _ => None,
        }
    }
}

/// When an error is raised (see the module documentation).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Parse,
    Fold,
    Row,
}

/// How a value is converted: PostgreSQL's cast contexts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum How {
    Implicit,
    /// Storing into a column (INSERT, UPDATE, ALTER COLUMN TYPE).
    Assignment,
    /// `CAST(x AS t)`, `x::t`.
    Explicit,
}

/// Where column references and type names are looked up.
pub trait Scope {
    /// The value of a column reference (`a`, or `t.a` with `qualifier`); `None` when the name
    /// is not a column here.
    fn column(&self, qualifier: Option<&str>, name: &str) -> Option<Value>;
    /// The type a cast names; `None` when not understood.
    fn cast_type(&self, dt: &DataType) -> Option<Ty>;
    /// PostgreSQL's major version (integer input syntax grew in 16).
    fn pg_version(&self) -> u32;
    /// The rows an uncorrelated subquery returns, when known.
    fn subquery(&self, _q: &Query) -> Option<Vec<Vec<Value>>> {
        None
    }
}

/// Evaluates expressions in one phase.
pub struct Eval<'a> {
    scope: &'a dyn Scope,
    phase: Phase,
    /// Depth of branches that run only for some (unknown) values: errors there are possible,
    /// not certain.
    guarded: u32,
    /// The SQLSTATE of an error that may happen, depending on values that are not known.
    pub maybe_error: Option<String>,
}

fn err(sqlstate: &str, message: impl Into<String>) -> PgError {
    PgError::new(sqlstate, message)
}

fn division_by_zero() -> PgError {
    err("22012", "division by zero")
}

fn out_of_range(ty: &Ty) -> PgError {
    err("22003", format!("{} out of range", ty.name()))
}

/// What an error is, for deciding in which phase it is raised.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Origin {
    /// Coercing a quoted literal (raised by the parser).
    Literal,
    /// Anything else (raised when folding constants or running).
    Operation,
}

impl<'a> Eval<'a> {
    pub fn new(scope: &'a dyn Scope, phase: Phase) -> Self {
        Eval {
            scope,
            phase,
            guarded: 0,
            maybe_error: None,
        }
    }

    fn maybe(&mut self, sqlstate: &str) {
        if self.phase == Phase::Row && self.maybe_error.is_none() {
            self.maybe_error = Some(sqlstate.to_string());
        }
    }

    /// Raise `e` if this phase raises errors of this origin; otherwise the result is unknown.
    fn fail(&mut self, e: PgError, origin: Origin, ty: Ty) -> Result<Value, PgError> {
        if self.guarded > 0 {
            let state = e.sqlstate.clone();
            self.maybe(&state);
            return Ok(Value::unknown(ty));
        }
        match (self.phase, origin) {
            (Phase::Parse, Origin::Operation) => Ok(Value::unknown(ty)),
            _ => Err(e),
        }
    }

    /// Evaluate `e` in a branch that may or may not run.
    fn guarded_eval(&mut self, e: &Expr) -> Result<Value, PgError> {
        self.guarded += 1;
        let r = self.eval(e);
        self.guarded -= 1;
        r
    }

    pub fn eval(&mut self, e: &Expr) -> Result<Value, PgError> {
        match e {
            Expr::Value(v) => Ok(literal(&v.value, false)),
            Expr::Nested(inner) => self.eval(inner),
            Expr::Identifier(id) => Ok(self.identifier(None, &fold_ident(id))),
            Expr::CompoundIdentifier(parts) if parts.len() >= 2 => {
                let q = fold_ident(&parts[parts.len() - 2]);
                let n = fold_ident(&parts[parts.len() - 1]);
                Ok(self
                    .scope
                    .column(Some(&q), &n)
                    .unwrap_or_else(|| Value::unknown(Ty::Other(String::new()))))
            }
            Expr::UnaryOp { op, expr } => self.unary(*op, expr),
            Expr::BinaryOp { left, op, right } => self.binary(left, op, right),
            Expr::IsNull(x) | Expr::IsNotNull(x) => {
                let v = self.eval(x)?;
                let negate = matches!(e, Expr::IsNotNull(_));
                Ok(Value::bool(v.datum.null_state().map(|n| n != negate))
                    .known_or_unknown(v.datum.null_state().is_some()))
            }
            Expr::IsTrue(x)
            | Expr::IsNotTrue(x)
            | Expr::IsFalse(x)
            | Expr::IsNotFalse(x)
            | Expr::IsUnknown(x)
            | Expr::IsNotUnknown(x) => {
                let v = self.eval(x)?;
                let Some(t) = v.truth() else {
                    return Ok(Value::unknown(Ty::Bool));
                };
                let r = match e {
                    Expr::IsTrue(_) => t == Some(true),
                    Expr::IsNotTrue(_) => t != Some(true),
                    Expr::IsFalse(_) => t == Some(false),
                    Expr::IsNotFalse(_) => t != Some(false),
                    Expr::IsUnknown(_) => t.is_none(),
                    _ => t.is_some(),
                };
                Ok(Value::bool(Some(r)))
            }
            Expr::IsDistinctFrom(a, b) | Expr::IsNotDistinctFrom(a, b) => {
                let (l, r) = self.operands(a, b)?;
                let distinct = match (&l.datum, &r.datum) {
                    (Datum::Null, Datum::Null) => Some(false),
                    (Datum::Null, d) | (d, Datum::Null) => d.null_state().map(|n| !n),
                    _ => compare(&l, &r).map(|o| o != std::cmp::Ordering::Equal),
                };
                let negate = matches!(e, Expr::IsNotDistinctFrom(..));
                Ok(match distinct {
                    Some(d) => Value::bool(Some(d != negate)),
                    None => Value::unknown(Ty::Bool),
                })
            }
            Expr::In {
                expr,
                target: InTarget::List(list),
                negated,
                ..
            } => self.in_list(expr, list, *negated),
            Expr::Exists { subquery, negated } => {
                let rows = self.subquery_rows(subquery);
                Ok(match rows {
                    Some(rows) => Value::bool(Some(rows.is_empty() == *negated)),
                    None => Value::unknown(Ty::Bool),
                })
            }
            Expr::In {
                expr,
                target: InTarget::Subquery(q),
                negated,
                ..
            } => {
                let v = self.eval(expr)?;
                let Some(rows) = self.subquery_rows(q) else {
                    return Ok(Value::unknown(Ty::Bool));
                };
                let mut result = Some(Some(false));
                for row in rows {
                    let x = match <[Value; 1]>::try_from(row) {
                        Ok([x]) => x,
                        Err(_) => Value::unknown(Ty::Other(String::new())),
                    };
                    let (a, b) = self.unify(v.clone(), x)?;
                    let t = cmp_truth(&a, &b, |o| o == std::cmp::Ordering::Equal).truth();
                    result = or3(result, t);
                }
                Ok(not_if(truth_value(result), *negated))
            }
            Expr::Between {
                expr,
                negated,
                low,
                high,
            } => {
                let v = self.eval(expr)?;
                let lo = self.eval(low)?;
                let hi = self.eval(high)?;
                let (v1, lo) = self.unify(v.clone(), lo)?;
                let (v2, hi) = self.unify(v, hi)?;
                let a = cmp_truth(&v1, &lo, |o| o != std::cmp::Ordering::Less);
                let b = cmp_truth(&v2, &hi, |o| o != std::cmp::Ordering::Greater);
                Ok(not_if(truth_value(and3(a.truth(), b.truth())), *negated))
            }
            Expr::Like {
                negated,
                any: false,
                expr,
                pattern,
                escape_char,
            }
            | Expr::ILike {
                negated,
                any: false,
                expr,
                pattern,
                escape_char,
            } => {
                let ci = matches!(e, Expr::ILike { .. });
                let v = self.eval(expr)?;
                let p = self.eval(pattern)?;
                if escape_char.is_some() {
                    return Ok(Value::unknown(Ty::Bool));
                }
                Ok(not_if(like(&v, &p, ci), *negated))
            }
            Expr::Cast {
                kind: CastKind::Cast | CastKind::DoubleColon,
                expr,
                data_type,
                format: None,
            } => {
                let v = self.eval(expr)?;
                match self.scope.cast_type(data_type) {
                    Some(t) => self.coerce(v, &t, How::Explicit),
                    None => Ok(opaque_like(&v, Ty::Other(String::new()))),
                }
            }
            Expr::TypedString(ts) => {
                let v = literal(&ts.value.value, true);
                match self.scope.cast_type(&ts.data_type) {
                    Some(t) => self.coerce(v, &t, How::Explicit),
                    None => Ok(opaque_like(&v, Ty::Other(String::new()))),
                }
            }
            Expr::Case {
                operand,
                conditions,
                else_result,
                ..
            } => self.case(operand.as_deref(), conditions, else_result.as_deref()),
            Expr::Function(f) => self.function(f),
            Expr::Trim {
                expr,
                trim_where,
                trim_what,
                trim_characters,
            } => {
                if trim_characters.is_some() {
                    return Ok(Value::unknown(Ty::Text));
                }
                let v = self.eval(expr)?;
                let chars = match trim_what {
                    Some(w) => self.eval(w)?,
                    None => Value::new(Datum::Text(" ".into()), Ty::Text),
                };
                let (Some(s), Some(c)) = (text_of(&v), text_of(&chars)) else {
                    return Ok(null_or_unknown(&[&v, &chars], Ty::Text));
                };
                let set: Vec<char> = c.chars().collect();
                let out = match trim_where {
                    Some(TrimWhereField::Leading) => s.trim_start_matches(&set[..]),
                    Some(TrimWhereField::Trailing) => s.trim_end_matches(&set[..]),
                    _ => s.trim_matches(&set[..]),
                };
                Ok(Value::new(Datum::Text(out.to_string()), Ty::Text))
            }
            _ => Ok(Value::unknown(Ty::Other(String::new()))),
        }
    }

    /// An uncorrelated subquery's rows (the executor runs it; the planner does not fold it).
    fn subquery_rows(&mut self, q: &Query) -> Option<Vec<Vec<Value>>> {
        if self.phase != Phase::Row {
            return None;
        }
        self.scope.subquery(q)
    }

    fn identifier(&mut self, qualifier: Option<&str>, name: &str) -> Value {
        if let Some(v) = self.scope.column(qualifier, name) {
            return v;
        }
        match name {
            "current_timestamp" | "localtimestamp" | "current_date" | "current_time"
            | "localtime" => Value::new(Datum::Opaque, Ty::Other(String::new())),
            "current_user" | "session_user" | "user" | "current_role" => {
                Value::new(Datum::Opaque, Ty::Other("name".into()))
            }
            _ => Value::unknown(Ty::Other(String::new())),
        }
    }

    fn unary(&mut self, op: UnaryOperator, expr: &Expr) -> Result<Value, PgError> {
        match op {
            UnaryOperator::Minus => {
                // `-5` is one negative constant to PostgreSQL's grammar
                if let Expr::Value(v) = expr {
                    if let SqlValue::Number(n, _) = &v.value {
                        return Ok(number(&format!("-{n}")));
                    }
                }
                let v = self.eval(expr)?;
                match &v.datum {
                    Datum::Int(i) => match i.checked_neg().filter(|n| in_range(*n, &v.ty)) {
                        Some(n) => Ok(Value::new(Datum::Int(n), v.ty)),
                        None => {
                            let e = out_of_range(&v.ty);
                            self.fail(e, Origin::Operation, v.ty)
                        }
                    },
                    Datum::Num(d) => {
                        Ok(d.checked_neg().map_or(Value::unknown(v.ty.clone()), |n| {
                            Value::new(Datum::Num(n), v.ty.clone())
                        }))
                    }
                    Datum::Null => Ok(v),
                    _ if v.ty.is_numeric_family() => Ok(Value::unknown(v.ty)),
                    _ => Ok(Value::unknown(Ty::Other(String::new()))),
                }
            }
            UnaryOperator::Plus => self.eval(expr),
            UnaryOperator::Not => {
                let v = self.eval(expr)?;
                Ok(match v.truth() {
                    Some(t) => Value::bool(t.map(|b| !b)),
                    None => Value::unknown(Ty::Bool),
                })
            }
            _ => Ok(Value::unknown(Ty::Other(String::new()))),
        }
    }

    /// Both operands, an untyped literal taking the other side's type.
    fn operands(&mut self, a: &Expr, b: &Expr) -> Result<(Value, Value), PgError> {
        let l = self.eval(a)?;
        let r = self.eval(b)?;
        self.unify(l, r)
    }

    fn unify(&mut self, l: Value, r: Value) -> Result<(Value, Value), PgError> {
        match (&l.ty, &r.ty) {
            (Ty::Untyped, Ty::Untyped) => {
                Ok((Value::new(l.datum, Ty::Text), Value::new(r.datum, Ty::Text)))
            }
            (Ty::Untyped, t) => {
                let t = comparison_type(t);
                Ok((self.coerce(l, &t, How::Implicit)?, r))
            }
            (t, Ty::Untyped) => {
                let t = comparison_type(t);
                let r = self.coerce(r, &t, How::Implicit)?;
                Ok((l, r))
            }
            _ => Ok((l, r)),
        }
    }

    fn binary(&mut self, a: &Expr, op: &BinaryOperator, b: &Expr) -> Result<Value, PgError> {
        match op {
            BinaryOperator::And | BinaryOperator::Or => self.logic(a, op, b),
            BinaryOperator::Plus
            | BinaryOperator::Minus
            | BinaryOperator::Multiply
            | BinaryOperator::Divide
            | BinaryOperator::Modulo => {
                let (l, r) = self.operands(a, b)?;
                self.arith(op, l, r)
            }
            BinaryOperator::Eq
            | BinaryOperator::NotEq
            | BinaryOperator::Lt
            | BinaryOperator::LtEq
            | BinaryOperator::Gt
            | BinaryOperator::GtEq => {
                let (l, r) = self.operands(a, b)?;
                use std::cmp::Ordering::*;
                let test: fn(std::cmp::Ordering) -> bool = match op {
                    BinaryOperator::Eq => |o| o == Equal,
                    BinaryOperator::NotEq => |o| o != Equal,
                    BinaryOperator::Lt => |o| o == Less,
                    BinaryOperator::LtEq => |o| o != Greater,
                    BinaryOperator::Gt => |o| o == Greater,
                    _ => |o| o != Less,
                };
                let strict_order = !matches!(op, BinaryOperator::Eq | BinaryOperator::NotEq);
                if strict_order && is_text_ordering(&l, &r) {
                    // text order depends on the collation: only equal strings are decided
                    return Ok(match (&l.datum, &r.datum) {
                        (Datum::Null, _) | (_, Datum::Null) => Value::bool(None),
                        _ if compare(&l, &r) == Some(Equal) => Value::bool(Some(test(Equal))),
                        _ => Value::unknown(Ty::Bool),
                    });
                }
                Ok(cmp_truth(&l, &r, test))
            }
            BinaryOperator::StringConcat => {
                let l = self.eval(a)?;
                let r = self.eval(b)?;
                let textual = |v: &Value| v.ty.is_string() || v.ty == Ty::Untyped;
                if !textual(&l) && !textual(&r) {
                    return Ok(Value::unknown(Ty::Other(String::new())));
                }
                Ok(match (&l.datum, &r.datum) {
                    (Datum::Null, _) | (_, Datum::Null) => Value::null(Ty::Text),
                    _ => match (output_text(&l), output_text(&r)) {
                        (Some(x), Some(y)) => Value::new(Datum::Text(x + &y), Ty::Text),
                        _ => opaque_if_nonnull(&[&l, &r], Ty::Text),
                    },
                })
            }
            _ => {
                self.eval(a)?;
                self.eval(b)?;
                Ok(Value::unknown(Ty::Other(String::new())))
            }
        }
    }

    fn logic(&mut self, a: &Expr, op: &BinaryOperator, b: &Expr) -> Result<Value, PgError> {
        let is_and = matches!(op, BinaryOperator::And);
        let short = Some(Some(!is_and)); // FALSE stops AND, TRUE stops OR
        let l = self.eval(a)?;
        let lt = l.truth();
        let r = match self.phase {
            Phase::Parse => Some(self.eval(b)?),
            // the planner stops at a constant FALSE (AND) / TRUE (OR)
            Phase::Fold if lt == short => None,
            Phase::Fold => Some(self.eval(b)?),
            Phase::Row if lt == short => None,
            Phase::Row if lt.is_none() => Some(self.guarded_eval(b)?),
            Phase::Row => Some(self.eval(b)?),
        };
        let rt = match &r {
            None => return Ok(Value::bool(Some(!is_and))),
            Some(r) => r.truth(),
        };
        let t = if is_and { and3(lt, rt) } else { or3(lt, rt) };
        Ok(match t {
            Some(t) => Value::bool(t),
            None => Value::unknown(Ty::Bool),
        })
    }

    fn arith(&mut self, op: &BinaryOperator, l: Value, r: Value) -> Result<Value, PgError> {
        if !l.ty.is_numeric_family() || !r.ty.is_numeric_family() {
            return Ok(Value::unknown(Ty::Other(String::new())));
        }
        let divides = matches!(op, BinaryOperator::Divide | BinaryOperator::Modulo);
        let numeric = !(l.ty.is_integer() && r.ty.is_integer());
        let ty = if numeric {
            Ty::Numeric(None)
        } else {
            wider_int(&l.ty, &r.ty)
        };
        match (&l.datum, &r.datum) {
            (Datum::Null, _) | (_, Datum::Null) => return Ok(Value::null(ty)),
            _ => {}
        }
        let (Some(x), Some(y)) = (as_dec(&l.datum), as_dec(&r.datum)) else {
            if divides && as_dec(&r.datum).is_none_or(|d| d.is_zero()) {
                self.maybe("22012");
            }
            let known_nonnull = l.datum.null_state() == Some(false)
                && r.datum.null_state() == Some(false)
                && !divides;
            let d = if known_nonnull {
                Datum::Opaque
            } else {
                Datum::Unknown
            };
            return Ok(Value::new(d, ty));
        };
        if divides && y.is_zero() {
            return self.fail(division_by_zero(), Origin::Operation, ty);
        }
        if numeric {
            let r = match op {
                BinaryOperator::Plus => x.checked_add(y),
                BinaryOperator::Minus => x.checked_sub(y),
                BinaryOperator::Multiply => x.checked_mul(y),
                BinaryOperator::Modulo => x.checked_rem(y),
                // the result scale of numeric division is not modelled
                _ => None,
            };
            return Ok(match r {
                Some(d) => Value::new(Datum::Num(d), ty),
                None => Value::new(Datum::Opaque, ty),
            });
        }
        let (Datum::Int(x), Datum::Int(y)) = (&l.datum, &r.datum) else {
            return Ok(Value::unknown(ty));
        };
        let r = match op {
            BinaryOperator::Plus => x.checked_add(*y),
            BinaryOperator::Minus => x.checked_sub(*y),
            BinaryOperator::Multiply => x.checked_mul(*y),
            BinaryOperator::Divide => x.checked_div(*y),
            _ => x.checked_rem(*y).or(Some(0)),
        };
        match r.filter(|n| in_range(*n, &ty)) {
            Some(n) => Ok(Value::new(Datum::Int(n), ty)),
            None => {
                let e = out_of_range(&ty);
                self.fail(e, Origin::Operation, ty)
            }
        }
    }

    fn in_list(&mut self, expr: &Expr, list: &[Expr], negated: bool) -> Result<Value, PgError> {
        let v = self.eval(expr)?;
        let mut result = Some(Some(false));
        for item in list {
            let x = self.eval(item)?;
            let (a, b) = self.unify(v.clone(), x)?;
            let t = cmp_truth(&a, &b, |o| o == std::cmp::Ordering::Equal).truth();
            result = or3(result, t);
        }
        Ok(not_if(
            match result {
                Some(t) => Value::bool(t),
                None => Value::unknown(Ty::Bool),
            },
            negated,
        ))
    }

    fn case(
        &mut self,
        operand: Option<&Expr>,
        conditions: &[sqlparser::ast::CaseWhen],
        else_result: Option<&Expr>,
    ) -> Result<Value, PgError> {
        let subject = match operand {
            Some(o) => Some(self.eval(o)?),
            None => None,
        };
        let mut uncertain = false;
        let mut ty: Option<Ty> = None;
        for cw in conditions {
            let c = if uncertain && self.phase == Phase::Row {
                self.guarded_eval(&cw.condition)?
            } else {
                self.eval(&cw.condition)?
            };
            let c = match &subject {
                Some(s) => {
                    let (a, b) = self.unify(s.clone(), c)?;
                    cmp_truth(&a, &b, |o| o == std::cmp::Ordering::Equal)
                }
                None => c,
            };
            let t = c.truth();
            match (self.phase, t) {
                (Phase::Parse, _) => {
                    let r = self.eval(&cw.result)?;
                    ty.get_or_insert(r.ty);
                }
                (_, Some(None) | Some(Some(false))) => {}
                (_, Some(Some(true))) if !uncertain => return self.eval(&cw.result),
                (Phase::Fold, _) => {
                    let r = self.eval(&cw.result)?;
                    ty.get_or_insert(r.ty);
                    if t == Some(Some(true)) {
                        return Ok(Value::unknown(ty.unwrap_or(Ty::Other(String::new()))));
                    }
                }
                (Phase::Row, _) => {
                    let r = self.guarded_eval(&cw.result)?;
                    ty.get_or_insert(r.ty);
                    uncertain = true;
                    if t == Some(Some(true)) {
                        return Ok(Value::unknown(ty.unwrap_or(Ty::Other(String::new()))));
                    }
                }
            }
        }
        let default = match else_result {
            Some(e) if uncertain && self.phase == Phase::Row => Some(self.guarded_eval(e)?),
            Some(e) => Some(self.eval(e)?),
            None => None,
        };
        match self.phase {
            Phase::Row if !uncertain => {
                Ok(default.unwrap_or(Value::null(ty.unwrap_or(Ty::Other(String::new())))))
            }
            _ => {
                let t = ty
                    .or(default.map(|d| d.ty))
                    .unwrap_or(Ty::Other(String::new()));
                Ok(Value::unknown(t))
            }
        }
    }

    fn args(f: &sqlparser::ast::Function) -> Option<Vec<&Expr>> {
        match &f.args {
            FunctionArguments::None => Some(Vec::new()),
            FunctionArguments::List(l)
                if l.duplicate_treatment.is_none() && l.clauses.is_empty() =>
            {
                l.args
                    .iter()
                    .map(|a| match a {
                        FunctionArg::Unnamed(FunctionArgExpr::Expr(e)) => Some(e),
                        _ => None,
                    })
                    .collect()
            }
            _ => None,
        }
    }

    fn function(&mut self, f: &sqlparser::ast::Function) -> Result<Value, PgError> {
        let unknown = Value::unknown(Ty::Other(String::new()));
        if f.filter.is_some() || f.over.is_some() || !f.within_group.is_empty() {
            return Ok(unknown);
        }
        let name = match f.name.0.as_slice() {
            [n] => n.as_ident().map(fold_ident),
            [s, n] if s.as_ident().is_some_and(|s| fold_ident(s) == "pg_catalog") => {
                n.as_ident().map(fold_ident)
            }
            _ => None,
        };
        let (Some(name), Some(args)) = (name, Self::args(f)) else {
            return Ok(unknown);
        };
        match (name.as_str(), args.len()) {
            ("coalesce", n) if n > 0 => return self.coalesce(&args),
            (
                "now"
                | "current_timestamp"
                | "statement_timestamp"
                | "transaction_timestamp"
                | "clock_timestamp"
                | "localtimestamp"
                | "current_date",
                _,
            ) => return Ok(Value::new(Datum::Opaque, Ty::Other(String::new()))),
            ("gen_random_uuid" | "uuid_generate_v4", 0) => {
                return Ok(Value::new(Datum::Opaque, Ty::Uuid))
            }
            _ => {}
        }
        let mut vals = Vec::with_capacity(args.len());
        for a in &args {
            vals.push(self.eval(a)?);
        }
        let text_arg = |v: &Value| {
            if v.ty.is_string() || v.ty == Ty::Untyped {
                Some(v.clone())
            } else {
                None
            }
        };
        let int_arg = |v: &Value| match &v.datum {
            Datum::Int(i) if v.ty.is_integer() || v.ty == Ty::Untyped => Some(*i),
            _ => None,
        };
        match (name.as_str(), vals.as_slice()) {
            ("nullif", [a, b]) => {
                let (x, y) = self.unify(a.clone(), b.clone())?;
                let eq = cmp_truth(&x, &y, |o| o == std::cmp::Ordering::Equal).truth();
                Ok(match eq {
                    Some(Some(true)) => Value::null(x.ty),
                    Some(_) => x,
                    None => Value::unknown(x.ty),
                })
            }
            ("greatest" | "least", vs) if !vs.is_empty() => {
                if !vs.iter().all(|v| v.ty.is_numeric_family()) {
                    return Ok(unknown);
                }
                let ty = vs
                    .iter()
                    .skip(1)
                    .fold(vs[0].ty.clone(), |t, v| wider_numeric(&t, &v.ty));
                let mut best: Option<Value> = None;
                for v in vs {
                    match &v.datum {
                        Datum::Null => {}
                        d if !d.is_known() => return Ok(Value::unknown(ty)),
                        _ => {
                            let better = match &best {
                                None => true,
                                Some(b) => {
                                    let o = compare(v, b);
                                    if name == "greatest" {
                                        o == Some(std::cmp::Ordering::Greater)
                                    } else {
                                        o == Some(std::cmp::Ordering::Less)
                                    }
                                }
                            };
                            if better {
                                best = Some(v.clone());
                            }
                        }
                    }
                }
                match best {
                    Some(b) => self.coerce(b, &ty, How::Implicit),
                    None => Ok(Value::null(ty)),
                }
            }
            ("lower" | "upper", [a]) => {
                let Some(a) = text_arg(a) else {
                    return Ok(unknown);
                };
                Ok(match &a.datum {
                    Datum::Text(s) if s.is_ascii() => Value::new(
                        Datum::Text(if name == "lower" {
                            s.to_ascii_lowercase()
                        } else {
                            s.to_ascii_uppercase()
                        }),
                        Ty::Text,
                    ),
                    _ => opaque_like(&a, Ty::Text),
                })
            }
            ("length" | "char_length" | "character_length", [a]) => {
                let Some(a) = text_arg(a) else {
                    return Ok(unknown);
                };
                Ok(match &a.datum {
                    Datum::Text(s) => {
                        let s = if matches!(a.ty, Ty::Bpchar(_)) {
                            s.trim_end_matches(' ')
                        } else {
                            s
                        };
                        Value::new(Datum::Int(s.chars().count() as i64), Ty::Int4)
                    }
                    _ => opaque_like(&a, Ty::Int4),
                })
            }
            ("left" | "right", [s, n]) => {
                let (Some(s), Some(n)) = (text_arg(s), int_arg(n)) else {
                    return Ok(null_or_unknown(&vals.iter().collect::<Vec<_>>(), Ty::Text));
                };
                let Datum::Text(s) = &s.datum else {
                    return Ok(null_or_unknown(&[&s], Ty::Text));
                };
                if n == i64::MIN {
                    return Ok(Value::null(Ty::Text));
                }
                let chars: Vec<char> = s.chars().collect();
                let len = chars.len() as i64;
                let take = if n >= 0 { n.min(len) } else { (len + n).max(0) };
                let out: String = if name == "left" {
                    chars[..take as usize].iter().collect()
                } else {
                    chars[(len - take) as usize..].iter().collect()
                };
                Ok(Value::new(Datum::Text(out), Ty::Text))
            }
            ("concat", vs) => {
                let mut out = String::new();
                for v in vs {
                    match &v.datum {
                        Datum::Null => {}
                        _ => match output_text(v) {
                            Some(s) => out.push_str(&s),
                            None => return Ok(Value::new(Datum::Opaque, Ty::Text)),
                        },
                    }
                }
                Ok(Value::new(Datum::Text(out), Ty::Text))
            }
            ("abs", [a]) if a.ty.is_numeric_family() => Ok(match &a.datum {
                Datum::Int(i) => match i.checked_abs().filter(|n| in_range(*n, &a.ty)) {
                    Some(n) => Value::new(Datum::Int(n), a.ty.clone()),
                    None => return self.fail(out_of_range(&a.ty), Origin::Operation, a.ty.clone()),
                },
                Datum::Num(d) => Value::new(
                    Datum::Num(Dec {
                        mantissa: d.mantissa.abs(),
                        scale: d.scale,
                    }),
                    a.ty.clone(),
                ),
                _ => opaque_like(a, a.ty.clone()),
            }),
            ("nextval", [_]) => Ok(Value::new(Datum::Opaque, Ty::Int8)),
            _ => Ok(unknown),
        }
    }

    fn coalesce(&mut self, args: &[&Expr]) -> Result<Value, PgError> {
        let mut uncertain = false;
        let mut ty: Option<Ty> = None;
        let mut found: Option<Value> = None;
        for a in args {
            let v = if uncertain && self.phase == Phase::Row {
                self.guarded_eval(a)?
            } else {
                self.eval(a)?
            };
            if v.ty != Ty::Untyped {
                ty.get_or_insert(v.ty.clone());
            }
            match (self.phase, v.datum.null_state()) {
                (Phase::Parse, _) => {}
                (_, Some(true)) => {}
                (Phase::Fold, Some(false)) if v.datum.is_known() => break,
                (Phase::Fold, _) => {}
                (Phase::Row, Some(false)) => {
                    if !uncertain {
                        found = Some(v);
                        break;
                    }
                }
                (Phase::Row, None) => uncertain = true,
            }
        }
        let ty = ty.unwrap_or(Ty::Text);
        match found {
            Some(v) if !uncertain => self.coerce(v, &ty, How::Implicit),
            _ if self.phase == Phase::Row && !uncertain => Ok(Value::null(ty)),
            _ => Ok(Value::unknown(ty)),
        }
    }

    /// Convert `v` to `to` as PostgreSQL does in context `how`.
    pub fn coerce(&mut self, v: Value, to: &Ty, how: How) -> Result<Value, PgError> {
        let origin = if v.ty == Ty::Untyped {
            Origin::Literal
        } else {
            Origin::Operation
        };
        let target = to.clone();
        if v.datum == Datum::Null {
            return Ok(Value::null(target));
        }
        if v.ty == *to
            && !matches!(
                to,
                Ty::Varchar(Some(_)) | Ty::Bpchar(Some(_)) | Ty::Numeric(Some(_))
            )
        {
            return Ok(v);
        }
        if let Ty::Other(name) = to {
            let same = matches!(&v.ty, Ty::Other(n) if n == name && !n.is_empty());
            return Ok(if same { v } else { opaque_like(&v, target) });
        }
        // a value not known: the conversion may fail where it can fail for some value
        if !v.datum.is_known() {
            let can_fail = match (&v.ty, to) {
                (f, t) if (f.is_string() || *f == Ty::Untyped) && !t.is_string() => true,
                (_, Ty::Varchar(Some(_)) | Ty::Bpchar(Some(_))) => how != How::Explicit,
                (_, Ty::Numeric(Some(_))) => true,
                // opaque integers come from sequences (nextval), sized for their column
                (f, t) if f.is_numeric_family() && t.is_integer() => {
                    f != t && !(f.is_integer() && v.datum == Datum::Opaque)
                }
                _ => false,
            };
            if can_fail {
                let state = if matches!(to, Ty::Varchar(_) | Ty::Bpchar(_)) {
                    "22001"
                } else if v.ty.is_numeric_family() {
                    "22003"
                } else {
                    "22P02"
                };
                self.maybe(state);
            }
            return Ok(Value::new(v.datum, target));
        }
        let from = v.ty.clone();
        // quoted literals and strings: the target type's input function
        let string_source = from == Ty::Untyped || from.is_string();
        if string_source {
            let Datum::Text(s) = &v.datum else {
                return Ok(Value::unknown(target));
            };
            if to.is_string() {
                return self.length_coerce(s.clone(), to, how, origin);
            }
            if from != Ty::Untyped && how != How::Explicit {
                // text to a non-string type needs an explicit cast
                return Ok(Value::unknown(target));
            }
            return match input(s, to, self.scope.pg_version()) {
                Ok(Some(d)) => self.typmod(Value::new(d, base_of(to)), to, how),
                Ok(None) => Ok(Value::new(Datum::Opaque, target)),
                Err(e) => self.fail(e, origin, target),
            };
        }
        match (&v.datum, to) {
            (Datum::Int(i), t) if t.is_integer() => {
                if in_range(*i, t) {
                    Ok(Value::new(Datum::Int(*i), target))
                } else {
                    self.fail(out_of_range(t), origin, target)
                }
            }
            (Datum::Int(i), Ty::Numeric(_)) => self.typmod(
                Value::new(Datum::Num(Dec::int(*i)), Ty::Numeric(None)),
                to,
                how,
            ),
            (Datum::Num(d), t) if t.is_integer() => {
                match d.round(0).and_then(|r| i64::try_from(r.mantissa).ok()) {
                    Some(n) if in_range(n, t) => Ok(Value::new(Datum::Int(n), target)),
                    _ => self.fail(out_of_range(t), origin, target),
                }
            }
            (Datum::Num(_), Ty::Numeric(_)) => self.typmod(v, to, how),
            (Datum::Int(_) | Datum::Num(_), t) if t.is_string() && how != How::Implicit => {
                let s = output_text(&v).unwrap_or_default();
                self.length_coerce(s, to, how, origin)
            }
            (Datum::Bool(b), t) if t.is_string() && how != How::Implicit => {
                let s = if *b { "true" } else { "false" };
                self.length_coerce(s.to_string(), to, how, origin)
            }
            (Datum::Bool(b), Ty::Int4) if how == How::Explicit => {
                Ok(Value::new(Datum::Int(i64::from(*b)), target))
            }
            (Datum::Int(i), Ty::Bool) if how == How::Explicit && from == Ty::Int4 => {
                Ok(Value::new(Datum::Bool(*i != 0), target))
            }
            (Datum::Text(s), t)
                if t.is_string()
                    && how != How::Implicit
                    && matches!(from, Ty::Uuid | Ty::Enum(_)) =>
            {
                self.length_coerce(s.clone(), to, how, origin)
            }
            _ if from == *to => Ok(v),
            _ => Ok(Value::unknown(target)),
        }
    }

    /// Length rules of `character varying(n)` and `character(n)`.
    fn length_coerce(
        &mut self,
        s: String,
        to: &Ty,
        how: How,
        origin: Origin,
    ) -> Result<Value, PgError> {
        let (limit, pad) = match to {
            Ty::Varchar(Some(n)) => (*n as usize, false),
            Ty::Bpchar(Some(n)) => (*n as usize, true),
            _ => return Ok(Value::new(Datum::Text(s), to.clone())),
        };
        let len = s.chars().count();
        let mut s = s;
        if len > limit {
            let cut: String = s.chars().take(limit).collect();
            let rest_blank = s.chars().skip(limit).all(|c| c == ' ');
            if how != How::Explicit && !rest_blank {
                let e = err("22001", format!("value too long for type {}", to.name()));
                return self.fail(e, origin, to.clone());
            }
            s = cut;
        } else if pad && len < limit {
            s.extend(std::iter::repeat_n(' ', limit - len));
        }
        Ok(Value::new(Datum::Text(s), to.clone()))
    }

    /// `numeric(p,s)`: round to the scale, 22003 when the integer part does not fit.
    fn typmod(&mut self, v: Value, to: &Ty, _how: How) -> Result<Value, PgError> {
        let Ty::Numeric(Some((p, s))) = to else {
            return Ok(Value::new(v.datum, to.clone()));
        };
        let Datum::Num(d) = &v.datum else {
            return Ok(Value::new(v.datum, to.clone()));
        };
        let Some(r) = d.round(*s) else {
            return Ok(Value::unknown(to.clone()));
        };
        let max = p - s;
        if r.mantissa != 0 && r.integer_digits() > max {
            let bound = if max > 0 {
                format!("10^{max}")
            } else {
                "1".into()
            };
            let e = err("22003", "numeric field overflow").with_detail(format!(
                "A field with precision {p}, scale {s} must round to an absolute value less than {bound}."
            ));
            return self.fail(e, Origin::Operation, to.clone());
        }
        Ok(Value::new(Datum::Num(r), to.clone()))
    }
}

impl Value {
    fn known_or_unknown(self, known: bool) -> Value {
        if known {
            self
        } else {
            Value::unknown(self.ty)
        }
    }
}

/// The type an untyped literal takes when compared with a value of type `t`.
fn comparison_type(t: &Ty) -> Ty {
    match t {
        Ty::Varchar(_) => Ty::Text,
        Ty::Bpchar(_) => Ty::Bpchar(None),
        Ty::Numeric(_) => Ty::Numeric(None),
        other => other.clone(),
    }
}

fn base_of(t: &Ty) -> Ty {
    match t {
        Ty::Numeric(_) => Ty::Numeric(None),
        other => other.clone(),
    }
}

fn in_range(n: i64, ty: &Ty) -> bool {
    ty.int_range().is_none_or(|(lo, hi)| n >= lo && n <= hi)
}

fn wider_int(a: &Ty, b: &Ty) -> Ty {
    let rank = |t: &Ty| match t {
        Ty::Int2 => 0,
        Ty::Int4 => 1,
        _ => 2,
    };
    if rank(a) >= rank(b) {
        a.clone()
    } else {
        b.clone()
    }
}

fn wider_numeric(a: &Ty, b: &Ty) -> Ty {
    if a.is_integer() && b.is_integer() {
        wider_int(a, b)
    } else {
        Ty::Numeric(None)
    }
}

fn as_dec(d: &Datum) -> Option<Dec> {
    match d {
        Datum::Int(i) => Some(Dec::int(*i)),
        Datum::Num(n) => Some(*n),
        _ => None,
    }
}

fn not_if(v: Value, negate: bool) -> Value {
    if !negate {
        return v;
    }
    match v.truth() {
        Some(t) => Value::bool(t.map(|b| !b)),
        None => v,
    }
}

fn truth_value(t: Option<Option<bool>>) -> Value {
    match t {
        Some(t) => Value::bool(t),
        None => Value::unknown(Ty::Bool),
    }
}

/// Three-valued AND over (known truth | not known).
fn and3(a: Option<Option<bool>>, b: Option<Option<bool>>) -> Option<Option<bool>> {
    match (a, b) {
        (Some(Some(false)), _) | (_, Some(Some(false))) => Some(Some(false)),
        (None, _) | (_, None) => None,
        (Some(None), _) | (_, Some(None)) => Some(None),
        _ => Some(Some(true)),
    }
}

fn or3(a: Option<Option<bool>>, b: Option<Option<bool>>) -> Option<Option<bool>> {
    match (a, b) {
        (Some(Some(true)), _) | (_, Some(Some(true))) => Some(Some(true)),
        (None, _) | (_, None) => None,
        (Some(None), _) | (_, Some(None)) => Some(None),
        _ => Some(Some(false)),
    }
}

fn is_text_ordering(l: &Value, r: &Value) -> bool {
    let texty = |t: &Ty| t.is_string() || *t == Ty::Untyped;
    texty(&l.ty) || texty(&r.ty)
}

/// Order two values of comparable types; `None` when either is not known exactly, is NULL,
/// or the types are not comparable here.
pub fn compare(l: &Value, r: &Value) -> Option<std::cmp::Ordering> {
    match (&l.datum, &r.datum) {
        (Datum::Int(a), Datum::Int(b)) => Some(a.cmp(b)),
        (Datum::Int(_) | Datum::Num(_), Datum::Int(_) | Datum::Num(_)) => {
            Some(as_dec(&l.datum)?.cmp(&as_dec(&r.datum)?))
        }
        (Datum::Text(a), Datum::Text(b)) => {
            let stringy = |t: &Ty| t.is_string() || *t == Ty::Untyped;
            match (&l.ty, &r.ty) {
                (Ty::Enum(x), Ty::Enum(y)) if x == y => {
                    let pos = |s: &str| x.labels.iter().position(|l| l == s);
                    Some(pos(a)?.cmp(&pos(b)?))
                }
                (Ty::Uuid, Ty::Uuid) => Some(a.cmp(b)),
                (x, y) if stringy(x) && stringy(y) => {
                    let trim = |t: &Ty, s: &'_ str| -> String {
                        if matches!(t, Ty::Bpchar(_)) {
                            s.trim_end_matches(' ').to_string()
                        } else {
                            s.to_string()
                        }
                    };
                    let (a, b) = (trim(x, a), trim(y, b));
                    // equality is exact under deterministic collations; order is not decided
                    // here (callers only use Equal for strings)
                    Some(a.cmp(&b))
                }
                _ => None,
            }
        }
        (Datum::Bool(a), Datum::Bool(b)) => Some(a.cmp(b)),
        _ => None,
    }
}

/// A comparison's boolean result with NULL and unknown handling.
fn cmp_truth(l: &Value, r: &Value, test: impl Fn(std::cmp::Ordering) -> bool) -> Value {
    match (&l.datum, &r.datum) {
        (Datum::Null, _) | (_, Datum::Null) => Value::bool(None),
        _ => match compare(l, r) {
            Some(o) => Value::bool(Some(test(o))),
            None => Value::unknown(Ty::Bool),
        },
    }
}

/// The text of a value converted to text (`true`/`false` for booleans as casts print them is
/// NOT this: this is the output function, as `||` and `concat` use it).
fn output_text(v: &Value) -> Option<String> {
    match &v.datum {
        Datum::Null => None,
        d => super::datum::output(d),
    }
}

fn text_of(v: &Value) -> Option<String> {
    match &v.datum {
        Datum::Text(s) if v.ty.is_string() || v.ty == Ty::Untyped => Some(s.clone()),
        _ => None,
    }
}

fn opaque_like(v: &Value, ty: Ty) -> Value {
    match v.datum.null_state() {
        Some(true) => Value::null(ty),
        Some(false) => Value::new(Datum::Opaque, ty),
        None => Value::unknown(ty),
    }
}

fn opaque_if_nonnull(vs: &[&Value], ty: Ty) -> Value {
    if vs.iter().all(|v| v.datum.null_state() == Some(false)) {
        Value::new(Datum::Opaque, ty)
    } else {
        Value::unknown(ty)
    }
}

fn null_or_unknown(vs: &[&Value], ty: Ty) -> Value {
    if vs.iter().any(|v| v.datum == Datum::Null) {
        Value::null(ty)
    } else {
        Value::unknown(ty)
    }
}

/// A SQL literal. `typed` is set for the string of `TYPE 'literal'`.
fn literal(v: &SqlValue, typed: bool) -> Value {
    let _ = typed;
    match v {
        SqlValue::Number(n, _) => number(n),
        SqlValue::SingleQuotedString(s)
        | SqlValue::EscapedStringLiteral(s)
        | SqlValue::UnicodeStringLiteral(s) => Value::new(Datum::Text(s.clone()), Ty::Untyped),
        SqlValue::DollarQuotedString(d) => Value::new(Datum::Text(d.value.clone()), Ty::Untyped),
        SqlValue::Boolean(b) => Value::new(Datum::Bool(*b), Ty::Bool),
        SqlValue::Null => Value::new(Datum::Null, Ty::Untyped),
        _ => Value::unknown(Ty::Other(String::new())),
    }
}

/// A numeric literal: `integer` when it fits, else `bigint`, else `numeric`.
fn number(n: &str) -> Value {
    if let Ok(i) = n.parse::<i64>() {
        let ty = if i32::try_from(i).is_ok() {
            Ty::Int4
        } else {
            Ty::Int8
        };
        return Value::new(Datum::Int(i), ty);
    }
    match Dec::parse(n) {
        Some(d) => Value::new(Datum::Num(d), Ty::Numeric(None)),
        None => Value::new(Datum::Opaque, Ty::Numeric(None)),
    }
}

fn is_c_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c')
}

/// PostgreSQL's integer input (`int2in`/`int4in`/`int8in`). `Ok(None)`: a form newer servers
/// accept that is not modelled (underscores, 0x/0o/0b prefixes on 16+).
fn int_input(s: &str, ty: &Ty, pg_version: u32) -> Result<Option<i64>, PgError> {
    let name = ty.name();
    let invalid = || {
        err(
            "22P02",
            format!("invalid input syntax for type {name}: \"{s}\""),
        )
    };
    let body = s.trim_start_matches(is_c_space);
    let (neg, digits) = match body.as_bytes().first() {
        Some(b'-') => (true, &body[1..]),
        Some(b'+') => (false, &body[1..]),
        _ => (false, body),
    };
    if pg_version >= 16 {
        let lower = digits.to_ascii_lowercase();
        if digits.contains('_')
            || lower.starts_with("0x")
            || lower.starts_with("0o")
            || lower.starts_with("0b")
        {
            return Ok(None);
        }
    }
    let (lo, hi) = ty.int_range().expect("an integer type");
    let mut acc: i128 = 0;
    let mut count = 0;
    for c in digits.chars() {
        if !c.is_ascii_digit() {
            break;
        }
        count += 1;
        acc = acc * 10 + i128::from(c as u8 - b'0');
        let v = if neg { -acc } else { acc };
        if v < i128::from(lo) || v > i128::from(hi) {
            return Err(err(
                "22003",
                format!("value \"{s}\" is out of range for type {name}"),
            ));
        }
    }
    if count == 0 {
        return Err(invalid());
    }
    let rest = &digits[count..];
    if !rest.chars().all(is_c_space) {
        return Err(invalid());
    }
    Ok(Some(if neg { -(acc as i64) } else { acc as i64 }))
}

/// PostgreSQL's boolean input (`boolin`: unique prefixes of true/false/yes/no, on/off, 1/0).
fn bool_input(s: &str) -> Option<bool> {
    let t = s.trim_matches(is_c_space).to_ascii_lowercase();
    if t.is_empty() {
        return None;
    }
    let prefix_of = |word: &str, min: usize| t.len() >= min && word.starts_with(t.as_str());
    match t.as_bytes()[0] {
        b't' if prefix_of("true", 1) => Some(true),
        b'f' if prefix_of("false", 1) => Some(false),
        b'y' if prefix_of("yes", 1) => Some(true),
        b'n' if prefix_of("no", 1) => Some(false),
        b'o' if t == "on" => Some(true),
        b'o' if prefix_of("off", 2) => Some(false),
        b'1' if t.len() == 1 => Some(true),
        b'0' if t.len() == 1 => Some(false),
        _ => None,
    }
}

/// uuid input: the canonical forms are decided; unusual but possibly valid forms are not.
fn uuid_input(s: &str) -> Option<Option<String>> {
    let hex: String = s.chars().filter(|c| c.is_ascii_hexdigit()).collect();
    let others_ok = s
        .chars()
        .all(|c| c.is_ascii_hexdigit() || "{}-".contains(c));
    if !others_ok || hex.len() != 32 {
        return None;
    }
    let lower = s.to_ascii_lowercase();
    let canonical = lower.len() == 36
        && lower
            .char_indices()
            .all(|(i, c)| matches!(i, 8 | 13 | 18 | 23) == (c == '-'));
    if canonical || lower.len() == 32 {
        let h = hex.to_ascii_lowercase();
        return Some(Some(format!(
            "{}-{}-{}-{}-{}",
            &h[..8],
            &h[8..12],
            &h[12..16],
            &h[16..20],
            &h[20..]
        )));
    }
    Some(None)
}

/// The input function of `to` applied to `s`: `Ok(None)` when the value is valid but not
/// modelled (a value of another type, a form not decided).
fn input(s: &str, to: &Ty, pg_version: u32) -> Result<Option<Datum>, PgError> {
    let invalid = |name: &str| {
        err(
            "22P02",
            format!("invalid input syntax for type {name}: \"{s}\""),
        )
    };
    match to {
        t if t.is_integer() => Ok(int_input(s, t, pg_version)?.map(Datum::Int)),
        Ty::Numeric(_) => {
            let t = s.trim_matches(is_c_space);
            let lower = t.to_ascii_lowercase();
            let special = [
                "nan",
                "infinity",
                "+infinity",
                "-infinity",
                "inf",
                "+inf",
                "-inf",
            ];
            if special.contains(&lower.as_str())
                || (pg_version >= 16
                    && (t.contains('_')
                        || lower.contains("0x")
                        || lower.contains("0o")
                        || lower.contains("0b")))
            {
                return Ok(None);
            }
            match Dec::parse(t) {
                Some(d) => Ok(Some(Datum::Num(d))),
                None if t.len() > 36
                    && t.bytes()
                        .all(|b| b.is_ascii_digit() || b"+-.eE".contains(&b)) =>
                {
                    Ok(None)
                }
                None => Err(invalid("numeric")),
            }
        }
        Ty::Bool => bool_input(s)
            .map(|b| Some(Datum::Bool(b)))
            .ok_or_else(|| invalid("boolean")),
        Ty::Uuid => match uuid_input(s) {
            Some(v) => Ok(v.map(Datum::Text)),
            None => Err(invalid("uuid")),
        },
        Ty::Enum(e) => {
            if e.labels.iter().any(|l| l == s) {
                Ok(Some(Datum::Text(s.to_string())))
            } else {
                Err(err(
                    "22P02",
                    format!("invalid input value for enum {}: \"{s}\"", e.name),
                ))
            }
        }
        t if t.is_string() => Ok(Some(Datum::Text(s.to_string()))),
        _ => Ok(None),
    }
}

/// `LIKE`/`ILIKE` with `%` and `_` and the default escape `\`.
fn like(v: &Value, p: &Value, case_insensitive: bool) -> Value {
    let texty = |t: &Ty| t.is_string() || *t == Ty::Untyped;
    if !texty(&v.ty) || !texty(&p.ty) {
        return Value::unknown(Ty::Bool);
    }
    match (&v.datum, &p.datum) {
        (Datum::Null, _) | (_, Datum::Null) => Value::bool(None),
        (Datum::Text(s), Datum::Text(pat)) => {
            if case_insensitive && (!s.is_ascii() || !pat.is_ascii()) {
                return Value::unknown(Ty::Bool);
            }
            let (s, pat) = if case_insensitive {
                (s.to_ascii_lowercase(), pat.to_ascii_lowercase())
            } else {
                (s.clone(), pat.clone())
            };
            let s = if matches!(v.ty, Ty::Bpchar(_)) {
                s.trim_end_matches(' ').to_string()
            } else {
                s
            };
            match like_match(
                &s.chars().collect::<Vec<_>>(),
                &pat.chars().collect::<Vec<_>>(),
            ) {
                Some(b) => Value::bool(Some(b)),
                None => Value::unknown(Ty::Bool),
            }
        }
        _ => Value::unknown(Ty::Bool),
    }
}

/// `None` for a pattern ending in the escape character (an error in PostgreSQL).
fn like_match(s: &[char], p: &[char]) -> Option<bool> {
    // tokens: Some(c) literal, None for '_', and a marker for '%'
    #[derive(Clone, Copy, PartialEq)]
    enum Tok {
        Lit(char),
        One,
        Any,
    }
    let mut toks = Vec::new();
    let mut i = 0;
    while i < p.len() {
        match p[i] {
            '\\' => {
                i += 1;
                toks.push(Tok::Lit(*p.get(i)?));
            }
            '%' => toks.push(Tok::Any),
            '_' => toks.push(Tok::One),
            c => toks.push(Tok::Lit(c)),
        }
        i += 1;
    }
    // classic wildcard matching with backtracking over the last '%'
    let (mut si, mut ti) = (0usize, 0usize);
    let mut star: Option<(usize, usize)> = None;
    while si < s.len() {
        match toks.get(ti) {
            Some(Tok::Lit(c)) if *c == s[si] => {
                si += 1;
                ti += 1;
            }
            Some(Tok::One) => {
                si += 1;
                ti += 1;
            }
            Some(Tok::Any) => {
                star = Some((ti, si));
                ti += 1;
            }
            _ => match star {
                Some((t, sp)) => {
                    ti = t + 1;
                    si = sp + 1;
                    star = Some((t, sp + 1));
                }
                None => return Some(false),
            },
        }
    }
    while toks.get(ti) == Some(&Tok::Any) {
        ti += 1;
    }
    Some(ti == toks.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use sqlparser::dialect::PostgreSqlDialect;
    use sqlparser::parser::Parser;

    struct Row(Vec<(&'static str, Value)>);

    impl Scope for Row {
        fn column(&self, _q: Option<&str>, name: &str) -> Option<Value> {
            self.0
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.clone())
        }
        fn cast_type(&self, dt: &DataType) -> Option<Ty> {
            let name = dt.to_string().to_lowercase();
            let (base, mods) = match name.find('(') {
                Some(i) => (name[..i].to_string(), name[i..].replace(' ', "")),
                None => (name.clone(), String::new()),
            };
            let base = crate::catalog::canonical_type(&base)?;
            Some(Ty::from_catalog(&format!("{base}{mods}"), &|_| None))
        }
        fn pg_version(&self) -> u32 {
            15
        }
    }

    fn expr(s: &str) -> Expr {
        Parser::new(&PostgreSqlDialect {})
            .try_with_sql(s)
            .unwrap()
            .parse_expr()
            .unwrap()
    }

    fn row() -> Row {
        Row(vec![
            ("a", Value::new(Datum::Int(10), Ty::Int4)),
            ("z", Value::new(Datum::Int(0), Ty::Int4)),
            ("n", Value::new(Datum::Null, Ty::Int4)),
            ("u", Value::unknown(Ty::Int4)),
            ("s", Value::new(Datum::Text("five".into()), Ty::Text)),
            (
                "e",
                Value::new(Datum::Text("a@x".into()), Ty::Varchar(Some(20))),
            ),
        ])
    }

    fn eval_in(phase: Phase, s: &str) -> Result<Value, PgError> {
        let r = row();
        Eval::new(&r, phase).eval(&expr(s))
    }

    fn datum(s: &str) -> Datum {
        eval_in(Phase::Row, s).unwrap().datum
    }

    fn error(s: &str) -> (String, String) {
        let e = eval_in(Phase::Row, s).unwrap_err();
        (e.sqlstate, e.message)
    }

    #[test]
    fn integer_arithmetic_and_its_errors() {
        assert_eq!(datum("a + 5 * 2"), Datum::Int(20));
        assert_eq!(datum("7 / 2"), Datum::Int(3));
        assert_eq!(datum("-7 / 2"), Datum::Int(-3));
        assert_eq!(datum("-7 % 3"), Datum::Int(-1));
        assert_eq!(datum("n + 1"), Datum::Null);
        assert_eq!(datum("n / 0"), Datum::Null, "strict: NULL / 0 is NULL");
        assert_eq!(error("100 / z").0, "22012");
        assert_eq!(error("7 % 0"), ("22012".into(), "division by zero".into()));
        assert_eq!(
            error("2147483647 + 1"),
            ("22003".into(), "integer out of range".into())
        );
        assert_eq!(datum("2147483647 + 1::bigint"), Datum::Int(2147483648));
        assert_eq!(
            error("9223372036854775807 + 1"),
            ("22003".into(), "bigint out of range".into())
        );
        assert_eq!(datum("-2147483648"), Datum::Int(-2147483648));
    }

    #[test]
    fn numeric_arithmetic_keeps_the_display_scale() {
        assert_eq!(
            output(&datum("1.50 + 1")),
            "2.50",
            "numeric + integer is numeric"
        );
        assert_eq!(output(&datum("1.5 * 1.5")), "2.25");
        assert_eq!(error("1.5 / 0.0").0, "22012");
        assert_eq!(
            datum("1.5 / 2"),
            Datum::Opaque,
            "division scale: not modelled"
        );
    }

    fn output(d: &Datum) -> String {
        super::super::datum::output(d).unwrap()
    }

    #[test]
    fn three_valued_logic() {
        assert_eq!(datum("n = 1"), Datum::Null);
        assert_eq!(datum("n = 1 AND false"), Datum::Bool(false));
        assert_eq!(datum("n = 1 OR true"), Datum::Bool(true));
        assert_eq!(datum("n = 1 OR false"), Datum::Null);
        assert_eq!(datum("NOT (n = 1)"), Datum::Null);
        assert_eq!(datum("n IS NULL"), Datum::Bool(true));
        assert_eq!(datum("a IS NOT NULL"), Datum::Bool(true));
        assert_eq!(datum("u IS NULL"), Datum::Unknown);
        assert_eq!(datum("u = 1 AND false"), Datum::Bool(false));
        assert_eq!(datum("u = 1 OR false"), Datum::Unknown);
        assert_eq!(datum("a IN (1, 10)"), Datum::Bool(true));
        assert_eq!(datum("a IN (1, n)"), Datum::Null);
        assert_eq!(datum("a NOT IN (1, 2)"), Datum::Bool(true));
        assert_eq!(datum("a BETWEEN 1 AND 10"), Datum::Bool(true));
        assert_eq!(datum("n IS DISTINCT FROM NULL"), Datum::Bool(false));
        assert_eq!(datum("a IS DISTINCT FROM n"), Datum::Bool(true));
    }

    #[test]
    fn short_circuits_decide_which_errors_happen() {
        // the executor stops at FALSE; the planner folds 1/0 unless a constant stops it
        assert_eq!(datum("false AND 1 / z = 1"), Datum::Bool(false));
        assert!(eval_in(Phase::Fold, "u > 0 AND 1 / 0 = 1").is_err());
        assert!(
            eval_in(Phase::Fold, "u / 0 = 1").is_ok(),
            "a column: not folded"
        );
        assert!(eval_in(Phase::Fold, "CASE WHEN u > 0 THEN 1 ELSE 1 / 0 END").is_err());
        assert!(eval_in(Phase::Fold, "CASE WHEN true THEN 1 ELSE 1 / 0 END").is_ok());
        assert!(eval_in(Phase::Fold, "COALESCE(1, 1 / 0)").is_ok());
        assert_eq!(
            datum("CASE WHEN z = 0 THEN 0 ELSE a / z END"),
            Datum::Int(0)
        );
        assert_eq!(datum("COALESCE(n, 7)"), Datum::Int(7));
        assert_eq!(datum("a / NULLIF(z, 0)"), Datum::Null);
        // an unknown condition: the division may or may not run
        let r = row();
        let mut ev = Eval::new(&r, Phase::Row);
        let v = ev
            .eval(&expr("CASE WHEN u > 0 THEN a / z ELSE 0 END"))
            .unwrap();
        assert_eq!(v.datum, Datum::Unknown);
        assert_eq!(ev.maybe_error.as_deref(), Some("22012"));
        // parse phase: only literal coercions fail
        assert!(eval_in(Phase::Parse, "1 / 0").is_ok());
        assert_eq!(
            eval_in(Phase::Parse, "a = 'abc'").unwrap_err().sqlstate,
            "22P02"
        );
    }

    #[test]
    fn casts_and_their_errors() {
        assert_eq!(
            error("s::int"),
            (
                "22P02".into(),
                "invalid input syntax for type integer: \"five\"".into()
            )
        );
        assert_eq!(
            error("'x'::int"),
            (
                "22P02".into(),
                "invalid input syntax for type integer: \"x\"".into()
            )
        );
        assert_eq!(datum("' 42 '::int"), Datum::Int(42));
        assert_eq!(
            error("'99999999999'::int"),
            (
                "22003".into(),
                "value \"99999999999\" is out of range for type integer".into()
            )
        );
        assert_eq!(datum("'yes'::boolean"), Datum::Bool(true));
        assert_eq!(datum("'of'::boolean"), Datum::Bool(false));
        assert_eq!(
            error("'maybe'::boolean").1,
            "invalid input syntax for type boolean: \"maybe\""
        );
        assert_eq!(
            error("'not-a-uuid'::uuid").1,
            "invalid input syntax for type uuid: \"not-a-uuid\""
        );
        assert_eq!(
            error("'x'::numeric").1,
            "invalid input syntax for type numeric: \"x\""
        );
        assert_eq!(output(&datum("'1.5'::numeric")), "1.5");
        assert_eq!(datum("2.5::int"), Datum::Int(3));
        assert_eq!(datum("'abcdef'::varchar(3)"), Datum::Text("abc".into()));
        assert_eq!(datum("a::text"), Datum::Text("10".into()));
        assert_eq!(datum("true::text"), Datum::Text("true".into()));
        assert_eq!(datum("'ab'::char(4)"), Datum::Text("ab  ".into()));
        let e = eval_in(Phase::Row, "123.456::numeric(4,2)").unwrap_err();
        assert_eq!(e.message, "numeric field overflow");
        assert_eq!(
            e.detail.as_deref(),
            Some(
                "A field with precision 4, scale 2 must round to an absolute value less than 10^2."
            )
        );
    }

    #[test]
    fn assignment_checks_lengths_and_ranges() {
        let r = row();
        let mut ev = Eval::new(&r, Phase::Row);
        let v = Value::new(Datum::Text("abcdefgh".into()), Ty::Varchar(Some(10)));
        let e = ev
            .coerce(v, &Ty::Varchar(Some(5)), How::Assignment)
            .unwrap_err();
        assert_eq!(
            (e.sqlstate.as_str(), e.message.as_str()),
            ("22001", "value too long for type character varying(5)")
        );
        let v = Value::new(Datum::Text("ab   ".into()), Ty::Text);
        let ok = ev
            .coerce(v, &Ty::Varchar(Some(2)), How::Assignment)
            .unwrap();
        assert_eq!(
            ok.datum,
            Datum::Text("ab".into()),
            "trailing blanks are cut"
        );
        let v = Value::new(Datum::Int(40000), Ty::Int4);
        let e = ev.coerce(v, &Ty::Int2, How::Assignment).unwrap_err();
        assert_eq!(e.message, "smallint out of range");
    }

    #[test]
    fn strings_like_and_functions() {
        assert_eq!(datum("'admin' LIKE 'admin'"), Datum::Bool(true));
        assert_eq!(datum("e LIKE '%@x'"), Datum::Bool(true));
        assert_eq!(datum("e LIKE 'a_x'"), Datum::Bool(true));
        assert_eq!(datum("e LIKE 'a_@x'"), Datum::Bool(false));
        assert_eq!(datum("e LIKE 'a%'"), Datum::Bool(true));
        assert_eq!(datum("'A@X' ILIKE e"), Datum::Bool(true));
        assert_eq!(datum("'50%' LIKE '50\\%'"), Datum::Bool(true));
        assert_eq!(
            datum("lower('AbC') || upper('x')"),
            Datum::Text("abcX".into())
        );
        assert_eq!(datum("length(s)"), Datum::Int(4));
        assert_eq!(datum("left(s, 2)"), Datum::Text("fi".into()));
        assert_eq!(datum("left(s, -1)"), Datum::Text("fiv".into()));
        assert_eq!(datum("s || n::text"), Datum::Null);
        assert_eq!(datum("concat(s, n, a)"), Datum::Text("five10".into()));
        assert_eq!(datum("s = 'five'"), Datum::Bool(true));
        assert_eq!(
            datum("s < 'zzz'"),
            Datum::Unknown,
            "text order depends on collation"
        );
        assert_eq!(datum("greatest(a, 20, n)"), Datum::Int(20));
        assert_eq!(datum("random()"), Datum::Unknown);
        assert_eq!(datum("now()"), Datum::Opaque);
    }
}
