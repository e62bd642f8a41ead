//! `st.login`, `st.logout` and `st.user`: OpenID Connect login as Streamlit
//! 1.67 has it (same `[auth]` secrets, same routes `/auth/login`,
//! `/oauth2callback`, `/auth/logout` under `server.baseUrlPath`), done as
//! RFC 9700 asks:
//!
//! - authorization-code flow with PKCE S256 always; `state` and `nonce` are
//!   random, single-use, kept server-side for ten minutes and bound to the
//!   browser that started the login by a sealed flow cookie;
//! - the ID token is verified (`oidc.rs`): signature with the provider's
//!   JWKS, algorithm allow-list, `iss`, `aud`/`azp`, `exp`/`nbf`/`iat` with
//!   120 s of skew, `nonce`;
//! - the login lives server-side (`Logins`); the browser holds only a sealed
//!   (AES-256-GCM) random id in the HttpOnly, SameSite=Lax `_streamlit_user`
//!   cookie, `Secure` whenever the page is HTTPS. Logout deletes the server
//!   side, so the old cookie no longer works anywhere;
//! - the only place a login returns to is a path of this app (`next`), kept
//!   server-side with the state.
//!
//! The websocket reads the cookie at connect (`user_from_headers`) and the
//! session hands the login to the script (`_rustlit.user_info`). A login
//! that ends (logout, expiry) is announced on `ended`, so the sockets opened
//! with it close at once instead of at their next reconnect.

pub mod config;
pub mod email;
pub mod gate;
pub mod oidc;
pub mod routes;
pub mod seal;

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use axum::http::{header, HeaderMap};
use parking_lot::Mutex;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

pub use config::{AuthConfig, ProviderConfig};
use oidc::Oidc;
use seal::Sealer;

pub const USER_COOKIE: &str = "_streamlit_user";
pub const FLOW_COOKIE: &str = "_streamlit_auth_flow";
/// Cookies a script never sees in `st.context` (bearer credentials).
pub const HIDDEN_COOKIES: [&str; 3] = [USER_COOKIE, FLOW_COOKIE, email::BROWSER_COOKIE];

/// How long a started login may take (state, nonce and verifier kept).
const FLOW_TTL: Duration = Duration::from_secs(600);
const MAX_FLOWS: usize = 10_000;
/// A login lasts as long as 1.67's cookie (30 days), unless logged out.
pub const LOGIN_LIFETIME: Duration = Duration::from_secs(30 * 24 * 3600);
const MAX_LOGINS: usize = 100_000;
/// A login URL made by `st.login` is good for two minutes (as 1.67's).
const PROVIDER_TOKEN_TTL: u64 = 120;
/// Unknown-kid JWKS refetches: at most one per this interval.
const JWKS_REFETCH_INTERVAL: Duration = Duration::from_secs(10);
/// A component ticket (the gate's pass for the component origin, where the
/// login cookie is never sent) is good for a day; every SessionInit brings
/// a new one, and it dies with its login.
const COMPONENT_TICKET_TTL: u64 = 24 * 3600;
/// Ended logins a slow socket may miss before it falls back to asking
/// whether its own login still lives (`LoginWatch`).
const ENDED_BACKLOG: usize = 256;

/// One logged-in browser.
#[derive(Debug)]
pub struct SignedIn {
    pub sid: String,
    pub provider: String,
    pub claims: Map<String, Value>,
    pub id_token: String,
    pub access_token: Option<String>,
    pub expires: SystemTime,
}

impl SignedIn {
    /// What `st.user` holds, in 1.67's order: `is_logged_in`, the ID token's
    /// claims, `provider`, then `tokens` (only the kinds `expose_tokens`
    /// names).
    pub fn user_info(&self, expose: &[String]) -> Value {
        let mut info = Map::new();
        info.insert("is_logged_in".into(), Value::Bool(true));
        for (key, value) in &self.claims {
            if key != "is_logged_in" && key != "origin" && key != "provider" {
                info.insert(key.clone(), value.clone());
            }
        }
        info.insert("provider".into(), Value::String(self.provider.clone()));
        let mut tokens = Map::new();
        for kind in expose {
            let token = match kind.as_str() {
                "id" => Some(self.id_token.clone()),
                "access" => self.access_token.clone(),
                _ => None,
            };
            if let Some(token) = token {
                tokens.insert(kind.clone(), Value::String(token));
            }
        }
        info.insert("tokens".into(), Value::Object(tokens));
        Value::Object(info)
    }

