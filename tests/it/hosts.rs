//! DNS rebinding and framing (SECURITY.md §5 cases 4 and 52): a `Host` that
//! is not allowed is refused on every route and the websocket, and the
//! app's pages may be framed only by the app unless configured.

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::common::App;

/// Every route the app serves, with the method it answers.
const ROUTES: &[(&str, &str)] = &[
    ("GET", "/"),
    ("GET", "/some/page"),
    ("GET", "/_stcore/health"),
    ("HEAD", "/_stcore/health"),
    ("OPTIONS", "/_stcore/health"),
    ("GET", "/_stcore/host-config"),
    ("GET", "/_stcore/metrics"),
    ("GET", "/_stcore/script-health-check"),
    ("GET", "/app/static/a.txt"),
    ("GET", "/media/0123456789abcdef.png"),
    ("PUT", "/_stcore/upload_file/s/f"),
    ("DELETE", "/_stcore/upload_file/s/f"),
    ("GET", "/component/x/index.html"),
    ("GET", "/favicon.png"),
];

/// The status code and the raw head of a request with this `Host`.
async fn request(app: &App, method: &str, path: &str, host: &str, extra: &str) -> (u16, String) {
    let mut tcp = TcpStream::connect(("127.0.0.1", app.port))
        .await
        .expect("connect");
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {host}\r\nContent-Length: 0\r\n{extra}Connection: close\r\n\r\n"
    );
    tcp.write_all(head.as_bytes()).await.expect("write");
    // The head is enough (an upgraded socket stays open).
    let mut response = Vec::new();
    let mut buf = [0u8; 4096];
    while !response.windows(4).any(|w| w == b"\r\n\r\n") {
        let read = tokio::time::timeout(std::time::Duration::from_secs(20), tcp.read(&mut buf))
            .await
            .expect("a response");
        match read {
            Ok(0) | Err(_) => break,
            Ok(n) => response.extend_from_slice(&buf[..n]),
        }
    }
    let text = String::from_utf8_lossy(&response).to_string();
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let head = text
        .split("\r\n\r\n")
        .next()
        .unwrap_or_default()
        .to_string();
    (status, head)
}

const WEBSOCKET: &str =
    "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n\
    Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Protocol: rustlit\r\n";

#[tokio::test]
async fn a_host_that_is_not_allowed_is_refused_on_every_route() {
    let app = App::start_with(
        "import streamlit as st\nst.text('hi')\n",
        &[
            "--server.scriptHealthCheckEnabled",
            "true",
            "--server.enableStaticServing",
            "true",
        ],
        &[],
    );
    let rebind = format!("rebind.test:{}", app.port);
    for (method, path) in ROUTES {
        let (status, _) = request(&app, method, path, &rebind, "").await;
        assert_eq!(status, 403, "{method} {path} with Host {rebind}");
    }
    let (status, _) = request(&app, "GET", "/_stcore/stream", &rebind, WEBSOCKET).await;
    assert_eq!(status, 403, "websocket with Host {rebind}");
    // Names that only look like loopback, and malformed hosts.
    for host in [
        format!("localhost.rebind.test:{}", app.port),
        format!("127.0.0.1.nip.io:{}", app.port),
        format!("user@localhost:{}", app.port),
    ] {
        let (status, _) = request(&app, "GET", "/_stcore/health", &host, "").await;
        assert_eq!(status, 403, "Host {host}");
    }
    // Loopback names and IP literals are served.
    for host in [
        format!("localhost:{}", app.port),
        format!("127.0.0.1:{}", app.port),
        format!("[::1]:{}", app.port),
    ] {
        let (status, _) = request(&app, "GET", "/_stcore/health", &host, "").await;
        assert_eq!(status, 200, "Host {host}");
    }
    let origin = format!("Origin: http://127.0.0.1:{}\r\n", app.port);
    let (status, _) = request(
        &app,
        "GET",
        "/_stcore/stream",
        &format!("127.0.0.1:{}", app.port),
        &format!("{WEBSOCKET}{origin}"),
    )
    .await;
    assert_eq!(status, 101);
}

#[tokio::test]
async fn configured_host_names_are_served() {
    let app = App::start_with(
        "import streamlit as st\nst.text('hi')\n",
        &["--server.allowedHosts", "app.test,*.corp.test"],
        &[],
    );
    for host in ["app.test", "x.corp.test:8501"] {
        let (status, _) = request(&app, "GET", "/_stcore/health", host, "").await;
        assert_eq!(status, 200, "Host {host}");
    }
    let (status, _) = request(&app, "GET", "/_stcore/health", "corp.test", "").await;
    assert_eq!(status, 403);
}

#[tokio::test]
async fn only_the_app_may_frame_its_pages_by_default() {
    let app = App::start("import streamlit as st\nst.text('hi')\n");
    let host = format!("127.0.0.1:{}", app.port);
    let (status, head) = request(&app, "GET", "/", &host, "").await;
    assert_eq!(status, 200);
    let head = head.to_ascii_lowercase();
    assert!(head.contains("x-frame-options: sameorigin"), "{head}");
    assert!(
        head.contains("frame-ancestors 'self'\r\n") || head.ends_with("frame-ancestors 'self'"),
        "{head}"
    );

    let embedded = App::start_with(
        "import streamlit as st\nst.text('hi')\n",
        &["--server.frameAncestors", "https://portal.example.com"],
        &[],
    );
    let host = format!("127.0.0.1:{}", embedded.port);
    let (_, head) = request(&embedded, "GET", "/", &host, "").await;
    let head = head.to_ascii_lowercase();
    assert!(
        head.contains("frame-ancestors 'self' https://portal.example.com"),
        "{head}"
    );
    assert!(!head.contains("x-frame-options"), "{head}");
}
