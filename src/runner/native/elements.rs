//! Display elements: text, markdown, code, json, alerts, exceptions.

use pyo3::prelude::*;

use super::emit_element;
use crate::proto::{self, element, Alert, Code, Empty, Exception, Heading, Json, Markdown, Text};

#[pyfunction]
fn heading(
    path: Vec<u32>,
    tag: String,
    body: String,
    anchor: String,
    help: String,
    hide_anchor: bool,
    divider: String,
) -> PyResult<()> {
    emit_element(
        path,
        element::Type::Heading(Heading {
            tag,
            body,
            anchor,
            help,
            hide_anchor,
            divider,
        }),
    )
}

#[pyfunction]
fn markdown(
    path: Vec<u32>,
    body: String,
    allow_html: bool,
    element_type: i32,
    help: String,
) -> PyResult<()> {
    let element_type = proto::markdown::Type::try_from(element_type)
        .unwrap_or(proto::markdown::Type::Native) as i32;
    emit_element(
        path,
        element::Type::Markdown(Markdown {
            body,
            allow_html,
            element_type,
            help,
        }),
    )
}

#[pyfunction]
fn text(path: Vec<u32>, body: String, help: String) -> PyResult<()> {
    emit_element(path, element::Type::Text(Text { body, help }))
}

#[pyfunction]
fn code(
    path: Vec<u32>,
    code_text: String,
    language: String,
    show_line_numbers: bool,
    wrap_lines: bool,
) -> PyResult<()> {
    emit_element(
        path,
        element::Type::Code(Code {
            code_text,
            language,
            show_line_numbers,
            wrap_lines,
        }),
    )
}

#[pyfunction]
fn json(path: Vec<u32>, body: String, expanded: bool) -> PyResult<()> {
    emit_element(path, element::Type::Json(Json { body, expanded }))
}

#[pyfunction]
fn alert(path: Vec<u32>, body: String, format: i32, icon: String) -> PyResult<()> {
    let format =
        proto::alert::Format::try_from(format).unwrap_or(proto::alert::Format::Info) as i32;
    emit_element(path, element::Type::Alert(Alert { body, format, icon }))
}

#[pyfunction]
fn exception(
    path: Vec<u32>,
    r#type: String,
    message: String,
    message_is_markdown: bool,
    stack_trace: Vec<String>,
    is_warning: bool,
) -> PyResult<()> {
    emit_element(
        path,
        element::Type::Exception(Exception {
            r#type,
            message,
            message_is_markdown,
            stack_trace,
            is_warning,
        }),
    )
}

#[pyfunction]
fn empty(path: Vec<u32>) -> PyResult<()> {
    emit_element(path, element::Type::Empty(Empty {}))
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(heading, m)?)?;
    m.add_function(wrap_pyfunction!(markdown, m)?)?;
    m.add_function(wrap_pyfunction!(text, m)?)?;
    m.add_function(wrap_pyfunction!(code, m)?)?;
    m.add_function(wrap_pyfunction!(json, m)?)?;
    m.add_function(wrap_pyfunction!(alert, m)?)?;
    m.add_function(wrap_pyfunction!(exception, m)?)?;
    m.add_function(wrap_pyfunction!(empty, m)?)?;
    Ok(())
}
