//! The page as the conformance snapshots describe it: a flat list of entries
//! in document order, each with `at` (the container path, e.g.
//! `main/columns#0/column#1`), `kind` and the fields a user sees. Widget
//! values are the ones the browser holds, decoded to what the script gets.
//! `tests/conformance/test_streamlit_oracle.py` builds the same shape from
//! Streamlit's AppTest tree.

use rustlit::proto::widget_state::Value;
use rustlit::proto::{alert, block, checkbox, element, markdown, Element};

use super::browser::{value_of, widget_spec};
use super::json::J;
use crate::common::tree::Node;
use crate::common::Client;

const ROOTS: [&str; 2] = ["main", "sidebar"];

pub fn page(client: &Client) -> J {
    let nodes = &client.tree.nodes;
    let mut out = Vec::new();
    for (path, (node, _)) in nodes {
        let Some(root) = ROOTS.get(path[0] as usize) else {
            continue;
        };
        let mut at = root.to_string();
        for end in 2..path.len() {
            let kind = match nodes.get(&path[..end]) {
                Some((Node::Block(b), _)) => block_kind(b),
                _ => "?",
            };
            at.push_str(&format!("/{kind}#{}", path[end - 1]));
        }
        let mut fields = vec![("at", J::str(at))];
        match node {
            Node::Block(b) => {
                fields.push(("kind", J::str(block_kind(b))));
                if let Some(block::Type::Expandable(e)) = &b.r#type {
                    fields.push(("label", J::str(&e.label)));
                }
            }
            Node::Element(Element { r#type: Some(t) }) => fields.extend(element_fields(client, t)),
            Node::Element(_) => fields.push(("kind", J::str("unknown"))),
        }
        out.push(J::obj(fields));
    }
    J::Arr(out)
}

fn block_kind(b: &rustlit::proto::Block) -> &'static str {
    match b.r#type {
        Some(block::Type::Vertical(_)) => "container",
        Some(block::Type::Horizontal(_)) => "columns",
        Some(block::Type::Column(_)) => "column",
        Some(block::Type::Expandable(_)) => "expander",
        None => "block",
    }
}

fn element_fields(client: &Client, t: &element::Type) -> Vec<(&'static str, J)> {
    use element::Type;
    let body = |kind: &str, body: &str| vec![("kind", J::str(kind)), ("body", J::str(body))];
    match t {
        Type::Heading(h) => {
            let kind = match h.tag.as_str() {
                "h1" => "title",
                "h2" => "header",
                _ => "subheader",
            };
            body(kind, &h.body)
        }
        Type::Markdown(m) => match markdown::Type::try_from(m.element_type) {
            Ok(markdown::Type::Caption) => body("caption", &m.body),
            Ok(markdown::Type::Divider) => vec![("kind", J::str("divider"))],
            _ => body("markdown", &m.body),
        },
        Type::Text(t) => body("text", &t.body),
        Type::Code(c) => {
            let mut f = body("code", &c.code_text);
            f.push(("language", J::str(&c.language)));
            f
        }
        Type::Json(j) => vec![
            ("kind", J::str("json")),
            (
                "body",
                serde_json::from_str(&j.body).map_or_else(|_| J::str(&j.body), |v| J::from(&v)),
            ),
        ],
        Type::Alert(a) => {
            let kind = match alert::Format::try_from(a.format) {
                Ok(alert::Format::Error) => "error",
                Ok(alert::Format::Warning) => "warning",
                Ok(alert::Format::Info) => "info",
                Ok(alert::Format::Success) => "success",
                _ => "alert",
            };
            let mut f = body(kind, &a.body);
            if !a.icon.is_empty() {
                f.push(("icon", J::str(&a.icon)));
            }
            f
        }
        Type::Exception(e) => vec![
            ("kind", J::str("exception")),
            ("type", J::str(&e.r#type)),
            ("message", J::str(&e.message)),
        ],
        Type::Empty(_) => vec![("kind", J::str("empty"))],
        widget => widget_fields(client, widget),
    }
}

fn widget_fields(client: &Client, t: &element::Type) -> Vec<(&'static str, J)> {
    use element::Type;
    let (kind, label) = match t {
        Type::Button(w) => ("button", &w.label),
        Type::Checkbox(w) if w.style == checkbox::Style::Toggle as i32 => ("toggle", &w.label),
        Type::Checkbox(w) => ("checkbox", &w.label),
        Type::Slider(w) => ("slider", &w.label),
        Type::TextInput(w) => ("text_input", &w.label),
        Type::NumberInput(w) => ("number_input", &w.label),
        Type::Selectbox(w) => ("selectbox", &w.label),
        Type::Radio(w) => ("radio", &w.label),
        _ => return vec![("kind", J::str("unknown"))],
    };
    let mut fields = vec![("kind", J::str(kind)), ("label", J::str(label))];
    let (id, initial, _) = widget_spec(t).expect("a widget");
    if let Some(key) = user_key(&id) {
        fields.push(("key", J::str(key)));
    }
    if kind != "button" {
        let held = value_of(client, &id).cloned().or(initial);
        fields.push(("value", decode(t, held.as_ref())));
    }
    fields
}

/// The user key in an element id `$$ID-<hash>-<key>` ("None" = no key).
pub fn user_key(id: &str) -> Option<&str> {
    let key = id.splitn(3, '-').nth(2)?;
    (key != "None").then_some(key)
}

/// A wire value as the script sees it (options by label, ints as ints).
fn decode(t: &element::Type, value: Option<&Value>) -> J {
    use element::Type;
    let option = |options: &[String], v: Option<&Value>| match v {
        Some(Value::IntValue(i)) => options.get(*i as usize).map_or(J::Null, J::str),
        _ => J::Null,
    };
    match (t, value) {
        (Type::Checkbox(_), Some(Value::BoolValue(b))) => J::Bool(*b),
        (Type::Slider(s), Some(Value::DoubleArrayValue(a))) => {
            let num = |v: f64| {
                if s.data_type == 0 {
                    J::int(v.round() as i64)
                } else {
                    J::float(v)
                }
            };
            let values: Vec<J> = a.data.iter().map(|v| num(*v)).collect();
            if s.default.len() == 1 && values.len() == 1 {
                values.into_iter().next().expect("one value")
            } else {
                J::Arr(values)
            }
        }
        (Type::TextInput(_), Some(Value::StringValue(s))) => J::str(s),
        (Type::NumberInput(_), Some(Value::IntValue(i))) => J::int(*i),
        (Type::NumberInput(_), Some(Value::DoubleValue(d))) => J::float(*d),
        (Type::Selectbox(s), v) => option(&s.options, v),
        (Type::Radio(r), v) => option(&r.options, v),
        _ => J::Null,
    }
}
