//! `server.allowedNetworks` and `server.trustedProxies` from real loopback
//! source addresses (127.0.0.2, 127.0.0.3, the "proxy" 127.0.0.9, ::1):
//! refusals on every route and the websocket, spoofed forwarding headers
//! from untrusted and trusted peers, and the one resolved address in the
//! session cap and `st.context.ip_address`.

use tokio_tungstenite::MaybeTlsStream;

use crate::common::net::{self, Reply};
use crate::common::{App, Client};

const SCRIPT: &str = "import streamlit as st\nst.text(f'ip={st.context.ip_address}')\n";
const REFUSED: &str = "Your network address may not use this app.\n";

async fn get_from(app: &App, source: &str, path: &str, extra: &[(&str, &str)]) -> Reply {
    let host = format!("127.0.0.1:{}", app.port);
    get_from_host(app, source, &host, path, extra).await
}

async fn get_from_host(
    app: &App,
    source: &str,
    host: &str,
    path: &str,
    extra: &[(&str, &str)],
) -> Reply {
    let tcp = net::tcp_from(source, app.port).await;
    net::get(tcp, host, path, extra).await
}

/// A page's websocket from `source`; `Err` is the refusal.
async fn page_from(app: &App, source: &str, extra: &[(&str, &str)]) -> Result<Client, String> {
    let tcp = net::tcp_from(source, app.port).await;
    let socket = net::ws_over(
        MaybeTlsStream::Plain(tcp),
        &format!("ws://127.0.0.1:{}/_stcore/stream", app.port),
        &app.origin(),
        extra,
    )
    .await?;
    Client::from_socket(socket).await
}

async fn ip_shown(client: &mut Client) -> String {
    client.rerun().await;
    client.finish_run().await;
    client.tree.texts()[0].clone()
}

#[tokio::test]
async fn only_allowed_networks_are_served_on_every_route_and_the_websocket() {
    // Listening on :: : IPv4 clients arrive as ::ffff:127.0.0.x and must
    // match the IPv4 entries.
    let app = App::start_logged(
        SCRIPT,
        &[
            "--server.address",
            "::",
            "--server.allowedNetworks",
            "127.0.0.2, ::1",
        ],
    );
    let reply = get_from(&app, "127.0.0.2", "/_stcore/health", &[]).await;
    assert_eq!((reply.status, reply.body.as_str()), (200, "ok"));
    let reply = get_from(&app, "::1", "/_stcore/health", &[]).await;
    assert_eq!((reply.status, reply.body.as_str()), (200, "ok"));
    let mut page = page_from(&app, "127.0.0.2", &[]).await.expect("allowed");
    assert_eq!(ip_shown(&mut page).await, "ip=127.0.0.2");

    let port = app.port;
    let component_host = format!("c0123456789abcdef.components.localhost:{port}");
    let app_host = format!("127.0.0.1:{port}");
    let requests: Vec<(&str, &str)> = vec![
        (&app_host, "/"),
        (&app_host, "/_stcore/health"),
        (&app_host, "/_stcore/host-config"),
        (&app_host, "/_stcore/metrics"),
        (&app_host, "/_stcore/stream"),
        (&app_host, "/_stcore/upload_file/s/f"),
        (&app_host, "/media/0123.png"),
        (&app_host, "/app/static/x.txt"),
        (&app_host, "/assets/index.js"),
        (&component_host, "/component/any/index.html"),
        (&component_host, "/html/x.html"),
        // The network check comes before the Host check.
        ("rebind.attacker", "/"),
    ];
    for _ in 0..3 {
        for (host, path) in &requests {
            let reply = get_from_host(&app, "127.0.0.3", host, path, &[]).await;
            assert_eq!(reply.status, 403, "{host}{path}");
            assert_eq!(reply.body, REFUSED, "{host}{path}");
        }
    }
    let refused = page_from(&app, "127.0.0.3", &[]).await.err();
    assert!(
        refused.as_deref().is_some_and(|e| e.contains("403")),
        "{refused:?}"
    );

    // Dozens of refusals, one log line for the address.
    let log = app.log();
    let lines = log
        .lines()
        .filter(|l| l.contains("refused 127.0.0.3"))
        .count();
    assert_eq!(lines, 1, "{log:?}");
    assert!(!log.contains("refused 127.0.0.2"), "{log}");
    assert!(!log.contains("refused ::1"), "{log}");
}