    pub fn email(&self) -> Option<&str> {
        self.claims.get("email").and_then(Value::as_str)
    }
}

/// A login in progress, found by its `state`.
struct Flow {
    provider: String,
    nonce: String,
    verifier: String,
    next: String,
    started: Instant,
}

#[derive(Serialize, Deserialize)]
struct ComponentTicket {
    sid: String,
    exp: u64,
}

#[derive(Serialize, Deserialize)]
struct ProviderToken {
    provider: String,
    exp: u64,
}

pub struct Auth {
    pub config: AuthConfig,
    /// The ids of logins that ended (logout, expiry), for open sockets.
    ended: tokio::sync::broadcast::Sender<Arc<str>>,
    sealer: Sealer,
    oidc: Oidc,
    flows: Mutex<HashMap<String, Flow>>,
    logins: Mutex<HashMap<String, Arc<SignedIn>>>,
    /// `server.emailSignIn`: emailed sign-in links, beside the providers.
    pub email: Option<email::EmailSignIn>,
    /// `/` or `/<server.baseUrlPath>/`.
    pub base: String,
}

static GLOBAL: OnceLock<Arc<Auth>> = OnceLock::new();

/// Makes `auth` the one the script side (`_rustlit`) uses.
pub fn install(auth: Arc<Auth>) {
    let _ = GLOBAL.set(auth);
}

pub fn global() -> Option<&'static Arc<Auth>> {
    GLOBAL.get()
}

fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

impl Auth {
    pub fn new(config: AuthConfig, base: &str) -> Auth {
        Auth {
            sealer: Sealer::new(&config.cookie_secret),
            ended: tokio::sync::broadcast::channel(ENDED_BACKLOG).0,
            config,
            oidc: Oidc::new(JWKS_REFETCH_INTERVAL),
            flows: Mutex::new(HashMap::new()),
            logins: Mutex::new(HashMap::new()),
            email: None,
            base: base.to_string(),
        }
    }

    /// With emailed sign-in links (`server.emailSignIn`).
    pub fn with_email(mut self, email: email::EmailSignIn) -> Auth {
        self.email = Some(email);
        self
    }

    /// The URL `st.login(provider)` sends the page to: the provider name
    /// sealed with a two-minute expiry, so nobody picks a provider by URL.
    pub fn login_url(&self, provider: &str) -> String {
        let token = ProviderToken {
            provider: provider.to_string(),
            exp: now_secs() + PROVIDER_TOKEN_TTL,
        };
        let plain = serde_json::to_vec(&token).unwrap_or_default();
        format!(
            "{}auth/login?provider={}",
            self.base,
            self.sealer.seal("provider", &plain)
        )
    }

    fn provider_from_token(&self, token: &str) -> Option<&ProviderConfig> {
        let plain = self.sealer.open("provider", token)?;
        let token: ProviderToken = serde_json::from_slice(&plain).ok()?;
        if token.exp < now_secs() {
            return None;
        }
        self.config.providers.get(&token.provider)
    }

    fn start_flow(&self, flow: Flow) -> String {
        let state = seal::random_token(32);
        let mut flows = self.flows.lock();
        flows.retain(|_, f| f.started.elapsed() < FLOW_TTL);
        if flows.len() >= MAX_FLOWS {
            // Oldest first: a flood of started logins cannot grow memory.
            if let Some(oldest) = flows
                .iter()
                .min_by_key(|(_, f)| f.started)
                .map(|(k, _)| k.clone())
            {
                flows.remove(&oldest);
            }
        }
        flows.insert(state.clone(), flow);
        state
    }

    /// Takes the flow of `state` (single use).
    fn take_flow(&self, state: &str) -> Option<Flow> {
        let flow = self.flows.lock().remove(state)?;
        (flow.started.elapsed() < FLOW_TTL).then_some(flow)
    }

    fn add_login(&self, login: SignedIn) -> Arc<SignedIn> {
        let login = Arc::new(login);
        let mut logins = self.logins.lock();
        if logins.len() >= MAX_LOGINS {
            let now = SystemTime::now();
            logins.retain(|_, l| l.expires > now);
        }
        if logins.len() >= MAX_LOGINS {
            if let Some(oldest) = logins
                .iter()
                .min_by_key(|(_, l)| l.expires)
                .map(|(k, _)| k.clone())
            {
                logins.remove(&oldest);
            }
        }
        logins.insert(login.sid.clone(), login.clone());
        login
    }

