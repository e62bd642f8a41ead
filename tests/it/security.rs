//! Hostile origins and malformed frames are refused without harm.

use futures_util::{SinkExt, StreamExt};
use tokio_tungstenite::tungstenite::Message;

use crate::common::{handshake, App, Client};

#[tokio::test]
async fn a_foreign_origin_cannot_open_the_websocket() {
    let app = App::start("import streamlit as st\nst.text('x')\n");
    for origin in [
        "http://evil.example",
        "null",
        &format!("http://127.0.0.1:{}", app.port + 1),
        "https://127.0.0.1.evil.example",
    ] {
        let (code, reason) = first_close(&app, origin).await;
        assert_eq!(code, 1008, "origin {origin} was not refused");
        assert!(reason.contains("server.corsAllowedOrigins"), "{reason}");
    }
    let mut own = app.connect().await;
    own.rerun().await;
    own.finish_run().await;
}

#[tokio::test]
async fn a_configured_origin_is_allowed() {
    let app = App::start_with(
        "import streamlit as st\n",
        &["--server.corsAllowedOrigins", "https://apps.example.com"],
        &[],
    );
    let allowed = Client::connect(&app, None, Some("https://apps.example.com")).await;
    assert!(allowed.is_ok(), "{:?}", allowed.err());
    assert_eq!(first_close(&app, "https://other.example.com").await.0, 1008);
}

/// The first thing a socket from `origin` receives must be a close frame:
/// no session, no SessionInit.
async fn first_close(app: &App, origin: &str) -> (u16, String) {
    let mut socket = handshake(app, None, Some(origin)).await.expect("handshake");
    match socket.next().await {
        Some(Ok(Message::Close(Some(frame)))) => (frame.code.into(), frame.reason.to_string()),
        other => panic!("expected a close frame, got {other:?}"),
    }
}

async fn close_reason_after(app: &App, message: Message) -> (u16, String) {
    let mut socket = handshake(app, None, Some(&app.origin()))
        .await
        .expect("handshake");
    let _ = socket.next().await; // SessionInit
    let _ = socket.send(message).await;
    loop {
        match socket.next().await {
            Some(Ok(Message::Close(Some(frame)))) => {
                return (frame.code.into(), frame.reason.to_string())
            }
            Some(Ok(_)) => continue,
            other => panic!("expected a close frame, got {other:?}"),
        }
    }
}

#[tokio::test]
async fn garbage_and_text_frames_close_only_that_socket() {
    let app = App::start("import streamlit as st\nst.text('still here')\n");
    let (code, reason) = close_reason_after(
        &app,
        Message::Binary(vec![0xff, 0xff, 0xff, 0x07, 0x01].into()),
    )
    .await;
    assert_eq!(code, 1002);
    assert!(reason.contains("malformed BackMsg"), "{reason}");
    let (code, reason) = close_reason_after(&app, Message::Text("hello".into())).await;
    assert_eq!(code, 1003);
    assert!(reason.contains("binary"), "{reason}");
    // Everyone else is unaffected.
    let mut client = app.connect().await;
    client.rerun().await;
    client.finish_run().await;
    assert_eq!(client.tree.texts(), vec!["still here".to_string()]);
}

#[tokio::test]
async fn an_oversized_frame_is_refused() {
    let app = App::start_with(
        "import streamlit as st\nst.text('ok')\n",
        &["--server.maxMessageSize", "1"],
        &[],
    );
    let (code, reason) =
        close_reason_after(&app, Message::Binary(vec![0u8; 2 * 1024 * 1024].into())).await;
    assert_eq!(code, 1009, "{reason}");
    let mut client = app.connect().await;
    client.rerun().await;
    client.finish_run().await;
}

