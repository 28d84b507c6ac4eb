//! Python values of the interpreter: plain data, SQLAlchemy constructs as named objects.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use ruff_python_ast as ast;

/// A user function (or lambda) with the scope it was defined in.
#[derive(Debug)]
pub struct Function {
    pub name: String,
    pub params: ast::Parameters,
    pub body: FuncBody,
    pub scope: Scope,
    /// Default values, evaluated at definition time (by parameter name).
    pub defaults: BTreeMap<String, Value>,
    /// Index of the revision file the function was defined in.
    pub file: usize,
}

#[derive(Debug)]
pub enum FuncBody {
    Stmts(Vec<ast::Stmt>),
    Lambda(ast::Expr),
}

/// A lexical scope: local names and the enclosing scope.
#[derive(Debug, Clone)]
pub struct Scope(pub Rc<ScopeInner>);

#[derive(Debug)]
pub struct ScopeInner {
    pub vars: RefCell<BTreeMap<String, Value>>,
    pub parent: Option<Scope>,
}

impl Scope {
    pub fn new(parent: Option<Scope>) -> Self {
        Scope(Rc::new(ScopeInner {
            vars: RefCell::new(BTreeMap::new()),
            parent,
        }))
    }

    pub fn get(&self, name: &str) -> Option<Value> {
        if let Some(v) = self.0.vars.borrow().get(name) {
            return Some(v.clone());
        }
        self.0.parent.as_ref().and_then(|p| p.get(name))
    }

    pub fn set(&self, name: &str, v: Value) {
        self.0.vars.borrow_mut().insert(name.to_string(), v);
    }

    /// The outermost scope (the module's globals).
    pub fn root(&self) -> Scope {
        match &self.0.parent {
            Some(p) => p.root(),
            None => self.clone(),
        }
    }
}

/// A Python exception as the revision file sees it.
#[derive(Debug, Clone)]
pub struct PyException {
    /// Qualified class: `builtins.ValueError`, `sqlalchemy.exc.ProgrammingError`, …
    pub class: String,
    pub message: String,
    /// For a database error: the DBAPI (psycopg2) error it wraps.
    pub db: Option<DbError>,
    /// Extra positional args given to a user `raise X(a, b)`.
    pub args: Vec<Value>,
}

/// psycopg2's error as carried in `e.orig`.
#[derive(Debug, Clone, PartialEq)]
pub struct DbError {
    /// psycopg2.errors class name (`DuplicateColumn`).
    pub class: String,
    pub pgcode: String,
    pub message: String,
    /// The statement as SQLAlchemy shows it (`%(n)s` placeholders).
    pub statement: String,
}

impl PyException {
    pub fn new(class: &str, message: impl Into<String>) -> Self {
        PyException {
            class: class.to_string(),
            message: message.into(),
            db: None,
            args: Vec::new(),
        }
    }

    pub fn short_class(&self) -> &str {
        self.class.rsplit('.').next().unwrap_or(&self.class)
    }

    /// `str(e)` as Python prints it.
    pub fn str(&self) -> String {
        match &self.db {
            Some(d) if self.class.starts_with("psycopg2") => format!("{}\n", d.message),
            Some(d) => format!(
                "(psycopg2.errors.{}) {}\n\n[SQL: {}]",
                d.class, d.message, d.statement
            ),
            None => self.message.clone(),
        }
    }
}

/// The rows a query returned, as far as the simulator knows them.
#[derive(Debug, Clone)]
pub struct QueryResult {
    pub rows: Vec<Vec<Value>>,
    /// The rows were not simulated: the values are a guess (no rows).
    pub unknown: bool,
}

/// A Python value.
#[derive(Debug, Clone)]
pub enum Value {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(Rc<str>),
    List(Rc<RefCell<Vec<Value>>>),
    Tuple(Rc<Vec<Value>>),
    Dict(Rc<RefCell<Vec<(Value, Value)>>>),
    Func(Rc<Function>),
    /// A dotted name from an import (module, class, function): `sqlalchemy.Column`,
    /// `alembic.op.add_column`, `builtins.print`.
    Path(Rc<str>),
    /// A method bound to a receiver: `"x".join`, `bind.execute`, `result.scalar`.
    Method(Rc<(Value, String)>),
    /// A constructed SQLAlchemy object (`sa.Column(...)`, `sa.String(50)`, `sa.text(...)`).
    Object(Rc<Obj>),
    Exception(Rc<PyException>),
    Result(Rc<RefCell<QueryResult>>),
    /// `op.get_bind()` / `op.get_context()`; the `autocommit_block()` / batch context managers.
    Handle(Handle),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Handle {
    Bind,
    Context,
    Dialect,
    AutocommitBlock,
    BatchOp(Rc<str>, Option<Rc<str>>),
    Inspector,
}

/// A SQLAlchemy construct: its class (last path segment) and its arguments.
#[derive(Debug, Clone)]
pub struct Obj {
    pub class: String,
    pub args: Vec<Value>,
    pub kwargs: Vec<(String, Value)>,
}

impl Obj {
    pub fn kw(&self, name: &str) -> Option<&Value> {
        self.kwargs
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v)
    }
}

