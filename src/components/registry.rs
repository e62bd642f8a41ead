//! The process-wide registry of declared components and `components.html`
//! documents. The script fills it through `_rustlit` (runner threads); the
//! component router reads it. It holds plain data only — no Python objects.

use std::collections::{HashMap, VecDeque};
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock};

use parking_lot::{Mutex, RwLock};
use thiserror::Error;

use super::v2::{V2Definition, V2Entry, V2Error, V2Store};

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

pub struct ComponentRegistry {
    components: RwLock<HashMap<String, ComponentSource>>,
    html: Mutex<HtmlStore>,
    v2: V2Store,
    /// Keys the documents' digests: a plain content hash would let anyone
    /// confirm a guess of another session's document (`<p>Balance: 1200</p>`)
    /// by asking the component origin for its digest.
    html_key: [u8; 32],
}

impl Default for ComponentRegistry {
    fn default() -> Self {
        ComponentRegistry {
            components: RwLock::default(),
            html: Mutex::default(),
            v2: V2Store::default(),
            html_key: rand::random(),
        }
    }
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

    /// Keeps a `components.html` document and returns its digest: SHA-256
    /// of the process's key and the document, so the same document keeps
    /// one URL while the process lives and nobody can compute another's.
    pub fn store_html(&self, html: &str) -> String {
        use sha2::{Digest, Sha256};
        let mut hasher = Sha256::new();
        hasher.update(self.html_key);
        hasher.update(html.as_bytes());
        let digest: String = hasher
            .finalize()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let mut store = self.html.lock();
        if store.docs.contains_key(&digest) {
            // Refresh its age so a document in use is the last to go.
            store.order.retain(|d| *d != digest);
            store.order.push_back(digest.clone());
            return digest;
        }
        store.bytes += html.len();
        store.docs.insert(digest.clone(), Arc::from(html));
        store.order.push_back(digest.clone());
        while store.bytes > HTML_BUDGET_BYTES && store.order.len() > 1 {
            if let Some(old) = store.order.pop_front() {
                if let Some(doc) = store.docs.remove(&old) {
                    store.bytes -= doc.len();
                }
            }
        }
        digest
    }

    pub fn html(&self, digest: &str) -> Option<Arc<str>> {
        self.html.lock().docs.get(digest).cloned()
    }

    /// Registers a components v2 definition (the name's last one wins);
    /// returns its document path and origin label.
    pub fn define_v2(&self, definition: V2Definition) -> Result<(String, String), V2Error> {
        self.v2.define(&self.html_key, definition)
    }

    /// The v2 definition served on origin `label`.
    pub fn v2(&self, label: &str) -> Option<V2Entry> {
        self.v2.get(label)
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
    fn html_documents_are_addressed_by_a_keyed_digest() {
        let r = ComponentRegistry::default();
        let d = r.store_html("<p>hi</p>");
        assert_eq!(d.len(), 64);
        assert_eq!(r.html(&d).as_deref(), Some("<p>hi</p>"));
        assert_eq!(r.store_html("<p>hi</p>"), d, "one document, one URL");
        assert_ne!(ComponentRegistry::default().store_html("<p>hi</p>"), d);
        // The document's plain SHA-256 names nothing.
        use sha2::{Digest, Sha256};
        let plain: String = Sha256::digest(b"<p>hi</p>")
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert!(r.html(&plain).is_none());
    }
}
