//! Values the simulator can hold for a row, and the types it understands.
//!
//! A [`Datum`] is one column value of one row: known exactly (NULL, an integer, an exact
//! decimal, text, a boolean), known only not to be NULL ([`Datum::Opaque`], e.g. `now()`), or not
//! known at all ([`Datum::Unknown`]). The evaluator never invents a value: what it cannot compute
//! is `Opaque` or `Unknown`, and every decision over such a value is data-dependent.

use std::cmp::Ordering;
use std::fmt;
use std::sync::Arc;

/// An exact decimal number: `mantissa × 10^-scale` (PostgreSQL's `numeric` with its display
/// scale, e.g. `1.50` is `{150, 2}`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Dec {
    pub mantissa: i128,
    pub scale: u32,
}

/// Scales beyond this are not tracked (the value becomes unknown).
pub const MAX_SCALE: u32 = 30;

fn pow10(n: u32) -> Option<i128> {
    10i128.checked_pow(n)
}

impl Dec {
    pub fn int(v: i64) -> Dec {
        Dec {
            mantissa: v as i128,
            scale: 0,
        }
    }

    /// The same value with `scale` digits after the point (`None` on overflow or when digits
    /// would be lost).
    pub fn rescale_up(self, scale: u32) -> Option<Dec> {
        if scale < self.scale {
            return None;
        }
        let m = self.mantissa.checked_mul(pow10(scale - self.scale)?)?;
        Some(Dec { mantissa: m, scale })
    }

    /// Round half away from zero to `scale` digits (PostgreSQL's numeric rounding).
    pub fn round(self, scale: u32) -> Option<Dec> {
        if scale >= self.scale {
            return self.rescale_up(scale);
        }
        let div = pow10(self.scale - scale)?;
        let q = self.mantissa / div;
        let r = self.mantissa % div;
        let q = if r.abs() * 2 >= div {
            q + self.mantissa.signum()
        } else {
            q
        };
        Some(Dec { mantissa: q, scale })
    }

    /// Both values at the larger scale.
    fn align(self, other: Dec) -> Option<(i128, i128, u32)> {
        let s = self.scale.max(other.scale);
        Some((
            self.rescale_up(s)?.mantissa,
            other.rescale_up(s)?.mantissa,
            s,
        ))
    }

    pub fn checked_add(self, o: Dec) -> Option<Dec> {
        let (a, b, s) = self.align(o)?;
        Some(Dec {
            mantissa: a.checked_add(b)?,
            scale: s,
        })
    }

    pub fn checked_sub(self, o: Dec) -> Option<Dec> {
        let (a, b, s) = self.align(o)?;
        Some(Dec {
            mantissa: a.checked_sub(b)?,
            scale: s,
        })
    }

    pub fn checked_mul(self, o: Dec) -> Option<Dec> {
        let scale = self.scale + o.scale;
        if scale > MAX_SCALE {
            return None;
        }
        Some(Dec {
            mantissa: self.mantissa.checked_mul(o.mantissa)?,
            scale,
        })
    }

    /// Remainder with the sign of the dividend, at the larger scale.
    pub fn checked_rem(self, o: Dec) -> Option<Dec> {
        let (a, b, s) = self.align(o)?;
        if b == 0 {
            return None;
        }
        Some(Dec {
            mantissa: a % b,
            scale: s,
        })
    }

    pub fn checked_neg(self) -> Option<Dec> {
        Some(Dec {
            mantissa: self.mantissa.checked_neg()?,
            scale: self.scale,
        })
    }

    pub fn is_zero(self) -> bool {
        self.mantissa == 0
    }

    /// Digits before the decimal point (0 for |x| < 1).
    pub fn integer_digits(self) -> u32 {
        let int = (self.mantissa / pow10(self.scale).unwrap_or(1)).unsigned_abs();
        if int == 0 {
            0
        } else {
            int.ilog10() + 1
        }
    }

    /// The integral value, when there is no fraction.
    pub fn as_integer(self) -> Option<i128> {
        let d = pow10(self.scale)?;
        (self.mantissa % d == 0).then_some(self.mantissa / d)
    }

    /// The value with trailing fractional zeros removed (for equality and hashing).
    pub fn normalized(self) -> Dec {
        let mut d = self;
        while d.scale > 0 && d.mantissa % 10 == 0 {
            d.mantissa /= 10;
            d.scale -= 1;
        }
        d
    }

