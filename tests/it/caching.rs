//! st.cache_data / st.cache_resource across sessions: one process-wide
//! cache, computed once even when two sessions ask at the same moment; and
//! `persist="disk"` files that `rustlit cache clear` deletes.

use std::process::Command;

use rustlit::proto::{back_msg, ClearCache, RunStatus};

use crate::common::App;

const SHARED: &str = r#"import time
import streamlit as st

@st.cache_resource
def counter():
    return {"n": 0}

@st.cache_data
def slow(x):
    counter()["n"] += 1
    time.sleep(0.5)
    st.text("computed inside")
    return x * 2

st.text(f"value {slow(21)}")
st.text(f"computed {counter()['n']} time(s)")
"#;

#[tokio::test]
async fn two_sessions_share_one_cache_and_compute_once() {
    let app = App::start(SHARED);
    let mut first = app.connect().await;
    let mut second = app.connect().await;
    // Both runs start before either can finish the half-second computation.
    first.rerun().await;
    second.rerun().await;
    let (status, _) = first.finish_run().await;
    assert_eq!(status, RunStatus::FinishedSuccessfully);
    let (status, _) = second.finish_run().await;
    assert_eq!(status, RunStatus::FinishedSuccessfully);
    let expected = ["computed inside", "value 42", "computed 1 time(s)"].map(String::from);
    assert_eq!(first.tree.texts(), expected);
    // The waiting session got the stored result and its replayed element.
    assert_eq!(second.tree.texts(), expected);

    // A third session, later: a plain hit.
    let mut third = app.connect().await;
    third.rerun().await;
    third.finish_run().await;
    assert_eq!(third.tree.texts(), expected);
}

#[tokio::test]
async fn persisted_cache_data_lives_in_home_and_cache_clear_deletes_it() {
    let home = tempfile::tempdir().expect("home");
    let home_str = home.path().to_str().expect("utf-8 temp path");
    let script = r#"import streamlit as st

@st.cache_data(persist="disk")
def load(x):
    return [x] * 3

st.text(str(load(7)))
"#;
    let app = App::start_with(script, &[], &[("HOME", home_str)]);
    let mut client = app.connect().await;
    client.rerun().await;
    client.finish_run().await;
    assert_eq!(client.tree.texts(), ["[7, 7, 7]".to_string()]);
    let cache = home.path().join(".streamlit").join("cache");
    let memos: Vec<_> = std::fs::read_dir(&cache)
        .expect("cache folder")
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "memo"))
        .collect();
    assert_eq!(memos.len(), 1, "{cache:?}");

    let out = Command::new(env!("CARGO_BIN_EXE_rustlit"))
        .args(["cache", "clear"])
        .env("HOME", home.path())
        .current_dir(app.dir.path())
        .output()
        .expect("run cache clear");
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("Cleared"));
    assert!(!cache.exists());
}

/// `server.dataEncryptionKeyFile`: a persisted entry is unreadable on disk,
/// read back by the next server with the same key, and ignored (recomputed)
/// by a server with another key.
#[tokio::test]
async fn with_a_data_key_persisted_entries_are_sealed_and_need_that_key() {
    let home = tempfile::tempdir().expect("home");
    let home_str = home.path().to_str().expect("utf-8 temp path");
    let keys = tempfile::tempdir().expect("keys");
    let key = |name: &str, digit: &str| {
        let path = keys.path().join(name);
        std::fs::write(&path, digit.repeat(64)).expect("key file");
        path.to_str().expect("utf-8 key path").to_string()
    };
    let (ours, theirs) = (key("ours", "a"), key("theirs", "b"));
    let script = r#"import os
import streamlit as st

@st.cache_data(persist="disk")
def computed_by():
    return f"payroll of process {os.getpid()}"

st.text(computed_by())
st.text(f"this is process {os.getpid()}")
"#;
    let run = |key: String| async move {
        let app = App::start_with(
            script,
            &["--server.dataEncryptionKeyFile", &key],
            &[("HOME", home_str)],
        );
        let mut client = app.connect().await;
        client.rerun().await;
        client.finish_run().await;
        let texts = client.tree.texts();
        let by = texts[0]
            .trim_start_matches("payroll of process ")
            .to_string();
        let this = texts[1].trim_start_matches("this is process ").to_string();
        (by, this)
    };

    let (by, this) = run(ours.clone()).await;
    assert_eq!(by, this, "computed by the first server");
    let cache = home.path().join(".streamlit").join("cache");
    let memo = std::fs::read_dir(&cache)
        .expect("cache folder")
        .filter_map(Result::ok)
        .find(|e| e.path().extension().is_some_and(|x| x == "memo"))
        .expect("a persisted entry");
    let bytes = std::fs::read(memo.path()).expect("read the entry");
    assert!(
        !bytes.windows(7).any(|w| w == b"payroll"),
        "stored in the clear"
    );

    let (by_again, this_again) = run(ours).await;
    assert_ne!(this_again, this, "a new server process");
    assert_eq!(by_again, by, "read back from disk with the same key");

    let (by_other, this_other) = run(theirs).await;
    assert_eq!(
        by_other, this_other,
        "another key cannot open it: recomputed"
    );
}

