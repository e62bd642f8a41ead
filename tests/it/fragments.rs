//! `@st.fragment` over the real websocket: a widget inside a fragment reruns
//! only the fragment, which is rewritten in place while the page around it
//! stays; fragment runs wait behind a full run; `run_every` and
//! `st.rerun(scope="fragment")`.

use rustlit::proto::widget_value::Value;
use rustlit::proto::{back_msg, forward_event, RerunScript, RunStarted, RunStatus};

use crate::common::{state, App, Client};

const COUNTERS: &str = r#"
import streamlit as st
st.session_state.setdefault("full", 0)
st.session_state.setdefault("frag", 0)
st.session_state.full += 1
st.text(f"full runs {st.session_state.full}")

@st.fragment
def frag():
    st.session_state.frag += 1
    st.checkbox("inner")
    st.text(f"fragment runs {st.session_state.frag}")

frag()
st.checkbox("outer")
st.text("the end")
"#;

fn started(events: &[forward_event::Kind]) -> &RunStarted {
    events
        .iter()
        .find_map(|e| match e {
            forward_event::Kind::RunStarted(s) => Some(s),
            _ => None,
        })
        .expect("a RunStarted")
}

fn delta_paths(events: &[forward_event::Kind]) -> Vec<Vec<u32>> {
    events
        .iter()
        .filter_map(|e| match e {
            forward_event::Kind::Delta(d) => Some(d.path.clone()),
            _ => None,
        })
        .collect()
}

async fn first_run(app: &App) -> Client {
    let mut client = app.connect().await;
    client.rerun().await;
    client.finish_run().await;
    client.adopt_widget_defaults();
    client
}

#[tokio::test]
async fn a_widget_in_a_fragment_reruns_only_the_fragment_in_place() {
    let app = App::start(COUNTERS);
    let mut client = first_run(&app).await;
    let before = client.tree.texts();
    assert_eq!(
        before,
        [
            "full runs 1",
            "inner",
            "fragment runs 1",
            "outer",
            "the end"
        ]
    );
    let inner = client.widget_id("inner");
    assert!(
        !client.tree.widget_fragment[&inner].is_empty(),
        "the widget's delta names its fragment"
    );
    assert!(client.tree.widget_fragment[&client.widget_id("outer")].is_empty());

    client
        .rerun_with(vec![state(&inner, Value::BoolValue(true))])
        .await;
    let (status, events) = client.finish_run().await;
    assert_eq!(status, RunStatus::FinishedSuccessfully);
    let run = started(&events);
    assert!(run.fragment_run);
    assert_eq!(
        run.fragment_ids,
        vec![client.tree.widget_fragment[&inner].clone()]
    );
    let scope: Vec<Vec<u32>> = run.scope.iter().map(|p| p.path.clone()).collect();
    assert_eq!(scope, vec![vec![0, 1]], "the fragment's container");
    // Only the fragment's own node changed; nothing outside it was sent.
    assert_eq!(delta_paths(&events), vec![vec![0, 1, 1]]);
    assert_eq!(
        client.tree.texts(),
        [
            "full runs 1",
            "inner",
            "fragment runs 2",
            "outer",
            "the end"
        ]
    );

    // A widget outside: the whole script, and the fragment's value is kept.
    let outer = client.widget_id("outer");
    client
        .rerun_with(vec![state(&outer, Value::BoolValue(true))])
        .await;
    let (_, events) = client.finish_run().await;
    assert!(!started(&events).fragment_run);
    assert_eq!(
        client.tree.texts(),
        [
            "full runs 2",
            "inner",
            "fragment runs 3",
            "outer",
            "the end"
        ]
    );
}

#[tokio::test]
async fn a_fragment_run_waits_for_the_full_run_in_progress() {
    // The full run blocks until the test creates the flag file, polling
    // session state (a yield point, where a rerun request would end it).
    let flag = tempfile::NamedTempFile::new().expect("a temp file");
    let flag_path = flag.path().to_path_buf();
    drop(flag);
    let source = format!(
        r#"
import os, time
import streamlit as st

@st.fragment
def frag():
    st.checkbox("inner")

frag()
if st.checkbox("block"):
    st.text("waiting")
    while not os.path.exists({flag:?}):
        st.session_state.get("x")
        time.sleep(0.02)
st.text("done")
"#,
        flag = flag_path.to_string_lossy()
    );
    let app = App::start(&source);
    let mut client = first_run(&app).await;
    let inner = client.widget_id("inner");
    let block = client.widget_id("block");
    client
        .rerun_with(vec![state(&block, Value::BoolValue(true))])
        .await;
    // Wait until the full run is inside its loop.
    loop {
        let event = client.next_event().await.expect("an event");
        if client.tree.texts().contains(&"waiting".to_string()) {
            break;
        }
        assert!(
            !matches!(event, forward_event::Kind::RunFinished(_)),
            "the run ended before it blocked"
        );
    }
    client
        .rerun_with(vec![state(&inner, Value::BoolValue(true))])
        .await;
    std::fs::write(&flag_path, b"go").expect("write the flag");
    let (status, _) = client.finish_run().await;
    assert_eq!(
        status,
        RunStatus::FinishedSuccessfully,
        "the fragment request did not interrupt the full run"
    );
    assert!(client.tree.texts().contains(&"done".to_string()));
    let (status, events) = client.finish_run().await;
    assert_eq!(status, RunStatus::FinishedSuccessfully);
    assert!(started(&events).fragment_run, "then the fragment ran");
    let _ = std::fs::remove_file(&flag_path);
}

