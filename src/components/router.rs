//! The component origin's router: component files and `components.html`
//! documents, nothing else. It is a separate `Router` with its own state so
//! it can share no routes, cookies or session data with the app's.
//!
//! - `GET /component/<registered name>/<file>`: a file of a component
//!   declared with `path=`; on labelled origins only from that component's own
//!   origin.
//! - `GET /html/<sha256>.html`: a `components.html` document.
//! - `GET /v2/<label>/<digest>.html`: a components v2 document (see `v2`),
//!   and `GET /v2/<label>/<file>`: a file of that component's asset
//!   directory, so module imports relative to the document resolve; both
//!   only from that component's own origin.

use std::path::Path;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Router;

use super::assets::{self, AssetError};
use super::origin::{label_for_html, label_for_name, ComponentOrigins};
use super::registry::{ComponentRegistry, ComponentSource};

#[derive(Clone)]
pub struct ComponentState {
    pub registry: Arc<ComponentRegistry>,
    pub origins: Arc<ComponentOrigins>,
}

pub fn router(state: ComponentState) -> Router {
    Router::new()
        .fallback(serve)
        .layer(axum::middleware::from_fn(headers))
        .with_state(state)
}

async fn serve(State(state): State<ComponentState>, request: Request) -> Response {
    if request.method() != Method::GET && request.method() != Method::HEAD {
        return StatusCode::METHOD_NOT_ALLOWED.into_response();
    }
    let label = host_label(&state, request.headers());
    let path = request.uri().path();
    if let Some(rest) = path.strip_prefix("/component/") {
        return component_file(&state, &label, rest).await;
    }
    if let Some(file) = path.strip_prefix("/html/") {
        return html_document(&state, &label, file);
    }
    if let Some(rest) = path.strip_prefix("/v2/") {
        return v2_file(&state, &label, rest).await;
    }
    not_found()
}

fn host_label(state: &ComponentState, headers: &HeaderMap) -> String {
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    state.origins.component_label(host).unwrap_or_default()
}

async fn component_file(state: &ComponentState, label: &str, rest: &str) -> Response {
    let Some((raw_name, relative)) = rest.split_once('/') else {
        return not_found();
    };
    let Some(name) = assets::percent_decode(raw_name) else {
        return bad_request();
    };
    if !state.origins.label_matches(label, &label_for_name(&name)) {
        return not_found();
    }
    let Some(ComponentSource::Path(root)) = state.registry.source(&name) else {
        return not_found();
    };
    let cache = |mime: &str| {
        if mime.starts_with("text/html") {
            "no-cache"
        } else {
            "public, max-age=3600"
        }
    };
    asset_file(&root, relative, cache).await
}

/// A v2 component's document or one of its asset files.
async fn v2_file(state: &ComponentState, label: &str, rest: &str) -> Response {
    let Some((path_label, relative)) = rest.split_once('/') else {
        return not_found();
    };
    if !state.origins.label_matches(label, path_label) {
        return not_found();
    }
    let Some(entry) = state.registry.v2(path_label) else {
        return not_found();
    };
    if relative.strip_suffix(".html") == Some(entry.digest.as_str()) {
        return respond(
            Body::from(entry.document),
            "text/html; charset=utf-8",
            // The digest changes with the definition.
            "private, max-age=31536000, immutable",
        );
    }
    let Some(root) = entry.definition.asset_dir else {
        return not_found();
    };
    // Asset files may be edited while the app runs: always revalidated.
    asset_file(&root, relative, |_| "no-cache").await
}

/// A file inside `root`, if `relative` (as in the URL) is safe and exists.
async fn asset_file(root: &Path, relative: &str, cache: impl Fn(&str) -> &'static str) -> Response {
    let file = match assets::resolve(root, relative) {
        Ok(file) => file,
        Err(AssetError::Unsafe) => return bad_request(),
        Err(AssetError::NotFound) => return not_found(),
    };
    let file_for_read = file.clone();
    let data = match tokio::task::spawn_blocking(move || std::fs::read(file_for_read)).await {
        Ok(Ok(data)) => data,
        _ => return not_found(),
    };
    let mime = assets::mime_for(&file);
    respond(data.into(), &mime, cache(&mime))
}

fn html_document(state: &ComponentState, label: &str, file: &str) -> Response {
    let Some(digest) = file.strip_suffix(".html") else {
        return not_found();
    };
    if !state.origins.label_matches(label, &label_for_html(digest)) {
        return not_found();
    }
    match state.registry.html(digest) {
        Some(doc) => respond(
            Body::from(doc.as_bytes().to_vec()),
            "text/html; charset=utf-8",
            // Not `public`: a shared cache has no business keeping one
            // viewer's document.
            "private, max-age=31536000, immutable",
        ),
        None => not_found(),
    }
}

fn respond(body: Body, mime: &str, cache: &'static str) -> Response {
    let mut response = Response::new(body);
    let headers = response.headers_mut();
    if let Ok(mime) = HeaderValue::from_str(mime) {
        headers.insert(header::CONTENT_TYPE, mime);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    response
}

fn not_found() -> Response {
    (StatusCode::NOT_FOUND, "not found").into_response()
}

fn bad_request() -> Response {
    (StatusCode::BAD_REQUEST, "bad request").into_response()
}

/// Headers on every component-origin response. No CSP here: component
/// documents are the authors' own pages (inline scripts, CDNs), confined by
/// their origin instead.
async fn headers(request: Request, next: axum::middleware::Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("strict-origin-when-cross-origin"),
    );
    response
}
