//! The command line a Streamlit user already knows.

use std::process::Command;

use crate::common::{rustlit_command, App};

#[test]
fn version_prints_the_version() {
    let out = Command::new(env!("CARGO_BIN_EXE_rustlit"))
        .arg("version")
        .output()
        .expect("run");
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains(rustlit::VERSION));
}

#[test]
fn a_busy_port_is_a_clear_error() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = taken.local_addr().expect("addr").port().to_string();
    let dir = tempfile::tempdir().expect("tmp");
    let script = dir.path().join("app.py");
    std::fs::write(&script, "import streamlit as st\n").expect("write");
    let mut command = Command::new(env!("CARGO_BIN_EXE_rustlit"));
    command
        .arg("run")
        .arg(&script)
        .args(["--server.port", &port, "--server.headless", "true"]);
    let out = command.output().expect("run");
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("already in use") && stderr.contains(&port),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn a_missing_or_non_python_target_is_refused() {
    let dir = tempfile::tempdir().expect("tmp");
    let out = rustlit_command(&dir.path().join("nope.py"), &[])
        .output()
        .expect("run");
    assert!(String::from_utf8_lossy(&out.stderr).contains("does not exist"));
    let txt = dir.path().join("notes.txt");
    std::fs::write(&txt, "x").expect("write");
    let out = rustlit_command(&txt, &[]).output().expect("run");
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a Python script"));
}

#[tokio::test]
async fn base_url_path_prefixes_every_route() {
    let app = App::start_with(
        "import streamlit as st\n",
        &["--server.baseUrlPath", "/apps/demo/"],
        &[],
    );
    let client = reqwest::Client::new();
    let ok = client
        .get(app.url("/apps/demo/_stcore/health"))
        .send()
        .await
        .expect("health");
    assert_eq!(ok.text().await.unwrap_or_default(), "ok");
    let missing = client
        .get(app.url("/_stcore/health"))
        .send()
        .await
        .expect("health");
    assert_eq!(missing.status(), 404);
    let page = client
        .get(app.url("/apps/demo/"))
        .send()
        .await
        .expect("page");
    assert_eq!(page.status(), 200);
}

#[tokio::test]
async fn compatibility_flags_are_accepted() {
    let app = App::start_with(
        "import streamlit as st\n",
        &[
            "--browser.gatherUsageStats",
            "false",
            "--runner.fastReruns",
            "true",
            "--server.address",
            "127.0.0.1",
        ],
        &[],
    );
    let status = reqwest::get(app.url("/_stcore/health"))
        .await
        .expect("health")
        .status();
    assert_eq!(status, 200);
}
