//! The effective configuration, with Streamlit's option names.
//!
//! This slice reads command-line flags only (`--server.port 8080`); config
//! files and `STREAMLIT_*` environment variables come with the development-loop
//! work. Every option keeps the dotted name a Streamlit user already knows.

mod origin;

pub use origin::OriginPolicy;

/// Options of the `[server]` section that rustlit honours.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// `server.port`; `None` means the default (8501).
    pub port: Option<u16>,
    /// `server.address`; loopback by default, unlike Streamlit, so an app is
    /// never exposed to the network by accident.
    pub address: String,
    pub headless: bool,
    /// `server.baseUrlPath` without leading/trailing slashes ("" = served at `/`).
    pub base_url_path: String,
    /// `server.corsAllowedOrigins`: extra origins allowed to open the websocket.
    pub cors_allowed_origins: Vec<String>,
    /// `server.maxMessageSize` in MB: the largest websocket frame accepted.
    pub max_message_size_mb: usize,
    /// `server.disconnectedSessionTTL` in seconds.
    pub disconnected_session_ttl_secs: u64,
}

/// Options of the `[runner]` section.
#[derive(Debug, Clone)]
pub struct RunnerConfig {
    /// `runner.fastReruns`. rustlit always ends an interrupted run at its next
    /// `st.*` call and starts the new one on the same runner thread, which is
    /// what this option buys in Streamlit; the flag is accepted for
    /// compatibility.
    pub fast_reruns: bool,
}

#[derive(Debug, Clone)]
pub struct Config {
    pub server: ServerConfig,
    pub runner: RunnerConfig,
    /// `browser.gatherUsageStats`: accepted, rustlit never collects statistics.
    pub gather_usage_stats: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            server: ServerConfig {
                port: None,
                address: "127.0.0.1".into(),
                headless: false,
                base_url_path: String::new(),
                cors_allowed_origins: Vec::new(),
                max_message_size_mb: 200,
                disconnected_session_ttl_secs: 120,
            },
            runner: RunnerConfig { fast_reruns: true },
            gather_usage_stats: false,
        }
    }
}

impl ServerConfig {
    pub const DEFAULT_PORT: u16 = 8501;

    pub fn effective_port(&self) -> u16 {
        self.port.unwrap_or(Self::DEFAULT_PORT)
    }

    /// `/base/` for a base path "base", `/` when there is none.
    pub fn base_prefix(&self) -> String {
        if self.base_url_path.is_empty() {
            "/".into()
        } else {
            format!("/{}/", self.base_url_path)
        }
    }
}

/// Strips the slashes Streamlit tolerates around `server.baseUrlPath`.
pub fn normalize_base_url_path(raw: &str) -> String {
    raw.trim_matches('/').to_string()
}
