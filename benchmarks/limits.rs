//! How a well-behaved session fares while other clients misbehave, and how
//! much memory the server holds meanwhile (issue #16). Not part of the test
//! suite; run it on demand, release build:
//!
//! ```text
//! cargo test --release --test limits_bench -- --ignored --nocapture
//! ```
//!
//! Each scenario starts a fresh server, lets the misbehaving clients loose
//! (bounded in number and time, loopback only), then measures 200 reruns of a
//! well-behaved session (`st.text`), and reads the server's RSS and peak RSS
//! from /proc. Prints a markdown table.

#[path = "../tests/it/common/mod.rs"]
#[allow(dead_code, unused_imports)]
mod common;

use std::time::{Duration, Instant};

use futures_util::SinkExt;
use tokio::io::AsyncWriteExt;
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;

use common::App;

const SCRIPT: &str = "import streamlit as st\n\
if 'big' in st.query_params:\n    for i in range(300):\n        st.text(str(i) + 'x' * 1_000_000)\n\
if 'upload' in st.query_params:\n    st.file_uploader('f', accept_multiple_files=True)\n\
st.text('hello')\n";

const RERUNS: usize = 200;

struct Row {
    scenario: &'static str,
    p50_ms: f64,
    p99_ms: f64,
    rss_mb: f64,
    peak_mb: f64,
}

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

fn memory_mb(app: &App) -> (f64, f64) {
    let status =
        std::fs::read_to_string(format!("/proc/{}/status", server_pid(app))).unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|kb| kb.parse::<f64>().ok())
            .unwrap_or(0.0)
            / 1024.0
    };
    (field("VmRSS:"), field("VmHWM:"))
}

/// 200 reruns of a fresh well-behaved session: (p50, p99) in ms.
async fn well_behaved(app: &App) -> (f64, f64) {
    let mut client = app.connect().await;
    client.rerun().await;
    client.finish_run().await;
    let mut samples = Vec::with_capacity(RERUNS);
    for _ in 0..RERUNS {
        let start = Instant::now();
        client.rerun().await;
        client.finish_run().await;
        samples.push(start.elapsed().as_secs_f64() * 1000.0);
    }
    samples.sort_by(f64::total_cmp);
    (samples[RERUNS / 2], samples[RERUNS * 99 / 100])
}

async fn measure(scenario: &'static str, app: &App) -> Row {
    let (p50_ms, p99_ms) = well_behaved(app).await;
    let (rss_mb, peak_mb) = memory_mb(app);
    Row {
        scenario,
        p50_ms,
        p99_ms,
        rss_mb,
        peak_mb,
    }
}

async fn handshake(port: u16, origin: &str) -> Result<common::Socket, String> {
    use tokio_tungstenite::tungstenite::client::IntoClientRequest;
    use tokio_tungstenite::tungstenite::http::HeaderValue;
    let mut request = format!("ws://127.0.0.1:{port}/_stcore/stream")
        .into_client_request()
        .map_err(|e| e.to_string())?;
    let headers = request.headers_mut();
    headers.insert(
        "Sec-WebSocket-Protocol",
        HeaderValue::from_static("rustlit"),
    );
    headers.insert(
        "Origin",
        HeaderValue::from_str(origin).map_err(|e| e.to_string())?,
    );
    let (socket, _) = tokio_tungstenite::connect_async(request)
        .await
        .map_err(|e| e.to_string())?;
    Ok(socket)
}

