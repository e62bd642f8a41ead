//! SECURITY.md §5 cases not covered elsewhere (see docs/security.md for the
//! whole table): Host spoofing in generated URLs (5), subprotocol abuse (8),
//! malformed and hostile frames (10, 11, 13, 14, 17), compression (15),
//! header bombs and smuggling (22), HTTP/2 (23), endpoint floods (24) and
//! open redirects (35). Loopback only; every loop is bounded.

use std::time::Duration;

use futures_util::StreamExt;
use prost::Message as _;
use rustlit::proto::{back_msg, forward_event, BackMsg, ForwardMsg, RerunScript};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::HeaderValue;

use crate::common::App;

const HELLO: &str = "import streamlit as st\nst.text('hello')\n";

/// Sends `request` (raw bytes) and reads what comes back until the server
/// closes or 5 s pass.
async fn exchange(app: &App, request: &[u8]) -> String {
    let mut tcp = TcpStream::connect(("127.0.0.1", app.port))
        .await
        .expect("connect");
    let _ = tcp.write_all(request).await;
    let mut out = Vec::new();
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        match tokio::time::timeout(Duration::from_secs(5), tcp.read(&mut buf)).await {
            Ok(Ok(0)) | Ok(Err(_)) | Err(_) => break,
            Ok(Ok(n)) => out.extend_from_slice(&buf[..n]),
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

async fn healthy(app: &App) {
    let health = reqwest::get(app.url("/_stcore/health"))
        .await
        .expect("health");
    assert!(health.status().is_success());
}

/// A raw websocket: the handshake done by hand, frames written as bytes.
struct RawSocket {
    tcp: TcpStream,
    read: Vec<u8>,
}

impl RawSocket {
    async fn open(app: &App, extra_headers: &str) -> (RawSocket, String) {
        let mut tcp = TcpStream::connect(("127.0.0.1", app.port))
            .await
            .expect("connect");
        let request = format!(
            "GET /_stcore/stream HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n\
             Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\n\
             Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Protocol: rustlit\r\n\
             Origin: http://127.0.0.1:{port}\r\n{extra_headers}\r\n",
            port = app.port
        );
        tcp.write_all(request.as_bytes()).await.expect("handshake");
        let mut read = Vec::new();
        let mut buf = [0u8; 4096];
        let head_end = loop {
            if let Some(at) = read.windows(4).position(|w| w == b"\r\n\r\n") {
                break at + 4;
            }
            let n = tokio::time::timeout(Duration::from_secs(10), tcp.read(&mut buf))
                .await
                .expect("a handshake response")
                .expect("read");
            assert!(n > 0, "closed during the handshake");
            read.extend_from_slice(&buf[..n]);
        };
        let head = String::from_utf8_lossy(&read[..head_end]).into_owned();
        read.drain(..head_end);
        (RawSocket { tcp, read }, head)
    }

    /// One client frame; `masked` false breaks RFC 6455 on purpose.
    async fn send(&mut self, fin: bool, opcode: u8, payload: &[u8], masked: bool) -> bool {
        let mut frame = vec![(u8::from(fin) << 7) | opcode];
        let mask_bit = if masked { 0x80 } else { 0 };
        match payload.len() {
            n if n < 126 => frame.push(mask_bit | n as u8),
            n if n <= 0xffff => {
                frame.push(mask_bit | 126);
                frame.extend_from_slice(&(n as u16).to_be_bytes());
            }
            n => {
                frame.push(mask_bit | 127);
                frame.extend_from_slice(&(n as u64).to_be_bytes());
            }
        }
        let key = [0x37, 0xfa, 0x21, 0x3d];
        if masked {
            frame.extend_from_slice(&key);
            frame.extend(payload.iter().enumerate().map(|(i, b)| b ^ key[i % 4]));
        } else {
            frame.extend_from_slice(payload);
        }
        self.tcp.write_all(&frame).await.is_ok()
    }

    /// Reads server frames until a close frame (its code) or the end.
    async fn close_code(&mut self) -> Option<u16> {
        loop {
            let (_, opcode, payload) = self.next_frame().await?;
            if opcode == 8 {
                return payload.get(..2).map(|c| u16::from_be_bytes([c[0], c[1]]));
            }
        }
    }

    /// The next server frame as (FIN, opcode, payload), or None at the end.
    async fn next_frame(&mut self) -> Option<(bool, u8, Vec<u8>)> {
        let mut buf = vec![0u8; 64 * 1024];
        loop {
            if let Some((opcode, payload, used)) = parse_frame(&self.read) {
                let fin = self.read[0] & 0x80 != 0;
                self.read.drain(..used);
                return Some((fin, opcode, payload));
            }
            match tokio::time::timeout(Duration::from_secs(10), self.tcp.read(&mut buf)).await {
                Ok(Ok(n)) if n > 0 => self.read.extend_from_slice(&buf[..n]),
                _ => return None,
            }
        }
    }
}

/// (opcode, payload, bytes used) of the first unmasked server frame in `data`.
fn parse_frame(data: &[u8]) -> Option<(u8, Vec<u8>, usize)> {
    let opcode = data.first()? & 0x0f;
    let len = usize::from(data.get(1)? & 0x7f);
    let (len, at) = match len {
        126 => (
            usize::from(u16::from_be_bytes([*data.get(2)?, *data.get(3)?])),
            4,
        ),
        127 => {
            let bytes: [u8; 8] = data.get(2..10)?.try_into().ok()?;
            (usize::try_from(u64::from_be_bytes(bytes)).ok()?, 10)
        }
        n => (n, 2),
    };
    let payload = data.get(at..at + len)?.to_vec();
    Some((opcode, payload, at + len))
}

#[tokio::test]
async fn a_large_message_goes_out_in_fragments_the_page_reassembles() {
    // A socket's write buffer grows to the largest frame it sent and keeps
    // that memory while the socket is open, so no frame may be large.
    let app = App::start("import streamlit as st\nst.text('x' * 300_000)\n");
    let (mut socket, head) = RawSocket::open(&app, "").await;
    assert!(head.starts_with("HTTP/1.1 101"), "{head}");
    let run = BackMsg {
        kind: Some(back_msg::Kind::RerunScript(RerunScript::default())),
    };
    assert!(socket.send(true, 2, &run.encode_to_vec(), true).await);
    let mut message = Vec::new();
    let mut fragments = 0;
    while let Some((fin, opcode, payload)) = socket.next_frame().await {
        assert!(payload.len() <= 64 * 1024, "a {} byte frame", payload.len());
        match opcode {
            2 | 0 => {
                assert_eq!(
                    opcode == 0,
                    !message.is_empty(),
                    "continuation frames follow a first one"
                );
                message.extend_from_slice(&payload);
                fragments += 1;
            }
            _ => continue,
        }
        if !fin {
            continue;
        }
        let msg = ForwardMsg::decode(message.as_slice()).expect("a whole ForwardMsg");
        if format!("{msg:?}").contains(&"x".repeat(300_000)) {
            assert!(fragments >= 5, "300 kB in {fragments} frame(s)");
            return;
        }
        message.clear();
        fragments = 0;
    }
    panic!("the socket ended before the text arrived");
}

#[tokio::test]
async fn forwarded_host_headers_never_reach_generated_urls() {
    // Case 5: the component origin told to the page comes from the allowed
    // Host only; X-Forwarded-Host is ignored.
    let app = App::start(HELLO);
    let mut request = format!("ws://127.0.0.1:{}/_stcore/stream", app.port)
        .into_client_request()
        .expect("request");
    let headers = request.headers_mut();
    headers.insert(
        "Sec-WebSocket-Protocol",
        HeaderValue::from_static("rustlit"),
    );
    headers.insert(
        "Origin",
        HeaderValue::from_str(&app.origin()).expect("origin"),
    );
    headers.insert("X-Forwarded-Host", HeaderValue::from_static("evil.test"));
    headers.insert("Forwarded", HeaderValue::from_static("host=evil.test"));
    let (mut socket, _) = tokio_tungstenite::connect_async(request)
        .await
        .expect("connect");
    let Some(Ok(tokio_tungstenite::tungstenite::Message::Binary(frame))) = socket.next().await
    else {
        panic!("no SessionInit");
    };
    let msg = ForwardMsg::decode(frame.as_ref()).expect("ForwardMsg");
    let Some(forward_event::Kind::SessionInit(init)) = &msg.events[0].kind else {
        panic!("not a SessionInit");
    };
    assert_eq!(
        init.component_origin,
        format!("http://{{label}}.components.localhost:{}", app.port)
    );
}

#[tokio::test]
async fn subprotocol_abuse_is_refused_before_the_upgrade() {
    // Case 8.
    let app = App::start(HELLO);
    let huge = "a".repeat(64 * 1024);
    let many = vec!["p"; 1000].join(", ");
    for offered in [huge.as_str(), many.as_str()] {
        let response = exchange(
            &app,
            format!(
                "GET /_stcore/stream HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nUpgrade: websocket\r\n\
                 Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\n\
                 Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Protocol: rustlit, {offered}\r\n\
                 Connection: close\r\n\r\n",
                app.port
            )
            .as_bytes(),
        )
        .await;
        assert!(
            response.starts_with("HTTP/1.1 400") || response.starts_with("HTTP/1.1 431"),
            "{}",
            &response[..response.len().min(200)]
        );
    }
    // Characters a token may not hold: no session is resumed, nothing breaks.
    let (mut socket, head) = RawSocket::open(&app, "").await;
    assert!(head.starts_with("HTTP/1.1 101"), "{head}");
    assert!(socket.send(true, 8, &1000u16.to_be_bytes(), true).await);
    healthy(&app).await;
}

#[tokio::test]
async fn malformed_and_hostile_backmsgs_close_only_their_socket() {
    // Cases 10, 11 and 17: the fuzz corpus's BackMsgs (truncated varints,
    // lengths past the end, wire type 7, field 0, invalid UTF-8, 120 levels
    // of nesting, a repeated field claiming millions of entries, and kinds
    // rustlit does not have) over a real socket.
    let app = App::start(HELLO);
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz/corpus/backmsg");
    let mut inputs: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    inputs.sort();
    // A kind rustlit has no handler for (a Streamlit debug message number).
    let mut bodies: Vec<Vec<u8>> = inputs
        .iter()
        .map(|p| std::fs::read(p).expect("corpus file"))
        .collect();
    bodies.push(vec![0xba, 0x06, 0x00]);
    for body in bodies {
        let (mut socket, _) = RawSocket::open(&app, "").await;
        assert!(socket.send(true, 2, &body, true).await);
        // Either the message was valid (then a close from us ends it) or the
        // server closes with 1002.
        let _ = socket.send(true, 8, &1000u16.to_be_bytes(), true).await;
        let code = socket.close_code().await;
        assert!(
            matches!(code, Some(1000 | 1002) | None),
            "{body:?}: {code:?}"
        );
    }
    healthy(&app).await;
    let mut client = app.connect().await;
    client.rerun().await;
    client.finish_run().await;
}

#[tokio::test]
async fn a_fragmented_message_is_held_to_the_size_limit() {
    // Case 13: 64 KB fragments past a 1 MB limit.
    let app = App::start_with(HELLO, &["--server.maxWidgetStateSize", "1"], &[]);
    let (mut socket, _) = RawSocket::open(&app, "").await;
    let chunk = vec![0u8; 64 * 1024];
    let mut sent = socket.send(false, 2, &chunk, true).await;
    for _ in 0..40 {
        if !sent {
            break;
        }
        sent = socket.send(false, 0, &chunk, true).await;
    }
    assert_eq!(socket.close_code().await, Some(1009));
    healthy(&app).await;
}

#[tokio::test]
async fn frames_that_break_rfc_6455_close_the_socket() {
    // Case 14: an unmasked client frame, a control frame over 125 bytes.
    let app = App::start(HELLO);
    let (mut unmasked, _) = RawSocket::open(&app, "").await;
    unmasked.send(true, 2, b"\x12\x00", false).await;
    assert!(matches!(unmasked.close_code().await, Some(1002) | None));
    let (mut big_ping, _) = RawSocket::open(&app, "").await;
    big_ping.send(true, 9, &[0u8; 200], true).await;
    assert!(matches!(big_ping.close_code().await, Some(1002) | None));
    healthy(&app).await;
}

#[tokio::test]
async fn websocket_compression_is_never_negotiated() {
    // Case 15: no permessage-deflate, so no decompression bomb.
    let app = App::start(HELLO);
    let (_, head) = RawSocket::open(
        &app,
        "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n",
    )
    .await;
    assert!(head.starts_with("HTTP/1.1 101"), "{head}");
    assert!(
        !head
            .to_ascii_lowercase()
            .contains("sec-websocket-extensions"),
        "{head}"
    );
}

#[tokio::test]
async fn header_bombs_and_smuggling_attempts_are_refused() {
    // Case 22.
    let app = App::start(HELLO);
    let port = app.port;
    let big = format!(
        "GET /_stcore/health HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nX-Big: {}\r\n\r\n",
        "a".repeat(100 * 1024)
    );
    let many = format!(
        "GET /_stcore/health HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n{}\r\n",
        (0..10_000)
            .map(|i| format!("X-{i}: v\r\n"))
            .collect::<String>()
    );
    for request in [big, many] {
        let response = exchange(&app, request.as_bytes()).await;
        assert!(
            response.starts_with("HTTP/1.1 431") || response.starts_with("HTTP/1.1 400"),
            "{}",
            &response[..response.len().min(200)]
        );
    }
    // Two different lengths: refused. A length and chunked: hyper follows
    // RFC 9112 (chunked wins, and the connection closes after the answer).
    // Either way the bytes after the body are never read as a second request.
    for (framing, refused) in [
        ("Content-Length: 5\r\nContent-Length: 41", true),
        ("Content-Length: 5\r\nTransfer-Encoding: chunked", false),
    ] {
        let request = format!(
            "POST /_stcore/health HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n{framing}\r\n\r\n\
             0\r\n\r\nGET /smuggled HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n"
        );
        let response = exchange(&app, request.as_bytes()).await;
        assert_eq!(
            response.matches("HTTP/1.1 ").count(),
            1,
            "{framing}: {response}"
        );
        if refused {
            assert!(
                response.starts_with("HTTP/1.1 400"),
                "{framing}: {response}"
            );
        } else {
            assert!(
                response.to_ascii_lowercase().contains("connection: close"),
                "{response}"
            );
        }
    }
    healthy(&app).await;
}

#[tokio::test]
async fn http2_is_not_spoken() {
    // Case 23: HTTP/2 is off, so its rapid-reset and CONTINUATION floods do
    // not apply; the preface gets an HTTP/1.1 error or a closed connection.
    let app = App::start(HELLO);
    let response = exchange(&app, b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n").await;
    assert!(
        response.is_empty() || response.starts_with("HTTP/1.1 4"),
        "{response}"
    );
    healthy(&app).await;
}

#[tokio::test]
async fn flooding_the_metrics_endpoint_leaves_the_app_served() {
    // Case 24: metrics are computed per request from counters (no script
    // runs), the script health check is off unless enabled.
    let app = App::start(HELLO);
    let client = reqwest::Client::new();
    let requests = (0..500).map(|_| client.get(app.url("/_stcore/metrics")).send());
    let responses = futures_util::future::join_all(requests).await;
    assert!(responses
        .iter()
        .all(|r| r.as_ref().is_ok_and(|r| r.status().is_success())));
    let check = reqwest::get(app.url("/_stcore/script-health-check"))
        .await
        .expect("request");
    assert_eq!(
        check.status(),
        404,
        "the script health check is off by default"
    );
    let mut session = app.connect().await;
    session.rerun().await;
    session.finish_run().await;
}

#[tokio::test]
async fn no_path_redirects_off_site() {
    // Case 35.
    let app = App::start_with(HELLO, &["--server.baseUrlPath", "app"], &[]);
    for path in [
        "//evil.test/",
        "/%2F%2Fevil.test/",
        "/\\evil.test/",
        "/%5Cevil.test/",
        "/app//evil.test",
        "/app/%2F%2Fevil.test/",
        "/app",
    ] {
        let response = exchange(
            &app,
            format!(
                "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nConnection: close\r\n\r\n",
                app.port
            )
            .as_bytes(),
        )
        .await;
        let head = response
            .split("\r\n\r\n")
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        if let Some(location) = head.lines().find_map(|l| l.strip_prefix("location: ")) {
            assert!(
                location.starts_with('/')
                    && !location.starts_with("//")
                    && !location.contains('\\'),
                "{path} redirects to {location}"
            );
        }
    }
}

#[tokio::test]
async fn secrets_and_sources_are_never_served() {
    // Case 36: a canary in secrets.toml, .env and .git, with static serving
    // on; no path returns it (the SPA fallback included).
    let app = App::start_with_files(
        HELLO,
        &[
            (".streamlit/secrets.toml", "token = 'CANARY-36'\n"),
            (".env", "TOKEN=CANARY-36\n"),
            (".git/config", "CANARY-36\n"),
            ("static/.env", "CANARY-36\n"),
            ("static/ok.txt", "fine\n"),
        ],
        &["--server.enableStaticServing", "true"],
    );
    let client = reqwest::Client::new();
    for path in [
        "/.streamlit/secrets.toml",
        "/secrets.toml",
        "/app.py",
        "/.env",
        "/.git/config",
        "/app/static/.env",
        "/app/static/../.streamlit/secrets.toml",
        "/app/static/%2e%2e/.streamlit/secrets.toml",
        "/app/static/..%2f.env",
        "/component/x/.git/HEAD",
        "/static/../.env",
    ] {
        let body = client
            .get(app.url(path))
            .send()
            .await
            .expect("GET")
            .text()
            .await
            .unwrap_or_default();
        assert!(!body.contains("CANARY-36"), "{path} leaked a secret");
    }
    let ok = client
        .get(app.url("/app/static/ok.txt"))
        .send()
        .await
        .expect("GET");
    assert_eq!(ok.text().await.unwrap_or_default(), "fine\n");
}
