//! One run of the user's script, through `streamlit.runtime.entry`.
//!
//! The Python side owns Streamlit's semantics (widget state, callbacks,
//! exceptions); this side installs the run context the native module emits
//! into, converts the browser's widget values, and maps the result.

use std::path::Path;
use std::sync::Arc;

use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyList, PyTuple};

use super::control::RunControl;
use super::native::{self, ActiveRun, StopInterrupt};
use super::{OutboxSender, RunRequest, RunSource};
use crate::media::SessionMedia;
use crate::proto::{widget_value, RunStatus, UploadedFileInfo, WidgetState};

/// The session's Python-side state object, opaque to Rust, and the session's
/// media files, which live exactly as long as this state (the session).
pub struct ScriptState(Py<PyAny>, Arc<SessionMedia>);

impl ScriptState {
    /// The session's Python state object (`runtime/session.py`).
    pub(crate) fn session(&self, py: Python<'_>) -> Py<PyAny> {
        self.0.clone_ref(py)
    }
}

/// How a run ended, as `entry.run` reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Finished,
    CompileError,
    Interrupted,
    /// `st.rerun()`; with fragment ids, `st.rerun(scope="fragment")`.
    RerunRequested {
        fragment_ids: Vec<String>,
    },
}

impl Outcome {
    pub fn status(&self) -> RunStatus {
        match self {
            Outcome::Finished => RunStatus::FinishedSuccessfully,
            Outcome::CompileError => RunStatus::FinishedWithCompileError,
            Outcome::Interrupted | Outcome::RerunRequested { .. } => {
                RunStatus::FinishedEarlyForRerun
            }
        }
    }
}

pub struct Script {
    run: Py<PyAny>,
    new_session: Py<PyAny>,
    fragment_scope: Py<PyAny>,
    clear_caches: Py<PyAny>,
}

impl Script {
    /// Imports the entry module and prepares `sys.argv` / `sys.path[0]`.
    pub fn load(py: Python<'_>, script_path: &Path, script_args: &[String]) -> PyResult<Script> {
        let entry = py.import("streamlit.runtime.entry")?;
        entry.call_method1(
            "configure",
            (
                script_path.to_string_lossy().into_owned(),
                script_args.to_vec(),
            ),
        )?;
        Ok(Script {
            run: entry.getattr("run")?.unbind(),
            new_session: entry.getattr("new_session")?.unbind(),
            fragment_scope: entry.getattr("fragment_scope")?.unbind(),
            clear_caches: entry.getattr("clear_caches")?.unbind(),
        })
    }

    /// The menu's "Clear caches": every st.cache_data and st.cache_resource
    /// entry (they are process-wide) and this session's state.
    pub fn clear_caches(&self, py: Python<'_>, source: &dyn RunSource) {
        let cleared = self.session_state(py, source).and_then(|(state, _)| {
            self.clear_caches
                .bind(py)
                .call1((state.bind(py),))
                .map(drop)
        });
        if let Err(e) = cleared {
            tracing::error!(
                "session {}: could not clear the caches: {e}",
                source.session_id()
            );
        }
    }

    /// The fragments of `ids` the session still has (a fragment nested in
    /// another one of them runs with it, not on its own) and the paths of
    /// their containers.
    pub fn fragment_scope(
        &self,
        py: Python<'_>,
        source: &dyn RunSource,
        ids: &[String],
    ) -> (Vec<String>, Vec<Vec<u32>>) {
        let found = self.session_state(py, source).and_then(|(state, _)| {
            self.fragment_scope
                .bind(py)
                .call1((state.bind(py), ids.to_vec()))?
                .extract::<Vec<(String, Vec<u32>)>>()
        });
        match found {
            Ok(found) => found.into_iter().unzip(),
            Err(e) => {
                tracing::error!(
                    "session {}: could not look up its fragments: {e}",
                    source.session_id()
                );
                (Vec::new(), Vec::new())
            }
        }
    }

