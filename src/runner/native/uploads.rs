//! Upload widgets: `st.file_uploader`, `st.camera_input` and
//! `st.audio_input`, which all share the session's upload store. The element carries only the widget's settings; the files
//! come from the session's upload store, which the page filled over HTTP.

use pyo3::prelude::*;
use pyo3::types::PyBytes;

use super::ACTIVE_RUN;
use crate::proto::chat_input::AcceptFile;
use crate::proto::element::Type as Kind;
use crate::proto::Element;
use crate::uploads::SessionUploads;

fn with_uploads<R>(f: impl FnOnce(&SessionUploads) -> R) -> Option<R> {
    ACTIVE_RUN.with_borrow(|run| run.as_ref().map(|run| f(&run.uploads)))
}

/// Upload URLs are issued only for widgets the page shows: tells the
/// session's store when the run writes one (the chat input's attachments
/// and recordings included).
pub(super) fn note_upload_widget(element: &Element) {
    let multiple = match &element.r#type {
        Some(Kind::FileUploader(u)) => u.multiple_files || u.accept_directory,
        Some(Kind::CameraInput(_) | Kind::AudioInput(_)) => false,
        Some(Kind::ChatInput(c)) => {
            let files = AcceptFile::try_from(c.accept_file).unwrap_or(AcceptFile::None);
            if files == AcceptFile::None && !c.accept_audio {
                return;
            }
            c.accept_audio || matches!(files, AcceptFile::Multiple | AcceptFile::Directory)
        }
        _ => return,
    };
    with_uploads(|uploads| uploads.widget_shown(multiple));
}

/// `(file_id, name, mime, size)` of each file the session holds among `ids`,
/// in order.
#[pyfunction]
fn uploaded_files(ids: Vec<String>) -> Vec<(String, String, String, u64)> {
    with_uploads(|uploads| {
        uploads
            .read(&ids)
            .into_iter()
            .map(|(id, file)| {
                let size = file.data.len() as u64;
                (id, file.name.clone(), file.mime.clone(), size)
            })
            .collect()
    })
    .unwrap_or_default()
}

/// The bytes of one file the session holds (`None` if it has none by that id).
#[pyfunction]
fn uploaded_file_data<'py>(py: Python<'py>, file_id: String) -> Option<Bound<'py, PyBytes>> {
    let file = with_uploads(|uploads| uploads.read(std::slice::from_ref(&file_id)))?
        .pop()
        .map(|(_, file)| file)?;
    Some(PyBytes::new(py, &file.data))
}

/// The widgets of this run hold these files (so they stay stored).
#[pyfunction]
fn keep_uploaded_files(ids: Vec<String>) {
    with_uploads(|uploads| uploads.keep(&ids));
}

/// `server.maxUploadSize` in bytes, the default limit of every upload widget.
#[pyfunction]
fn max_upload_bytes() -> u64 {
    with_uploads(|uploads| uploads.limits().max_file_bytes).unwrap_or(200 * 1024 * 1024)
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(uploaded_files, m)?)?;
    m.add_function(wrap_pyfunction!(uploaded_file_data, m)?)?;
    m.add_function(wrap_pyfunction!(keep_uploaded_files, m)?)?;
    m.add_function(wrap_pyfunction!(max_upload_bytes, m)?)?;
    Ok(())
}
