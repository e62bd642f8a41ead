//! The HTTP and websocket server (axum). It never calls into Python: it
//! turns frames into session requests and session output into frames.

mod accept_encoding;
mod auth_routes;
pub mod gate;
pub mod hosts;
mod listen;
pub mod network;
mod routes;
pub mod script_health;
pub mod security;
mod static_files;
mod stream;
pub mod tls;
pub mod toolbar;
mod upload;
mod websocket;
pub mod xsrf;

use std::sync::Arc;
use std::time::Duration;

use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use futures_util::FutureExt;
use thiserror::Error;
use tokio::net::TcpListener;

use crate::components::router::ComponentState;
use crate::components::{ComponentOrigins, ComponentRegistry};
use crate::config::{Config, OriginPolicy};
use crate::session::SessionRegistry;

pub use stream::SUBPROTOCOL;

#[derive(Debug, Error)]
pub enum ServerError {
    #[error("port {port} on {address} is already in use. Stop the other program or choose another port with --server.port")]
    PortInUse { address: String, port: u16 },
    #[error("cannot listen on {address}:{port}: {source}")]
    Bind {
        address: String,
        port: u16,
        source: std::io::Error,
    },
    #[error("server.httpRedirectPort {port} on {address} is already in use; choose another port")]
    RedirectPortInUse { address: String, port: u16 },
    #[error("the server stopped: {0}")]
    Serve(#[from] std::io::Error),
}

/// Facts about the app that every new socket is told once.
pub struct AppInfo {
    pub script_name: String,
    pub python_version: String,
    /// `<script folder>/static` when `server.enableStaticServing` is on.
    pub static_dir: Option<std::path::PathBuf>,
}

#[derive(Clone)]
pub struct AppState {
    pub sessions: Arc<SessionRegistry>,
    pub origins: Arc<OriginPolicy>,
    /// `server.frameAncestors`: who may frame the app's pages.
    pub frames: Arc<security::FramePolicy>,
    /// `server.allowedHosts` (DNS rebinding), checked on every request.
    pub hosts: Arc<hosts::HostPolicy>,
    /// `server.allowedNetworks` and `server.trustedProxies`: who the client
    /// is and whether it is served, checked before anything else.
    pub network: Arc<network::NetworkPolicy>,
    /// `Strict-Transport-Security` for responses over rustlit's own TLS.
    pub hsts: Option<axum::http::HeaderValue>,
    pub info: Arc<AppInfo>,
    /// `/` or `/<server.baseUrlPath>/`.
    pub base_prefix: Arc<str>,
    pub max_message_bytes: usize,
    pub limits: Arc<crate::config::Limits>,
    /// The component origin's router state (registry and origin rules); the
    /// app's routes never read it except to tell the page the origin.
    pub components: ComponentState,
    pub xsrf: Arc<xsrf::XsrfPolicy>,
    /// `server.scriptHealthCheckEnabled`.
    pub script_health_check: bool,
    /// `server.scriptHealthCheckTimeout`.
    pub script_health_timeout: Duration,
    /// `client.showErrorDetails`, for the health check's answer.
    pub error_details: script_health::ErrorDetails,
    /// `client.disableDataExport`, told to each page in its `SessionInit`.
    pub disable_data_export: bool,
    /// `client.toolbarMode`, told to each page; also who may clear the caches.
    pub toolbar_mode: toolbar::ToolbarMode,
    /// The `[theme]` of config.toml, put into every page (crate::theme).
    pub theme: Arc<crate::theme::PageTheme>,
    /// `[auth]` in secrets.toml (st.login), when configured.
    pub auth: Option<Arc<crate::auth::Auth>>,
    /// `server.requireLogin`: the whole-app gate (needs `auth`).
    pub gate: Option<Arc<gate::Gate>>,
}

impl AppState {
    pub fn new(config: &Config, sessions: Arc<SessionRegistry>, info: AppInfo) -> Self {
        // The theme's font hosts are part of the page's CSP.
        let theme = crate::theme::from_config(&config.resolved).0;
        AppState {
            sessions,
            origins: Arc::new(OriginPolicy::new(&config.server.cors_allowed_origins)),
            hosts: Arc::new(hosts::HostPolicy::new(&config.server.allowed_hosts)),
            network: Arc::new(network::NetworkPolicy::new(
                config.server.allowed_networks.clone(),
                config.server.trusted_proxies.clone(),
                network::ForwardedHeader::from_option(&config.server.forwarded_header),
            )),
            hsts: tls::hsts_value(
                config.server.hsts_max_age,
                config.server.hsts_include_subdomains,
            ),
            frames: Arc::new(security::FramePolicy::new(
                &config.server.frame_ancestors,
                &theme.remote,
            )),
            info: Arc::new(info),
            base_prefix: config.server.base_prefix().into(),
            max_message_bytes: config
                .server
                .max_message_size_mb
                .saturating_mul(1024 * 1024),
            limits: Arc::new(config.server.limits.clone()),
            components: ComponentState {
                registry: ComponentRegistry::global(),
                origins: Arc::new(component_origins(config)),
            },
            xsrf: Arc::new(xsrf::XsrfPolicy::new(
                config.server.enable_xsrf_protection,
                &config.server.xsrf_cookie_same_site,
            )),
            script_health_check: config.server.script_health_check,
            script_health_timeout: Duration::from_secs(
                config
                    .resolved
                    .get("server.scriptHealthCheckTimeout")
                    .as_int()
                    .and_then(|s| u64::try_from(s).ok())
                    .unwrap_or(60)
                    .max(1),
            ),
            error_details: script_health::ErrorDetails::from_option(
                config
                    .resolved
                    .get("client.showErrorDetails")
                    .as_str()
                    .unwrap_or("full"),
            ),
            theme: Arc::new(theme),
            disable_data_export: config
                .resolved
                .get("client.disableDataExport")
                .as_bool()
                .unwrap_or(false),
            toolbar_mode: toolbar::ToolbarMode::from_option(
                config
                    .resolved
                    .get("client.toolbarMode")
                    .as_str()
                    .unwrap_or("auto"),
            ),
            auth: None,
            gate: None,
        }
    }
}

/// `server.componentOrigin`; an invalid value is reported and ignored, which
/// leaves only the loopback default (components refused elsewhere).
fn component_origins(config: &Config) -> ComponentOrigins {
    ComponentOrigins::new(config.server.component_origin.as_deref()).unwrap_or_else(|e| {
        tracing::error!("{e}; custom components are served only to apps opened on localhost");
        ComponentOrigins::default()
    })
}

/// Requests for the component origin (by `Host`) go to the component router,
/// everything else to the app's: two routers that share nothing. A client
/// outside `server.allowedNetworks` is refused first (`guarded`), then a
/// `Host` that is neither allowed nor a component host, then (with
/// `server.requireLogin`) a request without an allowed login (`gate`).
pub fn host_dispatch(state: AppState) -> Router {
    let network = state.network.clone();
    let hsts = state.hsts.clone();
    let origins = state.components.origins.clone();
    let hosts = state.hosts.clone();
    let login_gate = state.gate.clone();
    let components = crate::components::router::router(state.components.clone());
    let app = router(state);
    let dispatch = Router::new().fallback(move |request: axum::extract::Request| {
        let host = request
            .headers()
            .get(axum::http::header::HOST)
            .and_then(|v| v.to_str().ok());
        let is_component_host = origins.component_label(host).is_some();
        if !is_component_host && !hosts.allows(host) {
            crate::config::limits::refused(
                "server.allowedHosts",
                format_args!(
                    "refused a request for Host {:?}; add the name to server.allowedHosts if it is yours",
                    host.unwrap_or_default().chars().take(100).collect::<String>()
                ),
            );
            let refusal = (
                axum::http::StatusCode::FORBIDDEN,
                "This host name is not allowed: add it to server.allowedHosts.",
            );
            return std::future::ready(Ok(axum::response::IntoResponse::into_response(refusal)))
                .boxed();
        }
        let target = if is_component_host {
            components.clone()
        } else {
            app.clone()
        };
        let mut request = request;
        let mut pass = None;
        if let Some(login_gate) = &login_gate {
            let refusal = if is_component_host {
                match login_gate.check_component(&mut request) {
                    gate::ComponentCheck::Pass(p) => {
                        pass = Some(p);
                        None
                    }
                    gate::ComponentCheck::Refused(refusal) => Some(refusal),
                }
            } else {
                login_gate.check_app(&request)
            };
            if let Some(refusal) = refusal {
                return std::future::ready(Ok(refusal)).boxed();
            }
        }
        let login_gate = login_gate.clone();
        async move {
            use tower::ServiceExt;
            let mut response = match target.oneshot(request).await {
                Ok(response) => response,
                Err(never) => match never {},
            };
            if let (Some(login_gate), Some(pass)) = (login_gate, pass) {
                login_gate.finish_component(pass, &mut response);
            }
            Ok::<_, std::convert::Infallible>(response)
        }
        .boxed()
    });
    guarded(dispatch, network, hsts)
}

/// The outermost layer of every listener: resolves the client
/// (`network::ClientAddr`, a request extension from here on), refuses one
/// outside `server.allowedNetworks` before anything else runs, and adds
/// `Strict-Transport-Security` to what goes out over rustlit's TLS.
pub fn guarded(
    router: Router,
    network: Arc<network::NetworkPolicy>,
    hsts: Option<axum::http::HeaderValue>,
) -> Router {
    router.layer(axum::middleware::from_fn(
        move |mut request: axum::extract::Request, next: axum::middleware::Next| {
            let network = network.clone();
            let hsts = hsts.clone();
            async move {
                let peer = request.extensions().get::<network::Peer>().copied();
                let Some(peer) = peer else {
                    // Only the accept loop builds requests; never without a peer.
                    return axum::http::StatusCode::INTERNAL_SERVER_ERROR.into_response();
                };
                if !authority_as_host(&mut request) {
                    let refusal = (
                        axum::http::StatusCode::BAD_REQUEST,
                        "Host and :authority differ.\n",
                    );
                    return refusal.into_response();
                }
                let client = network.resolve(peer, request.headers());
                let mut response = if network.allows(client.ip) {
                    request.extensions_mut().insert(client);
                    next.run(request).await
                } else {
                    network.refusal(client.ip)
                };
                if peer.tls {
                    if let Some(hsts) = hsts {
                        response
                            .headers_mut()
                            .insert(axum::http::header::STRICT_TRANSPORT_SECURITY, hsts);
                    }
                }
                response
            }
        },
    ))
}

/// HTTP/2 requests carry the host in `:authority` (the URI), usually with
/// no `Host` header; everything after this reads `Host` (the allow-list,
/// the component origin, the websocket's origin rule), so it is set from
/// the authority. Both present and different is a malformed request
/// (RFC 9113 §8.3.1): `false`.
fn authority_as_host(request: &mut axum::extract::Request) -> bool {
    let Some(authority) = request.uri().authority().map(|a| a.as_str().to_string()) else {
        return true;
    };
    let headers = request.headers_mut();
    match headers.get(axum::http::header::HOST) {
        Some(host) => host.as_bytes().eq_ignore_ascii_case(authority.as_bytes()),
        None => {
            if let Ok(value) = axum::http::HeaderValue::from_str(&authority) {
                headers.insert(axum::http::header::HOST, value);
            }
            true
        }
    }
}

/// The plain-HTTP listener of `server.httpRedirectPort`: every request
/// (from an allowed network, for an allowed host) gets a permanent redirect
/// to the same host and path on the HTTPS port.
pub fn redirect_router(state: &AppState, https_port: u16) -> Router {
    let hosts = state.hosts.clone();
    let origins = state.components.origins.clone();
    let redirect = Router::new().fallback(move |request: axum::extract::Request| {
        let (hosts, origins) = (hosts.clone(), origins.clone());
        async move {
            use axum::http::{header, StatusCode};
            let host = request
                .headers()
                .get(header::HOST)
                .and_then(|v| v.to_str().ok());
            let Some((name, _)) = host.and_then(hosts::split_host) else {
                return (
                    StatusCode::BAD_REQUEST,
                    "A Host header is needed to redirect to HTTPS.\n",
                )
                    .into_response();
            };
            if origins.component_label(host).is_none() && !hosts.allows(host) {
                return (
                    StatusCode::FORBIDDEN,
                    "This host name is not allowed: add it to server.allowedHosts.",
                )
                    .into_response();
            }
            let name = if name.contains(':') {
                format!("[{name}]")
            } else {
                name.to_ascii_lowercase()
            };
            let port = if https_port == 443 {
                String::new()
            } else {
                format!(":{https_port}")
            };
            let path = request.uri().path_and_query().map_or("/", |p| p.as_str());
            // Built by hand: `Redirect` panics on a value that is not a header.
            match axum::http::HeaderValue::from_str(&format!("https://{name}{port}{path}")) {
                Ok(location) => (
                    StatusCode::PERMANENT_REDIRECT,
                    [(header::LOCATION, location)],
                )
                    .into_response(),
                Err(_) => StatusCode::BAD_REQUEST.into_response(),
            }
        }
    });
    guarded(redirect, state.network.clone(), None)
}

pub fn router(state: AppState) -> Router {
    let base = state.base_prefix.clone();
    let mut router = Router::new()
        .route(
            &format!("{base}_stcore/health"),
            get(routes::health).options(routes::no_content),
        )
        .route(
            &format!("{base}_stcore/host-config"),
            get(routes::host_config).options(routes::no_content),
        )
        .route(
            &format!("{base}_stcore/metrics"),
            get(routes::metrics).options(routes::no_content),
        )
        .route(
            &format!("{base}app/static/{{*path}}"),
            get(static_files::static_file),
        )
        .route(&format!("{base}_stcore/stream"), get(stream::stream))
        .route(
            &format!("{base}_stcore/upload_file/{{session}}/{{file}}"),
            axum::routing::put(upload::put)
                .delete(upload::delete)
                .options(routes::no_content),
        )
        .route(
            &format!("{base}media/{{file}}"),
            get(crate::media::http::serve),
        )
        .route(&format!("{base}auth/login"), get(auth_routes::login))
        .route(&format!("{base}auth/logout"), get(auth_routes::logout))
        .route(&format!("{base}oauth2callback"), get(auth_routes::callback))
        .route(
            &format!("{base}auth/signin"),
            get(auth_routes::signin_page).post(auth_routes::ask_for_link),
        )
        .route(
            &format!("{base}auth/signin/link"),
            get(auth_routes::follow_link),
        );
    if state.script_health_check {
        router = router.route(
            &format!("{base}_stcore/script-health-check"),
            get(script_health::check),
        );
    }
    if &*base != "/" {
        let bare = base.trim_end_matches('/').to_string();
        let target = base.to_string();
        router = router.route(
            &bare,
            get(move || async move { axum::response::Redirect::permanent(&target) }),
        );
    }
    router
        .fallback(routes::frontend)
        .layer(axum::middleware::from_fn_with_state(
            state.frames.clone(),
            security::headers,
        ))
        .with_state(state)
}

/// Binds the listening socket. A port that is taken is an error that says
/// what to do, never a panic.
pub async fn bind(address: &str, port: u16) -> Result<TcpListener, ServerError> {
    TcpListener::bind((address, port))
        .await
        .map_err(|source| match source.kind() {
            std::io::ErrorKind::AddrInUse => ServerError::PortInUse {
                address: address.into(),
                port,
            },
            _ => ServerError::Bind {
                address: address.into(),
                port,
                source,
            },
        })
}

/// What to listen with besides the main listener.
#[derive(Default)]
pub struct Listeners {
    /// HTTPS on the main listener (`server.sslCertFile`).
    pub tls: Option<Arc<rustls::ServerConfig>>,
    /// `server.httpRedirectPort`'s listener.
    pub redirect: Option<TcpListener>,
}

/// Serves until `shutdown` resolves. Every accepted socket gets TCP_NODELAY
/// (in `listen`): without it small frames wait on Nagle and delayed ACKs
/// (~40 ms a rerun).
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    listeners: Listeners,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> Result<(), ServerError> {
    let sessions = state.sessions.clone();
    let auth = state.auth.clone();
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(10));
        loop {
            tick.tick().await;
            sessions.expire();
            if let Some(auth) = &auth {
                auth.expire_logins();
            }
        }
    });
    let limits = listen::HttpLimits {
        header_timeout: state.limits.http_header_timeout,
        max_connections: state.limits.max_connections,
    };
    if let Some(redirect) = listeners.redirect {
        let https_port = listener.local_addr()?.port();
        let router = redirect_router(&state, https_port);
        tokio::spawn(async move {
            if let Err(e) =
                listen::accept_loop(redirect, router, limits, None, std::future::pending()).await
            {
                tracing::error!("the HTTP redirect listener stopped: {e}");
            }
        });
    }
    listen::accept_loop(
        listener,
        host_dispatch(state),
        limits,
        listeners.tls,
        shutdown,
    )
    .await?;
    Ok(())
}