    /// The login the request's `_streamlit_user` cookie stands for, if it
    /// opens, is known and has not expired.
    pub fn user_from_headers(&self, headers: &HeaderMap) -> Option<Arc<SignedIn>> {
        let sealed = cookie(headers, USER_COOKIE)?;
        let sid = self.sealer.open("user", &sealed)?;
        let sid = String::from_utf8(sid).ok()?;
        let login = self.logins.lock().get(&sid).cloned()?;
        (login.expires > SystemTime::now()).then_some(login)
    }

    /// A pass for component files on the component origin, for `login`:
    /// sealed, so it cannot be made without the cookie secret.
    pub fn component_ticket(&self, login: &SignedIn) -> String {
        let ticket = ComponentTicket {
            sid: login.sid.clone(),
            exp: now_secs() + COMPONENT_TICKET_TTL,
        };
        let plain = serde_json::to_vec(&ticket).unwrap_or_default();
        self.sealer.seal("component", &plain)
    }

    /// The login a component ticket was made for, while both are good.
    pub fn login_from_ticket(&self, ticket: &str) -> Option<Arc<SignedIn>> {
        let plain = self.sealer.open("component", ticket)?;
        let ticket: ComponentTicket = serde_json::from_slice(&plain).ok()?;
        if ticket.exp < now_secs() {
            return None;
        }
        let login = self.logins.lock().get(&ticket.sid).cloned()?;
        (login.expires > SystemTime::now()).then_some(login)
    }

    /// Ends a login: its cookie no longer works, on any browser, and the
    /// sockets opened with it are told.
    pub fn revoke(&self, sid: &str) -> Option<Arc<SignedIn>> {
        let login = self.logins.lock().remove(sid)?;
        // An error only says no socket listens.
        let _ = self.ended.send(Arc::from(sid));
        Some(login)
    }

    /// Ends the logins whose lifetime is over (run periodically), so their
    /// sockets close as a logout's do; returns how many.
    pub fn expire_logins(&self) -> usize {
        let now = SystemTime::now();
        let expired: Vec<String> = {
            let mut logins = self.logins.lock();
            let expired: Vec<String> = logins
                .iter()
                .filter(|(_, l)| l.expires <= now)
                .map(|(sid, _)| sid.clone())
                .collect();
            for sid in &expired {
                logins.remove(sid);
            }
            expired
        };
        for sid in &expired {
            let _ = self.ended.send(Arc::from(sid.as_str()));
        }
        expired.len()
    }

    /// Whether login `sid` is still good.
    fn is_live(&self, sid: &str) -> bool {
        self.logins
            .lock()
            .get(sid)
            .is_some_and(|l| l.expires > SystemTime::now())
    }

    /// Watches for the end of the logins; take it before reading the
    /// request's login, so an end in between is not missed.
    pub fn watch(self: &Arc<Self>) -> LoginWatch {
        LoginWatch {
            auth: self.clone(),
            ended: self.ended.subscribe(),
        }
    }
}

/// One socket's watch on the end of its login.
pub struct LoginWatch {
    auth: Arc<Auth>,
    ended: tokio::sync::broadcast::Receiver<Arc<str>>,
}

impl LoginWatch {
    /// Resolves when login `sid` ends (cancel-safe: for `select!`).
    pub async fn ended(&mut self, sid: &str) {
        use tokio::sync::broadcast::error::RecvError;
        loop {
            match self.ended.recv().await {
                Ok(ended) if &*ended == sid => return,
                Ok(_) => {}
                // Missed some: ask instead.
                Err(RecvError::Lagged(_)) => {
                    if !self.auth.is_live(sid) {
                        return;
                    }
                }
                Err(RecvError::Closed) => std::future::pending::<()>().await,
            }
        }
    }
}

/// The value of cookie `name` in the request (the first one).
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(n, _)| *n == name)
        .map(|(_, v)| v.trim_matches('"').to_string())
}