    /// Parse the text of a numeric literal or `numeric_in` input (digits, an optional point,
    /// an optional exponent). `None` when it is not of that form.
    pub fn parse(s: &str) -> Option<Dec> {
        let (neg, body) = match s.as_bytes().first()? {
            b'-' => (true, &s[1..]),
            b'+' => (false, &s[1..]),
            _ => (false, s),
        };
        let (num, exp) = match body.find(['e', 'E']) {
            Some(i) => (&body[..i], Some(&body[i + 1..])),
            None => (body, None),
        };
        let (int, frac) = match num.find('.') {
            Some(i) => (&num[..i], &num[i + 1..]),
            None => (num, ""),
        };
        if int.is_empty() && frac.is_empty() {
            return None;
        }
        if !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit()) {
            return None;
        }
        let digits = format!("{int}{frac}");
        let digits = digits.trim_start_matches('0');
        if digits.len() > 36 {
            return None;
        }
        let mut mantissa: i128 = if digits.is_empty() {
            0
        } else {
            digits.parse().ok()?
        };
        let mut scale = frac.len() as i64;
        if let Some(e) = exp {
            let e: i64 = e.parse().ok()?;
            scale -= e;
        }
        if scale < 0 {
            mantissa = mantissa.checked_mul(pow10(u32::try_from(-scale).ok()?)?)?;
            scale = 0;
        }
        if scale > MAX_SCALE as i64 {
            return None;
        }
        Some(Dec {
            mantissa: if neg { -mantissa } else { mantissa },
            scale: scale as u32,
        })
    }
}

impl PartialOrd for Dec {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Dec {
    fn cmp(&self, other: &Self) -> Ordering {
        match self.align(*other) {
            Some((a, b, _)) => a.cmp(&b),
            // too large to align: compare by sign and integer digits (never equal here)
            None => {
                let sa = self.mantissa.signum();
                let sb = other.mantissa.signum();
                if sa != sb {
                    return sa.cmp(&sb);
                }
                let da = self.integer_digits().cmp(&other.integer_digits());
                if sa < 0 {
                    da.reverse()
                } else {
                    da
                }
            }
        }
    }
}

impl fmt::Display for Dec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let digits = self.mantissa.unsigned_abs().to_string();
        let sign = if self.mantissa < 0 { "-" } else { "" };
        let s = self.scale as usize;
        if s == 0 {
            return write!(f, "{sign}{digits}");
        }
        let padded = format!("{digits:0>width$}", width = s + 1);
        let (int, frac) = padded.split_at(padded.len() - s);
        write!(f, "{sign}{int}.{frac}")
    }
}

/// An enum type: its name (as messages print it) and its labels in order.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct EnumDef {
    pub name: String,
    pub labels: Vec<String>,
}

/// A type as the evaluator understands it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Ty {
    Int2,
    Int4,
    Int8,
    /// `numeric`, with `(precision, scale)` when constrained.
    Numeric(Option<(u32, u32)>),
    Text,
    /// `character varying(n)`.
    Varchar(Option<u32>),
    /// `character(n)` (blank-padded).
    Bpchar(Option<u32>),
    Bool,
    Uuid,
    Enum(Arc<EnumDef>),
    /// A quoted literal whose type is not decided yet (PostgreSQL's `unknown`).
    Untyped,
    /// Any other type, by the name PostgreSQL prints; its values are not interpreted.
    Other(String),
}

impl Ty {
    /// The type of a catalog column (`integer`, `character varying(20)`, `numeric(10,2)`, …);
    /// `enum_labels` finds the labels of a user enum type by name.
    pub fn from_catalog(type_name: &str, enum_labels: &dyn Fn(&str) -> Option<Vec<String>>) -> Ty {
        let t = type_name.trim();
        let (base, mods) = match t.find('(') {
            Some(i) if t.ends_with(')') => (t[..i].trim(), Some(&t[i + 1..t.len() - 1])),
            _ => (t, None),
        };
        let nums: Option<Vec<u32>> = mods.map(|m| {
            m.split(',')
                .filter_map(|x| x.trim().parse::<u32>().ok())
                .collect()
        });
        match (base, nums.as_deref()) {
            ("smallint", None) => Ty::Int2,
            ("integer", None) => Ty::Int4,
            ("bigint", None) => Ty::Int8,
            ("numeric", None) => Ty::Numeric(None),
            ("numeric", Some([p])) if (1..=1000).contains(p) => Ty::Numeric(Some((*p, 0))),
            ("numeric", Some([p, s])) if (1..=1000).contains(p) && s <= p => {
                Ty::Numeric(Some((*p, *s)))
            }
            ("text", None) => Ty::Text,
            ("character varying", None) => Ty::Varchar(None),
            ("character varying", Some([n])) if *n > 0 => Ty::Varchar(Some(*n)),
            ("character", None) => Ty::Bpchar(Some(1)),
            ("character", Some([n])) if *n > 0 => Ty::Bpchar(Some(*n)),
            ("boolean", None) => Ty::Bool,
            ("uuid", None) => Ty::Uuid,
            _ => match mods.is_none().then(|| enum_labels(base)).flatten() {
                Some(labels) => Ty::Enum(Arc::new(EnumDef {
                    name: base.to_string(),
                    labels,
                })),
                None => Ty::Other(t.to_string()),
            },
        }
    }

