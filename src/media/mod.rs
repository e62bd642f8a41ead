//! Files the script hands to the browser (download buttons, image chat
//! avatars and the pinned favicon today; images, audio and video later), kept
//! in memory and served at `/media/<id>.<ext>`.
//!
//! Unlike Streamlit, ids are not content hashes anyone can recompute: each is
//! 128 random bits, issued per session. The same bytes (with the same MIME
//! type and file name) produced again by the same session keep their id, so a
//! rerun does not change the URL the browser holds; another session producing
//! them gets a different id. A URL is therefore a capability of the session
//! that produced it, and it dies with the session.
//!
//! Lifetime: every run stamps the files it references; when a run finishes
//! normally, files the run no longer referenced are released (an interrupted
//! run keeps everything, since the page still shows the older elements). When
//! the session ends its [`SessionMedia`] drops and takes all its files along.
//!
//! The runner adds files (Python never reaches the server); the server only
//! reads them. Neither calls the other.

pub mod http;
pub mod range;

use std::collections::hash_map::DefaultHasher;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::{Arc, OnceLock};

use bytes::Bytes;
use parking_lot::Mutex;

/// One stored file.
#[derive(Debug)]
pub struct MediaFile {
    pub data: Bytes,
    pub mime: String,
    /// The name a download is saved under.
    pub file_name: String,
    /// Served as an attachment (a download), never shown inline.
    pub attachment: bool,
}

/// Every live file of the process, by id. Only [`SessionMedia`] adds and
/// removes entries.
#[derive(Default)]
pub struct MediaStore {
    files: Mutex<HashMap<String, Arc<MediaFile>>>,
}

