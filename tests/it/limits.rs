//! Limits that keep one client from taking the server down (issue #16,
//! SECURITY.md §5 cases 9, 12, 16, 18–21, 27–28): each test drives a
//! misbehaving client over loopback and checks that it is refused or
//! dropped while a well-behaved session keeps working. Loops are bounded in
//! count and time.

use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use rustlit::proto::{back_msg, FileUrlsRequest};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpSocket, TcpStream};
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::HeaderValue;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
use tokio_tungstenite::tungstenite::Message;

use crate::common::{App, Client, Socket};

const HELLO: &str = "import streamlit as st\nst.text('hello')\n";

/// A well-behaved session still runs its script.
async fn still_serves(app: &App) {
    let mut client = app.connect().await;
    client.rerun().await;
    let (status, _) = client.finish_run().await;
    assert_eq!(status, rustlit::proto::RunStatus::FinishedSuccessfully);
}

/// A websocket handshake from source address `from` (any of 127/8).
async fn handshake_from(app: &App, from: [u8; 4]) -> Result<Socket, String> {
    let socket = TcpSocket::new_v4().map_err(|e| e.to_string())?;
    socket
        .bind((std::net::Ipv4Addr::from(from), 0).into())
        .map_err(|e| e.to_string())?;
    let tcp = socket
        .connect(([127, 0, 0, 1], app.port).into())
        .await
        .map_err(|e| e.to_string())?;
    let mut request = format!("ws://127.0.0.1:{}/_stcore/stream", app.port)
        .into_client_request()
        .map_err(|e| e.to_string())?;
    let headers = request.headers_mut();
    headers.insert(
        "Sec-WebSocket-Protocol",
        HeaderValue::from_static("rustlit"),
    );
    headers.insert(
        "Origin",
        HeaderValue::from_str(&app.origin()).map_err(|e| e.to_string())?,
    );
    let tcp = tokio_tungstenite::MaybeTlsStream::Plain(tcp);
    let (socket, _) = tokio_tungstenite::client_async(request, tcp)
        .await
        .map_err(|e| e.to_string())?;
    Ok(socket)
}

/// Reads until the server closes; the close code, if it sent one.
async fn close_code(socket: &mut Socket) -> Option<CloseCode> {
    loop {
        let frame = tokio::time::timeout(Duration::from_secs(20), socket.next())
            .await
            .expect("the server never closed the socket");
        match frame {
            Some(Ok(Message::Close(frame))) => return frame.map(|f| f.code),
            Some(Ok(_)) => {}
            Some(Err(_)) | None => return None,
        }
    }
}

/// The server's pid: the process whose command line names this app's script.
fn server_pid(app: &App) -> u32 {
    let script = app.script_path();
    let script = script.to_string_lossy();
    std::fs::read_dir("/proc")
        .expect("/proc")
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .find(|pid| {
            std::fs::read(format!("/proc/{pid}/cmdline"))
                .is_ok_and(|c| String::from_utf8_lossy(&c).contains(script.as_ref()))
        })
        .expect("the server process")
}

fn rss_kb(app: &App) -> u64 {
    let pid = server_pid(app);
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse().ok())
        })
        .unwrap_or(0)
}

async fn metric(app: &App, name: &str) -> u64 {
    let text = reqwest::get(app.url("/_stcore/metrics"))
        .await
        .expect("metrics")
        .text()
        .await
        .expect("metrics body");
    text.lines()
        .find_map(|l| l.strip_prefix(name)?.strip_prefix(' '))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("{name} in metrics"))
}

