//! Files the browser uploads for `st.file_uploader` and the other upload
//! widgets, kept in memory per session.
//!
//! Unlike Streamlit, the store accepts a file only into a slot it issued: the
//! page asks its session for upload URLs over the websocket, the session
//! issues one random slot id per file, and a PUT is accepted only for an
//! issued, still empty slot of that same session (a slot is filled once). A
//! URL is therefore a capability handed to one tab, useless to anyone else.
//!
//! Slots are issued only while the session's page shows an upload widget
//! (one seen in the current or the last finished run), and no more at once
//! than its widgets can take unless one accepts several files.
//!
//! Limits: each file is capped at `server.maxUploadSize`; a session holds at
//! most [`UploadLimits::max_session_files`] slots and
//! [`UploadLimits::max_session_bytes`] bytes, so one tab cannot fill memory;
//! and all sessions together hold at most `server.maxUploadMemory`
//! ([`UploadBudget`]). Bytes are reserved before a body is read (its
//! `Content-Length`, or the most it may carry), so parallel uploads cannot
//! each buffer up to the limit before one of them is refused.
//!
//! Lifetime: each run stamps the files its widgets hold ([`SessionUploads::keep`]);
//! when a run finishes normally, files held by an earlier run but not by this
//! one are dropped (their widget went away or let go of them). Files
//! uploaded but never held yet (a widget inside a form waiting for its
//! submit) stay until the session ends, when [`SessionUploads`] drops them
//! all.
//!
//! The server fills the store, the runner reads it; neither calls the other.

mod budget;
pub mod multipart;

use std::collections::HashMap;
use std::sync::Arc;

use bytes::Bytes;
use parking_lot::Mutex;
use thiserror::Error;

use crate::config::ServerConfig;

pub use budget::UploadBudget;

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
    #[error("the page shows no upload widget that could take {count} file(s)")]
    NoUploadWidget { count: usize },
    #[error(
        "the server holds as many uploaded bytes as server.maxUploadMemory allows; try again later"
    )]
    ServerFull,
}

enum Slot {
    Issued,
    /// A body is being read into it (its [`Reservation`] counts the bytes).
    Receiving,
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
    /// Filled and reserved bytes (all of them also held in the budget).
    bytes: u64,
    /// Upload widgets of the current run, and of the last finished one.
    widgets_now: Widgets,
    widgets_last: Widgets,
}

/// Upload widgets one run showed.
#[derive(Debug, Clone, Copy, Default)]
struct Widgets {
    count: usize,
    /// One of them takes several files.
    multiple: bool,
}

pub struct SessionUploads {
    limits: UploadLimits,
    budget: Arc<UploadBudget>,
    state: Mutex<State>,
}

/// Bytes reserved for one body being received into a slot. Dropped without
/// [`Reservation::fill`], it gives the bytes back and the slot can be used
/// again.
pub struct Reservation {
    uploads: Arc<SessionUploads>,
    slot: String,
    bytes: u64,
    filled: bool,
}

impl Reservation {
    /// The most the file may hold.
    pub fn bytes(&self) -> u64 {
        self.bytes
    }

    /// Puts the received file (at most [`Self::bytes`] long) into its slot.
    pub fn fill(mut self, file: UploadedFile) -> Result<(), UploadError> {
        let size = file.data.len() as u64;
        if size > self.bytes {
            return Err(UploadError::TooLarge {
                limit_mb: self.uploads.limits.max_file_bytes / (1024 * 1024),
            });
        }
        let mut state = self.uploads.state.lock();
        let Some(entry) = state.slots.get_mut(&self.slot) else {
            // Removed (DELETE) while receiving: the drop releases the bytes.
            return Err(UploadError::UnknownSlot);
        };
        *entry = Slot::Filled {
            file: Arc::new(file),
            last_kept: None,
        };
        state.bytes -= self.bytes - size;
        self.uploads.budget.release(self.bytes - size);
        self.filled = true;
        Ok(())
    }
}

