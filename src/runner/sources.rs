//! The runner's side of hot reload and secrets: tells the Python package
//! where secrets.toml files live and which folders hold the app's own
//! modules, reports the local modules a run imported (so the app's watcher
//! can watch them), and forgets those modules before the first run after a
//! change. Only the runner calls Python; the watcher just bumps a counter.

use std::path::PathBuf;

use pyo3::prelude::*;

/// Where the app's own files are, as the configuration says.
#[derive(Debug, Clone, Default)]
pub struct SourceConfig {
    pub secrets_files: Vec<PathBuf>,
    /// The script's folder first, then `server.folderWatchList`.
    pub module_roots: Vec<PathBuf>,
    pub folder_watch_blacklist: Vec<PathBuf>,
    /// Every option's effective value, for `st.get_option`.
    pub options: Vec<(String, OptionValue)>,
}

/// A configuration value as Python sees it.
#[derive(Debug, Clone)]
pub enum OptionValue {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    List(Vec<String>),
    /// A TOML value (tables, arrays of tables), parsed on the Python side.
    Toml(String),
}

impl<'py> IntoPyObject<'py> for &OptionValue {
    type Target = PyAny;
    type Output = Bound<'py, PyAny>;
    type Error = PyErr;

    fn into_pyobject(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(match self {
            OptionValue::None => py.None().into_bound(py),
            OptionValue::Bool(b) => b.into_pyobject(py)?.to_owned().into_any(),
            OptionValue::Int(i) => i.into_pyobject(py)?.into_any(),
            OptionValue::Float(f) => f.into_pyobject(py)?.into_any(),
            OptionValue::Str(s) => s.into_pyobject(py)?.into_any(),
            OptionValue::List(l) => pyo3::types::PyList::new(py, l)?.into_any(),
            OptionValue::Toml(t) => py
                .import("streamlit.config")?
                .call_method1("parse_toml_value", (t,))?,
        })
    }
}

fn strings(paths: &[PathBuf]) -> Vec<String> {
    paths
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect()
}

pub fn configure(py: Python<'_>, config: &SourceConfig) -> PyResult<()> {
    py.import("streamlit.runtime.secrets")?
        .getattr("secrets")?
        .call_method1("configure", (strings(&config.secrets_files),))?;
    py.import("streamlit.runtime.reload")?.call_method1(
        "configure",
        (
            strings(&config.module_roots),
            strings(&config.folder_watch_blacklist),
        ),
    )?;
    let options = pyo3::types::PyDict::new(py);
    for (name, value) in &config.options {
        options.set_item(name, value)?;
    }
    py.import("streamlit.config")?
        .call_method1("configure", (options,))?;
    Ok(())
}

/// The local modules' files, if the set of imported modules changed.
pub fn local_module_files(py: Python<'_>) -> Option<Vec<PathBuf>> {
    let result = py
        .import("streamlit.runtime.reload")
        .and_then(|m| m.call_method0("local_module_files"))
        .and_then(|files| files.extract::<Option<Vec<String>>>());
    match result {
        Ok(files) => files.map(|f| f.into_iter().map(PathBuf::from).collect()),
        Err(e) => {
            tracing::warn!("could not list the script's modules: {e}");
            None
        }
    }
}

pub fn forget_local_modules(py: Python<'_>) {
    let result = py
        .import("streamlit.runtime.reload")
        .and_then(|m| m.call_method0("forget_local_modules"));
    if let Err(e) = result {
        tracing::warn!("could not reload the script's modules: {e}");
    }
}