#[test]
fn a_malformed_data_key_stops_the_server_with_the_option_named() {
    let dir = tempfile::tempdir().expect("dir");
    std::fs::write(dir.path().join("app.py"), "import streamlit as st\n").expect("script");
    std::fs::write(dir.path().join("key"), "not a key").expect("key");
    let out = Command::new(env!("CARGO_BIN_EXE_rustlit"))
        .args([
            "run",
            "app.py",
            "--server.headless",
            "true",
            "--server.port",
            "0",
        ])
        .args(["--server.dataEncryptionKeyFile", "key"])
        .current_dir(dir.path())
        .output()
        .expect("run rustlit");
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(
            "server.dataEncryptionKeyFile key must hold a 256-bit key as 64 hexadecimal digits"
        ),
        "{stderr}"
    );
}

/// The cache spinners a run sent, by text.
fn cache_spinners(events: &[rustlit::proto::forward_event::Kind]) -> Vec<String> {
    use rustlit::proto::{delta, element, forward_event};
    events
        .iter()
        .filter_map(|event| match event {
            forward_event::Kind::Delta(d) => match &d.kind {
                Some(delta::Kind::Element(e)) => match &e.r#type {
                    Some(element::Type::Spinner(s)) if s.cache => Some(s.text.clone()),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        })
        .collect()
}

#[tokio::test]
async fn the_cache_spinner_is_sent_only_for_a_call_that_takes_half_a_second() {
    // 1.67 shows it after half a second: the fast call never sends one, the
    // call that takes twice that long does, and its place is cleared after.
    let app = App::start(
        r#"import time
import streamlit as st

@st.cache_data(show_spinner="fast...")
def fast():
    return 1

@st.cache_data(show_spinner="slow...")
def slow():
    time.sleep(1.0)
    return 2

st.text(f"fast {fast()}")
st.text(f"slow {slow()}")
"#,
    );
    let mut client = app.connect().await;
    client.rerun().await;
    let (status, events) = client.finish_run().await;
    assert_eq!(status, RunStatus::FinishedSuccessfully);
    assert_eq!(cache_spinners(&events), ["slow..."]);
    assert_eq!(client.tree.texts(), ["fast 1", "slow 2"]);
}

const LOADS: &str = r#"import builtins
import streamlit as st

loads = builtins.__dict__.setdefault("rustlit_test_loads", [])

@st.cache_data
def load():
    loads.append(1)
    return 1

load()
st.text(f"loads {len(loads)}")
"#;

/// Runs `LOADS`, asks to clear the caches as the main menu does, runs again:
/// the texts of the two runs.
async fn loads_around_a_clear(args: &[&str]) -> (Vec<String>, Vec<String>) {
    let app = App::start_with(LOADS, args, &[]);
    let mut client = app.connect().await;
    client.rerun().await;
    client.finish_run().await;
    let before = client.tree.texts();
    client
        .send(back_msg::Kind::ClearCache(ClearCache::default()))
        .await;
    client.rerun().await;
    client.finish_run().await;
    (before, client.tree.texts())
}

#[tokio::test]
async fn client_toolbar_mode_decides_who_may_clear_the_caches() {
    // "auto" lets a client on this machine (the test's) clear them.
    let (before, after) = loads_around_a_clear(&[]).await;
    assert_eq!(
        (before, after),
        (vec!["loads 1".to_string()], vec!["loads 2".to_string()])
    );
    // "viewer" shows no one the option, and the server refuses the message.
    let (before, after) = loads_around_a_clear(&["--client.toolbarMode", "viewer"]).await;
    assert_eq!(
        (before, after),
        (vec!["loads 1".to_string()], vec!["loads 1".to_string()])
    );
}
