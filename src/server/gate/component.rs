//! The gate on the component origin. The login cookie never reaches it (it
//! is another site), so component files are let through on the login's
//! component ticket (sealed, tied to the login, dead once it ends):
//!
//! - in the path, `/_gate/<ticket>/component/…`: the URL the page builds
//!   from its `SessionInit`, so a component's document and everything it
//!   loads by a relative path carry it;
//! - in a cookie the first ticketed response sets, for what a component
//!   loads by an absolute path (`/component/<name>/x.js`), which has no
//!   ticket in it. The component origin is cross-site from the app, so the
//!   cookie must be `SameSite=None`, hence `Secure`; it is `Partitioned`
//!   (CHIPS) so it exists only inside this app's pages (a frame of the
//!   component origin on another site starts with no cookie), which is also
//!   why browsers that block third-party cookies still keep it. `__Host-`
//!   keeps it on the exact host that set it. Browsers keep `Secure` cookies
//!   over plain HTTP only on loopback names (`*.components.localhost`), so
//!   on a plain-HTTP `server.componentOrigin` only ticketed paths work.
//!
//! Everything served on a ticket is made `private`: a shared cache must not
//! hand a gated file, or the cookie, to someone without the login.

use axum::extract::Request;
use axum::http::{header, HeaderValue, StatusCode, Uri};
use axum::response::{IntoResponse, Response};

use super::Gate;
use crate::auth::cookie;

/// The first path segment of a ticketed component URL.
pub(super) const PREFIX: &str = "/_gate/";
/// The cookie holding the ticket for absolute paths on the component origin.
pub const COOKIE: &str = "__Host-rustlit_component";

/// The gate's verdict on a component-origin request.
pub enum ComponentCheck {
    Pass(ComponentPass),
    Refused(Response),
}

/// What a component-origin request was let in on.
pub struct ComponentPass {
    /// The ticket came in the path: the response sets the cookie.
    set_cookie: Option<String>,
}

impl Gate {
    /// The refusal of a request for the component origin, or the pass it
    /// goes on with (a ticket in the path is taken out of it for the
    /// component router).
    pub fn check_component(&self, request: &mut Request) -> ComponentCheck {
        let path = request.uri().path();
        let in_path = path
            .strip_prefix(PREFIX)
            .and_then(|r| r.split_once('/'))
            .map(|(ticket, rest)| (ticket.to_string(), format!("/{rest}")));
        let ticket = match &in_path {
            Some((ticket, _)) => Some(ticket.clone()),
            None => cookie(request.headers(), COOKIE),
        };
        let Some(login) = ticket
            .as_deref()
            .and_then(|t| self.auth.login_from_ticket(t))
        else {
            let refusal = (StatusCode::UNAUTHORIZED, "Log in to use this app.\n");
            return ComponentCheck::Refused(refusal.into_response());
        };
        if let Err(denied) = self.rules.check(&login) {
            let refusal = (
                StatusCode::FORBIDDEN,
                format!("Not allowed: {}.\n", denied.reason()),
            );
            return ComponentCheck::Refused(refusal.into_response());
        }
        let Some((ticket, rest)) = in_path else {
            return ComponentCheck::Pass(ComponentPass { set_cookie: None });
        };
        let rest = match request.uri().query() {
            Some(query) => format!("{rest}?{query}"),
            None => rest,
        };
        let Ok(uri) = rest.parse::<Uri>() else {
            return ComponentCheck::Refused(StatusCode::BAD_REQUEST.into_response());
        };
        *request.uri_mut() = uri;
        ComponentCheck::Pass(ComponentPass {
            set_cookie: Some(ticket),
        })
    }

    /// Makes a response served on `pass` private, and sets the cookie when
    /// the ticket came in the path.
    pub fn finish_component(&self, pass: ComponentPass, response: &mut Response) {
        let headers = response.headers_mut();
        let cache = headers
            .get(header::CACHE_CONTROL)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        if let Ok(private) = HeaderValue::from_str(&private(cache)) {
            headers.insert(header::CACHE_CONTROL, private);
        }
        if let Some(ticket) = pass.set_cookie {
            // No Max-Age: it goes with the browser session; the ticket's own
            // expiry and its login decide how long it opens anything.
            let value =
                format!("{COOKIE}={ticket}; Path=/; Secure; HttpOnly; SameSite=None; Partitioned");
            if let Ok(value) = HeaderValue::from_str(&value) {
                headers.append(header::SET_COOKIE, value);
            }
        }
    }
}

/// `Cache-Control` for a response only this browser may keep: `public`
/// dropped, `private` added unless it says `private` or `no-store` already.
fn private(cache: &str) -> String {
    let directives: Vec<&str> = cache
        .split(',')
        .map(str::trim)
        .filter(|d| !d.is_empty() && !d.eq_ignore_ascii_case("public"))
        .collect();
    let kept = directives
        .iter()
        .any(|d| d.eq_ignore_ascii_case("private") || d.eq_ignore_ascii_case("no-store"));
    if kept {
        directives.join(", ")
    } else {
        std::iter::once("private")
            .chain(directives)
            .collect::<Vec<_>>()
            .join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::private;

    #[test]
    fn what_the_gate_serves_no_shared_cache_keeps() {
        assert_eq!(private("public, max-age=3600"), "private, max-age=3600");
        assert_eq!(private("no-cache"), "private, no-cache");
        assert_eq!(private(""), "private");
        assert_eq!(
            private("private, max-age=31536000, immutable"),
            "private, max-age=31536000, immutable"
        );
        assert_eq!(private("no-store"), "no-store");
    }
}
