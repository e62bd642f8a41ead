//! Emailed sign-in links (`server.emailSignIn`), the gate's second way in
//! besides OpenID Connect:
//!
//! - a browser asks with an address on the sign-in page (an XSRF-checked
//!   POST); the answer is the same "check your inbox" whether or not the
//!   address may use the app, was rate-limited or could be mailed;
//! - an allowed address (the gate's `server.allowedEmails` /
//!   `server.allowedEmailDomains`) gets a link with 256 random bits; only
//!   its SHA-256 is kept, so a memory dump holds no usable link;
//! - the link works once, within `server.emailLinkValidity` (15 minutes),
//!   and only in the browser that asked: that browser holds a random id in
//!   the sealed, HttpOnly `_streamlit_signin` cookie, and the link is stored
//!   with the id's hash. A mail scanner that opens the link (no cookie)
//!   does not use it up;
//! - requests are limited per address and per client address;
//! - a followed link becomes a login exactly like an OIDC one (`Logins`,
//!   the sealed `_streamlit_user` cookie, revoked by logout), with the
//!   claims `email` and `email_verified: true` and provider `email`.

pub mod config;
mod limits;
pub mod mailer;
pub mod routes;

use std::collections::HashMap;
use std::net::IpAddr;
use std::time::{Duration, Instant};

use parking_lot::Mutex;
use sha2::{Digest as _, Sha256};

use super::gate::{email_entry, GateRules};
pub use config::EmailConfig;
use limits::Window;
use mailer::{Mail, Mailer, MailerError};

/// The provider name of logins made with a link (`st.user.provider`).
pub const PROVIDER: &str = "email";
/// The cookie that binds a link to the browser that asked for it.
pub const BROWSER_COOKIE: &str = "_streamlit_signin";
/// Links waiting to be followed; beyond it the oldest is dropped.
const MAX_PENDING: usize = 10_000;

type Hash = [u8; 32];

fn hash(value: &[u8]) -> Hash {
    Sha256::digest(value).into()
}

/// A link that was sent and not yet followed, by the hash of its token.
struct Pending {
    email: String,
    browser: Hash,
    next: String,
    issued: Instant,
}

/// What became of a request for a link (logged; never shown).
#[derive(Debug, PartialEq, Eq)]
pub enum Asked {
    Queued,
    NotAnAddress,
    NotAllowed,
    AddressRateLimited,
    ClientRateLimited,
    /// No trustworthy address to build the link from (server.publicUrl).
    NoLinkBase,
    QueueFull,
}

/// Why a followed link does not sign in.
#[derive(Debug, PartialEq, Eq)]
pub enum Refused {
    /// Never issued, already used, or dropped.
    Unknown,
    Expired,
    OtherBrowser,
}

impl Refused {
    pub fn reason(&self) -> &'static str {
        match self {
            Refused::Unknown => "this link is not valid or was already used",
            Refused::Expired => "this link has expired",
            Refused::OtherBrowser => {
                "this link was asked for in another browser: open it in the browser you asked with"
            }
        }
    }
}

pub struct EmailSignIn {
    pub config: EmailConfig,
    rules: GateRules,
    mailer: Mailer,
    pending: Mutex<HashMap<Hash, Pending>>,
    per_address: Mutex<Window<String>>,
    per_client: Mutex<Window<IpAddr>>,
}

/// A request for a link, as the sign-in page posts it.
pub struct Ask<'a> {
    pub email: &'a str,
    /// The id in the browser's `_streamlit_signin` cookie.
    pub browser: &'a [u8],
    /// Where the browser goes once signed in (already checked to be a path
    /// of this app).
    pub next: String,
    pub client: IpAddr,
    /// `scheme://host/base/` the link starts with, if one can be trusted.
    pub link_base: Option<url::Url>,
}

