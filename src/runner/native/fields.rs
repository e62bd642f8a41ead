//! Python keyword arguments → protobuf messages. Generated from `proto/` by
//! build.rs (`build/py_boundary.rs`): one function per element and
//! block kind, whose keyword-only parameters are the kind's fields (CPython
//! passes them without building a dict), and a `FromPyFields` impl per
//! message for nested messages and events; this holds what they call. Every error names the message and the field, so a
//! mistyped, missing or mistyped-value field fails the call that made it.

use std::borrow::Cow;

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};

/// A message that can be filled from Python keyword arguments.
pub(crate) trait FromPyFields: Default {
    /// The proto name, relative to the package ("PageConfig.MenuItems").
    const NAME: &'static str;
    /// The fields a caller may set, in declaration order.
    const FIELDS: &'static [&'static str];
    /// Bit `i` set: `FIELDS[i]` must be given.
    const REQUIRED: u64;
    /// Sets one field; `Ok(None)` when the message has no field `name`.
    fn set_field(&mut self, name: &str, value: &Bound<'_, PyAny>) -> PyResult<Option<usize>>;
}

include!(concat!(env!("OUT_DIR"), "/py_fields.rs"));

/// A message given as a dict (a nested field).
pub(crate) fn message<M: FromPyFields>(value: &Bound<'_, PyAny>, label: &str) -> PyResult<M> {
    let dict = value.cast::<PyDict>().map_err(|_| {
        PyTypeError::new_err(format!(
            "{label}: expected a dict of rustlit.{} fields, got {}",
            M::NAME,
            type_name(value)
        ))
    })?;
    fill(Some(dict), Some(label))
}

/// A whole message from keyword arguments (the events Python sends).
pub(crate) fn from_kwargs<M: FromPyFields>(fields: Option<&Bound<'_, PyDict>>) -> PyResult<M> {
    fill(fields, None)
}

/// `context` names the field the message is the value of (for errors only).
fn fill<M: FromPyFields>(fields: Option<&Bound<'_, PyDict>>, context: Option<&str>) -> PyResult<M> {
    let mut message = M::default();
    let mut given = 0u64;
    for (name, value) in fields.into_iter().flat_map(|d| d.iter()) {
        let name = name.cast::<PyString>()?.to_str()?;
        match message.set_field(name, &value)? {
            Some(i) => given |= 1 << i,
            None => {
                let context = context.map(|c| format!("{c}: ")).unwrap_or_default();
                return Err(PyTypeError::new_err(format!(
                    "{context}rustlit.{} has no field '{name}' (fields: {})",
                    M::NAME,
                    M::FIELDS.join(", ")
                )));
            }
        }
    }
    check_required::<M>(given)?;
    Ok(message)
}

fn check_required<M: FromPyFields>(given: u64) -> PyResult<()> {
    let missing = M::REQUIRED & !given;
    if missing == 0 {
        return Ok(());
    }
    let names: Vec<&str> = M::FIELDS
        .iter()
        .enumerate()
        .filter(|(i, _)| missing & (1 << i) != 0)
        .map(|(_, f)| *f)
        .collect();
    Err(PyTypeError::new_err(format!(
        "rustlit.{} is missing field(s): {}",
        M::NAME,
        names.join(", ")
    )))
}

fn type_name(value: &Bound<'_, PyAny>) -> String {
    value
        .get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "?".into())
}

fn scalar<'py, T: FromPyObjectOwned<'py>>(value: &Bound<'py, PyAny>, label: &str) -> PyResult<T> {
    value.extract::<T>().map_err(|e| {
        let e: PyErr = e.into();
        PyTypeError::new_err(format!("{label}: {}", e.value(value.py())))
    })
}

fn bytes(value: &Bound<'_, PyAny>, label: &str) -> PyResult<Vec<u8>> {
    value
        .extract::<Cow<[u8]>>()
        .map(Cow::into_owned)
        .map_err(|_| {
            PyTypeError::new_err(format!("{label}: expected bytes, got {}", type_name(value)))
        })
}

/// Borrowed: the name is matched against the enum's names and dropped, so
/// it is not worth an allocation on every call.
fn enum_name<'a>(value: &'a Bound<'_, PyAny>, label: &str) -> PyResult<&'a str> {
    value
        .cast::<PyString>()
        .map_err(|_| {
            PyTypeError::new_err(format!(
                "{label}: expected the enum value's name (a str), got {}",
                type_name(value)
            ))
        })?
        .to_str()
}

fn unknown_enum_value(label: &str, name: &str, known: &[&str]) -> PyErr {
    PyValueError::new_err(format!(
        "{label}: unknown value '{name}' (one of {})",
        known.join(", ")
    ))
}

/// A list or tuple (never a str, which would split into characters).
fn sequence<'py>(value: &Bound<'py, PyAny>, label: &str) -> PyResult<Vec<Bound<'py, PyAny>>> {
    if let Ok(list) = value.cast::<PyList>() {
        return Ok(list.iter().collect());
    }
    if let Ok(tuple) = value.cast::<PyTuple>() {
        return Ok(tuple.iter().collect());
    }
    Err(PyTypeError::new_err(format!(
        "{label}: expected a list, got {}",
        type_name(value)
    )))
}
