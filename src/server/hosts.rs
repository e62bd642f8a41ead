//! `server.allowedHosts`: which `Host` headers the server answers, on every
//! route and the websocket (DNS rebinding).
//!
//! A page on `rebind.attacker:8501` whose name the attacker points at
//! 127.0.0.1 is, for the browser, same-origin with itself: it could read
//! the app and drive its websocket. What gives it away is the `Host` it
//! sends. Allowed without configuration: IP literals (a page whose origin is
//! an IP address was loaded from that address, no name was re-pointed),
//! `localhost` and names under `.localhost` (browsers resolve them to
//! loopback themselves), and the component origin's hosts. Every other name
//! must be listed: exactly, as `*.example.com` (any name under it) or `*`
//! (any Host, Streamlit's behaviour).

use std::net::IpAddr;

#[derive(Debug, Clone, Default)]
pub struct HostPolicy {
    any: bool,
    exact: Vec<String>,
    /// `*.example.com` stored as `.example.com`.
    suffixes: Vec<String>,
}

impl HostPolicy {
    pub fn new(allowed_hosts: &[String]) -> Self {
        let mut policy = HostPolicy::default();
        for entry in allowed_hosts {
            let entry = entry.trim().trim_end_matches('.').to_ascii_lowercase();
            if entry == "*" {
                policy.any = true;
            } else if let Some(suffix) = entry.strip_prefix('*') {
                if suffix.starts_with('.') && suffix.len() > 1 {
                    policy.suffixes.push(suffix.to_string());
                }
            } else if !entry.is_empty() {
                let (name, _) = split_host(&entry).unwrap_or((entry.as_str(), None));
                policy.exact.push(name.to_string());
            }
        }
        policy
    }

    /// `host`: the request's `Host` header. A request without one is not from
    /// a browser (browsers always send it) and is allowed.
    pub fn allows(&self, host: Option<&str>) -> bool {
        let Some(host) = host else { return true };
        if self.any {
            return true;
        }
        let host = host.trim().to_ascii_lowercase();
        let Some((name, _)) = split_host(&host) else {
            return false;
        };
        let name = name.trim_end_matches('.');
        if name.is_empty() {
            return false;
        }
        if is_ip_literal(name) || name == "localhost" || name.ends_with(".localhost") {
            return true;
        }
        self.exact.iter().any(|e| e == name)
            || self.suffixes.iter().any(|s| name.ends_with(s.as_str()))
    }
}

impl HostPolicy {
    /// Whether `host` may be written into a link that leaves the server (an
    /// emailed sign-in link): a name the operator listed exactly, or one
    /// that can only reach the reader's own machine (localhost, loopback).
    /// Never a wildcard entry nor an arbitrary IP literal, which anyone can
    /// put in a `Host` header to make the mail point to their server.
    pub fn names_exactly(&self, host: &str) -> bool {
        let host = host.trim().to_ascii_lowercase();
        let Some((name, _)) = split_host(&host) else {
            return false;
        };
        let name = name.trim_end_matches('.');
        if name == "localhost" || name.ends_with(".localhost") {
            return true;
        }
        if let Ok(ip) = name.parse::<IpAddr>() {
            return ip.is_loopback();
        }
        !name.is_empty() && self.exact.iter().any(|e| e == name)
    }
}

/// `name[:port]` or `[v6]:port`; `None` for anything else a Host may not
/// hold (userinfo, paths, a non-numeric port).
pub fn split_host(host: &str) -> Option<(&str, Option<u16>)> {
    if host.contains(['@', '/', '\\', '?', '#', ' ']) {
        return None;
    }
    let (name, port) = if let Some(rest) = host.strip_prefix('[') {
        let (inside, after) = rest.split_once(']')?;
        let port = match after {
            "" => None,
            _ => Some(after.strip_prefix(':')?),
        };
        (inside, port)
    } else {
        match host.rsplit_once(':') {
            Some((name, port)) if !name.contains(':') => (name, Some(port)),
            Some(_) => return None,
            None => (host, None),
        }
    };
    let port = match port {
        Some(p) => Some(p.parse::<u16>().ok()?),
        None => None,
    };
    Some((name, port))
}

fn is_ip_literal(name: &str) -> bool {
    name.parse::<IpAddr>().is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_names_and_ip_literals_are_allowed_by_default() {
        let p = HostPolicy::new(&[]);
        for host in [
            "localhost:8501",
            "LOCALHOST",
            "127.0.0.1:8501",
            "[::1]:8501",
            "192.168.1.5:8501",
            "c1.components.localhost:8501",
            "localhost.:8501",
        ] {
            assert!(p.allows(Some(host)), "{host}");
        }
        for host in [
            "rebind.attacker:8501",
            "127.0.0.1.nip.io",
            "localhost.evil.com",
            "user@localhost",
            "localhost:port",
            "localhost/x",
            "",
            ":8501",
        ] {
            assert!(!p.allows(Some(host)), "{host}");
        }
        assert!(p.allows(None));
    }

    #[test]
    fn configured_names() {
        let p = HostPolicy::new(&["app.example.com".into(), "*.corp.example".into()]);
        assert!(p.allows(Some("app.example.com")));
        assert!(p.allows(Some("App.Example.com:443")));
        assert!(p.allows(Some("x.corp.example")));
        assert!(!p.allows(Some("corp.example")));
        assert!(!p.allows(Some("app.example.com.evil")));
        assert!(HostPolicy::new(&["*".into()]).allows(Some("anything.test")));
    }

    #[test]
    fn only_exact_names_and_loopback_go_into_links() {
        let p = HostPolicy::new(&[
            "app.example.com".into(),
            "*.corp.example".into(),
            "*".into(),
        ]);
        for host in [
            "app.example.com:8443",
            "localhost:8501",
            "127.0.0.1:8501",
            "[::1]:8501",
        ] {
            assert!(p.names_exactly(host), "{host}");
        }
        for host in [
            "x.corp.example",
            "evil.test",
            "203.0.113.9:8501",
            "user@localhost",
            "",
        ] {
            assert!(!p.names_exactly(host), "{host}");
        }
    }
}
