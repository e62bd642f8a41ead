//! The browser's widget values, as the frontend's WidgetManager keeps them:
//! a new widget id starts from its default, a `set_value` from the server
//! overwrites, a user change is remembered, a click is sent once, and after
//! a successful run the values of widgets no longer on the page are dropped.

use std::collections::BTreeSet;

use rustlit::proto::widget_state::Value;
use rustlit::proto::{element, DoubleArray, Element, StringArray, WidgetState};

use crate::common::tree::Node;
use crate::common::{Client, Tree};

/// (id, value for an id not seen yet, value forced by the server) of a widget element.
pub fn widget_spec(t: &element::Type) -> Option<(String, Option<Value>, Option<Value>)> {
    use element::Type;
    // Radio and selectbox hold the label of the option at an index.
    let label_or_none = |options: &[String], v: Option<i32>| match v
        .and_then(|i| usize::try_from(i).ok())
        .and_then(|i| options.get(i))
    {
        Some(label) => Value::StringValue(label.clone()),
        None => Value::NoneValue(true),
    };
    Some(match t {
        Type::Button(b) => (b.id.clone(), None, None),
        Type::Checkbox(c) => (
            c.id.clone(),
            Some(Value::BoolValue(c.default)),
            c.set_value.then_some(Value::BoolValue(c.value)),
        ),
        Type::Slider(s) => (
            s.id.clone(),
            Some(Value::DoubleArrayValue(DoubleArray {
                data: s.default.clone(),
            })),
            s.set_value.then(|| {
                Value::DoubleArrayValue(DoubleArray {
                    data: s.value.clone(),
                })
            }),
        ),
        Type::TextInput(t) => (
            t.id.clone(),
            Some(
                t.default
                    .clone()
                    .map_or(Value::NoneValue(true), Value::StringValue),
            ),
            t.set_value.then(|| {
                t.value
                    .clone()
                    .map_or(Value::NoneValue(true), Value::StringValue)
            }),
        ),
        Type::NumberInput(n) => {
            let is_int = n.data_type == 0;
            let num = |v: Option<f64>| match v {
                None => Value::NoneValue(true),
                Some(v) if is_int => Value::IntValue(v.round() as i64),
                Some(v) => Value::DoubleValue(v),
            };
            (
                n.id.clone(),
                Some(num(n.default)),
                n.set_value.then(|| num(n.value)),
            )
        }
        Type::Selectbox(s) => (
            s.id.clone(),
            Some(label_or_none(&s.options, s.default)),
            s.set_value.then(|| label_or_none(&s.options, s.value)),
        ),
        Type::Radio(r) => (
            r.id.clone(),
            Some(label_or_none(&r.options, r.default)),
            r.set_value.then(|| label_or_none(&r.options, r.value)),
        ),
        other => return input_widget_spec(other),
    })
}

type Spec = (String, Option<Value>, Option<Value>);

/// The widgets of the "every input widget" issue: option widgets hold labels,
/// dates ISO strings, feedback an index (-1 = cleared).
fn input_widget_spec(t: &element::Type) -> Option<Spec> {
    use element::Type;
    let labels = |v: &[String]| Value::StringArrayValue(StringArray { data: v.to_vec() });
    let text = |v: &Option<String>| v.clone().map_or(Value::NoneValue(true), Value::StringValue);
    let with_labels = |id: &str, default: &[String], value: &[String], set: bool| {
        (
            id.to_string(),
            Some(labels(default)),
            set.then(|| labels(value)),
        )
    };
    Some(match t {
        Type::TextArea(w) => (
            w.id.clone(),
            Some(text(&w.default)),
            w.set_value.then(|| text(&w.value)),
        ),
        Type::Multiselect(w) => with_labels(&w.id, &w.default, &w.value, w.set_value),
        Type::ButtonGroup(w) => with_labels(&w.id, &w.default, &w.value, w.set_value),
        Type::SelectSlider(w) => with_labels(&w.id, &w.default, &w.value, w.set_value),
        Type::DateInput(w) => with_labels(&w.id, &w.default, &w.value, w.set_value),
        Type::ColorPicker(w) => (
            w.id.clone(),
            Some(Value::StringValue(w.default.clone())),
            w.set_value.then(|| Value::StringValue(w.value.clone())),
        ),
        Type::TimeInput(w) => (
            w.id.clone(),
            Some(text(&w.default)),
            w.set_value.then(|| text(&w.value)),
        ),
        Type::Feedback(w) => {
            let index = |v: Option<i32>| Value::IntValue(i64::from(v.unwrap_or(-1)));
            (
                w.id.clone(),
                Some(index(w.default)),
                w.set_value.then(|| index(w.value)),
            )
        }
        Type::LinkButton(w) if !w.id.is_empty() => (w.id.clone(), None, None),
        Type::FormSubmitButton(w) => (w.id.clone(), None, None),
        Type::DownloadButton(w) => (w.id.clone(), None, None),
        // A chat message is sent once, with the submit, like a click.
        Type::ChatInput(w) => (w.id.clone(), None, None),
        _ => return None,
    })
}

/// Updates the browser's values from the elements a run wrote.
pub fn register_element(widgets: &mut Vec<WidgetState>, t: &element::Type) {
    let Some((id, initial, forced)) = widget_spec(t) else {
        return;
    };
    if let Some(value) = forced {
        store(widgets, &id, value);
    } else if let Some(value) = initial {
        if !widgets.iter().any(|w| w.id == id) {
            store(widgets, &id, value);
        }
    }
}

pub fn store(widgets: &mut Vec<WidgetState>, id: &str, value: Value) {
    match widgets.iter_mut().find(|w| w.id == id) {
        Some(w) => w.value = Some(value),
        None => widgets.push(WidgetState {
            id: id.to_string(),
            value: Some(value),
        }),
    }
}

/// After a successful run: forget widgets that are no longer on the page.
pub fn retain_on_page(widgets: &mut Vec<WidgetState>, tree: &Tree) {
    let ids: BTreeSet<String> = tree
        .nodes
        .values()
        .filter_map(|(node, _)| match node {
            Node::Element(Element {
                r#type: Some(t), ..
            }) => widget_spec(t).map(|s| s.0),
            _ => None,
        })
        .collect();
    widgets.retain(|w| ids.contains(&w.id));
}

/// The value the browser holds for a widget id.
pub fn value_of<'a>(client: &'a Client, id: &str) -> Option<&'a Value> {
    client
        .widgets
        .iter()
        .find(|w| w.id == id)
        .and_then(|w| w.value.as_ref())
}
