//! All sessions of the process, and reconnecting a socket to its session.
//!
//! A socket that drops leaves its session detached for
//! `server.disconnectedSessionTTL`; a new socket that presents its resume
//! secret (a random value the browser got in `SessionInit`, never logged and
//! never in a URL, replaced on every attach) gets it back with its state.
//! The session id resumes nothing: it shows in upload URLs and logs. A
//! session can have one socket at a time: presenting the secret of a
//! session that is still attached starts a new one instead.

use std::collections::HashMap;
use std::net::IpAddr;
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
    caps: SessionCaps,
    sessions: Mutex<Sessions>,
}

/// `server.maxSessions` and `server.maxSessionsPerClient` (0 = no limit).
/// Detached sessions count: they hold memory until their TTL.
#[derive(Debug, Clone, Copy, Default)]
pub struct SessionCaps {
    pub total: usize,
    pub per_client: usize,
}

impl SessionCaps {
    fn check(&self, sessions: &Sessions, client: IpAddr) -> Result<(), SessionRefused> {
        if self.total > 0 && sessions.by_id.len() >= self.total {
            return Err(SessionRefused::Total(self.total));
        }
        let held = sessions.per_client.get(&client).copied().unwrap_or(0);
        if self.per_client > 0 && held >= self.per_client {
            return Err(SessionRefused::PerClient(self.per_client));
        }
        Ok(())
    }
}

#[derive(Default)]
struct Sessions {
    by_id: HashMap<String, Entry>,
    /// Resume secret → session id.
    by_secret: HashMap<String, String>,
    per_client: HashMap<IpAddr, usize>,
}

struct Entry {
    session: Arc<Session>,
    client: IpAddr,
    detached_since: Option<Instant>,
    resume_secret: String,
}

fn new_secret() -> String {
    format!("{:032x}", rand::random::<u128>())
}

/// Why a new session was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SessionRefused {
    #[error("the server holds its maximum of {0} sessions (server.maxSessions)")]
    Total(usize),
    #[error("this client address holds its maximum of {0} sessions (server.maxSessionsPerClient)")]
    PerClient(usize),
}

impl SessionRefused {
    /// The option that set the limit.
    pub fn option(&self) -> &'static str {
        match self {
            SessionRefused::Total(_) => "server.maxSessions",
            SessionRefused::PerClient(_) => "server.maxSessionsPerClient",
        }
    }
}

/// A socket's claim on a session.
pub struct Attached {
    pub session: Arc<Session>,
    pub outbox: Outbox,
    pub resumed: bool,
    /// For `SessionInit` only: what resumes the session next time.
    pub resume_secret: String,
}

impl SessionRegistry {
    pub fn new(
        runner: Runner,
        ttl: Duration,
        settings: SessionSettings,
        caps: SessionCaps,
    ) -> Self {
        SessionRegistry {
            runner,
            ttl,
            settings,
            caps,
            sessions: Mutex::new(Sessions::default()),
        }
    }

    /// Resumes the detached session whose secret is `resume_secret` (if
    /// the socket's login, `user`, is the session's), or creates a new one
    /// for `client` if the session caps leave room.
    pub fn attach(
        &self,
        resume_secret: Option<&str>,
        client: IpAddr,
        user: Option<&str>,
    ) -> Result<Attached, SessionRefused> {
        let mut guard = self.sessions.lock();
        let sessions = &mut *guard;
        let id = resume_secret.and_then(|secret| sessions.by_secret.get(secret).cloned());
        if let Some(entry) = id.and_then(|id| sessions.by_id.get_mut(&id)) {
            if entry.detached_since.is_some() && entry.session.resumable_by(user) {
                if let Some(mut outbox) = entry.session.take_outbox() {
                    entry.detached_since = None;
                    outbox.forget_browser_state();
                    // A secret resumes once: the page gets a new one.
                    let secret = new_secret();
                    sessions.by_secret.remove(&entry.resume_secret);
                    sessions
                        .by_secret
                        .insert(secret.clone(), entry.session.id().to_string());
                    entry.resume_secret.clone_from(&secret);
                    return Ok(Attached {
                        session: entry.session.clone(),
                        outbox,
                        resumed: true,
                        resume_secret: secret,
                    });
                }
            }
        }
        self.caps.check(sessions, client)?;
        let session = Session::new(
            uuid::Uuid::new_v4().to_string(),
            self.runner.clone(),
            &self.settings,
        );
        let outbox = session.take_outbox().expect("a new session has its outbox");
        let secret = new_secret();
        sessions
            .by_secret
            .insert(secret.clone(), session.id().to_string());
        sessions.by_id.insert(
            session.id().to_string(),
            Entry {
                session: session.clone(),
                client,
                detached_since: None,
                resume_secret: secret.clone(),
            },
        );
        *sessions.per_client.entry(client).or_default() += 1;
        Ok(Attached {
            session,
            outbox,
            resumed: false,
            resume_secret: secret,
        })
    }

