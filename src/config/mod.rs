//! The effective configuration, with Streamlit's option names.
//!
//! Every option is declared once in [`options::OPTIONS`] (name, type,
//! default, description, whether rustlit applies it); [`load`] reads the
//! sources in Streamlit's precedence (defaults, the three config.toml files,
//! `STREAMLIT_*` variables, `--section.option` flags) into a [`Resolved`]
//! map that remembers where each value came from; [`Config`] is the typed
//! view the rest of the server uses.

pub mod limits;
pub mod load;
pub mod options;
mod origin;
pub mod show;
pub mod theme_scopes;
pub mod value;

use std::path::{Path, PathBuf};
use std::time::Duration;

pub use load::{ConfigError, Inputs, Resolved, Source};
pub use origin::OriginPolicy;
pub use value::Value;

/// Options of the `[server]` section that rustlit honours.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// `server.port`; `None` means the default (8501, moving on when taken).
    pub port: Option<u16>,
    /// `server.address`; loopback by default, unlike Streamlit, so an app is
    /// never exposed to the network by accident.
    pub address: String,
    pub headless: bool,
    /// `server.baseUrlPath` without leading/trailing slashes ("" = served at `/`).
    pub base_url_path: String,
    /// `server.allowedHosts`: host names, besides IP literals and loopback
    /// names, the server answers (`*.suffix` and `*` allowed).
    pub allowed_hosts: Vec<String>,
    /// `server.frameAncestors`: CSP sources allowed to frame the app.
    pub frame_ancestors: Vec<String>,
    /// `server.chartDataHosts`: CSP sources the page may fetch data and
    /// images from besides the app and the base maps (checked when read).
    pub chart_data_hosts: Vec<String>,
    /// `server.corsAllowedOrigins`: extra origins allowed to open the websocket.
    pub cors_allowed_origins: Vec<String>,
    /// `server.maxMessageSize` in MB: the largest websocket frame accepted.
    pub max_message_size_mb: usize,
    /// `server.disconnectedSessionTTL` in seconds.
    pub disconnected_session_ttl_secs: u64,
    /// `server.runOnSave`: rerun every session when a watched file changes.
    pub run_on_save: bool,
    pub file_watcher_type: WatcherType,
    pub folder_watch_blacklist: Vec<PathBuf>,
    pub folder_watch_list: Vec<PathBuf>,
    /// `server.enableStaticServing`: `<script dir>/static/` at `/app/static/`.
    pub enable_static_serving: bool,
    /// `server.componentOrigin` (rustlit's own): the origin custom components
    /// load from in deployments; unset = `*.components.localhost` on loopback.
    pub component_origin: Option<String>,
    /// `server.scriptHealthCheckEnabled`: serve `/_stcore/script-health-check`.
    pub script_health_check: bool,
    /// `server.maxUploadSize` in MB: the largest file one upload may carry.
    pub max_upload_size_mb: u64,
    /// `server.enableXsrfProtection`: uploads must echo the XSRF cookie.
    pub enable_xsrf_protection: bool,
    /// `server.xsrfCookieSameSite`: "lax", "strict" or "none".
    pub xsrf_cookie_same_site: String,
    /// `server.sslCertFile` / `server.sslKeyFile` (checked and loaded by
    /// `server::tls` at startup).
    pub ssl_cert_file: Option<String>,
    pub ssl_key_file: Option<String>,
    /// `server.hstsMaxAge` (0 = no header), `server.hstsIncludeSubDomains`.
    pub hsts_max_age: u64,
    pub hsts_include_subdomains: bool,
    /// `server.httpRedirectPort`: a plain-HTTP listener that redirects to HTTPS.
    pub http_redirect_port: Option<u16>,
    /// `server.dataEncryptionKeyFile` (read by `at_rest` at startup).
    pub data_encryption_key_file: Option<String>,
    /// `server.allowedNetworks` (empty = every address) and
    /// `server.trustedProxies`, IPv4-mapped blocks already made IPv4.
    pub allowed_networks: Vec<ipnet::IpNet>,
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// `server.forwardedHeader`: "x-forwarded-for" or "forwarded".
    pub forwarded_header: String,
    /// `server.requireLogin`: the whole-app gate (`server::gate`).
    pub require_login: bool,
    /// `server.allowedEmailDomains` / `server.allowedEmails`, normalised.
    pub login_rules: crate::auth::gate::GateRules,
    pub limits: Limits,
}

