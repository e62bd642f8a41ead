//! `st.set_page_config`: one `PageConfig` event per call, carrying only the
//! fields the call sets (the page merges them). An image icon is stored in
//! the session's media store, pinned so that runs which no longer call
//! set_page_config do not release the icon the page still shows.
#![allow(clippy::too_many_arguments)]

use bytes::Bytes;
use pyo3::prelude::*;

use super::tree::media_path;
use super::{send, with_media};
use crate::media::MediaFile;
use crate::proto::page_config::MenuItems;
use crate::proto::PageConfig;
use crate::runner::RunEvent;

#[pyfunction]
#[pyo3(signature = (title, favicon, icon_data, icon_mime, layout, sidebar_state, sidebar_width, menu))]
fn page_config(
    title: Option<String>,
    favicon: Option<String>,
    icon_data: Option<&[u8]>,
    icon_mime: String,
    layout: i32,
    sidebar_state: i32,
    sidebar_width: Option<u32>,
    menu: Option<Vec<(String, Option<String>)>>,
) -> PyResult<()> {
    let favicon = match icon_data {
        Some(data) => {
            let file_name = icon_file_name(&icon_mime);
            let file = MediaFile {
                data: Bytes::copy_from_slice(data),
                mime: icon_mime,
                file_name: file_name.to_string(),
                attachment: false,
            };
            // Outside a run nothing is shown, so nothing is stored.
            let Some(id) = with_media(|media| media.add_pinned("favicon", file)) else {
                return Ok(());
            };
            Some(media_path(&id, file_name))
        }
        None => favicon,
    };
    let config = PageConfig {
        title,
        favicon,
        layout,
        initial_sidebar_state: sidebar_state,
        initial_sidebar_width: sidebar_width,
        menu_items: menu.map(|items| menu_items(&items)),
    };
    send(|| RunEvent::PageConfig(Box::new(config)))
}

fn icon_file_name(mime: &str) -> &'static str {
    match mime {
        "image/jpeg" => "favicon.jpg",
        "image/gif" => "favicon.gif",
        "image/webp" => "favicon.webp",
        "image/x-icon" => "favicon.ico",
        _ => "favicon.png",
    }
}

/// Keys arrive lowercased and checked by the Python layer; others are ignored.
fn menu_items(items: &[(String, Option<String>)]) -> MenuItems {
    let mut menu = MenuItems::default();
    for (key, value) in items {
        match (key.as_str(), value) {
            ("get help", Some(url)) => menu.get_help_url = Some(url.clone()),
            ("get help", None) => menu.hide_get_help = true,
            ("report a bug", Some(url)) => menu.report_a_bug_url = Some(url.clone()),
            ("report a bug", None) => menu.hide_report_a_bug = true,
            ("about", Some(markdown)) => menu.about_markdown = Some(markdown.clone()),
            ("about", None) => menu.clear_about = true,
            _ => {}
        }
    }
    menu
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(page_config, m)?)?;
    Ok(())
}
