//! What `st.context` reads about the viewer: the websocket handshake's
//! headers and the peer's address (set when a page attaches), and what only
//! the browser knows (time zone, locale, URL, ...), sent with its reruns.

use std::net::IpAddr;

use axum::http::{header, HeaderMap};

use crate::proto::ContextInfo;

/// Headers a script never sees: the page's resume secret travels in
/// `Sec-WebSocket-Protocol`, and whoever holds it can take the session over.
const HIDDEN_HEADERS: [header::HeaderName; 1] = [header::SEC_WEBSOCKET_PROTOCOL];

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ClientContext {
    /// In the order the browser sent them; a repeated header repeats.
    pub headers: Vec<(String, String)>,
    pub ip: Option<IpAddr>,
    pub info: ContextInfo,
    /// The login the socket's `_streamlit_user` cookie stood for (st.user);
    /// `st.logout` clears it for the session and its run.
    pub user: crate::auth::UserSlot,
}

impl ClientContext {
    /// The handshake of the socket now serving the session.
    pub fn connected(
        headers: &HeaderMap,
        ip: IpAddr,
        info: ContextInfo,
        user: crate::auth::UserSlot,
    ) -> Self {
        let headers = headers
            .iter()
            .filter(|(name, _)| !HIDDEN_HEADERS.contains(name))
            .filter_map(|(name, value)| {
                // A header that is not text is not something Streamlit shows either.
                let value = value.to_str().ok()?;
                // The login cookies are bearer credentials (HttpOnly): a
                // script never sees them.
                if name == header::COOKIE {
                    let kept = crate::auth::without_hidden_cookies(value);
                    return (!kept.is_empty()).then(|| (name.as_str().to_string(), kept));
                }
                Some((name.as_str().to_string(), value.to_string()))
            })
            .collect();
        ClientContext {
            headers,
            ip: Some(ip),
            info,
            user,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_resume_secret_is_not_among_the_headers() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::SEC_WEBSOCKET_PROTOCOL,
            "rustlit, secret".parse().unwrap(),
        );
        headers.append(header::ACCEPT_LANGUAGE, "fr".parse().unwrap());
        headers.append(header::ACCEPT_LANGUAGE, "en".parse().unwrap());
        let ip: IpAddr = "10.0.0.7".parse().unwrap();
        let client =
            ClientContext::connected(&headers, ip, ContextInfo::default(), Default::default());
        assert_eq!(
            client.headers,
            [
                ("accept-language".to_string(), "fr".to_string()),
                ("accept-language".to_string(), "en".to_string())
            ]
        );
        assert_eq!(client.ip, Some(ip));
    }
}
