//! Multipage apps: `st.navigation` tells the browser the app's pages and
//! which one this run shows. Which page runs, and the page rules, are
//! decided in Python (`streamlit.navigation`); the event's fields are checked
//! and encoded by the code generated from proto/app.proto (see `fields`).

use pyo3::prelude::*;
use pyo3::types::PyDict;

use super::fields::from_kwargs;
use super::send;
use crate::proto::{forward_event, Navigation, PageNotFound};
use crate::runner::RunEvent;

#[pyfunction]
#[pyo3(signature = (**fields))]
fn navigation(fields: Option<&Bound<'_, PyDict>>) -> PyResult<()> {
    let nav: Navigation = from_kwargs(fields)?;
    send(|| RunEvent::Forward(Box::new(forward_event::Kind::Navigation(nav))))
}

#[pyfunction]
fn page_not_found(page_name: String) -> PyResult<()> {
    let event = forward_event::Kind::PageNotFound(PageNotFound { page_name });
    send(|| RunEvent::Forward(Box::new(event)))
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(navigation, m)?)?;
    m.add_function(wrap_pyfunction!(page_not_found, m)?)?;
    Ok(())
}