    pub fn run(
        &self,
        py: Python<'_>,
        source: &dyn RunSource,
        request: &RunRequest,
        control: &Arc<RunControl>,
        outbox: OutboxSender,
    ) -> Outcome {
        let (state, media) = match self.session_state(py, source) {
            Ok(state) => state,
            Err(e) => {
                tracing::error!(
                    "session {}: could not create its Python state: {e}",
                    source.session_id()
                );
                return Outcome::Finished;
            }
        };
        let uploads = source.uploads();
        // The run context is active only while the script executes.
        let code = {
            let _guard = native::enter_run(ActiveRun {
                outbox: outbox.for_run(),
                control: control.clone(),
                media: media.clone(),
                uploads: uploads.clone(),
                client: source.client(),
                cancelled: None,
            });
            // A fragment run rewrites part of the page: the files the rest
            // of the page shows stay, until the next full run.
            let full_run = !request.is_fragment_run();
            if full_run {
                media.begin_run();
                uploads.begin_run();
            }
            control.set_python_thread(current_python_thread());
            let code = self.call_run(py, &state, request);
            control.set_python_thread(0);
            clear_pending_async_exception();
            code
        };
        match code {
            _ if request.is_fragment_run() => {}
            // Only a complete run shows everything the page keeps.
            Ok((0, _)) => {
                media.finish_run();
                uploads.finish_run();
            }
            // Ended early: the page drops what the run did not reach, but
            // the widgets it did not reach keep their values, and files.
            Ok((4, _)) => media.finish_run(),
            _ => {}
        }
        match code {
            Ok((1, _)) => Outcome::CompileError,
            Ok((2, _)) => Outcome::Interrupted,
            Ok((3, fragment_ids)) => Outcome::RerunRequested { fragment_ids },
            Ok(_) => Outcome::Finished,
            Err(e) => {
                tracing::error!(
                    "session {}: the run failed inside rustlit: {e}",
                    source.session_id()
                );
                Outcome::Finished
            }
        }
    }

    /// `entry.run`'s code, and for `st.rerun(scope="fragment")` the
    /// fragments to rerun.
    fn call_run(
        &self,
        py: Python<'_>,
        state: &Py<PyAny>,
        request: &RunRequest,
    ) -> PyResult<(i64, Vec<String>)> {
        let widget_states = match &request.widget_states {
            None => py.None().into_bound(py),
            Some(states) => widget_states_to_python(py, states)?.into_any(),
        };
        let (page_hash, page_name) = match &request.page {
            Some(page) => (Some(page.script_hash.as_str()), Some(page.name.as_str())),
            None => (None, None),
        };
        let fragment_ids = request
            .is_fragment_run()
            .then(|| request.fragment_ids.clone());
        let result = self.run.bind(py).call1((
            state.bind(py),
            widget_states,
            request.query_string.as_str(),
            page_hash,
            page_name,
            fragment_ids,
            request.is_auto_rerun,
        ))?;
        match result.extract::<i64>() {
            Ok(code) => Ok((code, Vec::new())),
            Err(_) => result.extract(),
        }
    }

    fn session_state(
        &self,
        py: Python<'_>,
        source: &dyn RunSource,
    ) -> PyResult<(Py<PyAny>, Arc<SessionMedia>)> {
        let mut slot = source.script_state().lock();
        if let Some(ScriptState(state, media)) = slot.as_ref() {
            return Ok((state.clone_ref(py), media.clone()));
        }
        let state = self
            .new_session
            .bind(py)
            .call1((source.session_id(),))?
            .unbind();
        let media = SessionMedia::new();
        *slot = Some(ScriptState(state.clone_ref(py), media.clone()));
        Ok((state, media))
    }
}

