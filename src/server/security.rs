//! Headers every response carries, and the page's Content-Security-Policy.
//!
//! No CORS headers are ever added: the app's endpoints answer only their own
//! origin. The CSP allows scripts only from the app itself (no inline code,
//! no eval), so markdown rendered with `unsafe_allow_html` cannot run script.
//! Frames may load any http(s) page: custom components come from the
//! component origin and `components.iframe` from wherever the app points.

use axum::extract::Request;
use axum::http::header::{HeaderName, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;

pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; \
     style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https:; font-src 'self' data:; \
     connect-src 'self'; media-src 'self' data: blob:; frame-src http: https:; object-src 'none'; \
     base-uri 'self'; \
     form-action 'self'";

pub async fn headers(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(
        HeaderName::from_static("x-content-type-options"),
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        HeaderName::from_static("referrer-policy"),
        HeaderValue::from_static("same-origin"),
    );
    let is_html = headers
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if is_html {
        headers.insert(
            HeaderName::from_static("content-security-policy"),
            HeaderValue::from_static(CONTENT_SECURITY_POLICY),
        );
    }
    response
}
