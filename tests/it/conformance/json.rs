//! A JSON value that keeps object keys in the order they were built, printed
//! exactly like Python's `json.dumps(v, indent=2, ensure_ascii=False)` so the
//! snapshots read the same whichever side wrote them.

use std::fmt::Write as _;

#[derive(Debug, Clone, PartialEq)]
pub enum J {
    Null,
    Bool(bool),
    Num(serde_json::Number),
    Str(String),
    Arr(Vec<J>),
    Obj(Vec<(String, J)>),
}

impl J {
    pub fn str(s: impl Into<String>) -> J {
        J::Str(s.into())
    }

    pub fn int(i: i64) -> J {
        J::Num(i.into())
    }

    pub fn float(f: f64) -> J {
        serde_json::Number::from_f64(f).map_or(J::Null, J::Num)
    }

    pub fn obj(fields: Vec<(&str, J)>) -> J {
        J::Obj(
            fields
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
        )
    }

    /// The same value with every object's keys sorted: equal values print equally.
    pub fn canonical(&self) -> J {
        match self {
            J::Arr(items) => J::Arr(items.iter().map(J::canonical).collect()),
            J::Obj(fields) => {
                let mut fields: Vec<_> = fields
                    .iter()
                    .map(|(k, v)| (k.clone(), v.canonical()))
                    .collect();
                fields.sort_by(|a, b| a.0.cmp(&b.0));
                J::Obj(fields)
            }
            other => other.clone(),
        }
    }

    /// One line, as Python's `json.dumps(v, ensure_ascii=False)` writes it.
    pub fn compact(&self) -> String {
        match self {
            J::Arr(items) => {
                let items: Vec<String> = items.iter().map(J::compact).collect();
                format!("[{}]", items.join(", "))
            }
            J::Obj(fields) => {
                let fields: Vec<String> = fields
                    .iter()
                    .map(|(k, v)| format!("{}: {}", J::Str(k.clone()).compact(), v.compact()))
                    .collect();
                format!("{{{}}}", fields.join(", "))
            }
            scalar => scalar.pretty().trim_end().to_string(),
        }
    }

    pub fn pretty(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, 0);
        out.push('\n');
        out
    }

    fn write(&self, out: &mut String, depth: usize) {
        let pad = |out: &mut String, depth: usize| {
            out.push('\n');
            out.push_str(&"  ".repeat(depth));
        };
        match self {
            J::Null => out.push_str("null"),
            J::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            J::Num(n) => python_number(out, n),
            J::Str(s) => out.push_str(&serde_json::to_string(s).expect("a string encodes")),
            J::Arr(items) if items.is_empty() => out.push_str("[]"),
            J::Obj(fields) if fields.is_empty() => out.push_str("{}"),
            J::Arr(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    pad(out, depth + 1);
                    item.write(out, depth + 1);
                }
                pad(out, depth);
                out.push(']');
            }
            J::Obj(fields) => {
                out.push('{');
                for (i, (k, v)) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    pad(out, depth + 1);
                    J::Str(k.clone()).write(out, depth + 1);
                    out.push_str(": ");
                    v.write(out, depth + 1);
                }
                pad(out, depth);
                out.push('}');
            }
        }
    }
}

/// Floats as Python's `repr` writes them: always with a `.0` or an exponent.
fn python_number(out: &mut String, n: &serde_json::Number) {
    if n.is_f64() {
        let f = n.as_f64().expect("a float");
        let text = format!("{f:?}");
        let _ = write!(out, "{text}");
    } else {
        let _ = write!(out, "{n}");
    }
}

impl From<&serde_json::Value> for J {
    fn from(v: &serde_json::Value) -> J {
        use serde_json::Value;
        match v {
            Value::Null => J::Null,
            Value::Bool(b) => J::Bool(*b),
            Value::Number(n) => J::Num(n.clone()),
            Value::String(s) => J::Str(s.clone()),
            Value::Array(items) => J::Arr(items.iter().map(J::from).collect()),
            Value::Object(map) => {
                J::Obj(map.iter().map(|(k, v)| (k.clone(), J::from(v))).collect())
            }
        }
    }
}

/// A line diff of two texts (LCS), `-` for expected-only and `+` for actual-only lines.
pub fn diff(expected: &str, actual: &str) -> String {
    let a: Vec<&str> = expected.lines().collect();
    let b: Vec<&str> = actual.lines().collect();
    let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, String::new());
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            let _ = writeln!(out, "  {}", a[i]);
            i += 1;
            j += 1;
        } else if j < b.len() && (i == a.len() || lcs[i][j + 1] >= lcs[i + 1][j]) {
            let _ = writeln!(out, "+ {}", b[j]);
            j += 1;
        } else {
            let _ = writeln!(out, "- {}", a[i]);
            i += 1;
        }
    }
    out
}
