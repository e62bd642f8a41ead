//! `st.set_page_config`: one `PageConfig` event per call, carrying only the
//! fields the call sets (the page merges them). Python checks the arguments;
//! the fields are encoded by the code generated from proto/app.proto. An
//! image icon was stored beforehand with `media_url(..., pin="favicon")`, so
//! runs that no longer call set_page_config keep the icon the page shows.

use pyo3::prelude::*;
use pyo3::types::PyDict;

use super::fields::from_kwargs;
use super::send;
use crate::proto::PageConfig;
use crate::runner::RunEvent;

#[pyfunction]
#[pyo3(signature = (**fields))]
fn page_config(fields: Option<&Bound<'_, PyDict>>) -> PyResult<()> {
    let config: PageConfig = from_kwargs(fields)?;
    send(|| RunEvent::PageConfig(Box::new(config)))
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(page_config, m)?)?;
    Ok(())
}
