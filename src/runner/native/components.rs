//! Custom components and `components.html`: registration goes to the
//! process-wide [`ComponentRegistry`] that the component origin serves from.
//! Their elements go through `element` (see `tree`).

use std::path::Path;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

use crate::components::registry::ComponentSource;
use crate::components::ComponentRegistry;

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

/// Keeps a `components.html` document under its SHA-256 hex digest and
/// returns the path the component origin serves it at (an `IFrame`'s
/// `html_path`).
#[pyfunction]
fn component_store_html(digest: &str, html: &str) -> PyResult<String> {
    ComponentRegistry::global()
        .store_html(digest, html)
        .map_err(|e| PyValueError::new_err(e.to_string()))?;
    Ok(super::tree::html_path(digest))
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(component_register, m)?)?;
    m.add_function(wrap_pyfunction!(component_store_html, m)?)?;
    Ok(())
}