/// `(id, kind, value)` tuples, the shape `entry.run` expects.
fn widget_states_to_python<'py>(
    py: Python<'py>,
    states: &[WidgetState],
) -> PyResult<Bound<'py, PyList>> {
    use widget_value::Value;
    let list = PyList::empty(py);
    for state in states {
        let Some(value) = state.value_kind() else {
            continue;
        };
        let (kind, value): (&str, Bound<'py, PyAny>) = match value {
            Value::TriggerValue(v) => ("trigger", v.into_pyobject(py)?.to_owned().into_any()),
            Value::BoolValue(v) => ("bool", v.into_pyobject(py)?.to_owned().into_any()),
            Value::DoubleValue(v) => ("double", v.into_pyobject(py)?.into_any()),
            Value::IntValue(v) => ("int", v.into_pyobject(py)?.into_any()),
            Value::StringValue(v) => ("string", v.into_pyobject(py)?.into_any()),
            Value::StringTriggerValue(v) => ("string_trigger", v.into_pyobject(py)?.into_any()),
            Value::JsonTriggerValue(v) => ("json_trigger", v.into_pyobject(py)?.into_any()),
            Value::DoubleArrayValue(v) => ("double_array", PyList::new(py, &v.data)?.into_any()),
            Value::NoneValue(_) => ("none", py.None().into_bound(py)),
            Value::JsonValue(v) => ("json", v.into_pyobject(py)?.into_any()),
            Value::BytesValue(v) => ("bytes", PyBytes::new(py, v).into_any()),
            Value::ArrowValue(t) => (
                "arrow",
                PyTuple::new(
                    py,
                    [
                        PyBytes::new(py, &t.data),
                        PyBytes::new(py, &t.index),
                        PyBytes::new(py, &t.columns),
                    ],
                )?
                .into_any(),
            ),
            Value::StringArrayValue(v) => ("string_array", PyList::new(py, &v.data)?.into_any()),
            Value::FileUploaderStateValue(v) => ("files", file_infos(py, &v.files)?.into_any()),
            Value::ChatInputValue(v) => {
                let audio = match &v.audio {
                    Some(audio) => file_info(py, audio)?.into_any(),
                    None => py.None().into_bound(py),
                };
                (
                    "chat",
                    PyTuple::new(
                        py,
                        [
                            v.data.as_str().into_pyobject(py)?.into_any(),
                            file_infos(py, &v.files)?.into_any(),
                            audio,
                        ],
                    )?
                    .into_any(),
                )
            }
        };
        list.append(PyTuple::new(
            py,
            [
                state.id.as_str().into_pyobject(py)?.into_any(),
                kind.into_pyobject(py)?.into_any(),
                value,
            ],
        )?)?;
    }
    Ok(list)
}

/// `(file_id, name, size)`: what the browser says it uploaded. The bytes
/// are looked up in the session's upload store when the widget is read.
fn file_info<'py>(py: Python<'py>, info: &UploadedFileInfo) -> PyResult<Bound<'py, PyTuple>> {
    PyTuple::new(
        py,
        [
            info.file_id.as_str().into_pyobject(py)?.into_any(),
            info.name.as_str().into_pyobject(py)?.into_any(),
            info.size.into_pyobject(py)?.into_any(),
        ],
    )
}

fn file_infos<'py>(py: Python<'py>, infos: &[UploadedFileInfo]) -> PyResult<Bound<'py, PyList>> {
    let list = PyList::empty(py);
    for info in infos {
        list.append(file_info(py, info)?)?;
    }
    Ok(list)
}

#[allow(clippy::useless_conversion)] // c_ulong is not u64 on every platform
fn current_python_thread() -> u64 {
    // SAFETY: reads the calling thread's ident; no interpreter state involved.
    u64::from(unsafe { pyo3::ffi::PyThread_get_thread_ident() })
}

/// A stop raised asynchronously just as the run was returning would fire in
/// whatever this thread runs next: drop it.
fn clear_pending_async_exception() {
    // SAFETY: called with the GIL held; a NULL exception clears the pending one.
    unsafe {
        pyo3::ffi::PyThreadState_SetAsyncExc(current_python_thread() as _, std::ptr::null_mut());
    }
}

/// Raises StopInterrupt in the thread running `control`'s run, if it is
/// still running. Holding the GIL makes the check and the raise atomic with
/// respect to the run ending (the runner clears the thread while holding it).
pub fn raise_stop_in_thread(py: Python<'_>, control: &RunControl) {
    let thread = control.python_thread();
    if thread == 0 {
        return;
    }
    let exc = py.get_type::<StopInterrupt>();
    // SAFETY: GIL held; the type object outlives the call.
    unsafe {
        pyo3::ffi::PyThreadState_SetAsyncExc(thread as _, exc.as_ptr());
    }
}
