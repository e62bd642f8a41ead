//! Components v2 (`st.components.v2.component`): their definitions, and the
//! document the component origin serves for each.
//!
//! 1.67 runs a v2 component's HTML, CSS and JavaScript in the app's own page.
//! rustlit never runs component code in the app's origin, so each definition
//! becomes a small document on the component origin: it carries the
//! definition as JSON plus the bootstrap (`v2_bootstrap.js`), which builds
//! the component's DOM as 1.67 does, imports its JavaScript module and calls
//! the default export with the data the page posts to it.
//!
//! A definition is addressed by a digest over all of it, so a changed
//! definition gets a new URL (no stale cache); registering a name again
//! replaces its definition (1.67: the last one wins), and the old document
//! is no longer served.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use parking_lot::RwLock;
use serde::Serialize;
use thiserror::Error;

use super::origin::label_for_name;

/// The bootstrap every v2 document runs (a module script).
const BOOTSTRAP: &str = include_str!("v2_bootstrap.js");

#[derive(Debug, Error, PartialEq)]
pub enum V2Error {
    #[error("The asset directory for component '{name}' does not exist: {dir}")]
    NoSuchAssetDir { name: String, dir: String },
    #[error("Component '{0}': a file path for its CSS or JS needs an asset directory.")]
    PathWithoutAssetDir(String),
    #[error("Component '{name}': the path '{path}' is not a file inside its asset directory.")]
    UnsafePath { name: String, path: String },
}

/// What the script gave `component_v2_define`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct V2Definition {
    pub name: String,
    pub html: Option<String>,
    pub css: Option<String>,
    pub js: Option<String>,
    pub asset_dir: Option<PathBuf>,
    /// Relative to `asset_dir`.
    pub css_path: Option<String>,
    /// Relative to `asset_dir`.
    pub js_path: Option<String>,
}

/// The part of a definition the bootstrap reads, embedded in the document.
#[derive(Serialize)]
struct BootConfig<'a> {
    html: Option<&'a str>,
    css: Option<&'a str>,
    js: Option<&'a str>,
    #[serde(rename = "cssPath")]
    css_path: Option<&'a str>,
    #[serde(rename = "jsPath")]
    js_path: Option<&'a str>,
}

/// A registered definition with its document.
#[derive(Debug, Clone)]
pub struct V2Entry {
    pub definition: V2Definition,
    pub digest: String,
    pub document: String,
}

/// Definitions by origin label (one label per component name).
#[derive(Default)]
pub struct V2Store {
    by_label: RwLock<HashMap<String, V2Entry>>,
}

impl V2Store {
    /// Registers `definition` (replacing the name's previous one) and
    /// returns `(document path, origin label)`. `key` keys the digest.
    pub fn define(
        &self,
        key: &[u8; 32],
        definition: V2Definition,
    ) -> Result<(String, String), V2Error> {
        check(&definition)?;
        let label = label_for_name(&definition.name);
        let digest = digest(key, &definition);
        let document = document(&definition);
        let path = format!("/v2/{label}/{digest}.html");
        self.by_label.write().insert(
            label.clone(),
            V2Entry {
                definition,
                digest,
                document,
            },
        );
        Ok((path, label))
    }

    pub fn get(&self, label: &str) -> Option<V2Entry> {
        self.by_label.read().get(label).cloned()
    }
}

/// Refuses what could never be served: file paths without a directory, a
/// missing directory, paths that leave it. (The Python side resolves globs
/// and checks this too; the router checks again on every request.)
fn check(d: &V2Definition) -> Result<(), V2Error> {
    let paths = [d.css_path.as_deref(), d.js_path.as_deref()];
    let Some(dir) = &d.asset_dir else {
        if paths.iter().any(Option::is_some) {
            return Err(V2Error::PathWithoutAssetDir(d.name.clone()));
        }
        return Ok(());
    };
    if !dir.is_dir() {
        return Err(V2Error::NoSuchAssetDir {
            name: d.name.clone(),
            dir: dir.display().to_string(),
        });
    }
    for path in paths.into_iter().flatten() {
        if super::assets::resolve(dir, &encode_path(path)).is_err() {
            return Err(V2Error::UnsafePath {
                name: d.name.clone(),
                path: path.to_string(),
            });
        }
    }
    Ok(())
}

