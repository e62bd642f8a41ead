//! `st.download_button`: the bytes go into the session's media store here, on
//! the runner thread, and the element carries only their URL; the server
//! serves them without ever calling back into Python.
#![allow(clippy::too_many_arguments)]

use bytes::Bytes;
use pyo3::prelude::*;

use super::{emit, with_media};
use crate::media::MediaFile;
use crate::proto::{delta, element, DownloadButton, Element};

/// The URL path, relative to the app's base path, of a stored file.
pub(super) fn media_url(id: &str, file_name: &str) -> String {
    let ext = std::path::Path::new(file_name)
        .extension()
        .and_then(|e| e.to_str())
        .filter(|e| !e.is_empty() && e.len() <= 16 && e.bytes().all(|b| b.is_ascii_alphanumeric()));
    match ext {
        Some(ext) => format!("media/{id}.{}", ext.to_ascii_lowercase()),
        None => format!("media/{id}"),
    }
}

#[pyfunction]
fn download_button(
    path: Vec<u32>,
    id: String,
    label: String,
    data: &[u8],
    mime: String,
    file_name: String,
    help: String,
    r#type: String,
    disabled: bool,
    icon: String,
    use_container_width: bool,
    ignore_rerun: bool,
) -> PyResult<()> {
    let file = MediaFile {
        data: Bytes::copy_from_slice(data),
        mime,
        file_name: file_name.clone(),
        attachment: true,
    };
    // Outside a run nothing is shown, so nothing is stored.
    let Some(media_id) = with_media(|media| media.add(file)) else {
        return Ok(());
    };
    let button = DownloadButton {
        id,
        label,
        help,
        r#type,
        disabled,
        icon,
        use_container_width,
        url: media_url(&media_id, &file_name),
        file_name,
        ignore_rerun,
    };
    emit(
        path,
        delta::Kind::Element(Element {
            r#type: Some(element::Type::DownloadButton(button)),
        }),
    )
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(download_button, m)?)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::media_url;

    #[test]
    fn the_url_takes_a_plain_extension_from_the_file_name() {
        assert_eq!(media_url("ab", "data.CSV"), "media/ab.csv");
        assert_eq!(media_url("ab", "archive.tar.gz"), "media/ab.gz");
        assert_eq!(media_url("ab", "noext"), "media/ab");
        assert_eq!(media_url("ab", "x.p?q=1"), "media/ab");
        assert_eq!(media_url("ab", "naïve.tëxt"), "media/ab");
    }
}
