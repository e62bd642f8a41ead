//! Custom components and `components.html`: registration goes to the
//! process-wide [`ComponentRegistry`] that the component origin serves from.
//! Their elements go through `element` (see `tree`).

use std::path::Path;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

use crate::components::registry::ComponentSource;
use crate::components::v2::V2Definition;
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

/// Keeps a `components.html` document and returns the path the component
/// origin serves it at (an `IFrame`'s `html_path`), under a digest only
/// this process can compute.
#[pyfunction]
fn component_store_html(html: &str) -> String {
    let digest = ComponentRegistry::global().store_html(html);
    super::tree::html_path(&digest)
}

/// Registers a components v2 definition (the name's last one wins) and
/// returns `(document_path, origin_label)` for its `BidiComponent` elements.
/// `css`/`js` are inline content; `css_path`/`js_path` are relative to
/// `asset_dir`.
#[pyfunction]
#[pyo3(signature = (name, html=None, css=None, js=None, asset_dir=None, css_path=None, js_path=None))]
fn component_v2_define(
    name: &str,
    html: Option<String>,
    css: Option<String>,
    js: Option<String>,
    asset_dir: Option<&str>,
    css_path: Option<String>,
    js_path: Option<String>,
) -> PyResult<(String, String)> {
    let definition = V2Definition {
        name: name.to_string(),
        html,
        css,
        js,
        asset_dir: asset_dir.map(Into::into),
        css_path,
        js_path,
    };
    ComponentRegistry::global()
        .define_v2(definition)
        .map_err(|e| PyValueError::new_err(e.to_string()))
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(component_register, m)?)?;
    m.add_function(wrap_pyfunction!(component_store_html, m)?)?;
    m.add_function(wrap_pyfunction!(component_v2_define, m)?)?;
    Ok(())
}