/// What one client may take of the server (see README, "Limits"). A count of
/// 0 means no limit; every limit is refused with a logged reason.
#[derive(Debug, Clone)]
pub struct Limits {
    /// The smaller of `server.maxWidgetStateSize` and `server.maxMessageSize`.
    pub max_inbound_message_bytes: usize,
    pub max_sessions: usize,
    pub max_sessions_per_client: usize,
    pub max_messages_per_second: u32,
    pub max_script_threads: usize,
    pub max_connections: usize,
    pub http_header_timeout: Duration,
    pub websocket_ping_interval: Duration,
    pub websocket_write_timeout: Duration,
    pub max_outbox_bytes: usize,
    pub max_outbox_memory_bytes: usize,
    pub max_upload_memory_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Config::default().server.limits
    }
}

const MB: u64 = 1024 * 1024;

fn limits(non_negative: &dyn Fn(&str) -> Result<u64, ConfigError>) -> Result<Limits, ConfigError> {
    let count = |name: &str| -> Result<usize, ConfigError> {
        Ok(usize::try_from(non_negative(name)?).unwrap_or(usize::MAX))
    };
    let secs = |name: &str, at_least: u64| -> Result<Duration, ConfigError> {
        Ok(Duration::from_secs(non_negative(name)?.max(at_least)))
    };
    let inbound_mb = non_negative("server.maxWidgetStateSize")?
        .min(non_negative("server.maxMessageSize")?)
        .max(1);
    let ping = match non_negative("server.websocketPingInterval") {
        Ok(0) | Err(_) => 20,
        Ok(secs) => secs,
    };
    let upload_mb =
        non_negative("server.maxUploadMemory")?.max(non_negative("server.maxUploadSize")?);
    Ok(Limits {
        max_inbound_message_bytes: usize::try_from(inbound_mb.saturating_mul(MB))
            .unwrap_or(usize::MAX),
        max_sessions: count("server.maxSessions")?,
        max_sessions_per_client: count("server.maxSessionsPerClient")?,
        max_messages_per_second: u32::try_from(non_negative("server.maxMessagesPerSecond")?)
            .unwrap_or(u32::MAX),
        max_script_threads: count("server.maxScriptThreads")?.max(1),
        max_connections: count("server.maxConnections")?,
        http_header_timeout: secs("server.httpHeaderTimeout", 1)?,
        websocket_ping_interval: Duration::from_secs(ping),
        websocket_write_timeout: secs("server.websocketWriteTimeout", 1)?,
        max_outbox_bytes: usize::try_from(
            non_negative("server.maxOutboxSize")?
                .max(1)
                .saturating_mul(MB),
        )
        .unwrap_or(usize::MAX),
        max_outbox_memory_bytes: usize::try_from(
            non_negative("server.maxOutboxMemory")?.saturating_mul(MB),
        )
        .unwrap_or(usize::MAX),
        max_upload_memory_bytes: upload_mb.saturating_mul(MB),
    })
}

/// `server.fileWatcherType`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WatcherType {
    /// Native file-system events (Streamlit's `auto` and `watchdog`), falling
    /// back to polling where they are unavailable.
    Auto,
    Poll,
    None,
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
    /// `logger.level`: error, warning, info or debug.
    pub log_level: String,
    /// `logger.hideWelcomeMessage`: no startup banner with the URLs.
    pub hide_welcome_message: bool,
    /// `secrets.files`, defaulted to Streamlit's three locations.
    pub secrets_files: Vec<PathBuf>,
    /// Every option with its source, for `config show`.
    pub resolved: Resolved,
}

impl Default for Config {
    /// Built-in defaults only (no files, no environment).
    fn default() -> Self {
        let env = |_: &str| None;
        let inputs = Inputs {
            home: None,
            cwd: std::env::temp_dir().join("rustlit-defaults-only"),
            script_dir: None,
            env: &env,
            flags: Vec::new(),
        };
        let resolved = load::load(&inputs).expect("the built-in defaults are valid");
        Config::from_resolved(resolved, &inputs).expect("the built-in defaults are valid")
    }
}

