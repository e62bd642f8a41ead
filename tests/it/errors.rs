//! What viewers and the health check learn of an exception
//! (`client.showErrorDetails`, SECURITY.md §5 case 45), health-check probes
//! that time out, a component path that used to panic its task, and an element
//! over `server.maxMessageSize`.

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use rustlit::proto::RunStatus;

use crate::common::App;

const RAISES: &str = "import streamlit as st\nst.text('before')\ndef f():\n    raise ValueError('secret-' + 'token-42')\nst.exception(RuntimeError('shown on purpose'))\nf()\n";

#[tokio::test]
async fn show_error_details_redacts_uncaught_exceptions_as_streamlit_does() {
    // (mode, type shown, message shown, trace shown)
    let modes = [
        ("full", true, true, true),
        ("stacktrace", true, false, true),
        ("false", true, false, true),
        ("type", true, false, false),
        ("none", false, false, false),
    ];
    for (mode, type_shown, message_shown, trace_shown) in modes {
        let app = App::start_with(RAISES, &["--client.showErrorDetails", mode], &[]);
        let mut client = app.connect().await;
        client.rerun().await;
        client.finish_run().await;
        let exceptions = client.tree.exceptions();
        assert_eq!(exceptions.len(), 2, "{mode}: {exceptions:?}");
        // st.exception shows what the app chose to show, whatever the mode.
        assert_eq!(exceptions[0].message, "shown on purpose", "{mode}");
        let uncaught = &exceptions[1];
        assert_eq!(
            uncaught.r#type == "ValueError",
            type_shown,
            "{mode}: {uncaught:?}"
        );
        assert_eq!(
            uncaught.message.contains("secret-token-42"),
            message_shown,
            "{mode}: {uncaught:?}"
        );
        assert_eq!(
            !uncaught.stack_trace.is_empty(),
            trace_shown,
            "{mode}: {uncaught:?}"
        );
        assert!(
            !uncaught.stack_trace.concat().contains("secret-token-42"),
            "{mode}: the trace repeats the message"
        );
        if !message_shown {
            assert!(
                uncaught.message.contains("client.showErrorDetails"),
                "{uncaught:?}"
            );
        }
    }
}

