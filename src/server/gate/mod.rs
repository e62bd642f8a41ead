//! The whole-app login gate (`server.requireLogin`): in front of every route
//! of the app's host and of the component origin, right after the network
//! allow-list. Only `/_stcore/health` (deploy probes) and the login routes
//! themselves are served to a browser that has not logged in.
//!
//! - A page (a GET outside `_stcore/`, `media/` and `app/static/`) without a
//!   login goes to the provider's login, coming back to the same path; with
//!   several providers, to a page that lists them. Anything else gets 401.
//! - A login whose email the rules refuse gets 403: pages a "Not allowed"
//!   page with a logout link, everything else a short text.
//! - The component origin never receives the login cookie (another site):
//!   its files need the login's component ticket (`component.rs`).

use std::sync::Arc;

use axum::extract::Request;
use axum::http::{header, HeaderValue, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};

use crate::auth::gate::GateRules;
use crate::auth::{routes, Auth, SignedIn};

mod component;
pub use component::{ComponentCheck, ComponentPass};

pub struct Gate {
    auth: Arc<Auth>,
    rules: GateRules,
    /// `/` or `/<server.baseUrlPath>/`.
    base: String,
}

impl Gate {
    pub fn new(auth: Arc<Auth>, rules: GateRules) -> Gate {
        let base = auth.base.clone();
        Gate { auth, rules, base }
    }

    /// The path prefix of component URLs for a page of `login`.
    pub fn component_path_prefix(&self, login: &SignedIn) -> String {
        format!("{}{}", component::PREFIX, self.auth.component_ticket(login))
    }

    /// Routes served to anyone the network allow-list lets in.
    fn is_open(&self, path: &str) -> bool {
        let Some(rest) = path.strip_prefix(&self.base) else {
            return false;
        };
        matches!(
            rest,
            "_stcore/health"
                | "auth/login"
                | "auth/logout"
                | "oauth2callback"
                | "auth/signin"
                | "auth/signin/link"
        )
    }

    /// A request a browser makes to show a page (as opposed to the API,
    /// uploads and media, which get a status instead of a redirect).
    fn is_page(&self, request: &Request) -> bool {
        if request.method() != Method::GET && request.method() != Method::HEAD {
            return false;
        }
        let path = request.uri().path();
        let rest = path.strip_prefix(&self.base).unwrap_or(path);
        !["_stcore/", "media/", "app/static/"]
            .iter()
            .any(|p| rest.starts_with(p))
    }

    /// The refusal of a request for the app's host; `None`: it may go on.
    pub fn check_app(&self, request: &Request) -> Option<Response> {
        if self.is_open(request.uri().path()) {
            return None;
        }
        let page = self.is_page(request);
        let Some(login) = self.auth.user_from_headers(request.headers()) else {
            return Some(if page {
                self.to_login(request.uri())
            } else {
                (StatusCode::UNAUTHORIZED, "Log in to use this app.\n").into_response()
            });
        };
        match self.rules.check(&login) {
            Ok(()) => None,
            Err(denied) if page => {
                tracing::warn!(
                    "auth: the login gate refused {}: {}",
                    login
                        .email()
                        .map(crate::auth::oidc::clean)
                        .unwrap_or_else(|| "a login without an email".into()),
                    denied.reason()
                );
                let logout = format!("{}auth/logout", self.base);
                Some(routes::page(
                    StatusCode::FORBIDDEN,
                    "Not allowed",
                    &format!(
                        "You are logged in as {}, but {}. Log out and log in with another account.",
                        login.email().unwrap_or("an account without an email"),
                        denied.reason()
                    ),
                    &[(&logout, "Log out")],
                ))
            }
            Err(denied) => Some(
                (
                    StatusCode::FORBIDDEN,
                    format!("Not allowed: {}.\n", denied.reason()),
                )
                    .into_response(),
            ),
        }
    }

    /// Where a page without a login goes: the only provider's login, or a
    /// page that lists them; with emailed sign-in links, the sign-in page
    /// (the providers and the email form).
    fn to_login(&self, uri: &Uri) -> Response {
        let wanted = uri.path_and_query().map_or("/", |p| p.as_str());
        let next = routes::safe_next(&self.base, wanted).unwrap_or_else(|| self.base.clone());
        let next: String = url::form_urlencoded::byte_serialize(next.as_bytes()).collect();
        if self.auth.email.is_some() {
            return found(&format!("{}auth/signin?next={next}", self.base));
        }
        let links: Vec<(String, String)> = self
            .auth
            .config
            .providers
            .keys()
            .map(|name| {
                let text = if name == "default" {
                    "Log in".to_string()
                } else {
                    format!("Log in with {name}")
                };
                (format!("{}&next={next}", self.auth.login_url(name)), text)
            })
            .collect();
        if let [(only, _)] = links.as_slice() {
            return found(only);
        }
        let links: Vec<(&str, &str)> = links
            .iter()
            .map(|(href, text)| (href.as_str(), text.as_str()))
            .collect();
        routes::page(
            StatusCode::UNAUTHORIZED,
            "Log in",
            "This app is private: log in to use it.",
            &links,
        )
    }
}

/// A 302 to `location` that no cache keeps.
fn found(location: &str) -> Response {
    match HeaderValue::from_str(location) {
        Ok(location) => {
            let mut response = (StatusCode::FOUND, [(header::LOCATION, location)]).into_response();
            response
                .headers_mut()
                .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            response
        }
        Err(_) => StatusCode::BAD_REQUEST.into_response(),
    }
}
