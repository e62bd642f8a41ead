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
//! `connect-src` adds Carto's base map hosts, the only place outside the app
//! the page fetches from: st.map / st.pydeck_chart draw over Carto's map
//! styles (style JSON, vector tiles, sprites and glyphs, all fetched), as
//! 1.67 does. Their workers are a same-origin file (no blob: worker).
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

pub const CONTENT_SECURITY_POLICY: &str =
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
     style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https:; font-src 'self' data:; \
     connect-src 'self' https://basemaps.cartocdn.com https://*.basemaps.cartocdn.com; media-src 'self' data: blob:; frame-src http: https:; object-src 'none'; \
     base-uri 'self'; \
     form-action 'self'";

/// The framing headers of HTML responses, from `server.frameAncestors`.
#[derive(Debug, Clone)]
pub struct FramePolicy {
    csp: HeaderValue,
    x_frame_options: Option<HeaderValue>,
}

/// The page's CSP with the theme's font hosts added to `style-src` and `font-src`.
fn page_csp(fonts: &RemoteFonts) -> String {
    let mut csp = CONTENT_SECURITY_POLICY.to_string();
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

impl FramePolicy {
    pub fn new(frame_ancestors: &[String], fonts: &RemoteFonts) -> Self {
        let base = page_csp(fonts);
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
            base.clone()
        } else {
            let mut ancestors = vec!["'self'".to_string()];
            ancestors.extend(sources.iter().cloned());
            format!("{base}; frame-ancestors {}", ancestors.join(" "))
        };
        FramePolicy {
            csp: HeaderValue::from_str(&csp)
                .unwrap_or_else(|_| HeaderValue::from_static(CONTENT_SECURITY_POLICY)),
            // X-Frame-Options cannot name other sites: only without any.
            x_frame_options: sources
                .is_empty()
                .then(|| HeaderValue::from_static("SAMEORIGIN")),
        }
    }
}

impl Default for FramePolicy {
    fn default() -> Self {
        FramePolicy::new(&[], &RemoteFonts::default())
    }
}

pub async fn headers(
    State(frames): State<Arc<FramePolicy>>,
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
        let p = FramePolicy::default();
        assert!(p
            .csp
            .to_str()
            .unwrap()
            .ends_with("; frame-ancestors 'self'"));
        assert_eq!(p.x_frame_options.unwrap(), "SAMEORIGIN");
    }

    #[test]
    fn configured_embedders() {
        let p = FramePolicy::new(
            &[
                "https://portal.example.com".into(),
                "bad; script-src *".into(),
            ],
            &RemoteFonts::default(),
        );
        assert!(p
            .csp
            .to_str()
            .unwrap()
            .ends_with("; frame-ancestors 'self' https://portal.example.com"));
        assert!(p.x_frame_options.is_none());
        let any = FramePolicy::new(&["*".into()], &RemoteFonts::default());
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
        let p = FramePolicy::new(&[], &fonts);
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
}
