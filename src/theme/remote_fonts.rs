//! Fonts from other hosts, as 1.67 takes them: a `[[theme.fontFaces]]`
//! `url` on another host (`https://cdn.example.com/inter.woff2`) and a
//! `font`/`headingFont`/`codeFont` of the form `"Name:<url of a CSS file>"`
//! (Google Fonts' `https://fonts.googleapis.com/css2?family=...`).
//!
//! The page's CSP loads styles and fonts only from the app, so this module
//! also says which hosts the CSP must add, and nothing more: exactly the
//! origins the config names go into `style-src` (a font's stylesheet) or
//! `font-src` (a font file). A stylesheet names its own font files, on hosts
//! the config does not know (Google's CSS points at fonts.gstatic.com), so
//! with one configured `font-src` also takes any `https:` host: a font
//! cannot run script, and the page may already load images from any https
//! host (`img-src https:`), so this opens no new way out of the page.
//!
//! Only `https://` URLs of plain characters pass (no quote, backslash,
//! bracket, space or control character), so a URL can neither break out of
//! the `url("...")` it is written into nor smuggle a source into the CSP.

use std::collections::BTreeSet;

use super::{Opt, Table};

/// What fonts from other hosts the theme uses, and what the CSP must allow.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RemoteFonts {
    /// The font stylesheets to `@import` at the top of `theme.css`, in config order.
    pub stylesheets: Vec<String>,
    /// Origins (`https://host[:port]`) to add to `style-src`.
    pub style_sources: BTreeSet<String>,
    /// Sources to add to `font-src`: origins, and `https:` when a stylesheet is imported.
    pub font_sources: BTreeSet<String>,
}

impl RemoteFonts {
    /// The `@import` rules for the stylesheets; they must open the stylesheet.
    pub(super) fn imports(&self) -> String {
        self.stylesheets
            .iter()
            .map(|url| format!("@import url(\"{url}\");"))
            .collect()
    }
}

/// The origin of an `https://` URL made of plain characters, or None.
pub(super) fn https_origin(url: &str) -> Option<String> {
    let rest = url.strip_prefix("https://")?;
    if url.len() > 2000
        || !url.chars().all(|c| {
            c.is_ascii_graphic()
                && !matches!(
                    c,
                    '"' | '\'' | '\\' | '<' | '>' | '`' | '(' | ')' | '{' | '}'
                )
        })
    {
        return None;
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let (host, port) = match authority.rsplit_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (authority, None),
    };
    let host_ok = !host.is_empty()
        && host.len() <= 253
        && !host.starts_with('.')
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-'));
    let port_ok = port.is_none_or(|p| !p.is_empty() && p.len() <= 5 && p.parse::<u16>().is_ok());
    (host_ok && port_ok).then(|| format!("https://{}", authority.to_ascii_lowercase()))
}

/// The stylesheet URLs of a font option's entries (`"Nunito:https://...", serif`),
/// as byte ranges of `raw` (scheme included; an `http://` one is found too, to be refused). A URL may hold commas (Google's
/// `ital,wght@0,400`), so it ends at whitespace or at a comma followed by a space.
fn url_spans(raw: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut from = 0;
    while let Some(found) = raw[from..].find(":http") {
        let start = from + found + 1;
        if !(raw[start..].starts_with("https://") || raw[start..].starts_with("http://")) {
            from = start;
            continue;
        }
        let tail = &raw[start..];
        let mut end = tail.find(char::is_whitespace).unwrap_or(tail.len());
        if let Some(comma) = tail[..end].find(", ") {
            end = comma;
        }
        let end = start + tail[..end].trim_end_matches(',').len();
        spans.push((start, end));
        from = end.max(start + 1);
    }
    spans
}

/// `raw` without its stylesheet URLs (`"Nunito:https://...", serif` is `"Nunito", serif`),
/// for the font names alone.
pub(super) fn without_urls(raw: &str) -> String {
    let mut names = String::new();
    let mut at = 0;
    for (start, end) in url_spans(raw) {
        // Drop the ':' that joins the name and the URL too.
        names.push_str(&raw[at..start - 1]);
        at = end;
    }
    names.push_str(&raw[at..]);
    names
}