#[tokio::test]
async fn a_compile_error_is_redacted_too() {
    let app = App::start_with(
        "import streamlit as st\nx = (1,\n# secret-token-42\n",
        &["--client.showErrorDetails", "none"],
        &[],
    );
    let mut client = app.connect().await;
    client.rerun().await;
    let (_, events) = client.finish_run().await;
    let compile_error = events
        .iter()
        .find_map(|e| match e {
            rustlit::proto::forward_event::Kind::CompileError(c) => c.exception.clone(),
            _ => None,
        })
        .expect("a compile error");
    assert!(compile_error.r#type.is_empty(), "{compile_error:?}");
    assert!(
        !compile_error.message.contains("secret"),
        "{compile_error:?}"
    );
}

async fn health_check(app: &App) -> (u16, String) {
    let response = reqwest::get(app.url("/_stcore/script-health-check"))
        .await
        .expect("health check");
    let status = response.status().as_u16();
    (status, response.text().await.unwrap_or_default())
}

#[tokio::test]
async fn the_health_check_tells_no_more_than_the_page() {
    let full = App::start_with(RAISES, &["--server.scriptHealthCheckEnabled", "true"], &[]);
    assert_eq!(
        health_check(&full).await,
        (503, "error: ValueError: secret-token-42".to_string())
    );
    for (mode, body) in [("type", "error: ValueError"), ("none", "error")] {
        let app = App::start_with(
            RAISES,
            &[
                "--server.scriptHealthCheckEnabled",
                "true",
                "--client.showErrorDetails",
                mode,
            ],
            &[],
        );
        assert_eq!(health_check(&app).await, (503, body.to_string()), "{mode}");
    }
}

#[tokio::test]
async fn a_health_check_that_times_out_stops_its_script() {
    let script = "import time\nimport streamlit as st\nwhile True:\n    with open('beat', 'a') as f:\n        f.write('x')\n    time.sleep(0.02)\n";
    let app = App::start_with(
        script,
        &[
            "--server.scriptHealthCheckEnabled",
            "true",
            "--server.scriptHealthCheckTimeout",
            "1",
        ],
        &[],
    );
    assert_eq!(health_check(&app).await, (503, "timeout".to_string()));
    let beat = app.dir.path().join("beat");
    let size = || std::fs::metadata(&beat).map(|m| m.len()).unwrap_or(0);
    // The stop lands within about a second (a pure-Python loop is broken
    // into after 500 ms); then the file stops growing.
    let mut stopped = false;
    for _ in 0..40 {
        let before = size();
        tokio::time::sleep(Duration::from_millis(250)).await;
        if size() == before {
            stopped = true;
            break;
        }
    }
    assert!(stopped, "the probe's script kept running after the timeout");
}

#[tokio::test]
async fn a_non_ascii_html_path_on_the_component_origin_is_a_404() {
    let app = App::start("import streamlit as st\nst.text('hi')\n");
    let label = "h0123456789abcdef0123";
    for path in [
        "/html/%C3%A9%C3%A9%C3%A9%C3%A9%C3%A9%C3%A9%C3%A9%C3%A9%C3%A9%C3%A9%C3%A9.html",
        "/html/ééééééééééééééééééééé.html",
    ] {
        let mut tcp = TcpStream::connect(("127.0.0.1", app.port))
            .await
            .expect("connect");
        let request = format!(
            "GET {path} HTTP/1.1\r\nHost: {label}.components.localhost:{}\r\nConnection: close\r\n\r\n",
            app.port
        );
        tcp.write_all(request.as_bytes()).await.expect("write");
        let mut raw = Vec::new();
        let _ = tokio::time::timeout(Duration::from_secs(10), tcp.read_to_end(&mut raw)).await;
        let text = String::from_utf8_lossy(&raw);
        assert!(
            text.starts_with("HTTP/1.1 404") || text.starts_with("HTTP/1.1 400"),
            "{path}: {text}"
        );
    }
    let health = reqwest::get(app.url("/_stcore/health"))
        .await
        .expect("health");
    assert!(health.status().is_success());
}

/// A dataframe larger than `server.maxMessageSize` is never sent: the page
/// gets 1.67's MessageSizeError in its place, and the rest of the run arrives as usual.
#[tokio::test]
async fn a_frame_over_max_message_size_shows_1_67s_error_in_its_place() {
    let source = "import numpy as np\nimport pandas as pd\nimport streamlit as st\n\
                  st.text('before')\n\
                  st.dataframe(pd.DataFrame(np.arange(300_000).reshape(-1, 2), columns=['a', 'b']))\n\
                  st.text('after')\n";
    let venv = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(".venv-test");
    assert!(
        venv.join("bin/python").exists(),
        "this test needs pandas and pyarrow from .venv-test (bash scripts/test.sh makes it)"
    );
    let app = App::start_with(
        source,
        &["--server.maxMessageSize", "1"],
        &[("VIRTUAL_ENV", venv.to_str().expect("a UTF-8 path"))],
    );
    let mut client = app.connect().await;
    client.rerun().await;
    let (status, _) = client.finish_run().await;
    assert_eq!(status, RunStatus::FinishedSuccessfully);
    let texts = client.tree.texts();
    assert_eq!(texts.len(), 3, "{texts:?}");
    assert_eq!((texts[0].as_str(), texts[2].as_str()), ("before", "after"));
    let errors = client.tree.exceptions();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].r#type, "MessageSizeError");
    assert!(errors[0].message_is_markdown);
    assert!(
        errors[0]
            .message
            .starts_with("**Data of size 2.4 MB exceeds the message size limit of\n1.0 MB.**"),
        "{}",
        errors[0].message
    );
    let largest = client.received_bytes.iter().copied().max().unwrap_or(0);
    assert!(largest < 1_000_000, "a message of {largest} bytes was sent");

    // The session is still served: a rerun shows the same page.
    client.rerun().await;
    let (status, _) = client.finish_run().await;
    assert_eq!(status, RunStatus::FinishedSuccessfully);
    assert_eq!(client.tree.exceptions().len(), 1);
}
