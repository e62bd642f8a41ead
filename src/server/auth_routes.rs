//! The login routes, wired to `crate::auth::routes` (which owns the OIDC
//! flow) and `crate::auth::email::routes` (emailed sign-in links).

use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Extension;

use super::network::ClientAddr;
use super::AppState;
use crate::auth::email::routes as email_routes;
use crate::auth::routes;

fn not_configured(state: &AppState) -> Response {
    tracing::warn!(
        "auth: a login route was requested but [auth] is not configured in secrets.toml"
    );
    routes::page(
        StatusCode::NOT_FOUND,
        "Login is not configured",
        "This app has no [auth] section in its secrets.toml.",
        &[(&state.base_prefix, "Back to the app")],
    )
}

pub async fn login(
    State(state): State<AppState>,
    Extension(client): Extension<ClientAddr>,
    RawQuery(query): RawQuery,
) -> Response {
    match state.auth.clone() {
        Some(auth) => routes::login(auth, query, client.https).await,
        None => not_configured(&state),
    }
}

pub async fn callback(
    State(state): State<AppState>,
    Extension(client): Extension<ClientAddr>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Response {
    match state.auth.clone() {
        Some(auth) => routes::callback(auth, query, &headers, client.https).await,
        None => not_configured(&state),
    }
}

pub async fn logout(
    State(state): State<AppState>,
    Extension(client): Extension<ClientAddr>,
    headers: HeaderMap,
) -> Response {
    match state.auth.clone() {
        Some(auth) => routes::logout(auth, &headers, client.https).await,
        // As 1.67 without [auth]: nothing to end, back to the app.
        None => axum::response::Redirect::to(&state.base_prefix).into_response(),
    }
}

/// The sign-in page (providers and the email form) and the link routes:
/// 404 unless `server.emailSignIn` is on.
fn email_off(state: &AppState) -> Response {
    routes::page(
        StatusCode::NOT_FOUND,
        "Email sign-in is off",
        "This app does not send sign-in links (server.emailSignIn).",
        &[(&state.base_prefix, "Back to the app")],
    )
}

fn with_email(state: &AppState) -> Option<std::sync::Arc<crate::auth::Auth>> {
    state.auth.clone().filter(|auth| auth.email.is_some())
}

pub async fn signin_page(
    State(state): State<AppState>,
    Extension(client): Extension<ClientAddr>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Response {
    match with_email(&state) {
        Some(auth) => email_routes::signin_page(&auth, query.as_deref(), &headers, client.https),
        None => email_off(&state),
    }
}

pub async fn ask_for_link(
    State(state): State<AppState>,
    Extension(client): Extension<ClientAddr>,
    uri: axum::http::Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let Some(auth) = with_email(&state) else {
        return email_off(&state);
    };
    // HTTP/2 names the host in the request's authority, not in `Host`.
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .or_else(|| uri.authority().map(|a| a.as_str()));
    let link_base = link_base(&state, &auth, host, client.https);
    email_routes::ask(&auth, &body, &headers, client.ip, client.https, link_base)
}

pub async fn follow_link(
    State(state): State<AppState>,
    Extension(client): Extension<ClientAddr>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Response {
    match with_email(&state) {
        Some(auth) => {
            email_routes::follow(&auth, query.as_deref(), &headers, client.ip, client.https)
        }
        None => email_off(&state),
    }
}

/// Where an emailed link points: `server.publicUrl`, else this request's
/// scheme and Host when the Host is one a link may carry
/// (`HostPolicy::names_exactly`), else nowhere (no mail is sent).
fn link_base(
    state: &AppState,
    auth: &crate::auth::Auth,
    host: Option<&str>,
    https: bool,
) -> Option<url::Url> {
    if let Some(url) = auth
        .email
        .as_ref()
        .and_then(|e| e.config.public_url.clone())
    {
        return Some(url);
    }
    let host = host?;
    if !state.hosts.names_exactly(host) {
        return None;
    }
    let scheme = if https { "https" } else { "http" };
    url::Url::parse(&format!("{scheme}://{host}{}", state.base_prefix)).ok()
}
