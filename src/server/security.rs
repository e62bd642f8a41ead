//! Headers every response carries, and the page's Content-Security-Policy.
//!
//! No CORS headers are ever added: the app's endpoints answer only their own
//! origin. The CSP allows scripts only from the app itself (no inline code,
//! no eval), so markdown rendered with `unsafe_allow_html` cannot run script.
//! It does allow compiling WebAssembly ('wasm-unsafe-eval', which unlocks
//! `WebAssembly.compile`/`instantiate` and not `eval` or `Function`):
//! st.graphviz_chart lays graphs out with Graphviz compiled to WebAssembly,
//! as 1.67 does. WebAssembly runs only when the page's own script compiles
//! it and can reach only what that script hands it, so script injected into
//! the page is no more able to run than before.
//! Frames may load any http(s) page: custom components come from the
//! component origin and `components.iframe` from wherever the app points.
//! `connect-src` adds the base maps' hosts: st.map / st.pydeck_chart draw
//! over Carto's map styles (style JSON, vector tiles, sprites and glyphs, all
//! fetched), as 1.67 does, or over a `mapbox://` style from Mapbox's API when
//! the deck carries a token. Their workers are a same-origin file (no blob:
//! worker). Layer data, tiles and images from anywhere else (a pydeck
//! `TileLayer` on an OpenStreetMap server, GeoJSON from a URL, a Vega-Lite
//! dataset URL) are refused unless `server.chartDataHosts` lists their host,
//! which then joins `connect-src` and `img-src`. The list is per app, not per
//! script or session: the CSP is the page's header, sent before any script
//! runs, and a host taken from a deck's spec would let a viewer-controlled
//! value (a query parameter flowing into a layer's URL) choose what the
//! page may reach. Streamlit has no CSP; `*` gives its behaviour.
//!
//! Styles and fonts come from the app itself, plus exactly the hosts the
//! theme's config names for its fonts (theme::RemoteFonts says which and why
//! `font-src` then also takes `https:`).
//!
//! The app itself may be framed only by itself (`frame-ancestors 'self'`
//! and `X-Frame-Options: SAMEORIGIN`, against clickjacking) unless
//! `server.frameAncestors` names the sites that embed it.

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::header::{HeaderName, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;

use crate::theme::RemoteFonts;

/// Hosts outside the app the page always fetches from: Carto's base map
/// styles (st.map's default) and Mapbox's API and tiles (`mapbox://` styles).
const BASE_MAP_HOSTS: &str = "https://basemaps.cartocdn.com https://*.basemaps.cartocdn.com \
     https://api.mapbox.com https://*.tiles.mapbox.com";

/// The page's policy without `frame-ancestors`, with `data_hosts` (entries
/// of `server.chartDataHosts`, checked by [`parse_data_host`]) allowed to
/// be fetched and shown as images.
pub fn content_security_policy(data_hosts: &[String]) -> String {
    let extra: String = data_hosts.iter().map(|h| format!(" {h}")).collect();
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
         style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https:{extra}; font-src 'self' data:; \
         connect-src 'self' {BASE_MAP_HOSTS}{extra}; media-src 'self' data: blob:; frame-src http: https:; object-src 'none'; \
         base-uri 'self'; \
         form-action 'self'"
    )
}