impl Drop for Reservation {
    fn drop(&mut self) {
        if self.filled {
            return;
        }
        let mut state = self.uploads.state.lock();
        if let Some(entry @ Slot::Receiving) = state.slots.get_mut(&self.slot) {
            *entry = Slot::Issued;
        }
        state.bytes -= self.bytes;
        self.uploads.budget.release(self.bytes);
    }
}

impl Drop for SessionUploads {
    fn drop(&mut self) {
        // Reservations hold an Arc of the store, so only filled bytes are left.
        self.budget.release(self.state.get_mut().bytes);
    }
}

impl SessionUploads {
    pub fn new(limits: UploadLimits, budget: Arc<UploadBudget>) -> Arc<SessionUploads> {
        Arc::new(SessionUploads {
            limits,
            budget,
            state: Mutex::new(State::default()),
        })
    }

    /// A run showed an upload widget (`multiple`: one taking several files).
    pub fn widget_shown(&self, multiple: bool) {
        let mut state = self.state.lock();
        state.widgets_now.count += 1;
        state.widgets_now.multiple |= multiple;
    }

    pub fn limits(&self) -> UploadLimits {
        self.limits
    }

    /// Issues `count` new slot ids, or none if the page shows no upload
    /// widget that could take them or the session would hold too many.
    pub fn issue(&self, count: usize) -> Result<Vec<String>, UploadError> {
        let mut state = self.state.lock();
        let (now, last) = (state.widgets_now, state.widgets_last);
        let takes = if now.multiple || last.multiple {
            usize::MAX
        } else {
            now.count.max(last.count)
        };
        if count > takes {
            return Err(UploadError::NoUploadWidget { count });
        }
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

    /// Reserves room for a body into `slot`: `declared` bytes (the request's
    /// `Content-Length`) or, unknown, the most the file may have; within the
    /// per-file, the session's and the server's limits.
    pub fn reserve(
        self: &Arc<Self>,
        slot: &str,
        declared: Option<u64>,
    ) -> Result<Reservation, UploadError> {
        let mut state = self.state.lock();
        let room = self
            .limits
            .max_file_bytes
            .min(self.limits.max_session_bytes.saturating_sub(state.bytes));
        let bytes = declared.map_or(room, |declared| declared.min(room));
        if declared
            .is_some_and(|declared| declared > room.saturating_add(multipart::FRAMING_ALLOWANCE))
        {
            return Err(if room < self.limits.max_file_bytes {
                UploadError::SessionFull {
                    limit_mb: self.limits.max_session_bytes / (1024 * 1024),
                }
            } else {
                UploadError::TooLarge {
                    limit_mb: self.limits.max_file_bytes / (1024 * 1024),
                }
            });
        }
        match state.slots.get(slot) {
            None => return Err(UploadError::UnknownSlot),
            Some(Slot::Filled { .. } | Slot::Receiving) => return Err(UploadError::AlreadyFilled),
            Some(Slot::Issued) => {}
        }
        if !self.budget.try_reserve(bytes) {
            return Err(UploadError::ServerFull);
        }
        state.slots.insert(slot.to_string(), Slot::Receiving);
        state.bytes += bytes;
        Ok(Reservation {
            uploads: self.clone(),
            slot: slot.to_string(),
            bytes,
            filled: false,
        })
    }

    /// Fills an issued slot at once (tests of the store's rules).
    #[cfg(test)]
    fn fill(self: &Arc<Self>, slot: &str, file: UploadedFile) -> Result<(), UploadError> {
        let size = file.data.len() as u64;
        self.reserve(slot, Some(size))?.fill(file)
    }

    /// The page let go of a file (its ✕ in the widget). Returns whether the
    /// slot existed.
    pub fn remove(&self, slot: &str) -> bool {
        let mut state = self.state.lock();
        let removed = state.slots.remove(slot);
        if let Some(Slot::Filled { file, .. }) = &removed {
            let size = file.data.len() as u64;
            state.bytes -= size;
            self.budget.release(size);
        }
        removed.is_some()
    }

    /// A run starts: files it reads are stamped with it.
    pub fn begin_run(&self) {
        let mut state = self.state.lock();
        state.run += 1;
        state.widgets_now = Widgets::default();
    }

    /// The run finished normally: files held by an earlier run but not by
    /// this one belong to no widget any more.
    pub fn finish_run(&self) {
        let mut state = self.state.lock();
        state.widgets_last = state.widgets_now;
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
        self.budget.release(freed);
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

    fn limits() -> UploadLimits {
        UploadLimits {
            max_file_bytes: 10,
            max_session_bytes: 15,
            max_session_files: 3,
        }
    }

    /// A store whose page shows one uploader taking several files.
    fn small() -> Arc<SessionUploads> {
        let uploads = SessionUploads::new(limits(), Arc::default());
        uploads.widget_shown(true);
        uploads
    }

    #[test]
    fn only_issued_slots_are_filled_and_only_once() {
        let uploads = small();
        assert!(matches!(
            uploads.reserve("nope", None),
            Err(UploadError::UnknownSlot)
        ));
        let ids = uploads.issue(1).unwrap();
        assert_eq!(
            uploads.reserve(&ids[0], None).map(|r| r.bytes()).ok(),
            Some(10)
        );
        uploads.fill(&ids[0], file(b"hello")).unwrap();
        assert!(matches!(
            uploads.reserve(&ids[0], None),
            Err(UploadError::AlreadyFilled)
        ));
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
        assert_eq!(
            uploads.reserve(&ids[1], None).map(|r| r.bytes()).ok(),
            Some(5)
        );
        assert!(matches!(
            uploads
                .reserve(&ids[1], Some(6))
                .and_then(|r| r.fill(file(&[0; 6]))),
            Err(UploadError::TooLarge { .. })
        ));
        assert!(uploads.remove(&ids[0]));
        assert_eq!(uploads.usage(), (0, 0));
    }

    #[test]
    fn a_reservation_counts_until_filled_or_dropped() {
        let budget = Arc::new(UploadBudget::new(12));
        let a = SessionUploads::new(limits(), budget.clone());
        let b = SessionUploads::new(limits(), budget.clone());
        a.widget_shown(false);
        b.widget_shown(false);
        let (slot_a, slot_b) = (a.issue(1).unwrap(), b.issue(1).unwrap());
        let reserved = a.reserve(&slot_a[0], None).unwrap();
        assert_eq!(budget.used(), 10);
        // The server-wide budget refuses what the session itself would allow.
        assert!(matches!(
            b.reserve(&slot_b[0], Some(5)),
            Err(UploadError::ServerFull)
        ));
        // A second body into a slot being received is refused.
        assert!(matches!(
            a.reserve(&slot_a[0], None),
            Err(UploadError::AlreadyFilled)
        ));
        drop(reserved);
        assert_eq!(budget.used(), 0);
        a.reserve(&slot_a[0], None)
            .unwrap()
            .fill(file(b"abc"))
            .unwrap();
        assert_eq!(budget.used(), 3);
        drop(a);
        assert_eq!(budget.used(), 0);
    }

    #[test]
    fn slots_only_for_upload_widgets_on_the_page() {
        let uploads = SessionUploads::new(limits(), Arc::default());
        assert_eq!(
            uploads.issue(1),
            Err(UploadError::NoUploadWidget { count: 1 })
        );
        uploads.begin_run();
        uploads.widget_shown(false);
        assert!(uploads.issue(1).is_ok());
        assert!(uploads.issue(2).is_err());
        uploads.finish_run();
        // The next run has not reached its uploader yet: the last one counts.
        uploads.begin_run();
        assert!(uploads.issue(1).is_ok());
        uploads.finish_run();
        uploads.begin_run();
        assert!(uploads.issue(1).is_err());
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
