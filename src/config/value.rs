//! Option values and their types: parsing from TOML files and from the text
//! of environment variables and flags, with one error shape for all three.

use std::fmt;

/// The type of an option, which decides what a value may look like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Bool,
    Int,
    Float,
    Str,
    /// A list of strings; from text, comma- or whitespace-separated.
    List,
    /// One of a fixed set of strings.
    Choice(&'static [&'static str]),
    /// Any TOML value (tables, lists of tables); kept as its TOML text.
    Any,
}

impl Kind {
    /// What is allowed, for error messages and `config show`.
    pub fn expected(self) -> String {
        match self {
            Kind::Bool => "true or false".into(),
            Kind::Int => "an integer".into(),
            Kind::Float => "a number".into(),
            Kind::Str => "a string".into(),
            Kind::List => "a list of strings".into(),
            Kind::Choice(choices) => format!("one of {}", choices.join(", ")),
            Kind::Any => "a TOML value".into(),
        }
    }
}

/// A built-in default, as written in the option table.
#[derive(Debug, Clone, Copy)]
pub enum Default {
    /// Unset: the option has no value unless one is given (Streamlit's `None`).
    Unset,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(&'static str),
    EmptyList,
}

/// An option's effective value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Unset,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    List(Vec<String>),
    /// A TOML value of kind `Any`, as TOML text.
    Raw(String),
}

impl From<Default> for Value {
    fn from(d: Default) -> Value {
        match d {
            Default::Unset => Value::Unset,
            Default::Bool(b) => Value::Bool(b),
            Default::Int(i) => Value::Int(i),
            Default::Float(f) => Value::Float(f),
            Default::Str(s) => Value::Str(s.into()),
            Default::EmptyList => Value::List(Vec::new()),
        }
    }
}

/// Why a value was refused; the caller adds where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadValue {
    pub shown: String,
    pub expected: String,
}

impl Value {
    /// Parses the text of an environment variable or a flag.
    pub fn from_text(kind: Kind, text: &str) -> Result<Value, BadValue> {
        let bad = || BadValue {
            shown: format!("{text:?}"),
            expected: kind.expected(),
        };
        let t = text.trim();
        Ok(match kind {
            Kind::Bool => Value::Bool(parse_bool(t).ok_or_else(bad)?),
            Kind::Int => Value::Int(t.parse().map_err(|_| bad())?),
            Kind::Float => Value::Float(t.parse().map_err(|_| bad())?),
            Kind::Str => Value::Str(text.to_string()),
            Kind::List => Value::List(
                t.split(|c: char| c == ',' || c.is_whitespace())
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect(),
            ),
            Kind::Choice(choices) => match choices.iter().find(|c| c.eq_ignore_ascii_case(t)) {
                Some(c) => Value::Str((*c).to_string()),
                None => return Err(bad()),
            },
            Kind::Any => Value::Raw(text.to_string()),
        })
    }

    /// Converts a value read from a config file.
    pub fn from_toml(kind: Kind, value: &toml::Value) -> Result<Value, BadValue> {
        let bad = || BadValue {
            shown: value.to_string(),
            expected: kind.expected(),
        };
        Ok(match (kind, value) {
            (Kind::Bool, toml::Value::Boolean(b)) => Value::Bool(*b),
            (Kind::Int, toml::Value::Integer(i)) => Value::Int(*i),
            (Kind::Float, toml::Value::Float(f)) => Value::Float(*f),
            (Kind::Float, toml::Value::Integer(i)) => Value::Float(*i as f64),
            (Kind::Str, toml::Value::String(s)) => Value::Str(s.clone()),
            (Kind::List, toml::Value::Array(items)) => Value::List(
                items
                    .iter()
                    .map(|i| i.as_str().map(str::to_string).ok_or_else(bad))
                    .collect::<Result<_, _>>()?,
            ),
            // Streamlit also takes a single string where a list is expected.
            (Kind::List, toml::Value::String(s)) => Value::List(vec![s.clone()]),
            (Kind::Choice(_), toml::Value::String(s)) => Value::from_text(kind, s)?,
            // Legacy booleans of a choice (client.showErrorDetails = false).
            (Kind::Choice(_), toml::Value::Boolean(b)) => Value::from_text(kind, &b.to_string())?,
            (Kind::Any, v) => Value::Raw(v.to_string()),
            _ => return Err(bad()),
        })
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_int(&self) -> Option<i64> {
        match self {
            Value::Int(i) => Some(*i),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_list(&self) -> &[String] {
        match self {
            Value::List(l) => l,
            _ => &[],
        }
    }
}

/// The spellings click (Streamlit's CLI parser) accepts for booleans.
fn parse_bool(text: &str) -> Option<bool> {
    match text.to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" | "y" | "on" | "t" => Some(true),
        "false" | "0" | "no" | "n" | "off" | "f" => Some(false),
        _ => None,
    }
}

/// TOML text, as `config show` prints it.
impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Unset => f.write_str("(unset)"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{}", toml::Value::Float(*x)),
            Value::Str(s) => write!(f, "{}", toml::Value::String(s.clone())),
            Value::List(items) => {
                let array = items.iter().cloned().map(toml::Value::String).collect();
                write!(f, "{}", toml::Value::Array(array))
            }
            Value::Raw(text) => f.write_str(text),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_values_follow_their_kind() {
        assert_eq!(Value::from_text(Kind::Bool, "True"), Ok(Value::Bool(true)));
        assert_eq!(Value::from_text(Kind::Int, " 80 "), Ok(Value::Int(80)));
        assert!(Value::from_text(Kind::Int, "eighty").is_err());
        assert_eq!(
            Value::from_text(Kind::List, "a, b c"),
            Ok(Value::List(vec!["a".into(), "b".into(), "c".into()]))
        );
        let choice = Kind::Choice(&["auto", "poll"]);
        assert_eq!(
            Value::from_text(choice, "POLL"),
            Ok(Value::Str("poll".into()))
        );
        let err = Value::from_text(choice, "fast").unwrap_err();
        assert_eq!(err.expected, "one of auto, poll");
    }

    #[test]
    fn toml_values_must_have_the_right_type() {
        let v = toml::Value::String("8501".into());
        assert!(Value::from_toml(Kind::Int, &v).is_err());
        let v = toml::Value::Integer(3);
        assert_eq!(Value::from_toml(Kind::Float, &v), Ok(Value::Float(3.0)));
        let shown = Value::Str("a\"b".into()).to_string();
        let back: toml::Table = format!("k = {shown}").parse().unwrap();
        assert_eq!(back["k"].as_str(), Some("a\"b"));
    }
}
