//! The browser's widget values, as the frontend's WidgetManager keeps them:
//! a new widget id starts from its default, a `set_value` from the server
//! overwrites, a user change is remembered, a click is sent once, and after
//! a successful run the values of widgets no longer on the page are dropped.

use std::collections::BTreeSet;

use rustlit::proto::widget_value::Value;
use rustlit::proto::{element, Element, WidgetState, WidgetValue};

use crate::common::tree::Node;
use crate::common::{Client, Tree};

/// (id, value for an id not seen yet, value forced by the server) of a widget element.
pub fn widget_spec(t: &element::Type) -> Option<(String, Option<Value>, Option<Value>)> {
    let widget = t.widget().filter(|w| !w.id.is_empty())?;
    let value = |v: &Option<Box<WidgetValue>>| v.as_ref().and_then(|v| v.value.clone());
    let forced = if widget.set_value {
        value(&widget.value)
    } else {
        None
    };
    Some((widget.id.clone(), value(&widget.default), forced))
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
        Some(w) => *w = WidgetState::new(id, value),
        None => widgets.push(WidgetState::new(id, value)),
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
        .and_then(WidgetState::value_kind)
}
