//! The calling convention of the generated per-kind functions
//! (`_rustlit.text(path, /, *, body=..., help=...)`): CPython's vectorcall
//! with keyword names matched by identity.
//!
//! Why not `#[pyfunction]`: pyo3 matches each keyword by converting its name
//! to `&str` and comparing strings, about 14 ns per keyword, which made a
//! four-field element cost a quarter more than the positional functions it
//! replaced. Keyword names at a call site are interned by the compiler, so
//! comparing pointers with the interned parameter names almost always
//! decides; a name built at run time falls back to comparing text. The
//! errors are pyo3's (and CPython's) words.

use std::ffi::{c_int, CStr};
use std::panic::{catch_unwind, AssertUnwindSafe};

use pyo3::exceptions::{PyBaseException, PyTypeError};
use pyo3::ffi;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyString, PyTuple};
use pyo3::{Borrowed, PyErr};

/// One generated function's parameters after `path`: keyword-only, the
/// required ones first.
pub(crate) struct Params {
    pub name: &'static str,
    pub names: &'static [&'static str],
    pub required: usize,
    interned: PyOnceLock<Vec<Py<PyString>>>,
}

impl Params {
    pub const fn new(name: &'static str, names: &'static [&'static str], required: usize) -> Self {
        Params {
            name,
            names,
            required,
            interned: PyOnceLock::new(),
        }
    }
}

/// The generated bodies: `path` and the parameters in `Params::names` order.
pub(crate) type Body<const N: usize> =
    for<'a, 'py> fn(&Bound<'py, PyAny>, [Option<Borrowed<'a, 'py, PyAny>>; N]) -> PyResult<()>;

/// Runs a fast call: matches the arguments to `params`, then `body`.
///
/// # Safety
/// Called by CPython as a `METH_FASTCALL | METH_KEYWORDS` function: the
/// thread is attached, `args` holds `nargsf` positional arguments followed
/// by one value per name in `kwnames` (a tuple, or null).
pub(crate) unsafe fn call<const N: usize>(
    params: &Params,
    args: *const *mut ffi::PyObject,
    nargsf: ffi::Py_ssize_t,
    kwnames: *mut ffi::PyObject,
    body: Body<N>,
) -> *mut ffi::PyObject {
    // SAFETY: CPython calls this with the thread attached.
    let py = unsafe { Python::assume_attached() };
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        // SAFETY: as documented on this function.
        unsafe { call_inner(py, params, args, nargsf, kwnames, body) }
    }));
    let result = match outcome {
        Ok(result) => result,
        Err(payload) => Err(panic_error(payload)),
    };
    match result {
        Ok(()) => py.None().into_ptr(),
        Err(e) => {
            e.restore(py);
            std::ptr::null_mut()
        }
    }
}

unsafe fn call_inner<const N: usize>(
    py: Python<'_>,
    params: &Params,
    args: *const *mut ffi::PyObject,
    nargsf: ffi::Py_ssize_t,
    kwnames: *mut ffi::PyObject,
    body: Body<N>,
) -> PyResult<()> {
    // SAFETY: the count of positional arguments, as CPython documents it.
    let positional = unsafe { ffi::PyVectorcall_NARGS(nargsf as usize) };
    let keywords = if kwnames.is_null() {
        None
    } else {
        // SAFETY: kwnames is a tuple of str the caller holds for the call.
        Some(unsafe { Borrowed::from_ptr(py, kwnames).cast_unchecked::<PyTuple>() })
    };
    if positional == 0 {
        return Err(PyTypeError::new_err(format!(
            "{}() missing 1 required positional argument: 'path'",
            params.name
        )));
    }
    if positional != 1 {
        return Err(PyTypeError::new_err(format!(
            "{}() takes 1 positional arguments but {positional} were given",
            params.name
        )));
    }
    // SAFETY: `args` holds one reference per positional and keyword argument.
    let arg = |i: ffi::Py_ssize_t| unsafe { Borrowed::from_ptr(py, *args.offset(i)) };
    let path = arg(0);
    let mut values: [Option<Borrowed<'_, '_, PyAny>>; N] = [None; N];
    if let Some(keywords) = keywords {
        let interned = params.interned.get_or_init(py, || {
            params
                .names
                .iter()
                .map(|n| PyString::intern(py, n).unbind())
                .collect()
        });
        for (k, key) in keywords.iter_borrowed().enumerate() {
            let slot = slot_of(params, interned, &key)?;
            if values[slot]
                .replace(arg(1 + k as ffi::Py_ssize_t))
                .is_some()
            {
                return Err(PyTypeError::new_err(format!(
                    "{}() got multiple values for argument '{}'",
                    params.name, params.names[slot]
                )));
            }
        }
    }
    let missing: Vec<&str> = params.names[..params.required]
        .iter()
        .zip(values.iter())
        .filter(|(_, v)| v.is_none())
        .map(|(n, _)| *n)
        .collect();
    if !missing.is_empty() {
        return Err(missing_error(params.name, &missing));
    }
    body(&path, values)
}

