//! `_rustlit`: the native module that is the only bridge from Python to the
//! runtime (see `python/_rustlit.pyi` for the contract as Python sees it).
//!
//! `element` and `block` (see `tree`) build the protobuf message from
//! keyword arguments, with code generated from `proto/` (see `fields`), and
//! hand it to the outbox of the run active on the calling thread. It is also a yield
//! point: if the session asked the run to end, it raises instead of emitting.
//! Calls from threads without an active run do nothing, like Streamlit's
//! calls from threads without a script-run context.

mod at_rest;
mod components;
mod fast_call;
mod fields;
mod held;
mod navigation;
mod page_config;
mod shared_run;
mod tree;
mod uploads;

use std::cell::RefCell;
use std::sync::Arc;

use pyo3::create_exception;
use pyo3::exceptions::PyBaseException;
use pyo3::prelude::*;

use crate::media::SessionMedia;
use crate::proto::{delta, Delta, Exception};
use crate::runner::control::{Interrupt, RunControl};
use crate::runner::event::{RunEvent, RunSender};
use crate::uploads::SessionUploads;

create_exception!(
    _rustlit,
    RerunInterrupt,
    PyBaseException,
    "A newer run request is pending: end this run now."
);
create_exception!(
    _rustlit,
    StopInterrupt,
    PyBaseException,
    "The run was asked to stop: end it like st.stop()."
);

/// The run executing on this thread.
pub struct ActiveRun {
    pub outbox: RunSender,
    pub control: Arc<RunControl>,
    /// Where files the script hands to the browser go (download buttons).
    pub media: Arc<SessionMedia>,
    /// What the page uploaded (file_uploader and the other upload widgets).
    pub uploads: Arc<SessionUploads>,
    /// Who is viewing (st.context).
    pub client: Arc<crate::session::ClientContext>,
    /// Set on a parallel fragment's worker thread: its run's workers were
    /// told to end (see `shared_run`).
    pub cancelled: Option<Arc<std::sync::atomic::AtomicBool>>,
}