impl EmailSignIn {
    /// Starts the delivery task: call on the tokio runtime.
    pub fn start(config: EmailConfig, rules: GateRules) -> Result<EmailSignIn, MailerError> {
        Ok(EmailSignIn {
            mailer: Mailer::start(&config)?,
            per_address: Mutex::new(Window::new(config.links_per_address, config.rate_window)),
            per_client: Mutex::new(Window::new(config.requests_per_client, config.rate_window)),
            config,
            rules,
            pending: Mutex::new(HashMap::new()),
        })
    }

    /// Handles a request for a link: mails one when everything allows it.
    pub fn ask(&self, ask: Ask<'_>) -> Asked {
        let now = Instant::now();
        // The client's budget is spent by every request, allowed or not:
        // trying addresses one after another is what it limits.
        if !self.per_client.lock().allow(ask.client, now) {
            return Asked::ClientRateLimited;
        }
        let Some(email) = email_entry(ask.email) else {
            return Asked::NotAnAddress;
        };
        if !self.per_address.lock().allow(email.clone(), now) {
            return Asked::AddressRateLimited;
        }
        if !self.rules.allows_email(&email) {
            return Asked::NotAllowed;
        }
        let Some(base) = ask.link_base else {
            return Asked::NoLinkBase;
        };
        let token = super::seal::random_token(32);
        let mut link = match base.join("auth/signin/link") {
            Ok(link) => link,
            Err(_) => return Asked::NoLinkBase,
        };
        link.query_pairs_mut().append_pair("token", &token);
        let Ok(to) = email.parse() else {
            return Asked::NotAnAddress;
        };
        let mail = Mail {
            to,
            subject: format!(
                "Sign in to {}",
                &base[url::Position::BeforeHost..url::Position::AfterPort]
            ),
            body: mail_body(&base, &link, self.config.validity),
        };
        self.remember(
            hash(token.as_bytes()),
            Pending {
                email,
                browser: hash(ask.browser),
                next: ask.next,
                issued: now,
            },
        );
        if self.mailer.send(mail) {
            Asked::Queued
        } else {
            Asked::QueueFull
        }
    }

    fn remember(&self, key: Hash, pending: Pending) {
        let validity = self.config.validity;
        let mut all = self.pending.lock();
        if all.len() >= MAX_PENDING {
            all.retain(|_, p| p.issued.elapsed() < validity);
        }
        if all.len() >= MAX_PENDING {
            if let Some(oldest) = all.iter().min_by_key(|(_, p)| p.issued).map(|(k, _)| *k) {
                all.remove(&oldest);
            }
        }
        all.insert(key, pending);
    }

    /// Uses up the link of `token` for the browser with id `browser`:
    /// `(email, next)` when it signs in.
    pub fn follow(&self, token: &str, browser: Option<&[u8]>) -> Result<(String, String), Refused> {
        let key = hash(token.as_bytes());
        let mut all = self.pending.lock();
        let pending = all.get(&key).ok_or(Refused::Unknown)?;
        if pending.issued.elapsed() >= self.config.validity {
            all.remove(&key);
            return Err(Refused::Expired);
        }
        // Another browser (or a mail scanner) leaves the link as it was,
        // so the one that asked can still use it.
        if browser.map(hash) != Some(pending.browser) {
            return Err(Refused::OtherBrowser);
        }
        let pending = all.remove(&key).ok_or(Refused::Unknown)?;
        Ok((pending.email, pending.next))
    }
}

/// The mail's text: what it is, the link, and what to do if unasked.
fn mail_body(app: &url::Url, link: &url::Url, validity: Duration) -> String {
    let minutes = validity.as_secs().div_ceil(60);
    format!(
        "Someone asked to sign in to {app} with this email address.\n\n\
         To sign in, open this link in the same browser you asked from. \
         It works once, within {minutes} minutes:\n\n{link}\n\n\
         If you did not ask, ignore this email: the link does not work in \
         any other browser.\n"
    )
}
