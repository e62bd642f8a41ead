//! `@st.fragment(parallel=True)`: fragment bodies that run on worker threads
//! of the same run while the script goes on.
//!
//! The run's context is thread-local (`ACTIVE_RUN`), so a worker thread would
//! otherwise emit nothing. `share_run()`, called on the script's thread, hands
//! out what a worker needs to join the run: the same outbox, interrupt flag,
//! media and upload stores and client. The script waits for its workers before
//! the run ends, so nothing a worker writes can arrive after `RunFinished`.
//! `cancel()` makes the workers' next `st.*` call raise `StopInterrupt`: one
//! worker's `st.rerun()` or `st.stop()` ends its siblings as 1.67 does.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use pyo3::prelude::*;

use super::{ActiveRun, ACTIVE_RUN, CURRENT_FRAGMENT};
use crate::media::SessionMedia;
use crate::runner::control::RunControl;
use crate::runner::event::OutboxSender;
use crate::session::ClientContext;
use crate::uploads::SessionUploads;

/// A run as its worker threads join it.
#[pyclass(frozen)]
pub struct SharedRun {
    outbox: OutboxSender,
    control: Arc<RunControl>,
    media: Arc<SessionMedia>,
    uploads: Arc<SessionUploads>,
    client: Arc<ClientContext>,
    cancelled: Arc<AtomicBool>,
}

/// The calling thread's run, to share with workers (`None` outside a run).
#[pyfunction]
fn share_run() -> Option<SharedRun> {
    ACTIVE_RUN.with_borrow(|run| {
        run.as_ref().map(|run| SharedRun {
            outbox: run.outbox.shared(),
            control: run.control.clone(),
            media: run.media.clone(),
            uploads: run.uploads.clone(),
            client: run.client.clone(),
            cancelled: run
                .cancelled
                .clone()
                .unwrap_or_else(|| Arc::new(AtomicBool::new(false))),
        })
    })
}

#[pymethods]
impl SharedRun {
    /// Makes the run active on the calling (worker) thread, writing as `fragment_id`.
    fn enter(&self, fragment_id: &str) {
        ACTIVE_RUN.with_borrow_mut(|slot| {
            *slot = Some(ActiveRun {
                outbox: self.outbox.clone().for_run(),
                control: self.control.clone(),
                media: self.media.clone(),
                uploads: self.uploads.clone(),
                client: self.client.clone(),
                cancelled: Some(self.cancelled.clone()),
            });
        });
        CURRENT_FRAGMENT.with_borrow_mut(|current| current.replace_range(.., fragment_id));
    }

    /// Detaches the calling thread; what it wrote is published.
    fn leave(&self) {
        super::held::end();
        ACTIVE_RUN.with_borrow_mut(|slot| *slot = None);
        CURRENT_FRAGMENT.with_borrow_mut(String::clear);
    }

    /// The workers' next `st.*` call raises `StopInterrupt`.
    fn cancel(&self) {
        self.cancelled.store(true, Ordering::Release);
    }
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<SharedRun>()?;
    m.add_function(wrap_pyfunction!(share_run, m)?)?;
    Ok(())
}