/// Polls `name` until it is `want` (bounded: 10 s).
async fn metric_reaches(app: &App, name: &str, want: u64) {
    for _ in 0..200 {
        if metric(app, name).await == want {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("{name} never reached {want}");
}

#[tokio::test]
async fn one_address_gets_at_most_its_share_of_sessions() {
    let app = App::start(HELLO);
    let mut held = Vec::new();
    let mut refused = 0;
    for _ in 0..2000 {
        match handshake_from(&app, [127, 0, 0, 1]).await {
            // A handshake that raced past the check before the upgrade is
            // closed at once with 1013 instead of getting its SessionInit.
            Ok(mut socket) => match socket.next().await {
                Some(Ok(Message::Binary(_))) => held.push(socket),
                Some(Ok(Message::Close(Some(frame)))) if frame.code == CloseCode::Again => {
                    refused += 1
                }
                other => panic!("neither a session nor a refusal: {other:?}"),
            },
            Err(e) => {
                assert!(e.contains("429"), "{e}");
                refused += 1;
            }
        }
    }
    // Several hundred tabs behind one address are fine; the default cap is
    // 1,000 (server.maxSessionsPerClient).
    assert_eq!(held.len(), 1000);
    assert_eq!(refused, 1000);
    // Another address is not affected, and its script runs.
    let socket = handshake_from(&app, [127, 0, 0, 2])
        .await
        .expect("another address");
    drop(socket);
    let rss = rss_kb(&app);
    eprintln!("server RSS with 1,000 idle sessions: {rss} kB");
    assert!(rss < 512 * 1024, "RSS {rss} kB");
    drop(held);
}

#[tokio::test]
async fn the_session_cap_counts_every_address() {
    let app = App::start_with(HELLO, &["--server.maxSessions", "3"], &[]);
    let mut held = Vec::new();
    for last in 1..=3 {
        let mut socket = handshake_from(&app, [127, 0, 0, last]).await.expect("room");
        // Its SessionInit: the session is registered before the next try.
        assert!(matches!(socket.next().await, Some(Ok(Message::Binary(_)))));
        held.push(socket);
    }
    let refused = handshake_from(&app, [127, 0, 0, 9])
        .await
        .expect_err("full");
    assert!(refused.contains("429"), "{refused}");
}

#[tokio::test]
async fn a_message_flood_closes_the_flooding_socket_only() {
    let app = App::start(HELLO);
    let mut flooder = app.connect().await;
    let rerun = rustlit::proto::BackMsg {
        kind: Some(back_msg::Kind::SetRunOnSave(rustlit::proto::SetRunOnSave {
            run_on_save: false,
        })),
    };
    let bytes: bytes::Bytes = prost::Message::encode_to_vec(&rerun).into();
    let mut sent = 0;
    for _ in 0..10_000 {
        if flooder
            .socket
            .send(Message::Binary(bytes.clone()))
            .await
            .is_err()
        {
            break;
        }
        sent += 1;
    }
    assert!(sent > 0);
    assert_eq!(
        close_code(&mut flooder.socket).await,
        Some(CloseCode::Again)
    );
    still_serves(&app).await;
}

#[tokio::test]
async fn a_message_larger_than_max_widget_state_size_is_refused() {
    let app = App::start_with(HELLO, &["--server.maxWidgetStateSize", "1"], &[]);
    let mut client = app.connect().await;
    let big = vec![0u8; 1024 * 1024 + 1];
    let _ = client.socket.send(Message::Binary(big.into())).await;
    assert_eq!(close_code(&mut client.socket).await, Some(CloseCode::Size));
    still_serves(&app).await;
}

#[tokio::test]
async fn a_browser_that_never_reads_is_dropped_and_memory_stays_bounded() {
    // With ?big, 1,000 elements of 1 MB each: far more than the 8 MB bound.
    let script = "import streamlit as st\nif 'big' in st.query_params:\n    for i in range(1000):\n        st.text(str(i) + 'x' * 1_000_000)\nst.text('done')\n";
    let app = App::start_with(
        script,
        &[
            "--server.maxOutboxSize",
            "8",
            "--server.websocketWriteTimeout",
            "2",
        ],
        &[],
    );
    let mut client = app.connect().await;
    client.query_string = "big=1".into();
    client.rerun().await;
    // Never read again; wait (bounded) for the server to let the session go.
    metric_reaches(&app, "rustlit_sessions", 0).await;
    let rss = rss_kb(&app);
    eprintln!("server RSS after a never-reading browser: {rss} kB");
    assert!(rss < 400 * 1024, "RSS {rss} kB");
    still_serves(&app).await;
    drop(client);
}

#[tokio::test]
async fn a_browser_that_takes_no_data_is_dropped_at_the_write_timeout() {
    // No byte bound at all: only server.websocketWriteTimeout can notice
    // that the socket's buffers filled up and nothing is being read.
    let script = "import streamlit as st\nif 'big' in st.query_params:\n    for i in range(64):\n        st.text(str(i) + 'x' * 1_000_000)\nst.text('done')\n";
    let app = App::start_with(
        script,
        &[
            "--server.maxOutboxSize",
            "0",
            "--server.maxOutboxMemory",
            "0",
            "--server.websocketWriteTimeout",
            "1",
        ],
        &[],
    );
    let mut client = app.connect().await;
    client.query_string = "big=1".into();
    client.rerun().await;
    metric_reaches(&app, "rustlit_sessions", 0).await;
    still_serves(&app).await;
    drop(client);
}

#[tokio::test]
async fn many_pages_that_never_read_are_held_to_the_server_wide_budget() {
    // Each page stays under its own 256 MB bound for a while; together they
    // pass the 48 MB server-wide budget, and the ones holding more than
    // their fair share are dropped.
    let script = "import streamlit as st\nif 'big' in st.query_params:\n    for i in range(300):\n        st.text(str(i) + 'x' * 1_000_000)\nst.text('done')\n";
    let app = App::start_with(script, &["--server.maxOutboxMemory", "48"], &[]);
    let mut silent = Vec::new();
    for _ in 0..4 {
        let mut client = app.connect().await;
        client.query_string = "big=1".into();
        client.rerun().await;
        silent.push(client);
    }
    metric_reaches(&app, "rustlit_sessions", 0).await;
    let rss = rss_kb(&app);
    eprintln!("server RSS after 4 never-reading pages: {rss} kB");
    assert!(rss < 600 * 1024, "RSS {rss} kB");
    still_serves(&app).await;
    drop(silent);
}

#[tokio::test]
async fn a_browser_that_answers_no_ping_is_disconnected() {
    let app = App::start_with(HELLO, &["--server.websocketPingInterval", "1"], &[]);
    let mut client = app.connect().await;
    // Silence: no reads, so no pongs, for more than two intervals.
    tokio::time::sleep(Duration::from_millis(2500)).await;
    assert_eq!(close_code(&mut client.socket).await, None);
}

/// Sends the start of a request and then one header byte every 200 ms;
/// returns once the server closed the connection (or after 10 s).
async fn slowloris(port: u16) -> bool {
    let Ok(mut tcp) = TcpStream::connect(("127.0.0.1", port)).await else {
        return true;
    };
    if tcp
        .write_all(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-A: ")
        .await
        .is_err()
    {
        return true;
    }
    let mut buf = [0u8; 512];
    for _ in 0..50 {
        tokio::select! {
            read = tcp.read(&mut buf) => if matches!(read, Ok(0) | Err(_)) { return true },
            () = tokio::time::sleep(Duration::from_millis(200)) => {
                if tcp.write_all(b"a").await.is_err() { return true }
            }
        }
    }
    false
}

#[tokio::test]
async fn slowloris_connections_are_closed_and_others_served() {
    let app = App::start_with(HELLO, &["--server.httpHeaderTimeout", "1"], &[]);
    let port = app.port;
    let attackers: Vec<_> = (0..200).map(|_| tokio::spawn(slowloris(port))).collect();
    let health = reqwest::get(app.url("/_stcore/health"))
        .await
        .expect("health");
    assert!(health.status().is_success());
    for attacker in attackers {
        assert!(
            attacker.await.expect("task"),
            "a slow client was never closed"
        );
    }
    // An idle keep-alive connection is closed too.
    let mut idle = TcpStream::connect(("127.0.0.1", port))
        .await
        .expect("connect");
    idle.write_all(b"GET /_stcore/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        .await
        .expect("write");
    let mut all = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(10), idle.read_to_end(&mut all)).await;
    assert!(read.is_ok(), "an idle keep-alive connection stayed open");
    still_serves(&app).await;
}

#[tokio::test]
async fn connections_beyond_the_cap_are_closed_at_once() {
    let app = App::start_with(
        HELLO,
        &[
            "--server.maxConnections",
            "20",
            "--server.httpHeaderTimeout",
            "2",
        ],
        &[],
    );
    let mut held = Vec::new();
    for _ in 0..20 {
        held.push(
            TcpStream::connect(("127.0.0.1", app.port))
                .await
                .expect("connect"),
        );
    }
    let mut extra = TcpStream::connect(("127.0.0.1", app.port))
        .await
        .expect("connect");
    let _ = extra
        .write_all(b"GET /_stcore/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        .await;
    let mut buf = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(1), extra.read_to_end(&mut buf)).await;
    assert!(
        matches!(read, Ok(Ok(0)) | Ok(Err(_))),
        "{:?}",
        String::from_utf8_lossy(&buf)
    );
    // Closed connections free their slots once the server has seen them go.
    drop(held);
    let mut served = false;
    for _ in 0..100 {
        if reqwest::get(app.url("/_stcore/health")).await.is_ok() {
            served = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(served, "slots were not freed");
    still_serves(&app).await;
}

#[tokio::test]
async fn a_rerun_flood_does_not_starve_another_session() {
    let script = "import time\nimport streamlit as st\ntime.sleep(0.05)\nst.text('ran')\n";
    let app = App::start_with(script, &["--server.maxScriptThreads", "1"], &[]);
    let mut flooder = app.connect().await;
    let flood = tokio::spawn(async move {
        // 3 s of reruns, well within the message rate limit.
        for _ in 0..150 {
            flooder.rerun().await;
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        flooder
    });
    let mut other = app.connect().await;
    other.rerun().await;
    other.finish_run().await;
    assert!(
        !flood.is_finished(),
        "the other session waited for the whole flood to end"
    );
    drop(flood.await);
}

#[tokio::test]
async fn upload_urls_only_for_a_page_with_an_uploader() {
    let app = App::start(HELLO);
    let mut client = app.connect().await;
    client.rerun().await;
    client.finish_run().await;
    client
        .send(back_msg::Kind::FileUrlsRequest(FileUrlsRequest {
            request_id: 1,
            count: 1,
        }))
        .await;
    loop {
        match client.next_event().await.expect("a reply") {
            rustlit::proto::forward_event::Kind::FileUrlsResponse(r) => {
                assert!(r.file_urls.is_empty());
                assert!(r.error.contains("no upload widget"), "{}", r.error);
                break;
            }
            _ => continue,
        }
    }
    let _: Client = client;
}

async fn upload_paths(client: &mut Client, count: u32) -> Vec<String> {
    client
        .send(back_msg::Kind::FileUrlsRequest(FileUrlsRequest {
            request_id: 2,
            count,
        }))
        .await;
    loop {
        if let Some(rustlit::proto::forward_event::Kind::FileUrlsResponse(r)) =
            client.next_event().await
        {
            assert!(r.error.is_empty(), "{}", r.error);
            return r
                .file_urls
                .into_iter()
                .map(|u| format!("/{}", u.upload_url))
                .collect();
        }
    }
}

/// A multipart body of exactly `total` bytes with one file part.
fn body_of_length(total: usize) -> (String, Vec<u8>) {
    let boundary = "limitsBoundary";
    let head = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"f\"; filename=\"f.bin\"\r\n\
         Content-Type: application/octet-stream\r\n\r\n"
    );
    let tail = format!("\r\n--{boundary}--\r\n");
    let mut body = head.into_bytes();
    body.resize(total - tail.len(), b'x');
    body.extend_from_slice(tail.as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

async fn put_head(port: u16, path: &str, content_type: &str, length: usize) -> TcpStream {
    let mut tcp = TcpStream::connect(("127.0.0.1", port))
        .await
        .expect("connect");
    let head = format!(
        "PUT {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: {content_type}\r\n\
         Content-Length: {length}\r\n\r\n"
    );
    tcp.write_all(head.as_bytes()).await.expect("write head");
    tcp
}

async fn status_of(tcp: &mut TcpStream) -> String {
    let mut buf = vec![0u8; 1024];
    let n = tokio::time::timeout(Duration::from_secs(20), tcp.read(&mut buf))
        .await
        .expect("a response")
        .unwrap_or(0);
    String::from_utf8_lossy(&buf[..n])
        .lines()
        .next()
        .unwrap_or_default()
        .to_string()
}

/// An app with a multi-file uploader (XSRF off, so raw PUTs need no
/// token) and `count` upload URLs for it.
async fn uploader_app(options: &[&str], count: u32) -> (App, Client, Vec<String>) {
    let script = "import streamlit as st\nst.file_uploader('f', accept_multiple_files=True)\n";
    let mut args = vec!["--server.enableXsrfProtection", "false"];
    args.extend_from_slice(options);
    let app = App::start_with(script, &args, &[]);
    let mut client = app.connect().await;
    client.rerun().await;
    client.finish_run().await;
    let paths = upload_paths(&mut client, count).await;
    (app, client, paths)
}

#[tokio::test]
async fn parallel_uploads_reserve_memory_before_their_bodies_arrive() {
    let options = [
        "--server.maxUploadSize",
        "1",
        "--server.maxUploadMemory",
        "2",
    ];
    let (app, _client, paths) = uploader_app(&options, 5).await;
    let (content_type, body) = body_of_length(1024 * 1024);
    // Two uploads of 1 MB each reserve the whole 2 MB budget with their
    // headers alone, and send their bodies only later.
    let mut first = put_head(app.port, &paths[0], &content_type, body.len()).await;
    let mut second = put_head(app.port, &paths[1], &content_type, body.len()).await;
    first.write_all(&body[..100]).await.expect("part of a body");
    second
        .write_all(&body[..100])
        .await
        .expect("part of a body");
    metric_reaches(&app, "rustlit_upload_bytes", 2 * 1024 * 1024).await;
    // A third, even a small one, is refused at once: nothing is buffered.
    let (_, small) = body_of_length(300);
    let mut third = put_head(app.port, &paths[2], &content_type, small.len()).await;
    let status = status_of(&mut third).await;
    assert!(status.contains(" 503 "), "{status}");
    // One above the per-file limit is refused from its Content-Length.
    let mut oversize = put_head(app.port, &paths[3], &content_type, 5 * 1024 * 1024).await;
    let status = status_of(&mut oversize).await;
    assert!(status.contains(" 413 "), "{status}");
    first
        .write_all(&body[100..])
        .await
        .expect("rest of the body");
    second
        .write_all(&body[100..])
        .await
        .expect("rest of the body");
    for tcp in [&mut first, &mut second] {
        let status = status_of(tcp).await;
        assert!(status.contains(" 204 "), "{status}");
    }
    still_serves(&app).await;
}

#[tokio::test]
async fn an_upload_whose_body_stalls_is_refused_and_its_memory_released() {
    // Attack 21, slow body: headers promise 1 MB, a little arrives, then
    // nothing. At server.httpHeaderTimeout of quiet the upload gets 408
    // and gives its reserved bytes back.
    let (app, _client, paths) = uploader_app(&["--server.httpHeaderTimeout", "1"], 1).await;
    let (content_type, body) = body_of_length(1024 * 1024);
    let mut stalled = put_head(app.port, &paths[0], &content_type, body.len()).await;
    stalled
        .write_all(&body[..100])
        .await
        .expect("part of a body");
    metric_reaches(&app, "rustlit_upload_bytes", 1024 * 1024).await;
    let status = status_of(&mut stalled).await;
    assert!(status.contains(" 408 "), "{status}");
    metric_reaches(&app, "rustlit_upload_bytes", 0).await;
    still_serves(&app).await;
}