    pub fn is_integer(&self) -> bool {
        matches!(self, Ty::Int2 | Ty::Int4 | Ty::Int8)
    }

    pub fn is_numeric_family(&self) -> bool {
        self.is_integer() || matches!(self, Ty::Numeric(_))
    }

    pub fn is_string(&self) -> bool {
        matches!(self, Ty::Text | Ty::Varchar(_) | Ty::Bpchar(_))
    }

    /// The name PostgreSQL's messages use (`integer`, `character varying(5)`).
    pub fn name(&self) -> String {
        match self {
            Ty::Int2 => "smallint".into(),
            Ty::Int4 => "integer".into(),
            Ty::Int8 => "bigint".into(),
            Ty::Numeric(None) => "numeric".into(),
            Ty::Numeric(Some((p, s))) => format!("numeric({p},{s})"),
            Ty::Text => "text".into(),
            Ty::Varchar(None) => "character varying".into(),
            Ty::Varchar(Some(n)) => format!("character varying({n})"),
            Ty::Bpchar(None) => "bpchar".into(),
            Ty::Bpchar(Some(n)) => format!("character({n})"),
            Ty::Bool => "boolean".into(),
            Ty::Uuid => "uuid".into(),
            Ty::Enum(e) => e.name.clone(),
            Ty::Untyped => "unknown".into(),
            Ty::Other(n) => n.clone(),
        }
    }

    /// Range of an integer type.
    pub fn int_range(&self) -> Option<(i64, i64)> {
        match self {
            Ty::Int2 => Some((i16::MIN as i64, i16::MAX as i64)),
            Ty::Int4 => Some((i32::MIN as i64, i32::MAX as i64)),
            Ty::Int8 => Some((i64::MIN, i64::MAX)),
            _ => None,
        }
    }
}

/// One column value of one row.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Datum {
    Null,
    /// Any integer type.
    Int(i64),
    /// `numeric`.
    Num(Dec),
    /// Strings, and values kept as their canonical text: uuids (lower case), enum labels,
    /// `character(n)` blank-padded, and not yet typed literals.
    Text(String),
    Bool(bool),
    /// A value that is certainly not NULL but not known (`now()`, `nextval(…)`, a timestamp).
    Opaque,
    /// Not known at all (it may be NULL).
    Unknown,
}

impl Datum {
    pub fn is_null(&self) -> bool {
        matches!(self, Datum::Null)
    }

    /// Known exactly (NULL included).
    pub fn is_known(&self) -> bool {
        !matches!(self, Datum::Opaque | Datum::Unknown)
    }

    /// Whether it is NULL: `None` when that is not known.
    pub fn null_state(&self) -> Option<bool> {
        match self {
            Datum::Null => Some(true),
            Datum::Unknown => None,
            _ => Some(false),
        }
    }

    /// Rough bytes a heap tuple spends on it (for the one-page estimate of a table).
    pub fn width(&self) -> usize {
        match self {
            Datum::Null => 0,
            Datum::Int(_) | Datum::Bool(_) => 8,
            Datum::Num(_) => 16,
            Datum::Text(s) => s.len() + 4,
            Datum::Opaque | Datum::Unknown => 16,
        }
    }
}

/// The value's text as PostgreSQL's output function prints it (what `Failing row contains`
/// and `Key (…)=(…)` show); `None` for values that are not known. NULL prints as `null`.
pub fn output(d: &Datum) -> Option<String> {
    Some(match d {
        Datum::Null => "null".into(),
        Datum::Int(i) => i.to_string(),
        Datum::Num(n) => n.to_string(),
        Datum::Text(s) => s.clone(),
        Datum::Bool(b) => if *b { "t" } else { "f" }.into(),
        Datum::Opaque | Datum::Unknown => return None,
    })
}

