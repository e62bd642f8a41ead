//! `PUT` and `DELETE /_stcore/upload_file/<session>/<file>`: the HTTP half
//! of uploading (see `crate::uploads` for the protocol and the store).
//!
//! Every refusal is a fixed status with a short reason that echoes nothing
//! from the request. An unknown session and a slot the session never issued
//! get the same 404, so the endpoint does not reveal which sessions exist.

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};

use super::AppState;
use crate::uploads::multipart::{self, BodyError};
use crate::uploads::{UploadError, UploadedFile};

const NO_SUCH_URL: &str = "no such upload URL";

pub async fn put(
    State(state): State<AppState>,
    Path((session_id, file_id)): Path<(String, String)>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    if !state.xsrf.allows(&headers) {
        return refuse(StatusCode::FORBIDDEN, "missing or wrong XSRF token");
    }
    let Some(uploads) = state.sessions.uploads_of(&session_id) else {
        return refuse(StatusCode::NOT_FOUND, NO_SUCH_URL);
    };
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    // The bytes are reserved before the body is read: parallel uploads
    // cannot each buffer up to the limit before one is refused.
    let reservation = match uploads.reserve(&file_id, declared) {
        Ok(reservation) => reservation,
        Err(e) => return upload_error(e),
    };
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok());
    let cap = reservation.bytes();
    let stall = state.limits.http_header_timeout;
    let file = match multipart::read_one_file(body, content_type, cap, stall).await {
        Ok(file) => file,
        // hyper holds a body to its Content-Length, so only a body without
        // one can run past the reservation, which is then the file limit or
        // what the session has left.
        Err(BodyError::TooLarge { .. }) => {
            return upload_error(UploadError::TooLarge {
                limit_mb: uploads.limits().max_file_bytes / (1024 * 1024),
            })
        }
        Err(BodyError::Timeout) => {
            return refuse(StatusCode::REQUEST_TIMEOUT, "the upload stalled")
        }
        Err(e) => {
            tracing::info!("upload refused: {e}");
            return (StatusCode::BAD_REQUEST, e.to_string()).into_response();
        }
    };
    let file = UploadedFile {
        name: file.name,
        mime: file.mime,
        data: file.data,
    };
    match reservation.fill(file) {
        Ok(()) => StatusCode::NO_CONTENT.into_response(),
        Err(e) => upload_error(e),
    }
}

pub async fn delete(
    State(state): State<AppState>,
    Path((session_id, file_id)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    if !state.xsrf.allows(&headers) {
        return refuse(StatusCode::FORBIDDEN, "missing or wrong XSRF token");
    }
    match state.sessions.uploads_of(&session_id) {
        Some(uploads) if uploads.remove(&file_id) => StatusCode::NO_CONTENT.into_response(),
        _ => refuse(StatusCode::NOT_FOUND, NO_SUCH_URL),
    }
}

fn upload_error(error: UploadError) -> Response {
    let status = match error {
        UploadError::UnknownSlot => return refuse(StatusCode::NOT_FOUND, NO_SUCH_URL),
        UploadError::AlreadyFilled => StatusCode::CONFLICT,
        UploadError::TooLarge { .. } | UploadError::SessionFull { .. } => {
            StatusCode::PAYLOAD_TOO_LARGE
        }
        UploadError::TooManyFiles { .. } => StatusCode::TOO_MANY_REQUESTS,
        UploadError::NoUploadWidget { .. } => StatusCode::BAD_REQUEST,
        UploadError::ServerFull => StatusCode::SERVICE_UNAVAILABLE,
    };
    (status, error.to_string()).into_response()
}

fn refuse(status: StatusCode, reason: &'static str) -> Response {
    (status, reason).into_response()
}
