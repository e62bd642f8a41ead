//! Which browser origins may open the app's websocket.
//!
//! The rule is strict on purpose: the origin must equal the app's own origin
//! as the browser reached it (scheme, host and port, taken from the request's
//! `Host` header) or one of `server.corsAllowedOrigins`. Anything else — a
//! foreign site, `null`, a different port on the same host — is refused, so a
//! page on another origin cannot drive a user's session (cross-site websocket
//! hijacking). A request without an `Origin` header is not from a browser and
//! is allowed, as in Streamlit.

#[derive(Debug, Clone, Default)]
pub struct OriginPolicy {
    allowed: Vec<String>,
}

impl OriginPolicy {
    pub fn new(cors_allowed_origins: &[String]) -> Self {
        let allowed = cors_allowed_origins
            .iter()
            .map(|o| o.trim().trim_end_matches('/').to_ascii_lowercase())
            .filter(|o| !o.is_empty())
            .collect();
        OriginPolicy { allowed }
    }

    /// `origin`: the request's `Origin` header; `host`: its `Host` header.
    pub fn allows(&self, origin: Option<&str>, host: Option<&str>) -> bool {
        let Some(origin) = origin else { return true };
        let origin = origin.trim().trim_end_matches('/').to_ascii_lowercase();
        if self.allowed.iter().any(|a| a == "*" || *a == origin) {
            return true;
        }
        let Some(host) = host else { return false };
        let host = host.trim().to_ascii_lowercase();
        origin == format!("http://{host}") || origin == format!("https://{host}")
    }
}

#[cfg(test)]
mod tests {
    use super::OriginPolicy;

    #[test]
    fn same_origin_is_allowed_exactly() {
        let p = OriginPolicy::new(&[]);
        assert!(p.allows(Some("http://localhost:8501"), Some("localhost:8501")));
        assert!(!p.allows(Some("http://localhost:8502"), Some("localhost:8501")));
        assert!(!p.allows(Some("http://evil.example"), Some("localhost:8501")));
        assert!(!p.allows(Some("null"), Some("localhost:8501")));
        assert!(!p.allows(
            Some("http://localhost:8501.evil.example"),
            Some("localhost:8501")
        ));
        assert!(p.allows(None, Some("localhost:8501")));
    }

    #[test]
    fn configured_origins_are_allowed() {
        let p = OriginPolicy::new(&["https://app.example.com/".into()]);
        assert!(p.allows(Some("https://app.example.com"), Some("internal:8501")));
        assert!(!p.allows(Some("https://other.example.com"), Some("internal:8501")));
    }
}
