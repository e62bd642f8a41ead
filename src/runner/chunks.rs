//! Lazy dataframe chunks, read on loader threads of their own.
//!
//! The rows of a lazy `st.dataframe` live in the session's Python state
//! (`streamlit/runtime/lazy_sources.py`). A chunk request must not wait for
//! the session's script (a long run would freeze the grid) and must not hold
//! up its reruns, so it never goes through the session's mailbox: a small
//! pool of threads, started on the first request, attaches to the
//! interpreter, releases the GIL while it waits, and calls
//! `lazy_sources.load_chunk` with the requesting session's own state — the
//! only sources it can reach. The answer goes back to the session
//! (`RunSource::chunk_loaded`), which sends it to its browser.

use std::sync::Arc;

use crossbeam_channel::{Receiver, Sender};
use pyo3::prelude::*;
use pyo3::types::PyBytes;

use super::RunSource;

/// Loader threads: chunk reads are short (a slice and an IPC write; a sort
/// once per sort key), so two keep a busy page fed without crowding the
/// script threads for the GIL.
const LOADER_THREADS: usize = 2;

/// What one load reads. Requests with equal keys share a load.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ChunkKey {
    pub source_id: String,
    pub offset: i64,
    pub limit: u32,
    /// The sort column and whether it is descending.
    pub sort: Option<(String, bool)>,
}

/// 1.67's answer when a load fails for a reason the page need not know.
pub const LOAD_FAILED: &str = "Failed to load dataframe chunk.";

pub(super) enum LoaderJob {
    Chunk(Arc<dyn RunSource>, ChunkKey),
    /// The session is over: its sources go.
    SessionEnded(Arc<dyn RunSource>),
}

pub(super) fn start_loaders() -> Sender<LoaderJob> {
    let (tx, rx) = crossbeam_channel::unbounded::<LoaderJob>();
    for _ in 0..LOADER_THREADS {
        let rx = rx.clone();
        let spawned = std::thread::Builder::new()
            .name("rustlit-chunks".into())
            .spawn(move || Python::attach(|py| loader_loop(py, &rx)));
        if let Err(e) = spawned {
            tracing::error!("could not start a dataframe chunk loader thread: {e}");
        }
    }
    tx
}

fn loader_loop(py: Python<'_>, jobs: &Receiver<LoaderJob>) {
    while let Ok(job) = py.detach(|| jobs.recv()) {
        match job {
            LoaderJob::Chunk(source, key) => {
                let result = load(py, source.as_ref(), &key);
                source.chunk_loaded(key, result);
            }
            LoaderJob::SessionEnded(source) => {
                if source.attached() {
                    continue;
                }
                if let Some(session) = session_object(py, source.as_ref()) {
                    let dropped = py
                        .import("streamlit.runtime.lazy_sources")
                        .and_then(|m| m.call_method1("session_ended", (session.bind(py),)));
                    if let Err(e) = dropped {
                        tracing::error!(
                            "session {}: could not drop its dataframe sources: {e}",
                            source.session_id()
                        );
                    }
                }
            }
        }
    }
}

/// The session's Python state, if it ever ran.
fn session_object(py: Python<'_>, source: &dyn RunSource) -> Option<Py<PyAny>> {
    source
        .script_state()
        .lock()
        .as_ref()
        .map(|state| state.session(py))
}

fn load(py: Python<'_>, source: &dyn RunSource, key: &ChunkKey) -> Result<Vec<u8>, String> {
    // A session that never ran has no sources (Python tells whose the id is).
    let session = session_object(py, source);
    let (column, descending) = match &key.sort {
        Some((column, descending)) => (Some(column.as_str()), *descending),
        None => (None, false),
    };
    let loaded = py.import("streamlit.runtime.lazy_sources").and_then(|m| {
        m.call_method1(
            "load_chunk",
            (
                session.as_ref().map(|s| s.bind(py)),
                key.source_id.as_str(),
                key.offset,
                key.limit,
                column,
                descending,
            ),
        )
    });
    match loaded {
        Ok(bytes) => match bytes.cast::<PyBytes>() {
            Ok(bytes) => Ok(bytes.as_bytes().to_vec()),
            Err(_) => Err(LOAD_FAILED.into()),
        },
        Err(e) => {
            let is_chunk_error = py
                .import("streamlit.runtime.lazy_sources")
                .and_then(|m| m.getattr("ChunkError"))
                .is_ok_and(|t| e.get_type(py).is(&t));
            if is_chunk_error {
                Err(e.value(py).to_string())
            } else {
                tracing::error!(
                    "session {}: loading a dataframe chunk failed: {e}",
                    source.session_id()
                );
                Err(LOAD_FAILED.into())
            }
        }
    }
}
