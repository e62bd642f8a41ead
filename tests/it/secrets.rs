//! `st.secrets`: read from .streamlit/secrets.toml by the runner, re-read
//! after an edit, and never reachable over HTTP.

use std::time::Duration;

use rustlit::proto::RunStatus;

use crate::common::App;

const NO_HOME: (&str, &str) = ("HOME", "/nonexistent-rustlit-home");

fn write_secrets(app: &App, body: &str) {
    let dir = app.dir.path().join(".streamlit");
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::write(dir.join("secrets.toml"), body).expect("write secrets");
}

#[tokio::test]
async fn secrets_read_like_streamlit_and_follow_edits() {
    let script = r#"import os
import streamlit as st
st.text(st.secrets.db.user)
st.text(st.secrets["api_key"])
st.text(os.environ.get("api_key", "unset"))
st.text(str("db" in st.secrets) + " " + str(st.secrets.get("nope", "dflt")))
st.text(str(st.secrets.to_dict()["db"]))
st.secrets["missing"]
"#;
    let app = App::start_with(script, &[], &[NO_HOME]);
    write_secrets(&app, "api_key = \"k1\"\n[db]\nuser = \"alice\"\n");
    let mut client = app.connect().await;
    client.rerun().await;
    let (status, _) = client.finish_run().await;
    assert_eq!(status, RunStatus::FinishedSuccessfully);
    let texts = client.tree.texts();
    assert_eq!(
        texts[..5],
        ["alice", "k1", "k1", "True dflt", "{'user': 'alice'}"].map(String::from)
    );
    let exceptions = client.tree.exceptions();
    assert_eq!(exceptions.len(), 1);
    assert!(
        exceptions[0]
            .message
            .contains("st.secrets has no key \"missing\""),
        "{:?}",
        exceptions[0]
    );

    std::thread::sleep(Duration::from_millis(50));
    write_secrets(&app, "api_key = \"k2\"\n[db]\nuser = \"bob\"\n");
    client.rerun().await;
    client.finish_run().await;
    let texts = client.tree.texts();
    assert_eq!(texts[..3], ["bob", "k2", "k2"].map(String::from));
}

#[tokio::test]
async fn no_secrets_file_is_streamlits_error() {
    let app = App::start_with("import streamlit as st\nst.secrets['x']\n", &[], &[NO_HOME]);
    let mut client = app.connect().await;
    client.rerun().await;
    client.finish_run().await;
    let exceptions = client.tree.exceptions();
    assert_eq!(exceptions.len(), 1);
    assert!(
        exceptions[0].message.contains("No secrets found"),
        "{:?}",
        exceptions[0]
    );
}

#[tokio::test]
async fn no_http_path_serves_secrets_or_config() {
    let app = App::start_with(
        "import streamlit as st\nst.text(st.secrets['token'])\n",
        &["--server.enableStaticServing", "true"],
        &[NO_HOME],
    );
    write_secrets(&app, "token = \"SECRET-MARKER-7731\"\n");
    std::fs::write(
        app.dir.path().join(".streamlit/config.toml"),
        "# CONFIG-MARKER-4410\n[runner]\nfastReruns = true\n",
    )
    .expect("config");
    std::fs::create_dir_all(app.dir.path().join("static")).expect("static");
    let mut client = app.connect().await;
    client.rerun().await;
    client.finish_run().await;
    assert_eq!(client.tree.texts(), vec!["SECRET-MARKER-7731".to_string()]);

    let paths = [
        "/.streamlit/secrets.toml",
        "/.streamlit/config.toml",
        "/secrets.toml",
        "/config.toml",
        "/app.py",
        "/app/static/../.streamlit/secrets.toml",
        "/app/static/%2e%2e/.streamlit/secrets.toml",
        "/app/static/..%2f.streamlit%2fsecrets.toml",
        "/app/static/%2e%2e%2f.streamlit%2fconfig.toml",
        "/app/static/.streamlit/secrets.toml",
        "/app/.streamlit/secrets.toml",
        "/_stcore/../.streamlit/secrets.toml",
        "/_stcore/health/../../.streamlit/secrets.toml",
        "/static/../.streamlit/secrets.toml",
        "/_stcore/metrics",
        "/_stcore/host-config",
    ];
    let client = reqwest::Client::new();
    for path in paths {
        let response = client.get(app.url(path)).send().await.expect("get");
        let body = response.text().await.unwrap_or_default();
        assert!(!body.contains("SECRET-MARKER"), "{path} leaked secrets");
        assert!(!body.contains("CONFIG-MARKER"), "{path} leaked config");
    }
}
