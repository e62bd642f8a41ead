//! Only what changed travels: the server diffs against what the browser holds.

use prost::Message;
use rustlit::proto::widget_value::Value;
use rustlit::proto::{forward_event, DoubleArray};

use crate::common::{state, App};

#[tokio::test]
async fn a_rerun_that_changes_one_number_sends_one_small_delta() {
    let app = App::start(
        "import streamlit as st\nv = st.slider('v', 0, 100, 1)\nfor i in range(100):\n    st.write(f'row {i}')\nst.write(f'value {v}')\n",
    );
    let mut client = app.connect().await;
    client.rerun().await;
    client.finish_run().await;
    client.adopt_widget_defaults();
    let id = client.widget_id("v");
    let before = client.received_bytes.len();
    client
        .rerun_with(vec![state(
            &id,
            Value::DoubleArrayValue(DoubleArray { data: vec![2.0] }),
        )])
        .await;
    let (_, events) = client.finish_run().await;
    let deltas: Vec<_> = events
        .iter()
        .filter_map(|e| match e {
            forward_event::Kind::Delta(d) => Some(d),
            _ => None,
        })
        .collect();
    assert_eq!(
        deltas.len(),
        1,
        "only the changed element is sent: {deltas:?}"
    );
    assert!(client.tree.texts().contains(&"value 2".to_string()));
    // Everything else only announces ranges of unchanged nodes: the page is not sent again.
    assert!(
        events.iter().all(|e| matches!(
            e,
            forward_event::Kind::Delta(_)
                | forward_event::Kind::Unchanged(_)
                | forward_event::Kind::RunStarted(_)
                | forward_event::Kind::RunFinished(_)
        )),
        "{events:?}"
    );
    assert!(deltas[0].encoded_len() <= 64, "{:?}", deltas[0]);
    // Each frame coalesces the Unchanged ranges of the events it carries, and how many
    // events a frame carries depends on timing (on a loaded machine the socket may send
    // each as it comes). Sent in one or two frames, as when the machine is idle, the whole
    // rerun is this small; split further, it is still only the ranges above.
    let frames = &client.received_bytes[before..];
    let bytes: usize = frames.iter().sum();
    if frames.len() <= 2 {
        assert!(
            bytes <= 200,
            "{bytes} bytes on the wire for a one-number change"
        );
    }
}

#[tokio::test]
async fn elements_that_disappear_are_pruned_and_come_back_whole() {
    let app = App::start("import streamlit as st\nshow = st.checkbox('show', True)\nif show:\n    st.text('extra')\nst.text('end')\n");
    let mut client = app.connect().await;
    client.rerun().await;
    client.finish_run().await;
    client.adopt_widget_defaults();
    let id = client.widget_id("show");
    client
        .rerun_with(vec![state(&id, Value::BoolValue(false))])
        .await;
    client.finish_run().await;
    assert_eq!(
        client.tree.texts(),
        vec!["show".to_string(), "end".to_string()]
    );
    client
        .rerun_with(vec![state(&id, Value::BoolValue(true))])
        .await;
    client.finish_run().await;
    assert_eq!(
        client.tree.texts(),
        vec!["show".to_string(), "extra".to_string(), "end".to_string()]
    );
}

#[tokio::test]
async fn containers_keep_their_children_addressed_by_path() {
    let app = App::start(
        "import streamlit as st\nst.sidebar.text('side')\na, b = st.columns(2)\na.text('left')\nwith b:\n    st.text('right')\n\
         with st.expander('more'):\n    st.text('inside')\nph = st.empty()\nph.text('first')\nph.text('second')\n",
    );
    let mut client = app.connect().await;
    client.rerun().await;
    client.finish_run().await;
    let paths: Vec<(Vec<u32>, String)> = client
        .tree
        .elements()
        .filter_map(|(p, t)| match t {
            rustlit::proto::element::Type::Text(t) => Some((p.clone(), t.body.clone())),
            _ => None,
        })
        .collect();
    assert_eq!(
        paths,
        vec![
            (vec![0, 0, 0, 0], "left".to_string()),
            (vec![0, 0, 1, 0], "right".to_string()),
            (vec![0, 1, 0], "inside".to_string()),
            (vec![0, 2], "second".to_string()),
            (vec![1, 0], "side".to_string()),
        ]
    );
}

/// A dataframe and a data_editor are sent once: a rerun that leaves their frames unchanged
/// (another widget moved, or a cell of the editor was edited) sends nothing for them.
#[tokio::test]
async fn unchanged_frames_are_not_sent_again() {
    let venv = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(".venv-test");
    if !venv.join("bin/python").exists() {
        panic!(
            "this test needs pandas and pyarrow from .venv-test (bash scripts/test.sh makes it)"
        );
    }
    let app = App::start_with(
        "import pandas as pd\nimport streamlit as st\n\
         v = st.slider('v', 0, 100, 1)\n\
         df = pd.DataFrame({'a': range(20000), 'b': [f'row {i}' for i in range(20000)]})\n\
         st.dataframe(df)\n\
         st.data_editor(df.head(2000), key='ed')\n\
         st.write(f\"value {v} edits {len(st.session_state.ed['edited_rows'])}\")\n",
        &[],
        &[("VIRTUAL_ENV", venv.to_str().expect("a UTF-8 path"))],
    );
    let mut client = app.connect().await;
    client.rerun().await;
    client.finish_run().await;
    let first: usize = client.received_bytes.iter().sum();
    assert!(
        first > 200_000,
        "the first run carries both frames: {first} bytes"
    );
    client.adopt_widget_defaults();
    let slider = client.widget_id("v");
    let editor = client
        .tree
        .elements()
        .find_map(|(_, t)| match t {
            rustlit::proto::element::Type::DataEditor(e) => e.widget.as_ref().map(|w| w.id.clone()),
            _ => None,
        })
        .expect("a data_editor");

    let steps = [
        state(
            &slider,
            Value::DoubleArrayValue(DoubleArray { data: vec![2.0] }),
        ),
        state(
            &editor,
            Value::StringValue(
                r#"{"edited_rows":{"0":{"a":5}},"added_rows":[],"deleted_rows":[]}"#.into(),
            ),
        ),
    ];
    let expected = ["value 2 edits 0", "value 2 edits 1"];
    for (change, text) in steps.into_iter().zip(expected) {
        let before = client.received_bytes.len();
        client.rerun_with(vec![change]).await;
        let (_, events) = client.finish_run().await;
        let deltas: Vec<_> = events
            .iter()
            .filter_map(|e| match e {
                forward_event::Kind::Delta(d) => Some(d),
                _ => None,
            })
            .collect();
        assert_eq!(deltas.len(), 1, "only the text is sent: {deltas:?}");
        assert!(
            client.tree.texts().contains(&text.to_string()),
            "{:?}",
            client.tree.texts()
        );
        let bytes: usize = client.received_bytes[before..].iter().sum();
        assert!(
            bytes < 2_000,
            "{bytes} bytes on the wire for a rerun that leaves both frames unchanged"
        );
    }
}
