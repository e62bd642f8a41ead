//! Starting the embedded CPython so that it sees the user's environment.
//!
//! The interpreter must behave like the `python` the user would have run
//! `streamlit run` with: the active virtualenv (`VIRTUAL_ENV`) or the
//! `python3` on PATH. We ask that interpreter for its real executable path
//! and version, refuse to start if its major.minor differs from the libpython
//! this binary is linked against, and then initialise the embedded runtime
//! with `program_name` set to that executable. CPython's own path
//! computation then finds the same prefix, the venv's `pyvenv.cfg` and its
//! site-packages, exactly as the real interpreter does — independent of which
//! build of libpython the loader happened to pick.

use std::ffi::{CStr, CString};
use std::path::PathBuf;
use std::process::Command;

use thiserror::Error;

#[derive(Debug, Error)]
pub enum InterpreterError {
    #[error("could not run {python} to find your Python environment: {source}. Activate a virtualenv or put python3 on PATH")]
    NotFound {
        python: String,
        source: std::io::Error,
    },
    #[error("{python} did not report its version: {detail}")]
    BadProbe { python: String, detail: String },
    #[error(
        "Python version mismatch: rustlit is built against Python {linked}, but your environment's \
         interpreter {python} is Python {found}. Activate a virtualenv made with Python {linked} \
         (or set VIRTUAL_ENV), or rebuild rustlit with PYO3_PYTHON pointing at Python {found}"
    )]
    VersionMismatch {
        linked: String,
        found: String,
        python: String,
    },
    #[error("the embedded Python failed to start: {0}")]
    InitFailed(String),
}

/// The user's interpreter, as it describes itself.
#[derive(Debug, Clone)]
pub struct UserPython {
    pub executable: PathBuf,
    pub version: String,
}

/// Finds the interpreter whose environment scripts should see.
pub fn discover() -> Result<UserPython, InterpreterError> {
    let python = match std::env::var_os("VIRTUAL_ENV") {
        Some(venv) if !venv.is_empty() => PathBuf::from(venv).join("bin").join("python"),
        _ => PathBuf::from("python3"),
    };
    let label = python.display().to_string();
    let out = Command::new(&python)
        .args([
            "-c",
            "import sys; print(sys.executable); print('%d.%d' % sys.version_info[:2])",
        ])
        .output()
        .map_err(|source| InterpreterError::NotFound {
            python: label.clone(),
            source,
        })?;
    let text = String::from_utf8_lossy(&out.stdout);
    let mut lines = text.lines();
    match (lines.next(), lines.next()) {
        (Some(exe), Some(version)) if out.status.success() && !exe.is_empty() => Ok(UserPython {
            executable: PathBuf::from(exe.trim()),
            version: version.trim().to_string(),
        }),
        _ => Err(InterpreterError::BadProbe {
            python: label,
            detail: String::from_utf8_lossy(&out.stderr).trim().to_string(),
        }),
    }
}

/// `major.minor` of the libpython this process is linked against.
pub fn linked_version() -> String {
    // SAFETY: Py_GetVersion returns a static string and may be called before
    // the interpreter is initialised.
    let full = unsafe { CStr::from_ptr(pyo3::ffi::Py_GetVersion()) }
        .to_string_lossy()
        .into_owned();
    let number = full.split_whitespace().next().unwrap_or_default();
    number.split('.').take(2).collect::<Vec<_>>().join(".")
}

/// Checks the versions agree and starts the interpreter (once per process).
/// `register_native` runs before initialisation to add built-in modules.
pub fn start(user: &UserPython, register_native: impl FnOnce()) -> Result<(), InterpreterError> {
    let linked = linked_version();
    if linked != user.version {
        return Err(InterpreterError::VersionMismatch {
            linked,
            found: user.version.clone(),
            python: user.executable.display().to_string(),
        });
    }
    register_native();
    let program = CString::new(user.executable.as_os_str().as_encoded_bytes()).map_err(|_| {
        InterpreterError::InitFailed("the interpreter path contains a NUL byte".into())
    })?;
    // SAFETY: standard embedding sequence on a zeroed PyConfig; every status is
    // checked, and the GIL taken by initialisation is released at the end so
    // runner threads can attach.
    unsafe {
        use pyo3::ffi;
        let mut config = std::mem::MaybeUninit::<ffi::PyConfig>::zeroed().assume_init();
        ffi::PyConfig_InitPythonConfig(&mut config);
        config.install_signal_handlers = 0;
        config.parse_argv = 0;
        let status =
            ffi::PyConfig_SetBytesString(&mut config, &mut config.program_name, program.as_ptr());
        if ffi::PyStatus_Exception(status) != 0 {
            ffi::PyConfig_Clear(&mut config);
            return Err(InterpreterError::InitFailed(status_message(&status)));
        }
        let status = ffi::Py_InitializeFromConfig(&config);
        ffi::PyConfig_Clear(&mut config);
        if ffi::PyStatus_Exception(status) != 0 {
            return Err(InterpreterError::InitFailed(status_message(&status)));
        }
        ffi::PyEval_SaveThread();
    }
    Ok(())
}

fn status_message(status: &pyo3::ffi::PyStatus) -> String {
    if status.err_msg.is_null() {
        "unknown error".into()
    } else {
        // SAFETY: err_msg is a static C string owned by CPython.
        unsafe { CStr::from_ptr(status.err_msg) }
            .to_string_lossy()
            .into_owned()
    }
}