/// A `Cookie` header value without the cookies scripts must not see.
pub fn without_hidden_cookies(value: &str) -> String {
    value
        .split(';')
        .map(str::trim)
        .filter(|pair| {
            let name = pair.split_once('=').map_or(*pair, |(n, _)| n);
            !HIDDEN_COOKIES.contains(&name)
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The login a session was opened with, shared by the session and its runs
/// so `st.logout` ends it for both.
#[derive(Debug, Clone, Default)]
pub struct UserSlot(Arc<Mutex<SlotState>>);

#[derive(Debug, Default)]
struct SlotState {
    user: Option<Arc<SignedIn>>,
    /// `st.logout` ran in this session: it resumes for nobody.
    logged_out: bool,
}

impl PartialEq for UserSlot {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl UserSlot {
    pub fn new(user: Option<Arc<SignedIn>>) -> UserSlot {
        UserSlot(Arc::new(Mutex::new(SlotState {
            user,
            logged_out: false,
        })))
    }

    pub fn get(&self) -> Option<Arc<SignedIn>> {
        self.0.lock().user.clone()
    }

    /// `st.logout`: the session forgets its user and cannot be resumed.
    pub fn log_out(&self) {
        let mut state = self.0.lock();
        state.user = None;
        state.logged_out = true;
    }

    /// Whether a socket whose cookie stands for login `sid` (or none) may
    /// take this session over: only the same login, never after st.logout.
    pub fn resumable_by(&self, sid: Option<&str>) -> bool {
        let state = self.0.lock();
        !state.logged_out && state.user.as_ref().map(|u| u.sid.as_str()) == sid
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_cookies_are_dropped_from_the_scripts_view() {
        assert_eq!(
            without_hidden_cookies("a=1; _streamlit_user=xyz; _streamlit_auth_flow=q; b=2"),
            "a=1; b=2"
        );
    }

    fn auth() -> Arc<Auth> {
        let config = AuthConfig {
            redirect_uri: None,
            cookie_secret: "a cookie secret of some length".into(),
            expose_tokens: Vec::new(),
            providers: Default::default(),
        };
        Arc::new(Auth::new(config, "/"))
    }

    fn login(sid: &str, expires: SystemTime) -> SignedIn {
        SignedIn {
            sid: sid.into(),
            provider: "default".into(),
            claims: Map::new(),
            id_token: String::new(),
            access_token: None,
            expires,
        }
    }

    #[tokio::test]
    async fn an_expired_login_ends_and_its_watchers_hear_of_it() {
        let auth = auth();
        let mut watch = auth.watch();
        let past = SystemTime::now() - Duration::from_secs(1);
        auth.add_login(login("old", past));
        auth.add_login(login("live", SystemTime::now() + LOGIN_LIFETIME));
        assert_eq!(auth.expire_logins(), 1);
        assert!(!auth.is_live("old") && auth.is_live("live"));
        // Already announced: resolves without waiting.
        let heard = tokio::time::timeout(Duration::from_secs(5), watch.ended("old")).await;
        assert!(heard.is_ok(), "the watcher heard of the expiry");
        // Another login's end does not end this one's watch.
        use futures_util::FutureExt as _;
        let mut watch = auth.watch();
        auth.add_login(login("mine", SystemTime::now() + LOGIN_LIFETIME));
        auth.add_login(login("other", SystemTime::now() + LOGIN_LIFETIME));
        auth.revoke("other");
        auth.revoke("unknown");
        assert!(watch.ended("mine").now_or_never().is_none());
        auth.revoke("mine");
        assert!(watch.ended("mine").now_or_never().is_some());
    }

    #[tokio::test]
    async fn a_watcher_that_missed_announcements_asks_instead() {
        let auth = auth();
        let mut watch = auth.watch();
        auth.add_login(login("mine", SystemTime::now() + LOGIN_LIFETIME));
        auth.revoke("mine");
        // More ends than the backlog holds push "mine" out of it.
        for n in 0..ENDED_BACKLOG + 10 {
            let sid = format!("s{n}");
            auth.add_login(login(&sid, SystemTime::now() + LOGIN_LIFETIME));
            auth.revoke(&sid);
        }
        tokio::time::timeout(Duration::from_secs(5), watch.ended("mine"))
            .await
            .expect("a lagging watch finds its login gone");
    }

    #[test]
    fn user_info_has_1_67s_keys_and_only_exposed_tokens() {
        let mut claims = Map::new();
        claims.insert("sub".into(), "u1".into());
        claims.insert("email".into(), "a@b.c".into());
        let login = SignedIn {
            sid: "s".into(),
            provider: "default".into(),
            claims,
            id_token: "idt".into(),
            access_token: Some("at".into()),
            expires: SystemTime::now(),
        };
        let info = login.user_info(&["id".into()]);
        let keys: Vec<&String> = info.as_object().unwrap().keys().collect();
        assert!(keys.contains(&&"is_logged_in".to_string()));
        assert_eq!(info["provider"], "default");
        assert_eq!(info["tokens"], serde_json::json!({"id": "idt"}));
    }
}
