//! Custom components and `components.html`/`iframe`: registration goes to
//! the process-wide [`ComponentRegistry`] that the component origin serves
//! from; elements carry the origin label the page needs to build the URL.
#![allow(clippy::too_many_arguments)]

use std::path::Path;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyTuple};

use super::emit_element;
use crate::components::origin::{label_for_html, label_for_name};
use crate::components::registry::ComponentSource;
use crate::components::ComponentRegistry;
use crate::proto::{
    component_special_arg, element, ArrowTable, ComponentDataframe, ComponentInstance,
    ComponentSpecialArg, IFrame,
};

/// Declares a component; returns a description of the source it replaced,
/// if any (for Streamlit's "overriding" warning).
#[pyfunction]
#[pyo3(signature = (name, path=None, url=None))]
fn component_register(
    name: &str,
    path: Option<&str>,
    url: Option<&str>,
) -> PyResult<Option<String>> {
    let previous = ComponentRegistry::global()
        .register(name, path.map(Path::new), url)
        .map_err(|e| PyValueError::new_err(e.to_string()))?;
    Ok(previous.map(|p| match p {
        ComponentSource::Path(p) => format!("path {}", p.display()),
        ComponentSource::Url(u) => format!("url {u}"),
    }))
}

/// Keeps a `components.html` document under its SHA-256 hex digest.
#[pyfunction]
fn component_store_html(digest: &str, html: &str) -> PyResult<()> {
    ComponentRegistry::global()
        .store_html(digest, html)
        .map_err(|e| PyValueError::new_err(e.to_string()))
}

/// `(data, index, columns)` Arrow IPC streams → ArrowTable.
fn arrow_table(value: &Bound<'_, PyAny>) -> PyResult<ArrowTable> {
    let parts: (Vec<u8>, Vec<u8>, Vec<u8>) = value.extract()?;
    Ok(ArrowTable {
        data: parts.0,
        index: parts.1,
        columns: parts.2,
        styler: Vec::new(),
    })
}

fn special_arg(item: &Bound<'_, PyTuple>) -> PyResult<ComponentSpecialArg> {
    let key: String = item.get_item(0)?.extract()?;
    let value = item.get_item(1)?;
    let value = if let Ok(bytes) = value.cast::<PyBytes>() {
        component_special_arg::Value::Bytes(bytes.as_bytes().to_vec())
    } else {
        component_special_arg::Value::ArrowDataframe(ComponentDataframe {
            data: Some(arrow_table(&value)?),
            height: 0,
            width: 0,
        })
    };
    Ok(ComponentSpecialArg {
        key,
        value: Some(value),
    })
}

#[pyfunction]
#[pyo3(signature = (path, id, component_name, json_args, special_args, url, form_id, height=None, tab_index=None))]
fn component_instance(
    path: Vec<u32>,
    id: String,
    component_name: String,
    json_args: String,
    special_args: Vec<Bound<'_, PyTuple>>,
    url: String,
    form_id: String,
    height: Option<f64>,
    tab_index: Option<i32>,
) -> PyResult<()> {
    let special_args = special_args
        .iter()
        .map(special_arg)
        .collect::<PyResult<Vec<_>>>()?;
    let instance = ComponentInstance {
        id,
        origin_label: label_for_name(&component_name),
        component_name,
        json_args,
        special_args,
        url,
        form_id,
        height,
        tab_index,
    };
    emit_element(path, element::Type::ComponentInstance(instance))
}

/// `components.html` (`html_digest` set, document already stored) or
/// `components.iframe` (`src` set).
#[pyfunction]
#[pyo3(signature = (path, src, html_digest, width, height, scrolling, tab_index=None))]
fn iframe(
    path: Vec<u32>,
    src: String,
    html_digest: String,
    width: Option<f64>,
    height: f64,
    scrolling: bool,
    tab_index: Option<i32>,
) -> PyResult<()> {
    let (html_path, origin_label) = if html_digest.is_empty() {
        (String::new(), String::new())
    } else {
        (
            format!("/html/{html_digest}.html"),
            label_for_html(&html_digest),
        )
    };
    let frame = IFrame {
        src,
        html_path,
        origin_label,
        width,
        height,
        scrolling,
        tab_index,
    };
    emit_element(path, element::Type::Iframe(frame))
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(component_register, m)?)?;
    m.add_function(wrap_pyfunction!(component_store_html, m)?)?;
    m.add_function(wrap_pyfunction!(component_instance, m)?)?;
    m.add_function(wrap_pyfunction!(iframe, m)?)?;
    Ok(())
}
