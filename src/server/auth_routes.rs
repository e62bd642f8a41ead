//! The login routes, wired to `crate::auth::routes` (which owns the flow).

use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Extension;

use super::network::ClientAddr;
use super::AppState;
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
