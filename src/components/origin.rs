//! Where component iframes load from, and which requests belong there.
//!
//! Out of the box (no `server.componentOrigin`), an app reached on a loopback
//! host (`localhost`, `127.0.0.1`, `[::1]`) gets its components from
//! `http://<label>.components.localhost:<same port>`: browsers resolve every
//! `*.localhost` name to loopback, so the same listener answers, with no
//! second port to forward, and the origin is a different *site* from the
//! app's, so the app's cookies are never sent along. A second port alone would
//! not do: cookies are not isolated by port. Each component (and each
//! `components.html` document) gets its own `<label>`, so components are also
//! isolated from one another.
//!
//! Reached by any other host (a LAN IP, a real host name) without the option,
//! there is no name rustlit can be sure resolves to itself, and falling back
//! to the app's own origin would hand every component the app's page, cookies
//! and websocket. So components are refused, and the page says how to set
//! `server.componentOrigin` (a host name routed to this server, e.g.
//! `https://components.example.com`, or `https://{label}.components.example.com`
//! with wildcard DNS for one origin per component).

use thiserror::Error;

/// The placeholder the frontend replaces with an element's `origin_label`.
pub const LABEL: &str = "{label}";
const LOCAL_SUFFIX: &str = ".components.localhost";

#[derive(Debug, Error, PartialEq)]
pub enum OriginError {
    #[error("server.componentOrigin must be an origin such as https://components.example.com, got {0:?}")]
    Invalid(String),
}

#[derive(Debug, Clone)]
enum Mode {
    /// `<label>.components.localhost:<port>` for apps reached on loopback.
    Localhost,
    /// `server.componentOrigin`: `origin` may contain `{label}` in its host.
    Configured { origin: String, host: String },
}

#[derive(Debug, Clone)]
pub struct ComponentOrigins {
    mode: Mode,
}

impl Default for ComponentOrigins {
    fn default() -> Self {
        ComponentOrigins {
            mode: Mode::Localhost,
        }
    }
}

impl ComponentOrigins {
    /// `configured`: the `server.componentOrigin` option, if set.
    pub fn new(configured: Option<&str>) -> Result<Self, OriginError> {
        let Some(raw) = configured.map(str::trim).filter(|s| !s.is_empty()) else {
            return Ok(Self::default());
        };
        let origin = raw.trim_end_matches('/').to_ascii_lowercase();
        let host = origin
            .strip_prefix("https://")
            .or_else(|| origin.strip_prefix("http://"))
            .filter(|h| !h.is_empty() && !h.contains(['/', '?', '#', '@', ' ']))
            .ok_or_else(|| OriginError::Invalid(raw.into()))?
            .to_string();
        if host.contains(LABEL) && !host.starts_with("{label}.") {
            return Err(OriginError::Invalid(raw.into()));
        }
        Ok(ComponentOrigins {
            mode: Mode::Configured { origin, host },
        })
    }

    /// The origin template the browser should use, for an app reached at
    /// `app_host` (its `Host` header); `Err` says why there is none. `https`:
    /// the page is served over HTTPS, so the loopback origin is too (the
    /// same listener serves it, with the same certificate).
    pub fn for_app_host(&self, app_host: Option<&str>, https: bool) -> Result<String, String> {
        if let Mode::Configured { origin, .. } = &self.mode {
            return Ok(origin.clone());
        }
        let app_host = app_host.unwrap_or_default().trim().to_ascii_lowercase();
        let (name, port) = split_port(&app_host);
        if is_loopback_name(name) {
            let port = port.map(|p| format!(":{p}")).unwrap_or_default();
            let scheme = if https { "https" } else { "http" };
            return Ok(format!("{scheme}://{LABEL}{LOCAL_SUFFIX}{port}"));
        }
        Err(format!(
            "Custom components are not shown: rustlit serves them from an origin separate from \
             the app's, and none is configured for \"{app_host}\". Open the app at \
             {}://localhost{}, or set server.componentOrigin to a host name that reaches this \
             server (see the README, \"Custom components\").",
            if https { "https" } else { "http" },
            port.map(|p| format!(":{p}")).unwrap_or_default()
        ))
    }

    /// A host name the component origin uses (its `{label}` filled with a
    /// sample label, without the port): what the TLS certificate must also
    /// name.
    pub fn sample_host(&self) -> String {
        let sample = "c0123456789abcdef";
        match &self.mode {
            Mode::Localhost => format!("{sample}{LOCAL_SUFFIX}"),
            Mode::Configured { host, .. } => {
                let (name, _) = split_port(host);
                name.replace(LABEL, sample)
            }
        }
    }

    /// Whether the origin was configured (`server.componentOrigin`).
    pub fn is_configured(&self) -> bool {
        matches!(self.mode, Mode::Configured { .. })
    }

    /// For a request's `Host`: `None` if it is not for the component origin,
    /// else the label it carries ("" when the origin has no label).
    pub fn component_label(&self, host: Option<&str>) -> Option<String> {
        let host = host?.trim().to_ascii_lowercase();
        match &self.mode {
            Mode::Localhost => {
                let (name, _) = split_port(&host);
                if name == "components.localhost" {
                    return Some(String::new());
                }
                let label = name.strip_suffix(LOCAL_SUFFIX)?;
                is_label(label).then(|| label.to_string())
            }
            Mode::Configured { host: want, .. } => {
                let (name, _) = split_port(&host);
                let (want_name, _) = split_port(want);
                match want_name.strip_prefix("{label}") {
                    Some(suffix) => {
                        let label = name.strip_suffix(suffix)?;
                        is_label(label).then(|| label.to_string())
                    }
                    None => (name == want_name).then(String::new),
                }
            }
        }
    }

