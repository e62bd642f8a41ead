//! Status elements: st.progress, st.spinner, st.toast, st.metric. Their
//! rules (value ranges, delta colours) are decided in Python.
#![allow(clippy::too_many_arguments)]

use pyo3::prelude::*;

use super::emit_element;
use crate::proto::{element, Metric, Progress, Spinner, Toast};

#[pyfunction]
fn progress(path: Vec<u32>, value: u32, text: String) -> PyResult<()> {
    let value = value.min(100);
    emit_element(path, element::Type::Progress(Progress { value, text }))
}

#[pyfunction]
fn spinner(path: Vec<u32>, text: String, show_time: bool) -> PyResult<()> {
    emit_element(path, element::Type::Spinner(Spinner { text, show_time }))
}

#[pyfunction]
fn toast(path: Vec<u32>, body: String, icon: String, duration_ms: u32) -> PyResult<()> {
    let toast = Toast {
        body,
        icon,
        duration_ms,
    };
    emit_element(path, element::Type::Toast(toast))
}

/// `color` and `direction` are the proto enums' numbers.
#[pyfunction]
fn metric(
    path: Vec<u32>,
    label: String,
    body: String,
    delta: String,
    color: i32,
    direction: i32,
    help: String,
    label_visibility: u32,
    border: bool,
    icon: String,
    delta_description: String,
) -> PyResult<()> {
    let metric = Metric {
        label,
        body,
        delta,
        color,
        direction,
        help,
        label_visibility,
        border,
        icon,
        delta_description,
    };
    emit_element(path, element::Type::Metric(metric))
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(progress, m)?)?;
    m.add_function(wrap_pyfunction!(spinner, m)?)?;
    m.add_function(wrap_pyfunction!(toast, m)?)?;
    m.add_function(wrap_pyfunction!(metric, m)?)?;
    Ok(())
}
