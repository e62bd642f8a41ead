//! `server.enableStaticServing`: `<script folder>/static/<path>` at
//! `/app/static/<path>`.
//!
//! Only regular files inside that folder are served: `..`, hidden names and
//! symlinks that lead outside are refused, directories are 404, and only
//! types that cannot run script in the app's origin (images, PDF, media,
//! fonts) keep their MIME type — everything else is sent as `text/plain`
//! (with `nosniff` from the security layer), so an HTML or SVG file dropped
//! in `static/` can never execute as the app.

use axum::body::Body;
use axum::extract::{Path as UrlPath, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use super::AppState;

const MAX_BYTES: u64 = 200 * 1024 * 1024;

const SAFE_TYPES: &[&str] = &[
    "jpg", "jpeg", "png", "gif", "webp", "ico", "pdf", "mp3", "mp4", "wav", "webm", "ogg", "woff",
    "woff2", "ttf", "otf",
];

pub async fn static_file(
    State(state): State<AppState>,
    UrlPath(path): UrlPath<String>,
) -> Response {
    let Some(root) = state.info.static_dir.as_deref() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let segments: Vec<&str> = path.split('/').collect();
    let unsafe_segment =
        |s: &&str| s.is_empty() || s.starts_with('.') || s.contains('\\') || s.contains('\0');
    if segments.iter().any(unsafe_segment) {
        return StatusCode::NOT_FOUND.into_response();
    }
    let file = segments.iter().fold(root.to_path_buf(), |p, s| p.join(s));
    let (Ok(real_root), Ok(real_file)) = (root.canonicalize(), file.canonicalize()) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    if !real_file.starts_with(&real_root) {
        return StatusCode::NOT_FOUND.into_response();
    }
    let Ok(meta) = std::fs::metadata(&real_file) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    if !meta.is_file() || meta.len() > MAX_BYTES {
        return StatusCode::NOT_FOUND.into_response();
    }
    let read = {
        let file = real_file.clone();
        tokio::task::spawn_blocking(move || std::fs::read(file)).await
    };
    let Ok(Ok(bytes)) = read else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let extension = real_file
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
        .to_ascii_lowercase();
    let mime = if SAFE_TYPES.contains(&extension.as_str()) {
        mime_guess::from_ext(&extension)
            .first_or_octet_stream()
            .to_string()
    } else {
        "text/plain; charset=utf-8".to_string()
    };
    let mut response = Response::new(Body::from(bytes));
    let headers = response.headers_mut();
    if let Ok(mime) = HeaderValue::from_str(&mime) {
        headers.insert(header::CONTENT_TYPE, mime);
    }
    headers.insert(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        HeaderValue::from_static("*"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    response
}
