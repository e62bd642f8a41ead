//! Files the browser uploads for `st.file_uploader` and the other upload
//! widgets, kept in memory per session.
//!
//! Unlike Streamlit, the store accepts a file only into a slot it issued: the
//! page asks its session for upload URLs over the websocket, the session
//! issues one random slot id per file, and a PUT is accepted only for an
//! issued, still empty slot of that same session (a slot is filled once). A
//! URL is therefore a capability handed to one tab, useless to anyone else.
//!
//! Limits: each file is capped at `server.maxUploadSize`; a session holds at
//! most [`UploadLimits::max_session_files`] slots and
//! [`UploadLimits::max_session_bytes`] bytes, so one tab cannot fill memory.
//!
//! Lifetime: each run stamps the files its widgets hold ([`SessionUploads::keep`]);
//! when a run finishes normally, files held by an earlier run but not by this
//! one are dropped (their widget went away or let go of them). Files
//! uploaded but never held yet (a widget inside a form waiting for its
//! submit) stay until the session ends, when [`SessionUploads`] drops them
//! all.
//!
//! The server fills the store, the runner reads it; neither calls the other.

pub mod multipart;

use std::collections::HashMap;
use std::sync::Arc;

use bytes::Bytes;
use parking_lot::Mutex;
use thiserror::Error;

use crate::config::ServerConfig;

/// The most slots (issued or filled) one session may hold.
const MAX_SESSION_FILES: usize = 1000;
/// A session may hold this many times `server.maxUploadSize` in total.
const SESSION_BYTES_PER_FILE_LIMIT: u64 = 10;

#[derive(Debug, Clone, Copy)]
pub struct UploadLimits {
    pub max_file_bytes: u64,
    pub max_session_bytes: u64,
    pub max_session_files: usize,
}

impl UploadLimits {
    pub fn from_config(server: &ServerConfig) -> Self {
        let max_file_bytes = server.max_upload_size_mb.saturating_mul(1024 * 1024);
        UploadLimits {
            max_file_bytes,
            max_session_bytes: max_file_bytes.saturating_mul(SESSION_BYTES_PER_FILE_LIMIT),
            max_session_files: MAX_SESSION_FILES,
        }
    }
}

impl Default for UploadLimits {
    fn default() -> Self {
        let max_file_bytes = 200 * 1024 * 1024;
        UploadLimits {
            max_file_bytes,
            max_session_bytes: max_file_bytes * SESSION_BYTES_PER_FILE_LIMIT,
            max_session_files: MAX_SESSION_FILES,
        }
    }
}

/// One uploaded file. `name` is whatever the browser sent (checked for
/// control characters and length, never used as a path).
#[derive(Debug)]
pub struct UploadedFile {
    pub name: String,
    pub mime: String,
    pub data: Bytes,
}

#[derive(Debug, Error, PartialEq, Eq)]
pub enum UploadError {
    #[error("this upload URL was not issued to this session")]
    UnknownSlot,
    #[error("this upload URL was already used")]
    AlreadyFilled,
    #[error("the file is larger than server.maxUploadSize ({limit_mb} MB)")]
    TooLarge { limit_mb: u64 },
    #[error("this session already holds {limit} files or upload URLs")]
    TooManyFiles { limit: usize },
    #[error("this session's uploads would exceed {limit_mb} MB in total")]
    SessionFull { limit_mb: u64 },
}

enum Slot {
    Issued,
    Filled {
        file: Arc<UploadedFile>,
        /// The last run in which a widget held the file; `None` = never held.
        last_kept: Option<u64>,
    },
}

#[derive(Default)]
struct State {
    run: u64,
    slots: HashMap<String, Slot>,
    bytes: u64,
}

pub struct SessionUploads {
    limits: UploadLimits,
    state: Mutex<State>,
}

impl SessionUploads {
    pub fn new(limits: UploadLimits) -> Arc<SessionUploads> {
        Arc::new(SessionUploads {
            limits,
            state: Mutex::new(State::default()),
        })
    }

    pub fn limits(&self) -> UploadLimits {
        self.limits
    }

    /// Issues `count` new slot ids, or none if the session would hold too many.
    pub fn issue(&self, count: usize) -> Result<Vec<String>, UploadError> {
        let mut state = self.state.lock();
        let limit = self.limits.max_session_files;
        if state.slots.len().saturating_add(count) > limit {
            return Err(UploadError::TooManyFiles { limit });
        }
        let ids: Vec<String> = (0..count)
            .map(|_| format!("{:032x}", rand::random::<u128>()))
            .collect();
        for id in &ids {
            state.slots.insert(id.clone(), Slot::Issued);
        }
        Ok(ids)
    }

    /// How many bytes a file for `slot` may have: its slot must be issued and
    /// empty, and the file must fit both the per-file and the session limit.
    pub fn room_for(&self, slot: &str) -> Result<u64, UploadError> {
        let state = self.state.lock();
        match state.slots.get(slot) {
            None => Err(UploadError::UnknownSlot),
            Some(Slot::Filled { .. }) => Err(UploadError::AlreadyFilled),
            Some(Slot::Issued) => Ok(self
                .limits
                .max_file_bytes
                .min(self.limits.max_session_bytes.saturating_sub(state.bytes))),
        }
    }

