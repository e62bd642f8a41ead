//! `GET /media/<id>.<ext>`: a stored file with its MIME type, as a download
//! when it is one (`Content-Disposition: attachment` with the file name, RFC
//! 5987-encoded when it is not plain ASCII), one byte range when asked. Types
//! a browser could run (HTML, SVG, scripts...) are never served inline from
//! the app's origin. Unknown ids get a fixed 404 that echoes nothing.

use axum::body::Body;
use axum::extract::Path;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use super::range::{self, Ranged};
use super::{MediaFile, MediaStore};

pub async fn serve(Path(file): Path<String>, headers: HeaderMap) -> Response {
    let id = file.split_once('.').map_or(file.as_str(), |(id, _)| id);
    let found = (id.len() == 32 && id.bytes().all(|b| b.is_ascii_hexdigit()))
        .then(|| MediaStore::global().get(id))
        .flatten();
    let Some(media) = found else {
        return (StatusCode::NOT_FOUND, "not found").into_response();
    };
    let len = media.data.len() as u64;
    let range = headers.get(header::RANGE).and_then(|v| v.to_str().ok());
    let (status, body) = match range::parse(range, len) {
        Ranged::Full => (StatusCode::OK, media.data.clone()),
        Ranged::Part { start, end } => (
            StatusCode::PARTIAL_CONTENT,
            media.data.slice(start as usize..=end as usize),
        ),
        Ranged::Unsatisfiable => {
            let mut response = StatusCode::RANGE_NOT_SATISFIABLE.into_response();
            if let Ok(v) = HeaderValue::from_str(&format!("bytes */{len}")) {
                response.headers_mut().insert(header::CONTENT_RANGE, v);
            }
            return response;
        }
    };
    let body_len = body.len();
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    let out = response.headers_mut();
    if status == StatusCode::PARTIAL_CONTENT {
        if let Some((start, end)) = range_bounds(range, len) {
            if let Ok(v) = HeaderValue::from_str(&format!("bytes {start}-{end}/{len}")) {
                out.insert(header::CONTENT_RANGE, v);
            }
        }
    }
    out.insert(header::CONTENT_LENGTH, HeaderValue::from(body_len));
    out.insert(header::ACCEPT_RANGES, HeaderValue::from_static("bytes"));
    out.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_str(&media.mime)
            .unwrap_or(HeaderValue::from_static("application/octet-stream")),
    );
    out.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, max-age=3600"),
    );
    if media.attachment || !safe_inline(&media.mime) {
        if let Ok(v) = HeaderValue::from_str(&content_disposition(&media)) {
            out.insert(header::CONTENT_DISPOSITION, v);
        }
    }
    response
}

fn range_bounds(header: Option<&str>, len: u64) -> Option<(u64, u64)> {
    match range::parse(header, len) {
        Ranged::Part { start, end } => Some((start, end)),
        _ => None,
    }
}

/// Images, audio, video and WebVTT subtitles a browser only displays (or
/// shows as text); everything else (HTML, SVG, XML, scripts, PDFs...) could
/// act with the app's origin if opened inline.
fn safe_inline(mime: &str) -> bool {
    let essence = mime
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    (essence.starts_with("image/") && !essence.contains("svg"))
        || essence.starts_with("audio/")
        || essence.starts_with("video/")
        || essence == "text/vtt"
}

/// `attachment; filename="…"`, plus `filename*=UTF-8''…` (RFC 5987) when the
/// name is not plain printable ASCII without quotes or backslashes.
pub fn content_disposition(media: &MediaFile) -> String {
    let name = &media.file_name;
    let plain = name
        .chars()
        .all(|c| c.is_ascii() && !c.is_ascii_control() && c != '"' && c != '\\');
    if plain {
        return format!("attachment; filename=\"{name}\"");
    }
    let fallback: String = name
        .chars()
        .map(|c| {
            if c.is_ascii() && !c.is_ascii_control() && c != '"' && c != '\\' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let mut encoded = String::new();
    for byte in name.bytes() {
        let c = byte as char;
        if c.is_ascii_alphanumeric() || "!#$&+-.^_`|~".contains(c) {
            encoded.push(c);
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    format!("attachment; filename=\"{fallback}\"; filename*=UTF-8''{encoded}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use bytes::Bytes;

    fn named(name: &str) -> MediaFile {
        MediaFile {
            data: Bytes::new(),
            mime: "text/plain".into(),
            file_name: name.into(),
            attachment: true,
        }
    }

    #[test]
    fn ascii_names_are_quoted_and_others_rfc5987_encoded() {
        assert_eq!(
            content_disposition(&named("report 2024.csv")),
            "attachment; filename=\"report 2024.csv\""
        );
        assert_eq!(
            content_disposition(&named("naïve \"x\".txt")),
            "attachment; filename=\"na_ve _x_.txt\"; filename*=UTF-8''na%C3%AFve%20%22x%22.txt"
        );
        assert_eq!(
            content_disposition(&named("a\r\nSet-Cookie: x")),
            "attachment; filename=\"a__Set-Cookie: x\"; filename*=UTF-8''a%0D%0ASet-Cookie%3A%20x"
        );
    }

    #[test]
    fn only_passive_types_may_be_inline() {
        assert!(safe_inline("image/png"));
        assert!(safe_inline("video/mp4"));
        assert!(safe_inline("text/vtt"));
        assert!(!safe_inline("image/svg+xml"));
        assert!(!safe_inline("text/html; charset=utf-8"));
        assert!(!safe_inline("application/pdf"));
    }
}