/// The parameter a keyword names: by identity, else by text.
fn slot_of(
    params: &Params,
    interned: &[Py<PyString>],
    key: &Borrowed<'_, '_, PyAny>,
) -> PyResult<usize> {
    if let Some(i) = interned.iter().position(|n| n.as_ptr() == key.as_ptr()) {
        return Ok(i);
    }
    let key = key.cast::<PyString>()?;
    let text = key.to_str()?;
    params.names.iter().position(|n| *n == text).ok_or_else(|| {
        PyTypeError::new_err(format!(
            "{}() got an unexpected keyword argument '{text}'",
            params.name
        ))
    })
}

/// What a generated body says if `call` let a required parameter through
/// (it does not).
pub(crate) fn missing() -> PyErr {
    PyTypeError::new_err("a required keyword argument is missing")
}

fn missing_error(function: &str, missing: &[&str]) -> PyErr {
    let quoted: Vec<String> = missing.iter().map(|n| format!("'{n}'")).collect();
    let list = match quoted.as_slice() {
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
        [] => String::new(),
    };
    let s = if missing.len() == 1 { "" } else { "s" };
    PyTypeError::new_err(format!(
        "{function}() missing {} required keyword argument{s}: {list}",
        missing.len()
    ))
}

/// A panic in a body reaches Python as an exception, never unwinds into C.
fn panic_error(payload: Box<dyn std::any::Any + Send>) -> PyErr {
    let message = payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "panic in a native function".into());
    pyo3::panic::PanicException::new_err(message)
}

/// Adds a fast function to the module. `def` lives for the process (the
/// interpreter keeps a pointer to it). `doc` starts with the text signature
/// (`text(path, /, *, body, help)\n--\n\n`), which `inspect` and the cache's
/// replay read.
pub(crate) fn add(
    m: &Bound<'_, PyModule>,
    name: &'static CStr,
    doc: &'static CStr,
    function: ffi::PyCFunctionFastWithKeywords,
) -> PyResult<()> {
    let def = Box::leak(Box::new(ffi::PyMethodDef {
        ml_name: name.as_ptr(),
        ml_meth: ffi::PyMethodDefPointer {
            PyCFunctionFastWithKeywords: function,
        },
        ml_flags: (ffi::METH_FASTCALL | ffi::METH_KEYWORDS) as c_int,
        ml_doc: doc.as_ptr(),
    }));
    let py = m.py();
    let module_name = m.name()?;
    // SAFETY: `def` is never freed; the module name is a live str.
    let function = unsafe {
        Bound::from_owned_ptr_or_err(
            py,
            ffi::PyCFunction_NewEx(def, std::ptr::null_mut(), module_name.as_ptr()),
        )?
    };
    let name = name
        .to_str()
        .map_err(|e| PyBaseException::new_err(e.to_string()))?;
    m.add(name, function)
}
