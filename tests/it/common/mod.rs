//! A real rustlit server in a child process (one interpreter per process)
//! and a protocol client that speaks its websocket, with a model of the
//! browser's element tree to assert on.

#![allow(dead_code)]

pub mod net;
pub mod tree;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use prost::Message as _;
use rustlit::proto::{
    back_msg, forward_event, BackMsg, ForwardEvent, ForwardMsg, RerunScript, RunStatus, WidgetState,
};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::HeaderValue;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

pub use tree::Tree;

const TIMEOUT: Duration = Duration::from_secs(20);

/// A running server. Killed when dropped.
pub struct App {
    child: Child,
    pub port: u16,
    pub dir: tempfile::TempDir,
    /// The startup banner's lines from `Local URL:` to the blank line after it.
    pub banner: Vec<String>,
}

impl App {
    /// Writes `source` as `app.py` in a fresh directory and serves it.
    pub fn start(source: &str) -> App {
        Self::start_with(source, &[], &[])
    }

    pub fn start_with(source: &str, args: &[&str], env: &[(&str, &str)]) -> App {
        Self::start_in(tempfile::tempdir().expect("temp dir"), source, args, env)
    }

    /// Like `start_with`, with more files (relative path, content) next to
    /// `app.py` before the server starts.
    pub fn start_with_files(source: &str, files: &[(&str, &str)], args: &[&str]) -> App {
        let dir = tempfile::tempdir().expect("temp dir");
        for (name, body) in files {
            let path = dir.path().join(name);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).expect("mkdir");
            }
            std::fs::write(path, body).expect("write");
        }
        Self::start_in(dir, source, args, &[])
    }

    fn start_in(dir: tempfile::TempDir, source: &str, args: &[&str], env: &[(&str, &str)]) -> App {
        // stderr is inherited so the server's log shows with a failing test.
        Self::start_in_with_stderr(dir, source, args, env, Stdio::inherit())
    }

    /// Like `start_with`, with the server's log (stderr) going to
    /// `server.log` in its folder, for tests that read it (`App::log`).
    pub fn start_logged(source: &str, args: &[&str]) -> App {
        Self::start_logged_with_files(source, &[], args)
    }

    /// `start_logged` with more files next to `app.py`, as `start_with_files`.
    pub fn start_logged_with_files(source: &str, files: &[(&str, &str)], args: &[&str]) -> App {
        let dir = tempfile::tempdir().expect("temp dir");
        for (name, body) in files {
            let path = dir.path().join(name);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).expect("mkdir");
            }
            std::fs::write(path, body).expect("write");
        }
        let log = std::fs::File::create(dir.path().join("server.log")).expect("log file");
        Self::start_in_with_stderr(dir, source, args, &[], Stdio::from(log))
    }

    /// What the server logged so far (`start_logged` only).
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("server.log")).unwrap_or_default()
    }

    fn start_in_with_stderr(
        dir: tempfile::TempDir,
        source: &str,
        args: &[&str],
        env: &[(&str, &str)],
        stderr: Stdio,
    ) -> App {
        let script = dir.path().join("app.py");
        std::fs::write(&script, source).expect("write app.py");
        let mut command = rustlit_command(&script, args);
        command.current_dir(dir.path());
        for (k, v) in env {
            command.env(k, v);
        }
        let mut child = command
            .stdout(Stdio::piped())
            .stderr(stderr)
            .spawn()
            .expect("spawn rustlit");
        let stdout = child.stdout.take().expect("stdout");
        match read_port(stdout) {
            Some((port, banner)) => App {
                child,
                port,
                dir,
                banner,
            },
            None => {
                let _ = child.kill();
                panic!("rustlit did not start (its stderr is above)");
            }
        }
    }

    /// Serves with a command built by the test (its own cwd, env, script
    /// location); the script's folder is not owned by the returned App.
    pub fn spawn(command: &mut Command) -> App {
        let mut child = command
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("spawn rustlit");
        let stdout = child.stdout.take().expect("stdout");
        let dir = tempfile::tempdir().expect("temp dir");
        match read_port(stdout) {
            Some((port, banner)) => App {
                child,
                port,
                dir,
                banner,
            },
            None => {
                let _ = child.kill();
                panic!("rustlit did not start (its stderr is above)");
            }
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    pub fn origin(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    pub async fn connect(&self) -> Client {
        Client::connect(self, None, Some(&self.origin()))
            .await
            .expect("websocket handshake")
    }

    pub fn script_path(&self) -> PathBuf {
        self.dir.path().join("app.py")
    }
}

impl Drop for App {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn rustlit_command(script: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_rustlit"));
    command
        .arg("run")
        .arg(script)
        .args(["--server.port", "0", "--server.headless", "true"])
        .args(args);
    command.env("RUSTLIT_LOG", "warn");
    command
}

/// reqwest is built with rustls and no crypto provider of its own (the
/// server installs ring at startup, `auth::oidc`); the tests' HTTP clients
/// need the same before their first request, and every test starts a
/// server first. (ring's provider is deprecated only for lacking
/// post-quantum key exchange, which test clients on loopback do not need.)
#[allow(deprecated)]
fn install_crypto_provider() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let _ = rustls::crypto::ring::default_provider().install_default();
    });
}