/// One entry of `server.chartDataHosts` as a CSP host source, or `None`
/// when it is not one. Only `*`, a scheme (`https:`) or
/// `[scheme://]host[:port][/path]` pass: no keyword (`'unsafe-inline'`), no
/// `data:`/`blob:`, nothing that could end the directive (`;`, `,`, spaces).
pub fn parse_data_host(entry: &str) -> Option<String> {
    let entry = entry.trim();
    if entry == "*" {
        return Some(entry.to_string());
    }
    const SCHEMES: [&str; 4] = ["https", "http", "wss", "ws"];
    if let Some(scheme) = entry.strip_suffix(':') {
        return SCHEMES.contains(&scheme).then(|| entry.to_string());
    }
    let rest = match entry.split_once("://") {
        Some((scheme, rest)) if SCHEMES.contains(&scheme) => rest,
        Some(_) => return None,
        None => entry,
    };
    let (authority, path) = match rest.find('/') {
        Some(i) => rest.split_at(i),
        None => (rest, ""),
    };
    let path_ok = path
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "-._~/%".contains(c));
    let (host, port) = if let Some(v6) = authority.strip_prefix('[') {
        let (inside, after) = v6.split_once(']')?;
        let ok = !inside.is_empty() && inside.chars().all(|c| c.is_ascii_hexdigit() || c == ':');
        (ok.then_some("v6")?, after.strip_prefix(':'))
    } else {
        match authority.split_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        }
    };
    let port_ok = port.is_none_or(|p| {
        p == "*" || (!p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit()))
    });
    let name = host.strip_prefix("*.").unwrap_or(host);
    let host_ok = host == "v6"
        || (!name.is_empty()
            && name.split('.').all(|label| {
                !label.is_empty()
                    && label
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-')
            }));
    (path_ok && port_ok && host_ok).then(|| entry.to_string())
}

/// The CSP and framing headers of HTML responses, from
/// `server.frameAncestors` and `server.chartDataHosts`.
#[derive(Debug, Clone)]
pub struct PagePolicy {
    csp: HeaderValue,
    x_frame_options: Option<HeaderValue>,
}

/// The page's CSP with `server.chartDataHosts` and the theme's font hosts
/// (added to `style-src` and `font-src`).
fn page_csp(data_hosts: &[String], fonts: &RemoteFonts) -> String {
    let mut csp = content_security_policy(data_hosts);
    for (directive, sources) in [
        ("style-src 'self' 'unsafe-inline'", &fonts.style_sources),
        ("font-src 'self' data:", &fonts.font_sources),
    ] {
        if !sources.is_empty() {
            let extra: Vec<&str> = sources.iter().map(String::as_str).collect();
            csp = csp.replacen(directive, &format!("{directive} {}", extra.join(" ")), 1);
        }
    }
    csp
}

impl PagePolicy {
    pub fn new(frame_ancestors: &[String], data_hosts: &[String], fonts: &RemoteFonts) -> Self {
        let policy = page_csp(data_hosts, fonts);
        let mut sources = Vec::new();
        for entry in frame_ancestors {
            let entry = entry.trim();
            let valid = !entry.is_empty()
                && entry
                    .chars()
                    .all(|c| c.is_ascii_graphic() && !matches!(c, ';' | ',' | '\'' | '"'));
            if valid {
                sources.push(entry.to_string());
            } else {
                tracing::error!("server.frameAncestors: ignoring {entry:?}, not a CSP source such as https://portal.example.com");
            }
        }
        let any = sources.iter().any(|s| s == "*");
        let csp = if any {
            policy.clone()
        } else {
            let mut ancestors = vec!["'self'".to_string()];
            ancestors.extend(sources.iter().cloned());
            format!("{policy}; frame-ancestors {}", ancestors.join(" "))
        };
        // Every entry was checked to be printable ASCII; should one still
        // not make a header, the policy without any extra host is sent.
        let fallback = || {
            HeaderValue::from_str(&content_security_policy(&[]))
                .unwrap_or_else(|_| HeaderValue::from_static("default-src 'self'"))
        };
        PagePolicy {
            csp: HeaderValue::from_str(&csp).unwrap_or_else(|_| fallback()),
            // X-Frame-Options cannot name other sites: only without any.
            x_frame_options: sources
                .is_empty()
                .then(|| HeaderValue::from_static("SAMEORIGIN")),
        }
    }
}

impl Default for PagePolicy {
    fn default() -> Self {
        PagePolicy::new(&[], &[], &RemoteFonts::default())
    }
}