impl MediaStore {
    /// The process's store, shared by the runner threads and the server.
    pub fn global() -> &'static MediaStore {
        static STORE: OnceLock<MediaStore> = OnceLock::new();
        STORE.get_or_init(MediaStore::default)
    }

    pub fn get(&self, id: &str) -> Option<Arc<MediaFile>> {
        self.files.lock().get(id).cloned()
    }

    pub fn len(&self) -> usize {
        self.files.lock().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// One session's files: which runs referenced them, and their content keys
/// for reuse. Dropping it releases all of them.
pub struct SessionMedia {
    store: &'static MediaStore,
    state: Mutex<SessionFiles>,
}

#[derive(Default)]
struct SessionFiles {
    run: u64,
    /// id -> (content key, last run that referenced it)
    files: HashMap<String, (u64, u64)>,
    /// content key -> ids with that key (almost always one)
    by_key: HashMap<u64, Vec<String>>,
    /// slot -> id of a file kept whatever the runs reference (the favicon:
    /// the page keeps showing it after runs that no longer set it).
    pinned: HashMap<&'static str, String>,
}

impl SessionMedia {
    pub fn new() -> Arc<SessionMedia> {
        Self::in_store(MediaStore::global())
    }

    fn in_store(store: &'static MediaStore) -> Arc<SessionMedia> {
        Arc::new(SessionMedia {
            store,
            state: Mutex::new(SessionFiles::default()),
        })
    }

    /// A run starts: files it adds are stamped with it.
    pub fn begin_run(&self) {
        self.state.lock().run += 1;
    }

    /// The run finished normally: release what it no longer referenced.
    pub fn finish_run(&self) {
        let mut state = self.state.lock();
        let run = state.run;
        let stale: Vec<String> = state
            .files
            .iter()
            .filter(|(id, (_, last))| *last < run && !state.pinned.values().any(|p| p == *id))
            .map(|(id, _)| id.clone())
            .collect();
        for id in stale {
            self.forget(&mut state, &id);
        }
    }

    /// Stores `file` for this session and returns its id, reusing the id of an
    /// identical file the session already holds.
    pub fn add(&self, file: MediaFile) -> String {
        let key = content_key(&file);
        let mut state = self.state.lock();
        let run = state.run;
        let existing = state.by_key.get(&key).and_then(|ids| {
            ids.iter()
                .find(|id| self.store.get(id).is_some_and(|f| same(&f, &file)))
                .cloned()
        });
        if let Some(id) = existing {
            if let Some(entry) = state.files.get_mut(&id) {
                entry.1 = run;
            }
            return id;
        }
        let id = format!("{:032x}", rand::random::<u128>());
        self.store.files.lock().insert(id.clone(), Arc::new(file));
        state.files.insert(id.clone(), (key, run));
        state.by_key.entry(key).or_default().push(id.clone());
        id
    }

    /// Stores `file` like [`SessionMedia::add`] and keeps it until the session
    /// ends or another file takes `slot`.
    pub fn add_pinned(&self, slot: &'static str, file: MediaFile) -> String {
        let id = self.add(file);
        self.state.lock().pinned.insert(slot, id.clone());
        id
    }

    fn forget(&self, state: &mut SessionFiles, id: &str) {
        if let Some((key, _)) = state.files.remove(id) {
            if let Some(ids) = state.by_key.get_mut(&key) {
                ids.retain(|i| i != id);
                if ids.is_empty() {
                    state.by_key.remove(&key);
                }
            }
        }
        self.store.files.lock().remove(id);
    }

    pub fn len(&self) -> usize {
        self.state.lock().files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Drop for SessionMedia {
    fn drop(&mut self) {
        let ids: Vec<String> = self.state.get_mut().files.keys().cloned().collect();
        let mut files = self.store.files.lock();
        for id in ids {
            files.remove(&id);
        }
    }
}

/// A fast key to find candidate duplicates; equality is then checked in full.
fn content_key(file: &MediaFile) -> u64 {
    let mut hasher = DefaultHasher::new();
    file.data.hash(&mut hasher);
    file.mime.hash(&mut hasher);
    file.file_name.hash(&mut hasher);
    file.attachment.hash(&mut hasher);
    hasher.finish()
}

fn same(a: &MediaFile, b: &MediaFile) -> bool {
    a.attachment == b.attachment
        && a.mime == b.mime
        && a.file_name == b.file_name
        && a.data == b.data
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(data: &'static [u8], name: &str) -> MediaFile {
        MediaFile {
            data: Bytes::from_static(data),
            mime: "text/plain".into(),
            file_name: name.into(),
            attachment: true,
        }
    }

    fn store() -> &'static MediaStore {
        Box::leak(Box::default())
    }

    #[test]
    fn same_content_keeps_its_id_in_a_session_but_not_across_sessions() {
        let store = store();
        let (a, b) = (SessionMedia::in_store(store), SessionMedia::in_store(store));
        a.begin_run();
        let first = a.add(file(b"hello", "a.txt"));
        assert_eq!(first.len(), 32);
        assert_eq!(a.add(file(b"hello", "a.txt")), first);
        assert_ne!(
            a.add(file(b"hello", "b.txt")),
            first,
            "the name is part of the file"
        );
        b.begin_run();
        assert_ne!(b.add(file(b"hello", "a.txt")), first);
        assert_eq!(store.len(), 3);
        assert_eq!(&store.get(&first).expect("stored").data[..], b"hello");
    }

    #[test]
    fn a_finished_run_releases_what_it_no_longer_references() {
        let store = store();
        let media = SessionMedia::in_store(store);
        media.begin_run();
        let kept = media.add(file(b"kept", "k"));
        let dropped = media.add(file(b"dropped", "d"));
        media.finish_run();
        media.begin_run();
        assert_eq!(media.add(file(b"kept", "k")), kept);
        // An interrupted run releases nothing...
        media.begin_run();
        assert!(store.get(&dropped).is_some());
        // ...a finished one releases the files it did not add again.
        media.add(file(b"kept", "k"));
        media.finish_run();
        assert!(store.get(&dropped).is_none());
        assert!(store.get(&kept).is_some());
        assert_eq!(media.len(), 1);
    }

    #[test]
    fn a_pinned_file_outlives_runs_until_its_slot_is_taken() {
        let store = store();
        let media = SessionMedia::in_store(store);
        media.begin_run();
        let icon = media.add_pinned("favicon", file(b"icon", "i.png"));
        media.finish_run();
        media.begin_run();
        media.finish_run();
        assert!(
            store.get(&icon).is_some(),
            "runs that no longer set it keep it"
        );
        media.begin_run();
        let other = media.add_pinned("favicon", file(b"other", "o.png"));
        media.finish_run();
        assert!(store.get(&icon).is_none());
        assert!(store.get(&other).is_some());
    }

    #[test]
    fn a_session_that_ends_takes_its_files_along() {
        let store = store();
        let media = SessionMedia::in_store(store);
        media.begin_run();
        let id = media.add(file(b"x", "x"));
        drop(media);
        assert!(store.get(&id).is_none());
        assert!(store.is_empty());
    }
}
