//! `rustlit run`: read the configuration, check the script, start Python,
//! bind, print where to go.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use anyhow::{bail, Context};

use crate::cli::RunArgs;
use crate::config::Config;
use crate::runner::{OptionValue, Runner, SourceConfig};
use crate::server::{self, AppInfo, AppState};
use crate::session::{SessionCaps, SessionRegistry, SessionSettings};
use crate::watch::{self, AppWatcher};

pub fn run(args: RunArgs, flags: Vec<(&'static str, String)>) -> anyhow::Result<()> {
    let script = resolve_script(args.target.as_deref())?;
    let config = Config::load(script.parent(), flags)?;
    init_logging(&config.log_level);
    for warning in &config.resolved.warnings {
        tracing::warn!("{warning}");
    }
    for warning in crate::theme::from_config(&config.resolved).1 {
        tracing::warn!("{warning}");
    }
    // Before Python starts: a bad certificate or key is a one-line error.
    let tls = load_tls(&config)?;
    if let Some(path) = &config.server.data_encryption_key_file {
        crate::at_rest::install(crate::at_rest::AtRestKey::from_file(Path::new(path))?);
    }
    let (runner, python) = Runner::start(
        script.clone(),
        args.script_args.clone(),
        config.server.limits.max_script_threads,
    )?;
    tracing::debug!(
        "Python {} from {}",
        python.version,
        python.executable.display()
    );
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_name("rustlit-io")
        .build()
        .context("could not start the async runtime")?;
    rt.block_on(serve(config, script, runner, python.version, tls))
}

/// `server.sslCertFile`/`server.sslKeyFile`: the TLS configuration, or an
/// error naming the option and the file.
fn load_tls(config: &Config) -> anyhow::Result<Option<Arc<rustls::ServerConfig>>> {
    let files = server::tls::TlsFiles::from_options(
        config.server.ssl_cert_file.as_deref(),
        config.server.ssl_key_file.as_deref(),
    )?;
    let Some(files) = files else {
        if config.server.http_redirect_port.is_some() {
            bail!("server.httpRedirectPort redirects to HTTPS: set server.sslCertFile and server.sslKeyFile too");
        }
        return Ok(None);
    };
    if let Some(origin) = &config.server.component_origin {
        if origin.trim().to_ascii_lowercase().starts_with("http://") {
            tracing::warn!("server.componentOrigin {origin} is http:// while the app is served over HTTPS: browsers block such frames; use https://");
        }
    }
    let tls = server::tls::server_config(&files)?;
    // Components load from their own host names over the same listener: a
    // certificate without them breaks components, not the app, so warn.
    if let Ok(origins) =
        crate::components::ComponentOrigins::new(config.server.component_origin.as_deref())
    {
        let component_host = origins.sample_host();
        let relevant = origins.is_configured() || server::tls::names(&files, "localhost")?;
        if relevant && !server::tls::names(&files, &component_host)? {
            let wanted = if origins.is_configured() {
                "the host of server.componentOrigin (a wildcard for {label} origins)"
            } else {
                "*.components.localhost"
            };
            tracing::warn!(
                "the certificate in server.sslCertFile does not name {component_host}: custom components will not load over HTTPS; add {wanted} to the certificate"
            );
        }
    }
    Ok(Some(tls))
}

async fn serve(
    config: Config,
    script: PathBuf,
    runner: Runner,
    python_version: String,
    tls: Option<Arc<rustls::ServerConfig>>,
) -> anyhow::Result<()> {
    let address = config.server.address.clone();
    let listener = bind_with_fallback(&config).await?;
    let port = listener.local_addr()?.port();
    let redirect = match config.server.http_redirect_port {
        Some(redirect_port) => Some(server::bind(&address, redirect_port).await.map_err(
            |e| match e {
                server::ServerError::PortInUse { address, port } => {
                    server::ServerError::RedirectPortInUse { address, port }
                }
                other => other,
            },
        )?),
        None => None,
    };
    let redirect_port = match &redirect {
        Some(listener) => Some(listener.local_addr()?.port()),
        None => None,
    };
    let scheme = if tls.is_some() { "https" } else { "http" };
    let ttl = Duration::from_secs(config.server.disconnected_session_ttl_secs);
    let sessions = Arc::new(SessionRegistry::new(
        runner.clone(),
        ttl,
        SessionSettings {
            upload_limits: crate::uploads::UploadLimits::from_config(&config.server),
            upload_budget: Arc::new(crate::uploads::UploadBudget::new(
                config.server.limits.max_upload_memory_bytes,
            )),
            run_on_save: config.server.run_on_save,
            max_outbox_bytes: config.server.limits.max_outbox_bytes,
            outbox_budget: Arc::new(crate::runner::OutboxBudget::new(
                config.server.limits.max_outbox_memory_bytes,
            )),
        },
        SessionCaps {
            total: config.server.limits.max_sessions,
            per_client: config.server.limits.max_sessions_per_client,
        },
    ));
    let script_dir = script.parent().map(Path::to_path_buf).unwrap_or_default();
    let _watcher = start_watching(&config, &script, &runner, &sessions)?;
    let script_name = script
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let state = AppState::new(
        &config,
        sessions,
        AppInfo {
            script_name,
            python_version,
            static_dir: config
                .server
                .enable_static_serving
                .then(|| script_dir.join("static")),
        },
    );
    let (auth, gate) = load_auth(&config, port)?;
    let state = AppState {
        auth,
        gate,
        ..state
    };
    if let Some(auth) = &state.auth {
        crate::auth::install(auth.clone());
    }
    if config.hide_welcome_message {
        tracing::info!("serving on port {port}");
    } else {
        print_banner(&config, &script, &address, port, scheme, redirect_port);
    }
    if !config.server.headless {
        open_browser(&format!(
            "{scheme}://localhost:{port}{}",
            config.server.base_prefix()
        ));
    }
    let listeners = server::Listeners { tls, redirect };
    server::serve(listener, state, listeners, async {
        let _ = tokio::signal::ctrl_c().await;
        println!("  Stopping...");
    })
    .await?;
    Ok(())
}

/// `[auth]` in secrets.toml: logins on, or why not (one log line; the
/// script's `st.login` raises 1.67's error for a missing section), and the
/// whole-app gate of `server.requireLogin`, which cannot run without a
/// provider: then the server does not start (an app meant to be private is
/// never served open by mistake).
type AuthAndGate = (
    Option<Arc<crate::auth::Auth>>,
    Option<Arc<server::gate::Gate>>,
);

fn load_auth(config: &Config, port: u16) -> anyhow::Result<AuthAndGate> {
    let rules = &config.server.login_rules;
    if !config.server.require_login && !rules.is_open_to_any_login() {
        bail!(
            "server.allowedEmailDomains and server.allowedEmails apply only to the login gate: \
             set server.requireLogin = true (or remove them)"
        );
    }
    let email = crate::auth::email::config::from_options(
        &config.resolved,
        config.server.require_login,
        rules.is_open_to_any_login(),
        crate::auth::email::config::smtp_secrets(&config.secrets_files).as_ref(),
    )?;
    let auth = match crate::auth::config::load(&config.secrets_files, port) {
        Ok(Some(auth))
            if auth.providers.is_empty() && config.server.require_login && email.is_none() =>
        {
            bail!(
                "server.requireLogin is true, but [auth] in secrets.toml names no provider \
                 (client_id, client_secret and server_metadata_url in [auth] or [auth.<name>]) \
                 and server.emailSignIn is off"
            )
        }
        Ok(Some(auth)) => {
            if email.is_some() && auth.providers.contains_key(crate::auth::email::PROVIDER) {
                bail!(
                    "[auth.{0}] in secrets.toml: with server.emailSignIn, \"{0}\" is the provider \
                     name of emailed links; give the OpenID Connect provider another name",
                    crate::auth::email::PROVIDER
                );
            }
            if !auth.providers.is_empty() {
                let names: Vec<&str> = auth.providers.keys().map(String::as_str).collect();
                tracing::info!(
                    "st.login: providers {} (redirect_uri {})",
                    names.join(", "),
                    auth.redirect_uri.as_deref().unwrap_or_default()
                );
            }
            let mut built = crate::auth::Auth::new(auth, &config.server.base_prefix());
            if let Some(email) = email {
                tracing::info!(
                    "server.emailSignIn: sign-in links sent through {}:{} (STARTTLS), valid {} s",
                    email.smtp_host,
                    email.smtp_port,
                    email.validity.as_secs()
                );
                let sign_in = crate::auth::email::EmailSignIn::start(email, rules.clone())?;
                built = built.with_email(sign_in);
            }
            Some(Arc::new(built))
        }
        Ok(None) if config.server.require_login => bail!(
            "server.requireLogin is true, but there is no [auth] section in secrets.toml: \
             configure an OpenID Connect provider there, or server.emailSignIn with \
             [auth] cookie_secret (see the README, \"Login gate\")"
        ),
        Ok(None) => None,
        Err(e) if config.server.require_login => {
            bail!("server.requireLogin is true, but [auth] in secrets.toml cannot be used: {e}")
        }
        Err(e) => {
            tracing::error!("st.login is off: {e}");
            None
        }
    };
    let gate = match (&auth, config.server.require_login) {
        (Some(auth), true) => {
            if rules.is_open_to_any_login() {
                tracing::warn!(
                    "server.requireLogin: any account the provider logs in is let in; \
                     set server.allowedEmailDomains or server.allowedEmails to narrow it"
                );
            } else {
                tracing::info!(
                    "server.requireLogin: only {} let in",
                    rules
                        .domains
                        .iter()
                        .map(|d| format!("@{d}"))
                        .chain(rules.emails.iter().cloned())
                        .collect::<Vec<_>>()
                        .join(", ")
                );
            }
            Some(Arc::new(server::gate::Gate::new(
                auth.clone(),
                rules.clone(),
            )))
        }
        _ => None,
    };
    Ok((auth, gate))
}

/// Where the app's files are (secrets, module folders) for the runner, and
/// the app's one file watcher: the script, every config.toml and
/// secrets.toml location, and the local modules each run reports.
fn start_watching(
    config: &Config,
    script: &Path,
    runner: &Runner,
    sessions: &Arc<SessionRegistry>,
) -> anyhow::Result<Option<AppWatcher>> {
    let script_dir = script.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut module_roots = vec![script_dir.clone()];
    module_roots.extend(config.server.folder_watch_list.iter().cloned());
    runner.configure_sources(&SourceConfig {
        secrets_files: config.secrets_files.clone(),
        module_roots,
        folder_watch_blacklist: config.server.folder_watch_blacklist.clone(),
        options: option_values(config),
    })?;
    // `pages/` is watched even before it exists: creating it makes the app
    // a multipage app at the next run.
    let mut files = vec![script.to_path_buf(), script_dir.join("pages")];
    let config_dirs = crate::config::home_dir()
        .into_iter()
        .chain(std::env::current_dir().ok())
        .chain(std::iter::once(script_dir));
    files.extend(config_dirs.map(|d| d.join(".streamlit").join("config.toml")));
    files.extend(config.secrets_files.iter().cloned());
    let on_change = {
        let (runner, sessions) = (runner.clone(), sessions.clone());
        move |changed: Vec<PathBuf>| {
            if changed.iter().any(|p| p.ends_with("config.toml")) {
                tracing::warn!("config.toml changed; server options take effect after a restart");
            }
            tracing::info!("source changed: {}", describe(&changed));
            runner.invalidate_sources();
            sessions.source_changed();
        }
    };
    let watcher = AppWatcher::start(config.server.file_watcher_type, files, on_change)?;
    match &watcher {
        Some(watcher) => {
            let watcher = watcher.clone();
            runner.on_local_modules(move |files| watcher.watch_files(files));
            tracing::debug!(
                "file watcher started: {} app(s) watched",
                watch::active_watchers()
            );
        }
        None => tracing::debug!("server.fileWatcherType is none: not watching files"),
    }
    Ok(watcher)
}

fn describe(paths: &[PathBuf]) -> String {
    paths
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// An explicit `--server.port` that is taken is an error; the default port
/// moves on to the next free one, as Streamlit does.
async fn bind_with_fallback(config: &Config) -> anyhow::Result<tokio::net::TcpListener> {
    let address = &config.server.address;
    match config.server.port {
        Some(port) => Ok(server::bind(address, port).await?),
        None => {
            let first = crate::config::ServerConfig::DEFAULT_PORT;
            for port in first..first + 100 {
                match server::bind(address, port).await {
                    Ok(listener) => return Ok(listener),
                    Err(server::ServerError::PortInUse { .. }) => continue,
                    Err(e) => return Err(e.into()),
                }
            }
            bail!(
                "ports {first} to {} on {address} are all in use; choose one with --server.port",
                first + 99
            )
        }
    }
}

/// The script to run: the given `.py` file, `streamlit_app.py` in a given
/// folder, or `streamlit_app.py` here when no target is given (1.67).
fn resolve_script(target: Option<&Path>) -> anyhow::Result<PathBuf> {
    let default = Path::new("streamlit_app.py");
    let target = match target {
        None => default.to_path_buf(),
        Some(dir) if dir.is_dir() => dir.join(default),
        Some(file) => file.to_path_buf(),
    };
    let extension = target
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default();
    if extension != "py" && extension != "pyw" {
        bail!(
            "{} is not a Python script: rustlit runs .py files",
            target.display()
        );
    }
    if !target.is_file() {
        bail!("file does not exist: {}", target.display());
    }
    std::path::absolute(&target).with_context(|| format!("cannot resolve {}", target.display()))
}

fn print_banner(
    config: &Config,
    script: &Path,
    address: &str,
    port: u16,
    scheme: &str,
    redirect_port: Option<u16>,
) {
    let base = config.server.base_prefix();
    let host = match address {
        "127.0.0.1" | "localhost" | "::1" | "0.0.0.0" | "::" => "localhost",
        other => other,
    };
    println!();
    println!(
        "  rustlit is serving {}",
        script
            .file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default()
    );
    println!();
    println!("  Local URL: {scheme}://{host}:{port}{base}");
    if matches!(address, "0.0.0.0" | "::") {
        if let Some(ip) = network_ip() {
            println!("  Network URL: {scheme}://{ip}:{port}{base}");
        }
    }
    if let Some(redirect_port) = redirect_port {
        println!("  HTTP redirect: http://{host}:{redirect_port}{base} redirects to HTTPS");
    }
    if matches!(address, "127.0.0.1" | "localhost" | "::1") {
        println!("  Only this machine can reach it; to expose it on your network, add --server.address 0.0.0.0");
    }
    println!();
}

/// The address other machines reach this one by: the source address the
/// OS would use for an outside destination (a UDP "connect" sends nothing).
fn network_ip() -> Option<std::net::IpAddr> {
    let socket = std::net::UdpSocket::bind("0.0.0.0:0").ok()?;
    socket.connect("192.0.2.1:80").ok()?;
    let ip = socket.local_addr().ok()?.ip();
    (!ip.is_loopback() && !ip.is_unspecified()).then_some(ip)
}

/// Best effort, as Streamlit does when not headless: a missing opener is not an error.
fn open_browser(url: &str) {
    let has_display =
        std::env::var_os("DISPLAY").is_some() || std::env::var_os("WAYLAND_DISPLAY").is_some();
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else if has_display {
        "xdg-open"
    } else {
        return;
    };
    let _ = std::process::Command::new(opener)
        .arg(url)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
}

/// `logger.level` sets the level; `RUSTLIT_LOG` (an env-filter directive)
/// overrides it for debugging rustlit itself.
fn init_logging(level: &str) {
    let level = match level {
        "warning" => "warn",
        "" => "info",
        other => other,
    };
    let filter = tracing_subscriber::EnvFilter::try_from_env("RUSTLIT_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(level));
    // The log goes to stderr, as Streamlit's does (stdout is the banner's),
    // with colours only on a terminal.
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(false)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .try_init();
}

/// Every option's effective value, as `st.get_option` returns it.
fn option_values(config: &Config) -> Vec<(String, OptionValue)> {
    use crate::config::Value;
    config
        .resolved
        .values
        .iter()
        .map(|(name, (value, _))| {
            let value = match value {
                Value::Unset => OptionValue::None,
                Value::Bool(b) => OptionValue::Bool(*b),
                Value::Int(i) => OptionValue::Int(*i),
                Value::Float(f) => OptionValue::Float(*f),
                Value::Str(s) => OptionValue::Str(s.clone()),
                Value::List(l) => OptionValue::List(l.clone()),
                Value::Raw(t) => OptionValue::Toml(t.clone()),
            };
            (name.to_string(), value)
        })
        .collect()
}
