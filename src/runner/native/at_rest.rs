//! `server.dataEncryptionKeyFile` for the Python package: what it writes to
//! disk (persisted `st.cache_data` entries) is sealed and opened here, so
//! the key never reaches Python (see `crate::at_rest`).

use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyBytes;

fn configured() -> PyResult<&'static crate::at_rest::AtRestKey> {
    crate::at_rest::key()
        .ok_or_else(|| PyRuntimeError::new_err("server.dataEncryptionKeyFile is not set"))
}

/// Whether files written for the app are to be sealed.
#[pyfunction]
fn at_rest_encrypted() -> bool {
    crate::at_rest::key().is_some()
}

#[pyfunction]
fn at_rest_seal<'py>(py: Python<'py>, context: &str, data: &[u8]) -> PyResult<Bound<'py, PyBytes>> {
    let key = configured()?;
    let sealed = py
        .detach(|| key.seal(context.as_bytes(), data))
        .map_err(|e| PyValueError::new_err(e.to_string()))?;
    Ok(PyBytes::new(py, &sealed))
}

/// Raises ValueError when `data` was not sealed with this key for `context`.
#[pyfunction]
fn at_rest_open<'py>(py: Python<'py>, context: &str, data: &[u8]) -> PyResult<Bound<'py, PyBytes>> {
    let key = configured()?;
    let plain = py
        .detach(|| key.open(context.as_bytes(), data))
        .map_err(|e| PyValueError::new_err(e.to_string()))?;
    Ok(PyBytes::new(py, &plain))
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(at_rest_encrypted, m)?)?;
    m.add_function(wrap_pyfunction!(at_rest_seal, m)?)?;
    m.add_function(wrap_pyfunction!(at_rest_open, m)?)?;
    Ok(())
}
