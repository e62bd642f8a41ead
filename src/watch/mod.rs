//! One file watcher per app, never one per session: the main script, the
//! config and secrets files, every local module the script imported and
//! every page script it ran. A watched path that is a folder (`pages/`)
//! stands for its list of Python files: adding, removing or renaming a page
//! is a change, editing one is reported under the page's own path.
//!
//! Directories are watched rather than files, so editors that save by
//! writing a temporary file and renaming it over the original (vim,
//! JetBrains) are seen like any other save. Events are debounced: after the
//! first one the watcher waits until the folder has been quiet for
//! [`QUIET`], then compares each watched file's content with what it held
//! before and reports only the files that really changed (a save without
//! edits, or an editor touching a swap file, reports nothing). What a change
//! means — dropping modules, rerunning sessions — is the caller's business.

use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use crossbeam_channel::{Receiver, RecvTimeoutError};
use notify::{RecursiveMode, Watcher};
use parking_lot::Mutex;
use thiserror::Error;

use crate::config::WatcherType;

/// How long a folder must be quiet before its changes are reported. Short:
/// one save is a burst of events well within it (write, close, rename), and
/// every millisecond here is added to save-to-page latency. A longer wait
/// (60 ms) made reloads slower than Streamlit's (benchmarks/reload_latency.mjs).
const QUIET: Duration = Duration::from_millis(10);
const POLL_INTERVAL: Duration = Duration::from_millis(250);

static ACTIVE_WATCHERS: AtomicUsize = AtomicUsize::new(0);
static WATCHED_FILES: AtomicUsize = AtomicUsize::new(0);

/// Files watched by all watchers of this process.
pub fn watched_files() -> usize {
    WATCHED_FILES.load(Ordering::Acquire)
}

/// Watchers alive in this process (one per app), for `/_stcore/metrics`.
pub fn active_watchers() -> usize {
    ACTIVE_WATCHERS.load(Ordering::Acquire)
}

#[derive(Debug, Error)]
pub enum WatchError {
    #[error("cannot start the file watcher: {0}")]
    Start(#[from] notify::Error),
}

type OnChange = Box<dyn Fn(Vec<PathBuf>) + Send + Sync>;

#[derive(Clone)]
pub struct AppWatcher {
    inner: Arc<Inner>,
}

struct Inner {
    /// Content fingerprint of each watched file (`None` = missing).
    files: Mutex<HashMap<PathBuf, Option<u64>>>,
    dirs: Mutex<HashSet<PathBuf>>,
    watcher: Mutex<Box<dyn Watcher + Send>>,
}

impl Inner {
    /// Watches the file's folder, or its nearest existing ancestor while the
    /// folder does not exist yet (a `.streamlit/` created later is then
    /// noticed, and watched at the next check).
    fn watch_folder_of(&self, path: &Path, dirs: &mut HashSet<PathBuf>) {
        let listed = path.is_dir().then_some(path);
        let parent = path.ancestors().skip(1).find(|d| d.is_dir());
        for dir in listed.into_iter().chain(parent) {
            if dirs.insert(dir.to_path_buf()) {
                let watched = self.watcher.lock().watch(dir, RecursiveMode::NonRecursive);
                if let Err(e) = watched {
                    tracing::warn!("cannot watch {}: {e}", dir.display());
                }
            }
        }
    }
}

impl Drop for Inner {
    fn drop(&mut self) {
        ACTIVE_WATCHERS.fetch_sub(1, Ordering::AcqRel);
        WATCHED_FILES.fetch_sub(self.files.lock().len(), Ordering::AcqRel);
    }
}

impl AppWatcher {
    /// Starts watching `files`; `None` for `server.fileWatcherType = none`.
    pub fn start(
        kind: WatcherType,
        files: Vec<PathBuf>,
        on_change: impl Fn(Vec<PathBuf>) + Send + Sync + 'static,
    ) -> Result<Option<AppWatcher>, WatchError> {
        let (tx, rx) = crossbeam_channel::unbounded::<PathBuf>();
        let handler = move |event: notify::Result<notify::Event>| {
            if let Ok(event) = event {
                if !matches!(event.kind, notify::EventKind::Access(_)) {
                    for path in event.paths {
                        let _ = tx.send(path);
                    }
                }
            }
        };
        let watcher: Box<dyn Watcher + Send> = match kind {
            WatcherType::None => return Ok(None),
            WatcherType::Poll => Box::new(poll_watcher(handler)?),
            WatcherType::Auto => match notify::recommended_watcher(handler.clone()) {
                Ok(w) => Box::new(w),
                Err(e) => {
                    tracing::warn!("native file events unavailable ({e}); polling instead");
                    Box::new(poll_watcher(handler)?)
                }
            },
        };
        ACTIVE_WATCHERS.fetch_add(1, Ordering::AcqRel);
        let inner = Arc::new(Inner {
            files: Mutex::new(HashMap::new()),
            dirs: Mutex::new(HashSet::new()),
            watcher: Mutex::new(watcher),
        });
        let this = AppWatcher { inner };
        this.watch_files(files);
        let weak = Arc::downgrade(&this.inner);
        let on_change: OnChange = Box::new(on_change);
        std::thread::Builder::new()
            .name("rustlit-watch".into())
            .spawn(move || debounce_loop(rx, weak, on_change))
            .map_err(|e| WatchError::Start(notify::Error::io(e)))?;
        Ok(Some(this))
    }