pub async fn headers(
    State(frames): State<Arc<PagePolicy>>,
    request: Request,
    next: Next,
) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(
        HeaderName::from_static("x-content-type-options"),
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        HeaderName::from_static("referrer-policy"),
        HeaderValue::from_static("same-origin"),
    );
    let is_html = headers
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if is_html {
        headers.insert(
            HeaderName::from_static("content-security-policy"),
            frames.csp.clone(),
        );
        if let Some(value) = &frames.x_frame_options {
            headers.insert(HeaderName::from_static("x-frame-options"), value.clone());
        }
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_self_frames_the_app_by_default() {
        let p = PagePolicy::default();
        assert!(p
            .csp
            .to_str()
            .unwrap()
            .ends_with("; frame-ancestors 'self'"));
        assert_eq!(p.x_frame_options.unwrap(), "SAMEORIGIN");
    }

    #[test]
    fn configured_embedders() {
        let p = PagePolicy::new(
            &[
                "https://portal.example.com".into(),
                "bad; script-src *".into(),
            ],
            &[],
            &RemoteFonts::default(),
        );
        assert!(p
            .csp
            .to_str()
            .unwrap()
            .ends_with("; frame-ancestors 'self' https://portal.example.com"));
        assert!(p.x_frame_options.is_none());
        let any = PagePolicy::new(&["*".into()], &[], &RemoteFonts::default());
        assert!(!any.csp.to_str().unwrap().contains("frame-ancestors"));
        assert!(any.x_frame_options.is_none());
    }

    #[test]
    fn the_theme_font_hosts_join_style_and_font_sources() {
        let mut fonts = RemoteFonts::default();
        fonts
            .style_sources
            .insert("https://fonts.googleapis.com".into());
        fonts.font_sources.insert("https:".into());
        fonts.font_sources.insert("https://cdn.example.com".into());
        let p = PagePolicy::new(&[], &[], &fonts);
        let csp = p.csp.to_str().unwrap();
        assert!(
            csp.contains("style-src 'self' 'unsafe-inline' https://fonts.googleapis.com;"),
            "{csp}"
        );
        assert!(
            csp.contains("font-src 'self' data: https: https://cdn.example.com;"),
            "{csp}"
        );
        assert!(
            csp.contains("script-src 'self' 'wasm-unsafe-eval';"),
            "{csp}"
        );
    }

    #[test]
    fn data_hosts_join_connect_and_img_src() {
        let hosts = [
            "https://tile.openstreetmap.org".to_string(),
            "http://127.0.0.1:9000".to_string(),
        ];
        let csp = content_security_policy(&hosts);
        assert!(csp.contains("connect-src 'self' https://basemaps.cartocdn.com https://*.basemaps.cartocdn.com https://api.mapbox.com https://*.tiles.mapbox.com https://tile.openstreetmap.org http://127.0.0.1:9000;"), "{csp}");
        assert!(csp.contains("img-src 'self' data: blob: https: https://tile.openstreetmap.org http://127.0.0.1:9000;"), "{csp}");
        let plain = content_security_policy(&[]);
        assert!(plain.contains("connect-src 'self' https://basemaps.cartocdn.com https://*.basemaps.cartocdn.com https://api.mapbox.com https://*.tiles.mapbox.com;"), "{plain}");
    }

    #[test]
    fn only_host_sources_are_data_hosts() {
        for good in [
            "*",
            "https:",
            "https://tile.openstreetmap.org",
            "https://*.tile.openstreetmap.org",
            "tiles.example.com",
            "http://127.0.0.1:9000",
            "https://example.com:*",
            "http://[::1]:8080",
            "https://data.example.com/geo/",
        ] {
            assert_eq!(parse_data_host(good).as_deref(), Some(good), "{good}");
        }
        assert_eq!(
            parse_data_host("  https://a.example  ").as_deref(),
            Some("https://a.example")
        );
        for bad in [
            "",
            "'unsafe-inline'",
            "'self'",
            "data:",
            "blob:",
            "javascript:alert(1)",
            "ftp://example.com",
            "https://a.example; script-src *",
            "https://a.example,https://b.example",
            "https://a.example https://b.example",
            "https://",
            "https://a..example",
            "https://a.example:99999x",
            "https://a.example/?q=1",
            "http://[zz]:80",
            "*.",
        ] {
            assert_eq!(parse_data_host(bad), None, "{bad:?}");
        }
    }
}