impl Config {
    /// Reads every source; `script_dir` is the main script's folder.
    pub fn load(
        script_dir: Option<&Path>,
        flags: Vec<(&'static str, String)>,
    ) -> Result<Config, ConfigError> {
        let env = |name: &str| std::env::var(name).ok();
        let inputs = Inputs {
            home: home_dir(),
            cwd: std::env::current_dir().unwrap_or_else(|_| PathBuf::from(".")),
            script_dir: script_dir.map(Path::to_path_buf),
            env: &env,
            flags,
        };
        let resolved = load::load(&inputs)?;
        Config::from_resolved(resolved, &inputs)
    }

    fn from_resolved(resolved: Resolved, inputs: &Inputs<'_>) -> Result<Config, ConfigError> {
        let r = &resolved;
        let int = |name: &str| r.get(name).as_int().unwrap_or_default();
        let bool_of = |name: &str| r.get(name).as_bool().unwrap_or_default();
        let string = |name: &str| r.get(name).as_str().unwrap_or_default().to_string();
        let paths = |name: &str| r.get(name).as_list().iter().map(PathBuf::from).collect();
        let port = match r.source("server.port") {
            Source::Default => None,
            source => {
                Some(
                    u16::try_from(int("server.port")).map_err(|_| ConfigError::Invalid {
                        place: source,
                        option: "server.port".into(),
                        shown: int("server.port").to_string(),
                        expected: "a port number from 0 to 65535".into(),
                    })?,
                )
            }
        };
        let non_negative = |name: &str| -> Result<u64, ConfigError> {
            u64::try_from(int(name)).map_err(|_| ConfigError::Invalid {
                place: r.source(name),
                option: name.into(),
                shown: int(name).to_string(),
                expected: "a number of at least 0".into(),
            })
        };
        let networks = |name: &str| -> Result<Vec<ipnet::IpNet>, ConfigError> {
            r.get(name)
                .as_list()
                .iter()
                .map(|entry| {
                    crate::server::network::parse_network(entry).ok_or_else(|| {
                        ConfigError::Invalid {
                            place: r.source(name),
                            option: name.into(),
                            shown: format!("{entry:?}"),
                            expected: "CIDR blocks or addresses such as 10.0.0.0/8, 192.168.1.7 or 2001:db8::/32".into(),
                        }
                    })
                })
                .collect()
        };
        let data_hosts = |name: &str| -> Result<Vec<String>, ConfigError> {
            r.get(name)
                .as_list()
                .iter()
                .map(|entry| {
                    crate::server::security::parse_data_host(entry).ok_or_else(|| {
                        ConfigError::Invalid {
                            place: r.source(name),
                            option: name.into(),
                            shown: format!("{entry:?}"),
                            expected: "CSP host sources such as https://tiles.example.com, https://*.example.com, http://10.0.0.5:8080 or *".into(),
                        }
                    })
                })
                .collect()
        };
        let gate_list = |name: &str,
                         parse: fn(&str) -> Option<String>,
                         expected: &str|
         -> Result<Vec<String>, ConfigError> {
            r.get(name)
                .as_list()
                .iter()
                .map(|entry| {
                    parse(entry).ok_or_else(|| ConfigError::Invalid {
                        place: r.source(name),
                        option: name.into(),
                        shown: format!("{entry:?}"),
                        expected: expected.into(),
                    })
                })
                .collect()
        };
        let optional_port = |name: &str| -> Result<Option<u16>, ConfigError> {
            match r.get(name).as_int() {
                None => Ok(None),
                Some(n) => u16::try_from(n)
                    .map(Some)
                    .map_err(|_| ConfigError::Invalid {
                        place: r.source(name),
                        option: name.into(),
                        shown: n.to_string(),
                        expected: "a port number from 0 to 65535".into(),
                    }),
            }
        };
        let optional_string = |name: &str| {
            r.get(name)
                .as_str()
                .map(str::to_string)
                .filter(|s| !s.trim().is_empty())
        };
        let headless = r
            .get("server.headless")
            .as_bool()
            .unwrap_or_else(no_display);
        let file_watcher_type = match r.get("server.fileWatcherType").as_str() {
            Some("poll") => WatcherType::Poll,
            Some("none") => WatcherType::None,
            _ => WatcherType::Auto,
        };
        let secrets_files = match r.get("secrets.files") {
            Value::List(files) => files.iter().map(|f| expand_home(f)).collect(),
            _ => default_secrets_files(inputs),
        };
        let server = ServerConfig {
            port,
            address: string("server.address"),
            headless,
            base_url_path: normalize_base_url_path(&string("server.baseUrlPath")),
            cors_allowed_origins: r.get("server.corsAllowedOrigins").as_list().to_vec(),
            allowed_hosts: r.get("server.allowedHosts").as_list().to_vec(),
            frame_ancestors: r.get("server.frameAncestors").as_list().to_vec(),
            chart_data_hosts: data_hosts("server.chartDataHosts")?,
            max_message_size_mb: non_negative("server.maxMessageSize")?.max(1) as usize,
            disconnected_session_ttl_secs: non_negative("server.disconnectedSessionTTL")?,
            run_on_save: bool_of("server.runOnSave"),
            file_watcher_type,
            folder_watch_blacklist: paths("server.folderWatchBlacklist"),
            folder_watch_list: paths("server.folderWatchList"),
            enable_static_serving: bool_of("server.enableStaticServing"),
            component_origin: Some(string("server.componentOrigin")).filter(|s| !s.is_empty()),
            max_upload_size_mb: non_negative("server.maxUploadSize")?,
            script_health_check: bool_of("server.scriptHealthCheckEnabled"),
            enable_xsrf_protection: bool_of("server.enableXsrfProtection"),
            xsrf_cookie_same_site: string("server.xsrfCookieSameSite"),
            ssl_cert_file: optional_string("server.sslCertFile"),
            ssl_key_file: optional_string("server.sslKeyFile"),
            hsts_max_age: non_negative("server.hstsMaxAge")?,
            hsts_include_subdomains: bool_of("server.hstsIncludeSubDomains"),
            http_redirect_port: optional_port("server.httpRedirectPort")?,
            data_encryption_key_file: optional_string("server.dataEncryptionKeyFile"),
            allowed_networks: networks("server.allowedNetworks")?,
            trusted_proxies: networks("server.trustedProxies")?,
            forwarded_header: string("server.forwardedHeader"),
            require_login: bool_of("server.requireLogin"),
            login_rules: crate::auth::gate::GateRules {
                domains: gate_list(
                    "server.allowedEmailDomains",
                    crate::auth::gate::domain_entry,
                    "domain names such as example.org",
                )?,
                emails: gate_list(
                    "server.allowedEmails",
                    crate::auth::gate::email_entry,
                    "email addresses such as ann@example.org",
                )?,
            },
            limits: limits(&non_negative)?,
        };
        Ok(Config {
            server,
            runner: RunnerConfig {
                fast_reruns: bool_of("runner.fastReruns"),
            },
            gather_usage_stats: bool_of("browser.gatherUsageStats"),
            log_level: string("logger.level"),
            hide_welcome_message: bool_of("logger.hideWelcomeMessage"),
            secrets_files,
            resolved,
        })
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

pub fn home_dir() -> Option<PathBuf> {
    std::env::var_os("HOME")
        .filter(|h| !h.is_empty())
        .map(PathBuf::from)
}

fn expand_home(path: &str) -> PathBuf {
    match (path.strip_prefix("~/"), home_dir()) {
        (Some(rest), Some(home)) => home.join(rest),
        _ => PathBuf::from(path),
    }
}

/// Streamlit's `secrets.files` default: global, then the launch folder's,
/// then (1.67) the script folder's `.streamlit/secrets.toml`.
fn default_secrets_files(inputs: &Inputs<'_>) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = Vec::new();
    let dirs = inputs
        .home
        .iter()
        .chain(std::iter::once(&inputs.cwd))
        .chain(inputs.script_dir.iter());
    for dir in dirs {
        let file = dir.join(".streamlit").join("secrets.toml");
        if !files.contains(&file) {
            files.push(file);
        }
    }
    files
}

/// Streamlit's headless default: Linux without a display.
fn no_display() -> bool {
    cfg!(target_os = "linux")
        && std::env::var_os("DISPLAY").is_none()
        && std::env::var_os("WAYLAND_DISPLAY").is_none()
}