#[tokio::test]
async fn the_page_has_security_headers_and_no_cors() {
    let app = App::start("import streamlit as st\n");
    let client = reqwest::Client::new();
    let page = client
        .get(app.url("/"))
        .header("Origin", "http://evil.example")
        .send()
        .await
        .expect("GET /");
    assert_eq!(page.status(), 200);
    let headers = page.headers();
    assert_eq!(headers["x-content-type-options"], "nosniff");
    let csp = headers["content-security-policy"]
        .to_str()
        .unwrap_or_default();
    assert!(
        csp.contains("script-src 'self' 'wasm-unsafe-eval';") && csp.contains("object-src 'none'"),
        "{csp}"
    );
    // WebAssembly may be compiled (Graphviz), JavaScript eval never.
    assert!(!csp.contains("'unsafe-eval'"), "{csp}");
    assert!(headers.get("access-control-allow-origin").is_none());
    let health = client
        .get(app.url("/_stcore/health"))
        .send()
        .await
        .expect("health");
    assert!(health
        .headers()
        .get("access-control-allow-origin")
        .is_none());
    assert_eq!(health.text().await.unwrap_or_default(), "ok");
}

/// The CSP lets the page fetch from the base maps' hosts always, and from
/// other hosts only when `server.chartDataHosts` lists them; an entry that
/// is not a CSP host source stops the server with one line.
#[tokio::test]
async fn chart_data_hosts_widen_connect_src_and_img_src_only_as_listed() {
    let csp_of = |app: &App| {
        let url = app.url("/");
        async move {
            let page = reqwest::get(url).await.expect("GET /");
            page.headers()["content-security-policy"]
                .to_str()
                .unwrap_or_default()
                .to_string()
        }
    };
    let plain = App::start("import streamlit as st\n");
    let csp = csp_of(&plain).await;
    let connect = "connect-src 'self' https://basemaps.cartocdn.com https://*.basemaps.cartocdn.com https://api.mapbox.com https://*.tiles.mapbox.com";
    assert!(csp.contains(&format!("{connect};")), "{csp}");
    assert!(csp.contains("img-src 'self' data: blob: https:;"), "{csp}");
    assert!(!csp.contains("openstreetmap"), "{csp}");

    let listed = App::start_with(
        "import streamlit as st\n",
        &[
            "--server.chartDataHosts",
            "https://*.tile.openstreetmap.org,http://127.0.0.1:9000",
        ],
        &[],
    );
    let csp = csp_of(&listed).await;
    let hosts = "https://*.tile.openstreetmap.org http://127.0.0.1:9000";
    assert!(csp.contains(&format!("{connect} {hosts};")), "{csp}");
    assert!(
        csp.contains(&format!("img-src 'self' data: blob: https: {hosts};")),
        "{csp}"
    );
    // Nothing else widens: scripts, frames and framing stay as they were.
    assert!(
        csp.contains("script-src 'self' 'wasm-unsafe-eval';"),
        "{csp}"
    );
    assert!(csp.ends_with("frame-ancestors 'self'"), "{csp}");

    let dir = tempfile::tempdir().expect("temp dir");
    let script = dir.path().join("app.py");
    std::fs::write(&script, "import streamlit as st\n").expect("write app.py");
    for bad in [
        "'unsafe-inline'",
        "https://a.example; script-src *",
        "data:",
    ] {
        let output = crate::common::rustlit_command(&script, &["--server.chartDataHosts", bad])
            .stdin(std::process::Stdio::null())
            .output()
            .expect("run rustlit");
        assert!(!output.status.success(), "{bad}");
        let stderr = String::from_utf8_lossy(&output.stderr).trim().to_string();
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.contains("server.chartDataHosts"), "{stderr}");
    }
}

#[tokio::test]
async fn the_script_and_other_files_are_never_served() {
    let app = App::start("import streamlit as st\n# secret-marker\n");
    let client = reqwest::Client::new();
    for path in [
        "/app.py",
        "/../app.py",
        "/%2e%2e/app.py",
        "/_stcore/app.py",
        "/assets/../../app.py",
    ] {
        let body = client
            .get(app.url(path))
            .send()
            .await
            .expect("GET")
            .text()
            .await
            .unwrap_or_default();
        assert!(!body.contains("secret-marker"), "{path} leaked the script");
    }
}
