//! A dropped socket leaves its session waiting; reconnecting resumes it.

use rustlit::proto::widget_value::Value;

use crate::common::{state, App, Client};

#[tokio::test]
async fn reconnecting_resumes_the_session_with_its_state() {
    let app = App::start(
        "import streamlit as st\nst.session_state.setdefault('visits', 0)\nst.session_state.visits += 1\n\
         st.text_input('name', key='name')\nst.write(f'visits={st.session_state.visits} name={st.session_state.name}')\n",
    );
    let mut client = app.connect().await;
    client.rerun().await;
    client.finish_run().await;
    let id = client.widget_id("name");
    client
        .rerun_with(vec![state(&id, Value::StringValue("ada".into()))])
        .await;
    client.finish_run().await;
    let session_id = client.session_id.clone();
    drop(client);

    let mut again = Client::connect(&app, Some(&session_id), Some(&app.origin()))
        .await
        .expect("reconnect");
    assert!(again.resumed);
    assert_eq!(again.session_id, session_id);
    // A run without browser state keeps the session's widget values.
    again.rerun().await;
    again.finish_run().await;
    assert!(
        again
            .tree
            .texts()
            .contains(&"visits=3 name=ada".to_string()),
        "{:?}",
        again.tree.texts()
    );
}

#[tokio::test]
async fn an_unknown_or_attached_session_id_gets_a_fresh_session() {
    let app = App::start("import streamlit as st\nst.text('x')\n");
    let first = app.connect().await;
    let other = Client::connect(&app, Some(&first.session_id), Some(&app.origin()))
        .await
        .expect("connect");
    assert!(!other.resumed, "a live session cannot be taken over");
    assert_ne!(other.session_id, first.session_id);
    let unknown = Client::connect(&app, Some("no-such-session"), Some(&app.origin()))
        .await
        .expect("connect");
    assert!(!unknown.resumed);
}
