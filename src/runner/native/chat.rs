//! Chat: `st.chat_input` (a trigger widget whose value is the submitted
//! message) and the `st.chat_message` block. Where a chat input goes (the
//! bottom root or inline) and what it returns is decided in Python; this only
//! encodes. An image avatar given as bytes goes into the session's media store
//! here, like a download button's data, and the block carries its URL.
#![allow(clippy::too_many_arguments)]

use bytes::Bytes;
use pyo3::prelude::*;

use super::downloads::media_url;
use super::{emit, emit_element, with_media};
use crate::media::MediaFile;
use crate::proto::chat_input::{AcceptFile, SubmitMode};
use crate::proto::{block, delta, element, Block, ChatInput};

#[pyfunction]
fn chat_input(
    path: Vec<u32>,
    id: String,
    placeholder: String,
    max_chars: u32,
    disabled: bool,
    value: Option<String>,
    set_value: bool,
    accept_file: i32,
    file_type: Vec<String>,
    max_upload_size_bytes: u64,
    accept_audio: bool,
    audio_sample_rate: u32,
    submit_mode: i32,
    pinned_to_bottom: bool,
    width: u32,
) -> PyResult<()> {
    let accept_file = AcceptFile::try_from(accept_file).unwrap_or(AcceptFile::None) as i32;
    let submit_mode = SubmitMode::try_from(submit_mode).unwrap_or(SubmitMode::Submit) as i32;
    let input = ChatInput {
        id,
        placeholder,
        max_chars,
        disabled,
        value,
        set_value,
        accept_file,
        file_type,
        max_upload_size_bytes,
        accept_audio,
        audio_sample_rate,
        submit_mode,
        pinned_to_bottom,
        width,
    };
    emit_element(path, element::Type::ChatInput(input))
}

/// `avatar_type`: 0 icon, 1 emoji, 2 image. An image is either `avatar` (a
/// URL, passed through) or `image` bytes with their `mime` and a file name
/// whose extension ends the media URL.
#[pyfunction]
#[pyo3(signature = (path, name, avatar, avatar_type, width, image=None, mime=String::new(), file_name=String::new()))]
fn block_chat_message(
    path: Vec<u32>,
    name: String,
    avatar: String,
    avatar_type: i32,
    width: u32,
    image: Option<&[u8]>,
    mime: String,
    file_name: String,
) -> PyResult<()> {
    let avatar_type = block::chat_message::AvatarType::try_from(avatar_type)
        .unwrap_or(block::chat_message::AvatarType::Icon);
    let avatar = match image {
        Some(data) => {
            let file = MediaFile {
                data: Bytes::copy_from_slice(data),
                mime,
                file_name: file_name.clone(),
                attachment: false,
            };
            // Outside a run nothing is shown, so nothing is stored.
            let Some(media_id) = with_media(|media| media.add(file)) else {
                return Ok(());
            };
            media_url(&media_id, &file_name)
        }
        None => avatar,
    };
    let message = block::ChatMessage {
        name,
        avatar,
        avatar_type: avatar_type as i32,
        width,
    };
    emit(
        path,
        delta::Kind::Block(Block {
            allow_empty: true,
            key: String::new(),
            r#type: Some(block::Type::ChatMessage(message)),
        }),
    )
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(chat_input, m)?)?;
    m.add_function(wrap_pyfunction!(block_chat_message, m)?)?;
    Ok(())
}