fn read_port(stdout: std::process::ChildStdout) -> Option<(u16, Vec<String>)> {
    install_crypto_provider();
    let mut lines = BufReader::new(stdout).lines();
    let mut banner = Vec::new();
    let port = loop {
        let line = lines.next()?.ok()?;
        let line = line.trim();
        let url = line
            .strip_prefix("Local URL: http://")
            .or_else(|| line.strip_prefix("Local URL: https://"));
        if let Some(url) = url {
            banner.push(line.to_string());
            let port = url
                .split(':')
                .nth(1)?
                .trim_end_matches('/')
                .split('/')
                .next()?
                .parse()
                .ok()?;
            break port;
        }
    };
    // The rest of the banner is printed at once, up to a blank line.
    for line in lines.by_ref() {
        let line = line.ok()?;
        if line.trim().is_empty() {
            break;
        }
        banner.push(line.trim().to_string());
    }
    // Keep draining so the child never blocks on a full pipe.
    std::thread::spawn(move || for _ in lines {});
    Some((port, banner))
}

pub type Socket = WebSocketStream<MaybeTlsStream<TcpStream>>;

/// A protocol client holding the tree a browser would show.
pub struct Client {
    pub socket: Socket,
    pub session_id: String,
    /// What SessionInit gave to resume the session (the second subprotocol entry).
    pub resume_secret: String,
    pub resumed: bool,
    /// `SessionInit.component_path_prefix` (the login gate's ticket path).
    pub component_path_prefix: String,
    /// What SessionInit said about rerunning on save.
    pub run_on_save: bool,
    pub tree: Tree,
    /// Widget values as a browser would hold them, by id.
    pub widgets: Vec<WidgetState>,
    /// Bytes of every frame received, for wire-size assertions.
    pub received_bytes: Vec<usize>,
    /// The address bar's query string: sent with each rerun, replaced when
    /// the script changes st.query_params (PageInfo), as the browser does.
    pub query_string: String,
    /// Sent with each rerun, as the page sends its time zone, locale, ...
    pub context_info: Option<rustlit::proto::ContextInfo>,
}

impl Client {
    pub async fn connect(
        app: &App,
        resume: Option<&str>,
        origin: Option<&str>,
    ) -> Result<Client, String> {
        Self::connect_with_headers(app, resume, origin, &[]).await
    }

    /// As `connect`, with more handshake headers (`st.context.headers`).
    pub async fn connect_with_headers(
        app: &App,
        resume: Option<&str>,
        origin: Option<&str>,
        extra: &[(&str, &str)],
    ) -> Result<Client, String> {
        let socket = handshake_with_headers(app, resume, origin, extra).await?;
        Self::from_socket(socket).await
    }

    /// A client on a socket the test opened itself (another source address,
    /// TLS); reads the SessionInit.
    pub async fn from_socket(socket: Socket) -> Result<Client, String> {
        let mut client = Client {
            socket,
            session_id: String::new(),
            resume_secret: String::new(),
            resumed: false,
            component_path_prefix: String::new(),
            run_on_save: false,
            tree: Tree::default(),
            widgets: Vec::new(),
            received_bytes: Vec::new(),
            query_string: String::new(),
            context_info: None,
        };
        match client.next_event().await {
            Some(forward_event::Kind::SessionInit(init)) => {
                client.session_id = init.session_id;
                client.resume_secret = init.resume_secret;
                client.resumed = init.resumed;
                client.component_path_prefix = init.component_path_prefix;
                client.run_on_save = init.run_on_save;
                Ok(client)
            }
            other => Err(format!("expected SessionInit, got {other:?}")),
        }
    }

    pub async fn send(&mut self, kind: back_msg::Kind) {
        let bytes = BackMsg { kind: Some(kind) }.encode_to_vec();
        self.socket
            .send(Message::Binary(bytes.into()))
            .await
            .expect("send BackMsg");
    }

    /// Sends a rerun with the widget values held plus `changes`.
    pub async fn rerun_with(&mut self, changes: Vec<WidgetState>) {
        // A widget written by a fragment reruns only that fragment.
        let fragment_id = changes
            .first()
            .and_then(|c| self.tree.widget_fragment.get(&c.id))
            .cloned()
            .unwrap_or_default();
        let mut states: Vec<WidgetState> = self
            .widgets
            .iter()
            .filter(|s| !changes.iter().any(|c| c.id == s.id))
            .cloned()
            .collect();
        for change in changes {
            // Clicks, chat submits, menu choices and component events are sent once; the browser keeps none.
            let trigger = matches!(
                change.value_kind(),
                Some(rustlit::proto::widget_value::Value::TriggerValue(_))
                    | Some(rustlit::proto::widget_value::Value::ChatInputValue(_))
                    | Some(rustlit::proto::widget_value::Value::StringTriggerValue(_))
                    | Some(rustlit::proto::widget_value::Value::JsonTriggerValue(_))
            );
            if !trigger {
                self.widgets.retain(|s| s.id != change.id);
                self.widgets.push(change.clone());
            }
            states.push(change);
        }
        let rerun = RerunScript {
            query_string: self.query_string.clone(),
            widget_states: states,
            page_script_hash: self.tree.page_script_hash.clone(),
            page_name: String::new(),
            fragment_id,
            is_auto_rerun: false,
            context_info: self.context_info.clone(),
        };
        self.send(back_msg::Kind::RerunScript(rerun)).await;
    }

