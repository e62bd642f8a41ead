//! Multipage apps: `st.navigation` tells the browser the app's pages and
//! which one this run shows; `st.page_link` is an element. Which page runs,
//! and the page rules, are decided in Python (`streamlit.navigation`).
#![allow(clippy::too_many_arguments)]

use pyo3::prelude::*;

use super::send;
use crate::proto::navigation::Position;
use crate::proto::{forward_event, AppPage, Navigation, PageNotFound};
use crate::runner::RunEvent;

/// One page as Python describes it: (hash, title, icon, is_default,
/// section, url_pathname, is_hidden, help, external_url).
type PageTuple = (
    String,
    String,
    String,
    bool,
    String,
    String,
    bool,
    String,
    String,
);

#[pyfunction]
fn navigation(
    sections: Vec<String>,
    pages: Vec<PageTuple>,
    position: &str,
    page_script_hash: String,
    expanded: bool,
    visible_items: u32,
) -> PyResult<()> {
    let position = match position {
        "hidden" => Position::Hidden,
        "top" => Position::Top,
        _ => Position::Sidebar,
    };
    let app_pages = pages
        .into_iter()
        .map(
            |(hash, name, icon, is_default, section, url, hidden, help, external)| AppPage {
                page_script_hash: hash,
                page_name: name,
                icon,
                is_default,
                section_header: section,
                url_pathname: url,
                is_hidden: hidden,
                help,
                external_url: external,
            },
        )
        .collect();
    let nav = Navigation {
        sections,
        app_pages,
        position: position as i32,
        page_script_hash,
        expanded,
        visible_items,
    };
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
