//! The page's tree: the one way Python writes a node is the generated
//! function of its kind (`_rustlit.text(path, body=..., help=...)`,
//! `_rustlit.block_vertical(...)`, see `fields`), which checks and encodes
//! the fields and ends here; the few fields the server derives itself are
//! filled in here.

use bytes::Bytes;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyTuple;

use super::{emit, with_media};
use crate::components::origin::{label_for_html, label_for_name};
use crate::media::MediaFile;
use crate::proto::element::Type as Kind;
use crate::proto::{delta, Block, Element};

/// Writes a leaf at `path` (the generated per-kind functions end here).
pub(super) fn write_element(path: &Bound<'_, PyAny>, mut element: Element) -> PyResult<()> {
    let path = path_of(path)?;
    fill_server_fields(&mut element);
    super::uploads::note_upload_widget(&element);
    emit(path, delta::Kind::Element(element))
}

/// Writes a container at `path`.
pub(super) fn write_block(path: &Bound<'_, PyAny>, block: Block) -> PyResult<()> {
    emit(path_of(path)?, delta::Kind::Block(block))
}

/// A node's path, `(root, i1, ..., ik)`: read straight from the tuple (the
/// generic sequence extraction costs more than the rest of a small element).
fn path_of(path: &Bound<'_, PyAny>) -> PyResult<Vec<u32>> {
    match path.cast::<PyTuple>() {
        Ok(tuple) => tuple.iter().map(|i| i.extract::<u32>()).collect(),
        Err(_) => path.extract(),
    }
}

/// The fields build/py_boundary.rs lists as SERVER_FILLED: each component
/// gets the origin label of its own sandbox origin.
fn fill_server_fields(element: &mut Element) {
    match &mut element.r#type {
        Some(Kind::ComponentInstance(c)) => {
            c.origin_label = label_for_name(&c.component_name);
        }
        Some(Kind::BidiComponent(c)) => {
            c.origin_label = label_for_name(&c.component_name);
        }
        Some(Kind::Iframe(frame)) if !frame.html_path.is_empty() => {
            frame.origin_label = label_for_html(digest_of(&frame.html_path));
        }
        Some(Kind::Html(html)) if !html.html_path.is_empty() => {
            html.origin_label = label_for_html(digest_of(&html.html_path));
        }
        _ => {}
    }
}

fn digest_of(html_path: &str) -> &str {
    html_path
        .trim_start_matches(HTML_PREFIX)
        .trim_end_matches(HTML_SUFFIX)
}

const HTML_PREFIX: &str = "/html/";
const HTML_SUFFIX: &str = ".html";

/// Where the component origin serves the `components.html` document with
/// this digest.
pub(super) fn html_path(digest: &str) -> String {
    format!("{HTML_PREFIX}{digest}{HTML_SUFFIX}")
}

/// Stores bytes the page will fetch (download buttons, image avatars, the
/// favicon) in the session's media store and returns their URL; None outside
/// a run. A file `pin`ned to a slot stays until the session ends or another
/// file takes the slot; the others go when a run no longer references them.
#[pyfunction]
#[pyo3(signature = (data, mime, file_name, attachment, pin=None))]
fn media_url(
    data: &[u8],
    mime: String,
    file_name: String,
    attachment: bool,
    pin: Option<&str>,
) -> PyResult<Option<String>> {
    let slot = match pin {
        None => None,
        Some("favicon") => Some("favicon"),
        Some(other) => {
            return Err(PyValueError::new_err(format!(
                "unknown media slot '{other}' (known: favicon)"
            )))
        }
    };
    let file = MediaFile {
        data: Bytes::copy_from_slice(data),
        mime,
        file_name: file_name.clone(),
        attachment,
    };
    let id = with_media(|media| match slot {
        Some(slot) => media.add_pinned(slot, file),
        None => media.add(file),
    });
    Ok(id.map(|id| media_path(&id, &file_name)))
}

/// The URL path, relative to the app's base path, of a stored file.
pub(super) fn media_path(id: &str, file_name: &str) -> String {
    let ext = std::path::Path::new(file_name)
        .extension()
        .and_then(|e| e.to_str())
        .filter(|e| !e.is_empty() && e.len() <= 16 && e.bytes().all(|b| b.is_ascii_alphanumeric()));
    match ext {
        Some(ext) => format!("media/{id}.{}", ext.to_ascii_lowercase()),
        None => format!("media/{id}"),
    }
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    super::fields::register_generated(m)?;
    m.add_function(wrap_pyfunction!(media_url, m)?)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::media_path;

    #[test]
    fn the_url_takes_a_plain_extension_from_the_file_name() {
        assert_eq!(media_path("ab", "data.CSV"), "media/ab.csv");
        assert_eq!(media_path("ab", "archive.tar.gz"), "media/ab.gz");
        assert_eq!(media_path("ab", "noext"), "media/ab");
        assert_eq!(media_path("ab", "x.p?q=1"), "media/ab");
        assert_eq!(media_path("ab", "naïve.tëxt"), "media/ab");
    }
}