    /// Whether a new session for `client` would be refused now (checked
    /// before the websocket upgrade, so a refusal is a plain 429).
    pub fn has_room_for(&self, client: IpAddr) -> Result<(), SessionRefused> {
        self.caps.check(&self.sessions.lock(), client)
    }

    /// The socket is gone: stop the run and keep the session for the TTL.
    pub fn detach(&self, session: &Arc<Session>, outbox: Outbox) {
        session.request_stop();
        // Its lazy dataframes' rows stay for a resume (1.67 drops them when
        // the session shuts down: here when it expires or is discarded).
        session.detached();
        session.return_outbox(outbox);
        if let Some(entry) = self.sessions.lock().by_id.get_mut(session.id()) {
            entry.detached_since = Some(Instant::now());
        }
    }

    /// The socket was dropped for misbehaving (it never read what it was
    /// sent): the session goes at once, it is not kept for a resume.
    pub fn discard(&self, session: &Arc<Session>) {
        session.request_stop();
        session.session_ended();
        let mut sessions = self.sessions.lock();
        if let Some(entry) = sessions.by_id.remove(session.id()) {
            sessions.by_secret.remove(&entry.resume_secret);
            release_client(&mut sessions.per_client, entry.client);
        }
    }

    /// Drops sessions detached for longer than the TTL.
    pub fn expire(&self) -> usize {
        let ttl = self.ttl;
        let mut sessions = self.sessions.lock();
        let Sessions {
            by_id,
            by_secret,
            per_client,
        } = &mut *sessions;
        let before = by_id.len();
        by_id.retain(|_, e| {
            let keep = e.detached_since.is_none_or(|since| since.elapsed() < ttl);
            if !keep {
                by_secret.remove(&e.resume_secret);
                release_client(per_client, e.client);
            }
            keep
        });
        before - by_id.len()
    }

    /// Tells every connected session that a source file changed; detached
    /// ones run their script fresh when their tab comes back anyway.
    pub fn source_changed(&self) {
        let sessions: Vec<Arc<Session>> = self
            .sessions
            .lock()
            .by_id
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
            &self.settings,
        );
        let outbox = session.take_outbox()?;
        Some((session, outbox))
    }

    /// The upload store of a session the server holds (attached or waiting
    /// for its tab), for the upload endpoint.
    pub fn uploads_of(&self, id: &str) -> Option<Arc<crate::uploads::SessionUploads>> {
        self.sessions
            .lock()
            .by_id
            .get(id)
            .map(|entry| entry.session.uploads().clone())
    }

    /// What all sessions' uploads hold or have reserved.
    pub fn upload_bytes(&self) -> u64 {
        self.settings.upload_budget.used()
    }

    pub fn len(&self) -> usize {
        self.sessions.lock().by_id.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

fn release_client(per_client: &mut HashMap<IpAddr, usize>, client: IpAddr) {
    if let Some(count) = per_client.get_mut(&client) {
        *count -= 1;
        if *count == 0 {
            per_client.remove(&client);
        }
    }
}