    /// Adds files to the watched set (already watched ones are ignored).
    pub fn watch_files(&self, paths: impl IntoIterator<Item = PathBuf>) {
        let mut files = self.inner.files.lock();
        let mut dirs = self.inner.dirs.lock();
        for path in paths {
            if files.contains_key(&path) {
                continue;
            }
            self.inner.watch_folder_of(&path, &mut dirs);
            let print = fingerprint(&path);
            files.insert(path, print);
            WATCHED_FILES.fetch_add(1, Ordering::AcqRel);
        }
    }
}

fn poll_watcher(handler: impl notify::EventHandler) -> Result<notify::PollWatcher, notify::Error> {
    let config = notify::Config::default()
        .with_poll_interval(POLL_INTERVAL)
        .with_compare_contents(true);
    notify::PollWatcher::new(handler, config)
}

fn debounce_loop(rx: Receiver<PathBuf>, inner: std::sync::Weak<Inner>, on_change: OnChange) {
    while rx.recv().is_ok() {
        loop {
            match rx.recv_timeout(QUIET) {
                Ok(_) => {}
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => return,
            }
        }
        let Some(inner) = inner.upgrade() else { return };
        let changed = changed_files(&inner);
        drop(inner);
        if !changed.is_empty() {
            tracing::debug!("changed on disk: {changed:?}");
            on_change(changed);
        }
    }
}

/// Files among the watched ones whose content differs from last time. Every
/// watched file is checked on any event: a rename may be reported under the
/// temporary name only, a folder may have just appeared, and the set is
/// small (the app's own sources).
fn changed_files(inner: &Inner) -> Vec<PathBuf> {
    let mut files = inner.files.lock();
    let mut dirs = inner.dirs.lock();
    let mut changed = Vec::new();
    for (path, print) in files.iter_mut() {
        inner.watch_folder_of(path, &mut dirs);
        let now = fingerprint(path);
        if now != *print {
            *print = now;
            changed.push(path.clone());
        }
    }
    changed.sort();
    changed
}

/// A file's content hash, or for a folder the hash of its Python files'
/// names; `None` when the path does not exist.
fn fingerprint(path: &Path) -> Option<u64> {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    if path.is_dir() {
        let mut names: Vec<_> = std::fs::read_dir(path)
            .ok()?
            .filter_map(|entry| entry.ok())
            .map(|entry| entry.file_name())
            .filter(|name| name.to_string_lossy().ends_with(".py"))
            .collect();
        names.sort();
        names.hash(&mut hasher);
    } else {
        std::fs::read(path).ok()?.hash(&mut hasher);
    }
    Some(hasher.finish())
}