thread_local! {
    static ACTIVE_RUN: RefCell<Option<ActiveRun>> = const { RefCell::new(None) };
    /// The fragment whose body is executing ("" = the script's body): every
    /// delta carries it, so the page knows which fragment a widget reruns.
    static CURRENT_FRAGMENT: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Makes `run` the active run of this thread until the guard drops.
pub fn enter_run(run: ActiveRun) -> ActiveRunGuard {
    ACTIVE_RUN.with_borrow_mut(|slot| *slot = Some(run));
    CURRENT_FRAGMENT.with_borrow_mut(String::clear);
    ActiveRunGuard(())
}

pub struct ActiveRunGuard(());

impl Drop for ActiveRunGuard {
    fn drop(&mut self) {
        // A spinner still held back belongs to the run that ends here.
        held::end();
        ACTIVE_RUN.with_borrow_mut(|slot| *slot = None);
    }
}

fn interrupt_error(run: &ActiveRun) -> PyResult<()> {
    let cancelled = run
        .cancelled
        .as_ref()
        .is_some_and(|flag| flag.load(std::sync::atomic::Ordering::Acquire));
    if cancelled {
        return Err(StopInterrupt::new_err(()));
    }
    match run.control.interrupt() {
        Interrupt::None => Ok(()),
        Interrupt::Rerun => Err(RerunInterrupt::new_err(())),
        Interrupt::Stop => Err(StopInterrupt::new_err(())),
    }
}

/// Checks for an interrupt, then sends the event built by `make`.
fn send(make: impl FnOnce() -> RunEvent) -> PyResult<()> {
    ACTIVE_RUN.with_borrow(|run| {
        let Some(run) = run else { return Ok(()) };
        interrupt_error(run)?;
        // A closed outbox means the session is gone; the interrupt flag set by
        // its teardown ends the run at the next call.
        let _ = run.outbox.send(make());
        Ok(())
    })
}

fn emit(path: Vec<u32>, kind: delta::Kind) -> PyResult<()> {
    check_interrupt()?;
    let delta = Box::new(Delta {
        path,
        kind: Some(kind),
        fragment_id: CURRENT_FRAGMENT.with_borrow(String::clone),
    });
    match held::route(delta) {
        Some(delta) => send(|| RunEvent::Delta(delta)),
        None => Ok(()),
    }
}

/// Runs `f` with the active run's media store (`None` outside a run).
fn with_media<R>(f: impl FnOnce(&SessionMedia) -> R) -> Option<R> {
    ACTIVE_RUN.with_borrow(|run| run.as_ref().map(|run| f(&run.media)))
}

#[pyfunction]
fn check_interrupt() -> PyResult<()> {
    ACTIVE_RUN.with_borrow(|run| match run {
        Some(run) => interrupt_error(run),
        None => Ok(()),
    })
}

#[pyfunction]
fn has_run_context() -> bool {
    ACTIVE_RUN.with_borrow(|run| run.is_some())
}

/// Not a yield point: the run is over either way.
#[pyfunction]
#[pyo3(name = "compile_error")]
fn report_compile_error(r#type: String, message: String, stack_trace: Vec<String>) {
    ACTIVE_RUN.with_borrow(|run| {
        if let Some(run) = run {
            let exception = Exception {
                r#type,
                message,
                message_is_markdown: false,
                stack_trace,
                is_warning: false,
            };
            let _ = run.outbox.send(RunEvent::CompileError(Box::new(exception)));
        }
    });
}

/// `st.query_params` changed: the browser updates its URL, and the run
/// remembers the query string for the reruns that follow it.
#[pyfunction]
fn page_info_changed(query_string: String) -> PyResult<()> {
    ACTIVE_RUN.with_borrow(|run| {
        let Some(run) = run else { return Ok(()) };
        // An interrupted run tells nobody: the newer request's query wins.
        interrupt_error(run)?;
        run.control.set_query_string(query_string.clone());
        let event = crate::proto::forward_event::Kind::PageInfoChanged(crate::proto::PageInfo {
            query_string,
        });
        let _ = run.outbox.send(RunEvent::Forward(Box::new(event)));
        Ok(())
    })
}

/// Who is viewing the run's page, for st.context: `None` outside a run.
#[pyfunction]
fn client_context(py: Python<'_>) -> PyResult<Option<Bound<'_, pyo3::types::PyDict>>> {
    let Some(client) = ACTIVE_RUN.with_borrow(|run| run.as_ref().map(|run| run.client.clone()))
    else {
        return Ok(None);
    };
    let dict = pyo3::types::PyDict::new(py);
    dict.set_item("headers", client.headers.clone())?;
    dict.set_item("ip", client.ip.map(|ip| ip.to_canonical().to_string()))?;
    let info = &client.info;
    dict.set_item("timezone", info.timezone.clone())?;
    dict.set_item("timezone_offset", info.timezone_offset)?;
    dict.set_item("locale", info.locale.clone())?;
    dict.set_item("url", info.url.clone())?;
    dict.set_item("is_embedded", info.is_embedded)?;
    dict.set_item("color_scheme", info.color_scheme.clone())?;
    Ok(Some(dict))
}

/// st.user: the run's login as JSON text of 1.67's dict (`is_logged_in`,
/// the ID token's claims, `provider`, `tokens`), or `None` when nobody is
/// logged in (or outside a run).
#[pyfunction]
fn user_info() -> Option<String> {
    let client = ACTIVE_RUN.with_borrow(|run| run.as_ref().map(|run| run.client.clone()))?;
    let user = client.user.get()?;
    let expose = crate::auth::global()
        .map(|auth| auth.config.expose_tokens.clone())
        .unwrap_or_default();
    Some(user.user_info(&expose).to_string())
}

/// st.login: the URL that starts a login with `provider` (sealed, good for
/// two minutes), or `None` when the server runs no logins with it.
#[pyfunction]
fn auth_login_url(provider: &str) -> Option<String> {
    let auth = crate::auth::global()?;
    auth.config
        .providers
        .contains_key(provider)
        .then(|| auth.login_url(provider))
}

/// st.logout: this session forgets its user (this run and later ones) and
/// is never resumed; the logout route, whose path this returns (`None`
/// without `[auth]` on the server), then ends the login itself.
#[pyfunction]
fn auth_logout() -> Option<String> {
    ACTIVE_RUN.with_borrow(|run| {
        if let Some(run) = run {
            run.client.user.log_out();
        }
    });
    crate::auth::global().map(|auth| format!("{}auth/logout", auth.base))
}

/// The fragment whose body runs from now on ("" = back in the script's
/// body); not a yield point.
#[pyfunction]
fn set_fragment(fragment_id: &str) {
    CURRENT_FRAGMENT.with_borrow_mut(|current| current.replace_range(.., fragment_id));
}

/// A fragment with `run_every`: the page reruns it on a timer.
#[pyfunction]
fn auto_rerun(interval: f64, fragment_id: String) -> PyResult<()> {
    send(|| {
        RunEvent::Forward(Box::new(crate::proto::forward_event::Kind::AutoRerun(
            crate::proto::AutoRerun {
                interval,
                fragment_id,
            },
        )))
    })
}

#[pymodule]
pub fn _rustlit(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("RerunInterrupt", py.get_type::<RerunInterrupt>())?;
    m.add("StopInterrupt", py.get_type::<StopInterrupt>())?;
    m.add_function(wrap_pyfunction!(check_interrupt, m)?)?;
    m.add_function(wrap_pyfunction!(has_run_context, m)?)?;
    m.add_function(wrap_pyfunction!(report_compile_error, m)?)?;
    m.add_function(wrap_pyfunction!(page_info_changed, m)?)?;
    m.add_function(wrap_pyfunction!(set_fragment, m)?)?;
    m.add_function(wrap_pyfunction!(client_context, m)?)?;
    m.add_function(wrap_pyfunction!(auto_rerun, m)?)?;
    m.add_function(wrap_pyfunction!(user_info, m)?)?;
    m.add_function(wrap_pyfunction!(auth_login_url, m)?)?;
    m.add_function(wrap_pyfunction!(auth_logout, m)?)?;
    tree::register(m)?;
    at_rest::register(m)?;
    components::register(m)?;
    uploads::register(m)?;
    held::register(m)?;
    page_config::register(m)?;
    navigation::register(m)?;
    shared_run::register(m)?;
    Ok(())
}
