//! All sessions of the process, and reconnecting a socket to its session.
//!
//! A socket that drops leaves its session detached for
//! `server.disconnectedSessionTTL`; a new socket that names it (the resume
//! id the browser got in `SessionInit`) gets it back with its state. A
//! session can have one socket at a time: naming a session that is still
//! attached starts a new one instead, so one tab cannot hijack another's.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use parking_lot::Mutex;

use super::SessionSettings;
use super::{Outbox, Session};
use crate::runner::Runner;

pub struct SessionRegistry {
    runner: Runner,
    ttl: Duration,
    settings: SessionSettings,
    sessions: Mutex<HashMap<String, Entry>>,
}

struct Entry {
    session: Arc<Session>,
    detached_since: Option<Instant>,
}

/// A socket's claim on a session.
pub struct Attached {
    pub session: Arc<Session>,
    pub outbox: Outbox,
    pub resumed: bool,
}

impl SessionRegistry {
    pub fn new(runner: Runner, ttl: Duration, settings: SessionSettings) -> Self {
        SessionRegistry {
            runner,
            ttl,
            settings,
            sessions: Mutex::new(HashMap::new()),
        }
    }

    /// Resumes the named detached session, or creates a new one.
    pub fn attach(&self, resume_id: Option<&str>) -> Attached {
        let mut sessions = self.sessions.lock();
        if let Some(entry) = resume_id.and_then(|id| sessions.get_mut(id)) {
            if entry.detached_since.is_some() {
                if let Some(mut outbox) = entry.session.take_outbox() {
                    entry.detached_since = None;
                    outbox.forget_browser_state();
                    return Attached {
                        session: entry.session.clone(),
                        outbox,
                        resumed: true,
                    };
                }
            }
        }
        let session = Session::new(
            uuid::Uuid::new_v4().to_string(),
            self.runner.clone(),
            self.settings,
        );
        let outbox = session.take_outbox().expect("a new session has its outbox");
        sessions.insert(
            session.id().to_string(),
            Entry {
                session: session.clone(),
                detached_since: None,
            },
        );
        Attached {
            session,
            outbox,
            resumed: false,
        }
    }

    /// The socket is gone: stop the run and keep the session for the TTL.
    pub fn detach(&self, session: &Arc<Session>, outbox: Outbox) {
        session.request_stop();
        session.return_outbox(outbox);
        if let Some(entry) = self.sessions.lock().get_mut(session.id()) {
            entry.detached_since = Some(Instant::now());
        }
    }

    /// Drops sessions detached for longer than the TTL.
    pub fn expire(&self) -> usize {
        let ttl = self.ttl;
        let mut sessions = self.sessions.lock();
        let before = sessions.len();
        sessions.retain(|_, e| e.detached_since.is_none_or(|since| since.elapsed() < ttl));
        before - sessions.len()
    }

    /// Tells every connected session that a source file changed; detached
    /// ones run their script fresh when their tab comes back anyway.
    pub fn source_changed(&self) {
        let sessions: Vec<Arc<Session>> = self
            .sessions
            .lock()
            .values()
            .filter(|e| e.detached_since.is_none())
            .map(|e| e.session.clone())
            .collect();
        for session in sessions {
            session.source_changed();
        }
    }

    /// A session of its own for `/_stcore/script-health-check`: never
    /// registered, so no socket can attach to it, and gone when dropped.
    pub fn probe(&self) -> Option<(Arc<Session>, Outbox)> {
        let session = Session::new(
            format!("health-check-{}", uuid::Uuid::new_v4()),
            self.runner.clone(),
            self.settings,
        );
        let outbox = session.take_outbox()?;
        Some((session, outbox))
    }

    /// The upload store of a session the server holds (attached or waiting
    /// for its tab), for the upload endpoint.
    pub fn uploads_of(&self, id: &str) -> Option<Arc<crate::uploads::SessionUploads>> {
        self.sessions
            .lock()
            .get(id)
            .map(|entry| entry.session.uploads().clone())
    }

    pub fn len(&self) -> usize {
        self.sessions.lock().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