    pub async fn rerun(&mut self) {
        self.rerun_with(Vec::new()).await;
    }

    /// Asks for another page, as a click in the navigation does: by hash,
    /// or by URL name (`hash` empty) as a first load of `/<name>` does.
    pub async fn open_page(&mut self, hash: &str, name: &str) {
        let rerun = RerunScript {
            query_string: String::new(),
            widget_states: self.widgets.clone(),
            page_script_hash: hash.into(),
            page_name: name.into(),
            ..Default::default()
        };
        self.send(back_msg::Kind::RerunScript(rerun)).await;
    }

    /// Reads events until a run finishes; returns its status and every
    /// event received on the way.
    pub async fn finish_run(&mut self) -> (RunStatus, Vec<forward_event::Kind>) {
        let mut seen = Vec::new();
        loop {
            let event = self
                .next_event()
                .await
                .expect("the server closed the socket before the run finished");
            if let forward_event::Kind::RunFinished(f) = &event {
                let status = RunStatus::try_from(f.status).expect("status");
                seen.push(event);
                return (status, seen);
            }
            seen.push(event);
        }
    }

    /// Reads until a run finishes with `status`, skipping earlier runs.
    pub async fn finish_run_with(&mut self, wanted: RunStatus) -> Vec<forward_event::Kind> {
        loop {
            let (status, events) = self.finish_run().await;
            if status == wanted {
                return events;
            }
        }
    }

    pub async fn next_event(&mut self) -> Option<forward_event::Kind> {
        loop {
            if let Some(event) = self.tree.pending.pop_front() {
                return Some(event);
            }
            let frame = tokio::time::timeout(TIMEOUT, self.socket.next())
                .await
                .expect("timed out waiting for the server")?;
            match frame.ok()? {
                Message::Binary(bytes) => {
                    self.received_bytes.push(bytes.len());
                    let msg = ForwardMsg::decode(bytes.as_ref()).expect("a ForwardMsg");
                    for ForwardEvent { kind } in msg.events {
                        if let Some(kind) = kind {
                            if let forward_event::Kind::PageInfoChanged(info) = &kind {
                                self.query_string.clone_from(&info.query_string);
                            }
                            self.tree.apply(&kind);
                            self.tree.pending.push_back(kind);
                        }
                    }
                }
                Message::Close(_) => return None,
                _ => {}
            }
        }
    }

    /// Remembers the default value of every widget on the page, as a
    /// browser does for ids it has not seen.
    pub fn adopt_widget_defaults(&mut self) {
        for (id, value) in self.tree.widget_defaults() {
            if !self.widgets.iter().any(|w| w.id == id) {
                self.widgets.push(WidgetState::new(id, value));
            }
        }
    }

    /// The id of the widget whose label is `label`.
    pub fn widget_id(&self, label: &str) -> String {
        self.tree
            .widget_id(label)
            .unwrap_or_else(|| panic!("no widget labelled {label:?} in {:#?}", self.tree))
    }
}

pub async fn handshake(
    app: &App,
    resume: Option<&str>,
    origin: Option<&str>,
) -> Result<Socket, String> {
    handshake_with_headers(app, resume, origin, &[]).await
}

pub async fn handshake_with_headers(
    app: &App,
    resume: Option<&str>,
    origin: Option<&str>,
    extra: &[(&str, &str)],
) -> Result<Socket, String> {
    let mut request = format!("ws://127.0.0.1:{}/_stcore/stream", app.port)
        .into_client_request()
        .map_err(|e| e.to_string())?;
    let protocols = match resume {
        Some(id) => format!("rustlit, {id}"),
        None => "rustlit".to_string(),
    };
    let headers = request.headers_mut();
    headers.insert(
        "Sec-WebSocket-Protocol",
        HeaderValue::from_str(&protocols).map_err(|e| e.to_string())?,
    );
    if let Some(origin) = origin {
        headers.insert(
            "Origin",
            HeaderValue::from_str(origin).map_err(|e| e.to_string())?,
        );
    }
    for (name, value) in extra {
        let name =
            axum::http::HeaderName::from_bytes(name.as_bytes()).map_err(|e| e.to_string())?;
        headers.append(
            name,
            HeaderValue::from_str(value).map_err(|e| e.to_string())?,
        );
    }
    let (socket, _) = tokio_tungstenite::connect_async(request)
        .await
        .map_err(|e| e.to_string())?;
    Ok(socket)
}

pub fn state(id: &str, value: rustlit::proto::widget_value::Value) -> WidgetState {
    WidgetState::new(id, value)
}