/// A value normalised for equality within one type family (unique keys, foreign keys, GROUP
/// BY): integers and integral numerics meet, `character(n)` ignores trailing blanks.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum KeyPart {
    Null,
    Int(i128),
    Num(i128, u32),
    Text(String),
    Bool(bool),
}

/// The key form of a value of type `ty`; `None` when the value is not known exactly or its
/// type's equality is not modelled.
pub fn key_part(d: &Datum, ty: &Ty) -> Option<KeyPart> {
    Some(match d {
        Datum::Null => KeyPart::Null,
        Datum::Int(i) => KeyPart::Int(*i as i128),
        Datum::Num(n) => {
            let n = n.normalized();
            if n.scale == 0 {
                KeyPart::Int(n.mantissa)
            } else {
                KeyPart::Num(n.mantissa, n.scale)
            }
        }
        Datum::Text(s) => match ty {
            Ty::Bpchar(_) => KeyPart::Text(s.trim_end_matches(' ').to_string()),
            Ty::Text | Ty::Varchar(_) | Ty::Uuid | Ty::Enum(_) | Ty::Untyped => {
                KeyPart::Text(s.clone())
            }
            _ => return None,
        },
        Datum::Bool(b) => KeyPart::Bool(*b),
        Datum::Opaque | Datum::Unknown => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_parse_print_and_round_as_numeric_does() {
        let d = Dec::parse("1.50").unwrap();
        assert_eq!(d.to_string(), "1.50");
        assert_eq!(Dec::parse("-0.5").unwrap().to_string(), "-0.5");
        assert_eq!(Dec::parse("1e3").unwrap().to_string(), "1000");
        assert_eq!(Dec::parse(".5").unwrap().to_string(), "0.5");
        assert!(Dec::parse("1.2.3").is_none());
        assert!(Dec::parse("abc").is_none());
        assert_eq!(
            Dec::parse("2.5").unwrap().round(0).unwrap().to_string(),
            "3"
        );
        assert_eq!(
            Dec::parse("-2.5").unwrap().round(0).unwrap().to_string(),
            "-3"
        );
        assert_eq!(
            Dec::parse("1.005").unwrap().round(2).unwrap().to_string(),
            "1.01"
        );
        assert_eq!(Dec::parse("123.45").unwrap().integer_digits(), 3);
        assert_eq!(Dec::parse("0.45").unwrap().integer_digits(), 0);
        let a = Dec::parse("1.5").unwrap();
        let b = Dec::parse("0.25").unwrap();
        assert_eq!(a.checked_add(b).unwrap().to_string(), "1.75");
        assert_eq!(a.checked_mul(b).unwrap().to_string(), "0.375");
        assert_eq!(a.checked_sub(b).unwrap().to_string(), "1.25");
        assert!(Dec::parse("1.0").unwrap() == Dec::parse("1.0").unwrap());
        assert_eq!(
            Dec::parse("1.0").unwrap().cmp(&Dec::parse("1").unwrap()),
            Ordering::Equal
        );
    }

    #[test]
    fn catalog_type_names_map_to_types() {
        let none = |_: &str| None;
        assert_eq!(Ty::from_catalog("integer", &none), Ty::Int4);
        assert_eq!(
            Ty::from_catalog("character varying(20)", &none),
            Ty::Varchar(Some(20))
        );
        assert_eq!(
            Ty::from_catalog("numeric(10,2)", &none),
            Ty::Numeric(Some((10, 2)))
        );
        assert_eq!(Ty::from_catalog("character", &none), Ty::Bpchar(Some(1)));
        assert_eq!(
            Ty::from_catalog("timestamp with time zone", &none),
            Ty::Other("timestamp with time zone".into())
        );
        let labels = |n: &str| (n == "mood").then(|| vec!["sad".to_string()]);
        assert!(matches!(Ty::from_catalog("mood", &labels), Ty::Enum(_)));
    }

    #[test]
    fn keys_compare_across_integer_and_numeric() {
        assert_eq!(
            key_part(&Datum::Int(1), &Ty::Int4),
            key_part(&Datum::Num(Dec::parse("1.00").unwrap()), &Ty::Numeric(None))
        );
        assert_eq!(
            key_part(&Datum::Text("ab  ".into()), &Ty::Bpchar(Some(4))),
            Some(KeyPart::Text("ab".into()))
        );
        assert_eq!(key_part(&Datum::Opaque, &Ty::Int4), None);
    }
}