/// Until `stop`: sockets that send messages as fast as they can (each is
/// closed by the rate limit, then the next one starts).
fn flood(app: &App, sockets: usize, stop: Instant) -> Vec<tokio::task::JoinHandle<()>> {
    let frame: bytes::Bytes = prost::Message::encode_to_vec(&rustlit::proto::BackMsg {
        kind: Some(rustlit::proto::back_msg::Kind::SetRunOnSave(
            rustlit::proto::SetRunOnSave { run_on_save: false },
        )),
    })
    .into();
    (0..sockets)
        .map(|_| {
            let (port, origin, frame) = (app.port, app.origin(), frame.clone());
            tokio::spawn(async move {
                while Instant::now() < stop {
                    let Ok(mut socket) = handshake(port, &origin).await else {
                        continue;
                    };
                    while Instant::now() < stop
                        && socket.send(Message::Binary(frame.clone())).await.is_ok()
                    {
                    }
                }
            })
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "a benchmark: run on demand with --ignored --nocapture, release build"]
async fn limits_under_attack() {
    let mut rows = Vec::new();

    let app = App::start(SCRIPT);
    rows.push(measure("idle server", &app).await);
    drop(app);

    // 20 sockets flooding messages for the whole measurement.
    let app = App::start(SCRIPT);
    let stop = Instant::now() + Duration::from_secs(60);
    let flooders = flood(&app, 20, stop);
    tokio::time::sleep(Duration::from_millis(500)).await;
    rows.push(measure("20 sockets flooding messages", &app).await);
    flooders.iter().for_each(|f| f.abort());
    drop(app);

    // 20 pages asking for 300 MB of output each, never reading.
    let app = App::start(SCRIPT);
    let mut silent = Vec::new();
    for _ in 0..20 {
        let mut client = app.connect().await;
        client.query_string = "big=1".into();
        client.rerun().await;
        silent.push(client);
    }
    rows.push(measure("20 pages that never read (300 MB of output each)", &app).await);
    drop(silent);
    drop(app);

    // 10 sessions rerunning nonstop.
    let app = App::start(SCRIPT);
    let stop = Instant::now() + Duration::from_secs(60);
    let mut stormers = Vec::new();
    for _ in 0..10 {
        let mut client = app.connect().await;
        stormers.push(tokio::spawn(async move {
            while Instant::now() < stop {
                client.rerun().await;
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
        }));
    }
    rows.push(measure("10 sessions rerunning every 10 ms", &app).await);
    stormers.iter().for_each(|s| s.abort());
    drop(app);

    // 500 slowloris connections.
    let app = App::start(SCRIPT);
    let mut slow = Vec::new();
    for _ in 0..500 {
        if let Ok(mut tcp) = TcpStream::connect(("127.0.0.1", app.port)).await {
            let _ = tcp
                .write_all(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-A: ")
                .await;
            slow.push(tcp);
        }
    }
    rows.push(measure("500 slowloris connections", &app).await);
    drop(slow);
    drop(app);

    // 999 idle sessions from one address: with the measured one, the
    // per-address cap (server.maxSessionsPerClient).
    let app = App::start(SCRIPT);
    let mut idle = Vec::new();
    for _ in 0..999 {
        if let Ok(client) = common::Client::connect(&app, None, Some(&app.origin())).await {
            idle.push(client);
        }
    }
    rows.push(measure("999 idle sessions from the same address", &app).await);
    drop(idle);
    drop(app);

    // 30 uploads of 200 MB each, headers sent, bodies never.
    let app = App::start_with(SCRIPT, &["--server.enableXsrfProtection", "false"], &[]);
    let mut uploader = app.connect().await;
    uploader.query_string = "upload=1".into();
    uploader.rerun().await;
    uploader.finish_run().await;
    uploader
        .send(rustlit::proto::back_msg::Kind::FileUrlsRequest(
            rustlit::proto::FileUrlsRequest {
                request_id: 1,
                count: 30,
            },
        ))
        .await;
    let urls = loop {
        if let Some(rustlit::proto::forward_event::Kind::FileUrlsResponse(r)) =
            uploader.next_event().await
        {
            break r.file_urls;
        }
    };
    let mut stalled = Vec::new();
    for url in urls {
        let mut tcp = TcpStream::connect(("127.0.0.1", app.port))
            .await
            .expect("connect");
        let head = format!(
            "PUT /{} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary=B\r\n\
             Content-Length: 209715200\r\n\r\n--B\r\n",
            url.upload_url
        );
        let _ = tcp.write_all(head.as_bytes()).await;
        stalled.push(tcp);
    }
    rows.push(measure("30 stalled 200 MB uploads (1 GB budget)", &app).await);
    drop(stalled);
    drop(app);

    println!("\n| scenario | rerun p50 | rerun p99 | server RSS | peak RSS |");
    println!("| --- | --- | --- | --- | --- |");
    for r in rows {
        println!(
            "| {} | {:.2} ms | {:.2} ms | {:.0} MB | {:.0} MB |",
            r.scenario, r.p50_ms, r.p99_ms, r.rss_mb, r.peak_mb
        );
    }
}