    /// Whether a request for `expected`'s files may be answered on an origin
    /// carrying `label`: one origin per component when origins have labels.
    pub fn label_matches(&self, label: &str, expected: &str) -> bool {
        let labelled = match &self.mode {
            Mode::Localhost => true,
            Mode::Configured { host, .. } => host.contains(LABEL),
        };
        !labelled || label == expected
    }
}

fn is_label(label: &str) -> bool {
    !label.is_empty()
        && label.len() <= 63
        && label
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
}

/// `host[:port]` or `[v6]:port` → (host, port).
fn split_port(host: &str) -> (&str, Option<&str>) {
    if let Some(rest) = host.strip_prefix('[') {
        if let Some((v6, tail)) = rest.split_once(']') {
            return (v6, tail.strip_prefix(':'));
        }
    }
    match host.rsplit_once(':') {
        Some((name, port)) if !name.contains(':') => (name, Some(port)),
        _ => (host, None),
    }
}

fn is_loopback_name(name: &str) -> bool {
    if name == "localhost" || (name.ends_with(".localhost") && !name.ends_with(LOCAL_SUFFIX)) {
        return true;
    }
    match name.parse::<std::net::IpAddr>() {
        Ok(ip) => ip.is_loopback(),
        Err(_) => false,
    }
}

/// A DNS label for a component name: stable, lowercase, short.
pub fn label_for_name(name: &str) -> String {
    // FNV-1a: labels only keep honest components apart; the app author,
    // who chooses the names, is trusted.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in name.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("c{h:016x}")
}

/// The label of a `components.html` document, from its SHA-256 hex digest.
/// The digest may come from a URL path, so anything is accepted: a string
/// that is not 64 hex digits gets a label no document has.
pub fn label_for_html(digest: &str) -> String {
    if digest.len() != 64 || !digest.bytes().all(|b| b.is_ascii_hexdigit()) {
        return "x".into();
    }
    format!("h{}", &digest[..20])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_digest_from_a_path_gets_a_label_without_panicking() {
        let digest = "0123456789abcdef".repeat(4);
        assert_eq!(label_for_html(&digest), "h0123456789abcdef0123");
        // Byte 20 inside a multi-byte character used to panic the task.
        for path in ["ééééééééééééééééééééé", "é", "", "0123456789abcdef012é"]
        {
            assert_eq!(label_for_html(path), "x");
        }
    }

    #[test]
    fn loopback_apps_get_a_labelled_localhost_subdomain() {
        let o = ComponentOrigins::default();
        let want = "http://{label}.components.localhost:8501";
        assert_eq!(o.for_app_host(Some("localhost:8501"), false).unwrap(), want);
        assert_eq!(o.for_app_host(Some("127.0.0.1:8501"), false).unwrap(), want);
        assert_eq!(o.for_app_host(Some("[::1]:8501"), false).unwrap(), want);
        assert!(o.for_app_host(Some("192.168.1.5:8501"), false).is_err());
        assert!(o.for_app_host(Some("app.example.com"), false).is_err());
        assert!(o
            .for_app_host(Some("c1.components.localhost:8501"), false)
            .is_err());
        // A page served over HTTPS gets its components over HTTPS.
        assert_eq!(
            o.for_app_host(Some("localhost:8501"), true).unwrap(),
            "https://{label}.components.localhost:8501"
        );
    }

    #[test]
    fn sample_hosts_for_the_certificate_check() {
        let local = ComponentOrigins::default();
        assert_eq!(
            local.sample_host(),
            "c0123456789abcdef.components.localhost"
        );
        assert!(!local.is_configured());
        let one = ComponentOrigins::new(Some("https://components.example.org:8443")).unwrap();
        assert_eq!(one.sample_host(), "components.example.org");
        let labelled =
            ComponentOrigins::new(Some("https://{label}.components.example.org")).unwrap();
        assert_eq!(
            labelled.sample_host(),
            "c0123456789abcdef.components.example.org"
        );
        assert!(labelled.is_configured());
    }

    #[test]
    fn component_hosts_are_recognised() {
        let o = ComponentOrigins::default();
        assert_eq!(
            o.component_label(Some("cabc.components.localhost:8501")),
            Some("cabc".into())
        );
        assert_eq!(o.component_label(Some("localhost:8501")), None);
        assert_eq!(o.component_label(Some("127.0.0.1:8501")), None);
        assert_eq!(o.component_label(Some("a.b.components.localhost")), None);
        assert_eq!(o.component_label(Some("evil.com")), None);
    }

    #[test]
    fn configured_origin() {
        let o = ComponentOrigins::new(Some("https://Components.Example.com/")).unwrap();
        assert_eq!(
            o.for_app_host(Some("1.2.3.4"), false).unwrap(),
            "https://components.example.com"
        );
        assert_eq!(
            o.component_label(Some("components.example.com")),
            Some(String::new())
        );
        assert_eq!(o.component_label(Some("app.example.com")), None);
        assert!(o.label_matches("", "c123"));

        let w = ComponentOrigins::new(Some("https://{label}.cmp.example.com")).unwrap();
        assert_eq!(
            w.component_label(Some("c12.cmp.example.com")),
            Some("c12".into())
        );
        assert!(!w.label_matches("c12", "c13"));
        assert!(ComponentOrigins::new(Some("components.example.com")).is_err());
        assert!(ComponentOrigins::new(Some("https://x.com/path")).is_err());
    }

    #[test]
    fn labels_are_dns_safe_and_distinct() {
        let a = label_for_name("app.my_component");
        assert!(is_label(&a));
        assert_ne!(a, label_for_name("app.other"));
        assert_eq!(a, label_for_name("app.my_component"));
    }
}