/// Collects the remote fonts of the theme's tables (`[theme]` and its
/// sub-tables, in that order); a URL that does not pass is a warning.
pub(super) fn collect(tables: &[(&str, &Table)], warnings: &mut Vec<String>) -> RemoteFonts {
    let mut fonts = RemoteFonts::default();
    for (section, table) in tables {
        for key in ["font", "headingFont", "codeFont"] {
            let Some(Opt::Str(raw)) = table.get(key) else {
                continue;
            };
            for url in url_spans(raw)
                .into_iter()
                .map(|(start, end)| &raw[start..end])
            {
                match https_origin(url) {
                    Some(origin) => {
                        if !fonts.stylesheets.iter().any(|u| u == url) {
                            fonts.stylesheets.push(url.to_string());
                        }
                        fonts.style_sources.insert(origin);
                        fonts.font_sources.insert("https:".into());
                    }
                    None => warnings.push(format!(
                        "{section}.{key}: {url:?} is not an https URL of plain characters; not loaded"
                    )),
                }
            }
        }
        let Some(Opt::List(faces)) = table.get("fontFaces") else {
            continue;
        };
        for face in faces {
            let Opt::Table(face) = face else { continue };
            if let Some(Opt::Str(url)) = face.get("url") {
                if let Some(origin) = https_origin(url.trim()) {
                    fonts.font_sources.insert(origin);
                }
            }
        }
    }
    fonts
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOGLE: &str =
        "https://fonts.googleapis.com/css2?family=Nunito:ital,wght@0,400;1,700&display=swap";

    #[test]
    fn only_plain_https_urls_have_an_origin() {
        assert_eq!(
            https_origin(GOOGLE).as_deref(),
            Some("https://fonts.googleapis.com")
        );
        assert_eq!(
            https_origin("https://CDN.example.com:8443/f.woff2").as_deref(),
            Some("https://cdn.example.com:8443")
        );
        for bad in [
            "http://fonts.example/x.css",
            "https://fonts.example/x.css\");}body{color:red",
            "https://fonts.example/a b.css",
            "https://fonts.example/x.css'",
            "https:///x.css",
            "https://fonts.example:99999/x.css",
            "https://fonts.example;script-src/x.css",
            "javascript:alert(1)",
        ] {
            assert_eq!(https_origin(bad), None, "{bad}");
        }
    }

    #[test]
    fn names_keep_their_place_without_the_urls() {
        let raw = format!("Nunito:{GOOGLE}, serif");
        assert_eq!(without_urls(&raw), "Nunito, serif");
        assert_eq!(url_spans(&raw).len(), 1);
        let (start, end) = url_spans(&raw)[0];
        assert_eq!(&raw[start..end], GOOGLE);
        assert_eq!(
            without_urls("'Space Mono', monospace"),
            "'Space Mono', monospace"
        );
    }

    #[test]
    fn stylesheets_and_faces_on_other_hosts_are_collected() {
        let mut theme = Table::new();
        theme.insert(
            "font".into(),
            Opt::Str(format!("Nunito:{GOOGLE}, sans-serif")),
        );
        theme.insert(
            "codeFont".into(),
            Opt::Str("Mono:http://insecure.example/m.css".into()),
        );
        let mut face = Table::new();
        face.insert("family".into(), Opt::Str("Inter".into()));
        face.insert(
            "url".into(),
            Opt::Str("https://cdn.example.com/inter.woff2".into()),
        );
        let mut local = Table::new();
        local.insert("url".into(), Opt::Str("app/static/x.woff2".into()));
        theme.insert(
            "fontFaces".into(),
            Opt::List(vec![Opt::Table(face), Opt::Table(local)]),
        );
        let mut warnings = Vec::new();
        let fonts = collect(&[("theme", &theme)], &mut warnings);
        assert_eq!(fonts.stylesheets, vec![GOOGLE.to_string()]);
        assert_eq!(fonts.imports(), format!("@import url(\"{GOOGLE}\");"));
        assert_eq!(
            fonts.style_sources.iter().collect::<Vec<_>>(),
            ["https://fonts.googleapis.com"]
        );
        assert_eq!(
            fonts.font_sources.iter().collect::<Vec<_>>(),
            ["https:", "https://cdn.example.com"]
        );
        // An http stylesheet is refused with a warning; its name still counts (values::font_stack).
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert_eq!(without_urls("Mono:http://insecure.example/m.css"), "Mono");
    }
}