impl Value {
    pub fn str(s: impl AsRef<str>) -> Value {
        Value::Str(Rc::from(s.as_ref()))
    }

    pub fn path(s: impl AsRef<str>) -> Value {
        Value::Path(Rc::from(s.as_ref()))
    }

    pub fn list(v: Vec<Value>) -> Value {
        Value::List(Rc::new(RefCell::new(v)))
    }

    pub fn type_name(&self) -> String {
        match self {
            Value::None => "NoneType".into(),
            Value::Bool(_) => "bool".into(),
            Value::Int(_) => "int".into(),
            Value::Float(_) => "float".into(),
            Value::Str(_) => "str".into(),
            Value::List(_) => "list".into(),
            Value::Tuple(_) => "tuple".into(),
            Value::Dict(_) => "dict".into(),
            Value::Func(_) => "function".into(),
            Value::Path(_) => "type".into(),
            Value::Method(_) => "method".into(),
            Value::Object(o) => o.class.clone(),
            Value::Exception(e) => e.short_class().to_string(),
            Value::Result(_) => "CursorResult".into(),
            Value::Handle(h) => match h {
                Handle::Bind => "Connection".into(),
                Handle::Context => "MigrationContext".into(),
                Handle::Dialect => "PGDialect_psycopg2".into(),
                Handle::AutocommitBlock => "_GeneratorContextManager".into(),
                Handle::BatchOp(..) => "BatchOperations".into(),
                Handle::Inspector => "PGInspector".into(),
            },
        }
    }

    pub fn truthy(&self) -> bool {
        match self {
            Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.is_empty(),
            Value::List(l) => !l.borrow().is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::Dict(d) => !d.borrow().is_empty(),
            _ => true,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    /// The elements of an iterable value.
    pub fn items(&self) -> Option<Vec<Value>> {
        match self {
            Value::List(l) => Some(l.borrow().clone()),
            Value::Tuple(t) => Some(t.as_ref().clone()),
            Value::Dict(d) => Some(d.borrow().iter().map(|(k, _)| k.clone()).collect()),
            Value::Str(s) => Some(s.chars().map(|c| Value::str(c.to_string())).collect()),
            _ => None,
        }
    }

    /// `str(v)`.
    pub fn to_py_str(&self) -> String {
        match self {
            Value::Str(s) => s.to_string(),
            Value::Exception(e) => e.str(),
            Value::Object(o) if o.class == "text" => {
                o.args.first().map(|a| a.to_py_str()).unwrap_or_default()
            }
            _ => self.repr(),
        }
    }

    /// `repr(v)`.
    pub fn repr(&self) -> String {
        match self {
            Value::None => "None".into(),
            Value::Bool(true) => "True".into(),
            Value::Bool(false) => "False".into(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => {
                if f.fract() == 0.0 && f.abs() < 1e16 {
                    format!("{f:.1}")
                } else {
                    format!("{f}")
                }
            }
            Value::Str(s) => {
                if s.contains('\'') && !s.contains('"') {
                    format!("\"{s}\"")
                } else {
                    format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'"))
                }
            }
            Value::List(l) => format!(
                "[{}]",
                l.borrow()
                    .iter()
                    .map(Value::repr)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Value::Tuple(t) => {
                if t.len() == 1 {
                    format!("({},)", t[0].repr())
                } else {
                    format!(
                        "({})",
                        t.iter().map(Value::repr).collect::<Vec<_>>().join(", ")
                    )
                }
            }
            Value::Dict(d) => format!(
                "{{{}}}",
                d.borrow()
                    .iter()
                    .map(|(k, v)| format!("{}: {}", k.repr(), v.repr()))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Value::Func(f) => format!("<function {}>", f.name),
            Value::Path(p) => format!("<class '{p}'>"),
            Value::Method(m) => format!("<bound method {}>", m.1),
            Value::Object(o) => format!("{}(…)", o.class),
            Value::Exception(e) => format!("{}({:?})", e.short_class(), e.message),
            Value::Result(_) => "<sqlalchemy.engine.cursor.CursorResult>".into(),
            Value::Handle(_) => format!("<{}>", self.type_name()),
        }
    }

    pub fn py_eq(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a == b,
            (Value::Int(a), Value::Float(b)) | (Value::Float(b), Value::Int(a)) => {
                (*a as f64) == *b
            }
            (Value::Bool(a), Value::Int(b)) | (Value::Int(b), Value::Bool(a)) => (*a as i64) == *b,
            (Value::Str(a), Value::Str(b)) => a == b,
            (Value::List(a), Value::List(b)) => {
                let (a, b) = (a.borrow(), b.borrow());
                a.len() == b.len() && a.iter().zip(b.iter()).all(|(x, y)| x.py_eq(y))
            }
            (Value::Tuple(a), Value::Tuple(b)) => {
                a.len() == b.len() && a.iter().zip(b.iter()).all(|(x, y)| x.py_eq(y))
            }
            (Value::Path(a), Value::Path(b)) => a == b,
            (Value::Handle(a), Value::Handle(b)) => a == b,
            (Value::Func(a), Value::Func(b)) => Rc::ptr_eq(a, b),
            (Value::Exception(a), Value::Exception(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
}
