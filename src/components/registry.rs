//! The process-wide registry of declared components and `components.html`
//! documents. The script fills it through `_rustlit` (runner threads); the
//! component router reads it. It holds plain data only — no Python objects.

use std::collections::{HashMap, VecDeque};
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock};

use parking_lot::{Mutex, RwLock};
use thiserror::Error;

/// `components.html` documents kept at most (oldest dropped first): a script
/// that renders a fresh document every run must not grow memory forever.
const HTML_BUDGET_BYTES: usize = 64 * 1024 * 1024;

#[derive(Debug, Error, PartialEq)]
pub enum RegistryError {
    /// Streamlit's message for a `path` that is not a directory.
    #[error("No such component directory: '{0}'")]
    NoSuchDirectory(String),
    #[error("Either 'path' or 'url' must be set, but not both.")]
    PathAndUrl,
    #[error("the digest of a components.html document must be 64 hex digits")]
    BadDigest,
}

/// Where a declared component's frontend comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum ComponentSource {
    /// Files served by the component origin from this directory.
    Path(PathBuf),
    /// A dev server the browser loads directly.
    Url(String),
}

#[derive(Default)]
struct HtmlStore {
    docs: HashMap<String, Arc<str>>,
    order: VecDeque<String>,
    bytes: usize,
}

#[derive(Default)]
pub struct ComponentRegistry {
    components: RwLock<HashMap<String, ComponentSource>>,
    html: Mutex<HtmlStore>,
}

static GLOBAL: LazyLock<Arc<ComponentRegistry>> = LazyLock::new(Arc::default);

impl ComponentRegistry {
    /// The registry of this process (the script and the server share it).
    pub fn global() -> Arc<ComponentRegistry> {
        GLOBAL.clone()
    }

    /// Declares (or re-declares) `name`. Returns the previous source when a
    /// different one was replaced, for Streamlit's "overriding" log line.
    pub fn register(
        &self,
        name: &str,
        path: Option<&Path>,
        url: Option<&str>,
    ) -> Result<Option<ComponentSource>, RegistryError> {
        let source = match (path, url) {
            (Some(path), None) => {
                if !path.is_dir() {
                    return Err(RegistryError::NoSuchDirectory(path.display().to_string()));
                }
                ComponentSource::Path(path.to_path_buf())
            }
            (None, Some(url)) => ComponentSource::Url(url.to_string()),
            _ => return Err(RegistryError::PathAndUrl),
        };
        let previous = self.components.write().insert(name.to_string(), source);
        Ok(previous.filter(|p| Some(p) != self.components.read().get(name)))
    }

    pub fn source(&self, name: &str) -> Option<ComponentSource> {
        self.components.read().get(name).cloned()
    }

    /// Keeps a `components.html` document under its SHA-256 hex `digest`.
    pub fn store_html(&self, digest: &str, html: &str) -> Result<(), RegistryError> {
        if digest.len() != 64 || !digest.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(RegistryError::BadDigest);
        }
        let digest = digest.to_ascii_lowercase();
        let mut store = self.html.lock();
        if store.docs.contains_key(&digest) {
            // Refresh its age so a document in use is the last to go.
            store.order.retain(|d| *d != digest);
            store.order.push_back(digest);
            return Ok(());
        }
        store.bytes += html.len();
        store.docs.insert(digest.clone(), Arc::from(html));
        store.order.push_back(digest);
        while store.bytes > HTML_BUDGET_BYTES && store.order.len() > 1 {
            if let Some(old) = store.order.pop_front() {
                if let Some(doc) = store.docs.remove(&old) {
                    store.bytes -= doc.len();
                }
            }
        }
        Ok(())
    }

    pub fn html(&self, digest: &str) -> Option<Arc<str>> {
        self.html.lock().docs.get(digest).cloned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registers_paths_and_urls() {
        let dir = tempfile::tempdir().unwrap();
        let r = ComponentRegistry::default();
        assert_eq!(r.register("app.c", Some(dir.path()), None), Ok(None));
        assert_eq!(
            r.source("app.c"),
            Some(ComponentSource::Path(dir.path().into()))
        );
        // Same source again: nothing overridden.
        assert_eq!(r.register("app.c", Some(dir.path()), None), Ok(None));
        let replaced = r.register("app.c", None, Some("http://localhost:3001"));
        assert_eq!(replaced, Ok(Some(ComponentSource::Path(dir.path().into()))));
        assert_eq!(r.source("app.other"), None);
    }

    #[test]
    fn refuses_missing_directories_and_ambiguous_sources() {
        let r = ComponentRegistry::default();
        let missing = Path::new("/nonexistent/rustlit/component");
        assert_eq!(
            r.register("app.c", Some(missing), None)
                .unwrap_err()
                .to_string(),
            "No such component directory: '/nonexistent/rustlit/component'"
        );
        assert_eq!(
            r.register("app.c", None, None),
            Err(RegistryError::PathAndUrl)
        );
        assert_eq!(r.source("app.c"), None);
    }

    #[test]
    fn html_documents_are_content_addressed() {
        let r = ComponentRegistry::default();
        let d = "a".repeat(64);
        r.store_html(&d, "<p>hi</p>").unwrap();
        assert_eq!(r.html(&d).as_deref(), Some("<p>hi</p>"));
        assert_eq!(r.store_html("../x", "x"), Err(RegistryError::BadDigest));
        assert!(r.html(&"b".repeat(64)).is_none());
    }
}