    /// Puts a received file into its slot (checked again: two PUTs may race).
    pub fn fill(&self, slot: &str, file: UploadedFile) -> Result<(), UploadError> {
        let mut state = self.state.lock();
        let size = file.data.len() as u64;
        if size > self.limits.max_file_bytes {
            return Err(UploadError::TooLarge {
                limit_mb: self.limits.max_file_bytes / (1024 * 1024),
            });
        }
        if state.bytes.saturating_add(size) > self.limits.max_session_bytes {
            return Err(UploadError::SessionFull {
                limit_mb: self.limits.max_session_bytes / (1024 * 1024),
            });
        }
        match state.slots.get_mut(slot) {
            None => Err(UploadError::UnknownSlot),
            Some(Slot::Filled { .. }) => Err(UploadError::AlreadyFilled),
            Some(entry @ Slot::Issued) => {
                *entry = Slot::Filled {
                    file: Arc::new(file),
                    last_kept: None,
                };
                state.bytes += size;
                Ok(())
            }
        }
    }

    /// The page let go of a file (its ✕ in the widget). Returns whether the
    /// slot existed.
    pub fn remove(&self, slot: &str) -> bool {
        let mut state = self.state.lock();
        let removed = state.slots.remove(slot);
        if let Some(Slot::Filled { file, .. }) = &removed {
            state.bytes -= file.data.len() as u64;
        }
        removed.is_some()
    }

    /// A run starts: files it reads are stamped with it.
    pub fn begin_run(&self) {
        self.state.lock().run += 1;
    }

    /// The run finished normally: files held by an earlier run but not by
    /// this one belong to no widget any more.
    pub fn finish_run(&self) {
        let mut state = self.state.lock();
        let run = state.run;
        let mut freed = 0;
        state.slots.retain(|_, slot| match slot {
            Slot::Filled {
                file,
                last_kept: Some(last),
            } if *last < run => {
                freed += file.data.len() as u64;
                false
            }
            _ => true,
        });
        state.bytes -= freed;
    }

    /// The files with these ids that the session holds, in the given order.
    pub fn read(&self, ids: &[String]) -> Vec<(String, Arc<UploadedFile>)> {
        let state = self.state.lock();
        ids.iter()
            .filter_map(|id| match state.slots.get(id) {
                Some(Slot::Filled { file, .. }) => Some((id.clone(), file.clone())),
                _ => None,
            })
            .collect()
    }

    /// A widget of the current run holds these files: keep them.
    pub fn keep(&self, ids: &[String]) {
        let mut state = self.state.lock();
        let run = state.run;
        for id in ids {
            if let Some(Slot::Filled { last_kept, .. }) = state.slots.get_mut(id) {
                *last_kept = Some(run);
            }
        }
    }

    /// Files held (filled slots) and their total size.
    #[cfg(test)]
    fn usage(&self) -> (usize, u64) {
        let state = self.state.lock();
        let files = state
            .slots
            .values()
            .filter(|s| matches!(s, Slot::Filled { .. }))
            .count();
        (files, state.bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(bytes: &[u8]) -> UploadedFile {
        UploadedFile {
            name: "a.txt".into(),
            mime: "text/plain".into(),
            data: Bytes::copy_from_slice(bytes),
        }
    }

    fn small() -> Arc<SessionUploads> {
        SessionUploads::new(UploadLimits {
            max_file_bytes: 10,
            max_session_bytes: 15,
            max_session_files: 3,
        })
    }

    #[test]
    fn only_issued_slots_are_filled_and_only_once() {
        let uploads = small();
        assert_eq!(
            uploads.fill("nope", file(b"x")),
            Err(UploadError::UnknownSlot)
        );
        let ids = uploads.issue(1).unwrap();
        assert_eq!(uploads.room_for(&ids[0]), Ok(10));
        uploads.fill(&ids[0], file(b"hello")).unwrap();
        assert_eq!(uploads.room_for(&ids[0]), Err(UploadError::AlreadyFilled));
        assert_eq!(
            uploads.fill(&ids[0], file(b"x")),
            Err(UploadError::AlreadyFilled)
        );
        assert_eq!(uploads.usage(), (1, 5));
    }

    #[test]
    fn limits_hold_per_file_per_session_and_per_count() {
        let uploads = small();
        assert_eq!(
            uploads.issue(4),
            Err(UploadError::TooManyFiles { limit: 3 })
        );
        let ids = uploads.issue(3).unwrap();
        assert!(matches!(
            uploads.fill(&ids[0], file(&[0; 11])),
            Err(UploadError::TooLarge { .. })
        ));
        uploads.fill(&ids[0], file(&[0; 10])).unwrap();
        assert_eq!(uploads.room_for(&ids[1]), Ok(5));
        assert!(matches!(
            uploads.fill(&ids[1], file(&[0; 6])),
            Err(UploadError::SessionFull { .. })
        ));
        assert!(uploads.remove(&ids[0]));
        assert_eq!(uploads.usage(), (0, 0));
    }

    #[test]
    fn files_held_before_but_not_in_this_run_are_dropped() {
        let uploads = small();
        let ids = uploads.issue(3).unwrap();
        for id in &ids {
            uploads.fill(id, file(b"abc")).unwrap();
        }
        uploads.begin_run();
        uploads.keep(&ids[..2]);
        uploads.finish_run();
        uploads.begin_run();
        uploads.keep(&ids[1..2]);
        assert_eq!(uploads.read(&ids).len(), 3);
        uploads.finish_run();
        // ids[0] was let go; ids[2] was never held (a form not yet submitted).
        assert!(uploads.read(&ids[..1]).is_empty());
        assert_eq!(uploads.usage(), (2, 6));
    }
}