#[tokio::test]
async fn run_every_asks_for_a_timer_and_an_auto_rerun_runs_the_fragment() {
    let app = App::start(
        r#"
import streamlit as st
st.session_state.setdefault("ticks", 0)

@st.fragment(run_every="2s")
def clock():
    st.session_state.ticks += 1
    st.text(f"tick {st.session_state.ticks}")

if not st.session_state.get("gone"):
    clock()
st.text("still")
"#,
    );
    let mut client = app.connect().await;
    client.rerun().await;
    let (_, events) = client.finish_run().await;
    let timer = events
        .iter()
        .find_map(|e| match e {
            forward_event::Kind::AutoRerun(a) => Some(a.clone()),
            _ => None,
        })
        .expect("an AutoRerun");
    assert_eq!(timer.interval, 2.0);
    // What the page's timer sends.
    let tick = |fragment_id: String| {
        back_msg::Kind::RerunScript(RerunScript {
            fragment_id,
            is_auto_rerun: true,
            ..Default::default()
        })
    };
    client.send(tick(timer.fragment_id.clone())).await;
    let (status, events) = client.finish_run().await;
    assert_eq!(status, RunStatus::FinishedSuccessfully);
    assert!(started(&events).fragment_run);
    assert_eq!(client.tree.texts(), ["tick 2", "still"]);
}

#[tokio::test]
async fn a_timer_for_a_fragment_that_is_gone_changes_nothing() {
    let app = App::start(
        r#"
import streamlit as st

@st.fragment(run_every=5)
def clock():
    st.text("tick")

if not st.checkbox("hide"):
    clock()
st.text("still")
"#,
    );
    let mut client = app.connect().await;
    client.rerun().await;
    let (_, events) = client.finish_run().await;
    client.adopt_widget_defaults();
    let fragment_id = events
        .iter()
        .find_map(|e| match e {
            forward_event::Kind::AutoRerun(a) => Some(a.fragment_id.clone()),
            _ => None,
        })
        .expect("an AutoRerun");
    let hide = client.widget_id("hide");
    client
        .rerun_with(vec![state(&hide, Value::BoolValue(true))])
        .await;
    client.finish_run().await;
    assert_eq!(client.tree.texts(), ["hide", "still"]);
    client
        .send(back_msg::Kind::RerunScript(RerunScript {
            // A tick the page sent before it heard of the full run.
            fragment_id,
            is_auto_rerun: true,
            ..Default::default()
        }))
        .await;
    let (status, events) = client.finish_run().await;
    assert_eq!(status, RunStatus::FinishedSuccessfully);
    let run = started(&events);
    assert!(run.fragment_run && run.scope.is_empty());
    assert_eq!(client.tree.texts(), ["hide", "still"]);
}

#[tokio::test]
async fn rerun_scope_fragment_reruns_the_fragment_alone() {
    let app = App::start(
        r#"
import streamlit as st
st.session_state.setdefault("n", 0)
st.session_state.setdefault("full", 0)
st.session_state.full += 1
st.text(f"full {st.session_state.full}")

@st.fragment
def frag():
    st.session_state.n += 1
    if st.button("again") and st.session_state.n < 5:
        st.rerun(scope="fragment")
    st.text(f"n {st.session_state.n}")

frag()
"#,
    );
    let mut client = first_run(&app).await;
    let again = client.widget_id("again");
    client
        .rerun_with(vec![state(&again, Value::TriggerValue(true))])
        .await;
    let (status, events) = client.finish_run().await;
    assert_eq!(status, RunStatus::FinishedEarlyForRerun);
    assert!(started(&events).fragment_run);
    let (status, events) = client.finish_run().await;
    assert_eq!(status, RunStatus::FinishedSuccessfully);
    assert!(
        started(&events).fragment_run,
        "the rerun is a fragment run too"
    );
    assert_eq!(client.tree.texts(), ["full 1", "again", "n 3"]);
}
