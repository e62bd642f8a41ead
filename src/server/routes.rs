//! HTTP endpoints: health, host config and the frontend bundle.

use axum::body::Body;
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode, Uri};
use axum::response::{IntoResponse, Response};

use super::{accept_encoding, AppState};
use crate::assets;

/// `GET /_stcore/health`: `ok` once the app can serve (Docker health checks,
/// Kubernetes probes and test harnesses poll it). It also hands the page its
/// XSRF cookie, as Streamlit's does (the page polls it before connecting).
pub async fn health(
    State(state): State<AppState>,
    axum::Extension(client): axum::Extension<super::network::ClientAddr>,
    request: HeaderMap,
) -> Response {
    let mut response = ([(header::CACHE_CONTROL, "no-cache")], "ok").into_response();
    super::xsrf::set_cookie(&state.xsrf, &request, client.https, response.headers_mut());
    response
}

/// `GET /_stcore/host-config`: the JSON Streamlit's hosts expect. rustlit
/// trusts no parent frame by default.
pub async fn host_config() -> Response {
    let body = serde_json::json!({
        "allowedOrigins": [],
        "useExternalAuthToken": false,
        "enableCustomParentMessages": false,
        "enforceDownloadInNewTab": false,
        "metricsUrl": "",
        "blockErrorDialogs": false,
        "resourceCrossOriginMode": null,
    });
    ([(header::CACHE_CONTROL, "no-cache")], axum::Json(body)).into_response()
}

/// The bundle's files by path; `index.html` for the app's pages. Reserved
/// `_stcore/` paths never fall back to the page. Each file is sent in the
/// precompressed encoding `Accept-Encoding` picks.
pub async fn frontend(State(state): State<AppState>, uri: Uri, request: HeaderMap) -> Response {
    let Some(path) = uri.path().strip_prefix(&*state.base_prefix) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    if path.starts_with("_stcore/") {
        return StatusCode::NOT_FOUND.into_response();
    }
    let accepted: Vec<&str> = request
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect();
    let choose = |available: &[assets::Encoding]| {
        accept_encoding::choose(accepted.iter().copied(), available)
    };
    if path == "theme.css" {
        // The app's theme (crate::theme), read before the page's first paint.
        return (
            [
                (header::CONTENT_TYPE, "text/css; charset=utf-8"),
                (header::CACHE_CONTROL, "no-cache"),
            ],
            state.theme.css.clone(),
        )
            .into_response();
    }
    if !path.is_empty() && !path.ends_with('/') {
        if let Some(asset) = assets::get(path, choose) {
            return asset_response(asset);
        }
        if path.starts_with("assets/") || path.contains('.') {
            return StatusCode::NOT_FOUND.into_response();
        }
    }
    match assets::get("index.html", choose) {
        Some(asset) => asset_response(asset),
        None => (
            StatusCode::SERVICE_UNAVAILABLE,
            "the frontend bundle is missing from this build",
        )
            .into_response(),
    }
}

fn asset_response(asset: assets::Asset) -> Response {
    let cache = if asset.immutable {
        "public, immutable, max-age=31536000"
    } else {
        "no-cache"
    };
    let mut response = Response::new(Body::from(asset.data));
    let headers = response.headers_mut();
    if let Ok(mime) = HeaderValue::from_str(&asset.mime) {
        headers.insert(header::CONTENT_TYPE, mime);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    if asset.encoding != assets::Encoding::Identity {
        headers.insert(
            header::CONTENT_ENCODING,
            HeaderValue::from_static(asset.encoding.token()),
        );
    }
    if asset.has_variants {
        headers.insert(header::VARY, HeaderValue::from_static("Accept-Encoding"));
    }
    response
}

/// `OPTIONS` on the `_stcore` endpoints: 204, as Streamlit answers preflights.
pub async fn no_content() -> StatusCode {
    StatusCode::NO_CONTENT
}

/// `GET /_stcore/metrics`: a minimal OpenMetrics text exposition — sessions
/// and the app's file watchers (one per app, whatever the session count).
pub async fn metrics(State(state): State<AppState>) -> Response {
    let body = format!(
        "# TYPE rustlit_sessions gauge\n\
         # HELP rustlit_sessions Sessions held by the server, connected or waiting for their tab.\n\
         rustlit_sessions {}\n\
         # TYPE rustlit_file_watchers gauge\n\
         # HELP rustlit_file_watchers File watchers running (one per app; 0 with server.fileWatcherType=none).\n\
         rustlit_file_watchers {}\n\
         # TYPE rustlit_watched_files gauge\n\
         # HELP rustlit_watched_files Source, config and secrets files watched for changes.\n\
         rustlit_watched_files {}\n\
         # TYPE rustlit_upload_bytes gauge\n\
         # HELP rustlit_upload_bytes Bytes uploads hold or have reserved, against server.maxUploadMemory.\n\
         rustlit_upload_bytes {}\n\
         # EOF\n",
        state.sessions.len(),
        crate::watch::active_watchers(),
        crate::watch::watched_files(),
        state.sessions.upload_bytes(),
    );
    (
        [
            (
                header::CONTENT_TYPE,
                "application/openmetrics-text; version=1.0.0; charset=utf-8",
            ),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        body,
    )
        .into_response()
}