/// A relative file path as a URL path: each segment percent-encoded except
/// for unreserved characters (the bootstrap does the same in the browser).
pub fn encode_path(path: &str) -> String {
    path.split('/')
        .map(|segment| {
            segment
                .bytes()
                .map(|b| match b {
                    b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                        (b as char).to_string()
                    }
                    _ => format!("%{b:02X}"),
                })
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("/")
}

fn digest(key: &[u8; 32], d: &V2Definition) -> String {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new();
    hasher.update(key);
    // Each field length-prefixed with a presence byte, so no two different
    // definitions hash the same bytes.
    let dir = d.asset_dir.as_deref().map(Path::to_string_lossy);
    let fields = [
        Some(d.name.as_str()),
        d.html.as_deref(),
        d.css.as_deref(),
        d.js.as_deref(),
        dir.as_deref(),
        d.css_path.as_deref(),
        d.js_path.as_deref(),
    ];
    for field in fields {
        match field {
            None => hasher.update([0u8]),
            Some(text) => {
                hasher.update([1u8]);
                hasher.update((text.len() as u64).to_le_bytes());
                hasher.update(text.as_bytes());
            }
        }
    }
    hasher
        .finalize()
        .iter()
        .take(20)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The HTML document for a definition. The definition goes in as JSON with
/// every `<` escaped, so no content can close the script element. In 1.67
/// the component inherits the page's text styles; the frame's root gets the
/// same from the theme variables the page sends.
fn document(d: &V2Definition) -> String {
    let config = BootConfig {
        html: d.html.as_deref(),
        css: d.css.as_deref(),
        js: d.js.as_deref(),
        css_path: d.css_path.as_deref(),
        js_path: d.js_path.as_deref(),
    };
    let json = serde_json::to_string(&config)
        .unwrap_or_else(|_| "{}".into())
        .replace('<', "\\u003c");
    let title = html_escape(&d.name);
    format!(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{title}</title>\
         <style>html,body{{margin:0;padding:0;background:transparent}}\
         body{{display:flow-root}}\
         html{{font-family:var(--st-font);font-size:var(--st-base-font-size);\
         font-weight:var(--st-base-font-weight);line-height:1.6;color:var(--st-text-color)}}</style></head>\n\
         <body><script type=\"application/json\" id=\"rustlit-v2-definition\">{json}</script>\n\
         <script type=\"module\">\n{BOOTSTRAP}</script></body></html>\n"
    )
}

fn html_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inline(name: &str, js: &str) -> V2Definition {
        V2Definition {
            name: name.into(),
            html: Some("<p>hi</p>".into()),
            js: Some(js.into()),
            ..Default::default()
        }
    }

    #[test]
    fn a_changed_definition_gets_a_new_path_and_the_last_one_wins() {
        let store = V2Store::default();
        let key = [7u8; 32];
        let (first, label) = store.define(&key, inline("app.c", "a")).unwrap();
        assert_eq!(label, label_for_name("app.c"));
        assert!(first.starts_with(&format!("/v2/{label}/")) && first.ends_with(".html"));
        let (same, _) = store.define(&key, inline("app.c", "a")).unwrap();
        assert_eq!(first, same);
        let (second, _) = store.define(&key, inline("app.c", "b")).unwrap();
        assert_ne!(first, second);
        let entry = store.get(&label).unwrap();
        assert!(second.contains(&entry.digest));
        assert_eq!(entry.definition.js.as_deref(), Some("b"));
        // Fields cannot run into one another.
        let mut moved = inline("app.c", "b");
        moved.html = Some("<p>hi</p>b".into());
        moved.js = Some(String::new());
        assert_ne!(digest(&key, &moved), entry.digest);
    }

    #[test]
    fn content_cannot_close_the_definition_script() {
        let doc = document(&inline("app.<c>", "</script><script>alert(1)</script>"));
        assert_eq!(doc.matches("</script>").count(), 2, "{doc}");
        assert!(doc.contains("<title>app.&lt;c&gt;</title>"));
    }

    #[test]
    fn file_paths_must_stay_in_an_existing_asset_directory() {
        let top = tempfile::tempdir().unwrap();
        let dir = top.path().join("assets");
        std::fs::create_dir_all(dir.join("js")).unwrap();
        std::fs::write(dir.join("js/index.js"), "export default () => {}").unwrap();
        std::fs::write(top.path().join("secret.js"), "").unwrap();
        let store = V2Store::default();
        let with = |js_path: &str| V2Definition {
            name: "app.c".into(),
            asset_dir: Some(dir.clone()),
            js_path: Some(js_path.into()),
            ..Default::default()
        };
        assert!(store.define(&[0; 32], with("js/index.js")).is_ok());
        for bad in [
            "../secret.js",
            "js/../../secret.js",
            "/etc/passwd",
            "js/missing.js",
        ] {
            assert!(store.define(&[0; 32], with(bad)).is_err(), "{bad}");
        }
        let no_dir = V2Definition {
            name: "app.c".into(),
            js_path: Some("index.js".into()),
            ..Default::default()
        };
        assert_eq!(
            store.define(&[0; 32], no_dir),
            Err(V2Error::PathWithoutAssetDir("app.c".into()))
        );
        assert_eq!(encode_path("a b/c%d.js"), "a%20b/c%25d.js");
    }
}