#[tokio::test]
async fn forwarding_headers_count_only_from_a_trusted_proxy() {
    let app = App::start_with(
        SCRIPT,
        &[
            "--server.allowedNetworks",
            "127.0.0.2,10.0.0.0/8",
            "--server.trustedProxies",
            "127.0.0.9",
        ],
        &[],
    );
    let spoofed = [
        ("X-Forwarded-For", "10.1.2.3"),
        ("Forwarded", "for=10.1.2.3;proto=https"),
        ("X-Real-IP", "10.1.2.3"),
        ("X-Forwarded-Proto", "https"),
    ];
    // An untrusted peer's headers change nothing: 127.0.0.3 stays refused...
    let reply = get_from(&app, "127.0.0.3", "/_stcore/health", &spoofed).await;
    assert_eq!(reply.status, 403);
    assert!(page_from(&app, "127.0.0.3", &spoofed).await.is_err());
    // ...and 127.0.0.2 stays 127.0.0.2, on plain HTTP (no Secure cookie).
    let reply = get_from(&app, "127.0.0.2", "/_stcore/health", &spoofed).await;
    assert_eq!(reply.status, 200);
    let cookie = reply.header("set-cookie").expect("cookie");
    assert!(!cookie.contains("Secure"), "{cookie}");
    let mut page = page_from(&app, "127.0.0.2", &spoofed)
        .await
        .expect("allowed");
    assert_eq!(ip_shown(&mut page).await, "ip=127.0.0.2");

    // The trusted proxy: its own address is not allowed...
    let reply = get_from(&app, "127.0.0.9", "/_stcore/health", &[]).await;
    assert_eq!(reply.status, 403);
    // ...the client it names is (rightmost address that is not a proxy),
    // and its X-Forwarded-Proto makes the cookie Secure.
    let forwarded = [
        ("X-Forwarded-For", "127.0.0.3, 10.1.2.3"),
        ("X-Forwarded-Proto", "https"),
    ];
    let reply = get_from(&app, "127.0.0.9", "/_stcore/health", &forwarded).await;
    assert_eq!(reply.status, 200);
    let cookie = reply.header("set-cookie").expect("cookie");
    assert!(cookie.ends_with("; Secure"), "{cookie}");
    // A client that put an allowed address to the left of its own is
    // still itself.
    let reply = get_from(
        &app,
        "127.0.0.9",
        "/_stcore/health",
        &[("X-Forwarded-For", "10.1.2.3, 127.0.0.3")],
    )
    .await;
    assert_eq!(reply.status, 403);
    // Only the configured header counts (X-Forwarded-For by default).
    let reply = get_from(
        &app,
        "127.0.0.9",
        "/_stcore/health",
        &[("Forwarded", "for=10.1.2.3")],
    )
    .await;
    assert_eq!(reply.status, 403);

    // st.context.ip_address behind the trusted proxy.
    let mut page = page_from(
        &app,
        "127.0.0.9",
        &[("X-Forwarded-For", "198.51.100.1, 10.1.2.3")],
    )
    .await
    .expect("allowed through the proxy");
    assert_eq!(ip_shown(&mut page).await, "ip=10.1.2.3");
}

#[tokio::test]
async fn the_session_cap_counts_the_resolved_address() {
    let app = App::start_with(
        SCRIPT,
        &[
            "--server.maxSessionsPerClient",
            "1",
            "--server.trustedProxies",
            "127.0.0.9",
        ],
        &[],
    );
    let through = |client: &'static str| [("X-Forwarded-For", client)];
    // Two clients behind the proxy are told apart; one of them is capped.
    let _a = page_from(&app, "127.0.0.9", &through("10.1.2.3"))
        .await
        .expect("first session of 10.1.2.3");
    let refused = page_from(&app, "127.0.0.9", &through("10.1.2.3"))
        .await
        .err();
    assert!(
        refused.as_deref().is_some_and(|e| e.contains("429")),
        "{refused:?}"
    );
    let _b = page_from(&app, "127.0.0.9", &through("10.1.2.4"))
        .await
        .expect("another client behind the proxy");
    // A direct client cannot dodge the cap by rotating X-Forwarded-For.
    let _c = page_from(&app, "127.0.0.2", &through("10.0.0.1"))
        .await
        .expect("first direct session");
    let refused = page_from(&app, "127.0.0.2", &through("10.0.0.2"))
        .await
        .err();
    assert!(
        refused.as_deref().is_some_and(|e| e.contains("429")),
        "{refused:?}"
    );
}

#[test]
fn a_malformed_network_stops_the_server_with_one_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let script = dir.path().join("app.py");
    std::fs::write(&script, SCRIPT).expect("write app.py");
    for (option, value) in [
        ("--server.allowedNetworks", "10.0.0/8"),
        ("--server.trustedProxies", "proxy.internal"),
    ] {
        let output = crate::common::rustlit_command(&script, &[option, value])
            .stdin(std::process::Stdio::null())
            .output()
            .expect("run rustlit");
        assert!(!output.status.success());
        let stderr = String::from_utf8_lossy(&output.stderr).trim().to_string();
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.contains(&option[2..]), "{stderr}");
        assert!(stderr.contains(value), "{stderr}");
    }
}
