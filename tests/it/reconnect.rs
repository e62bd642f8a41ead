//! A dropped socket leaves its session waiting; reconnecting with the
//! session's resume secret resumes it. The session id alone resumes nothing
//! (SECURITY.md §5 case 6).

use rustlit::proto::widget_value::Value;

use crate::common::{state, App, Client};

/// Reconnects with `resume_secret` once the server has seen the old socket
/// go (until then the session is attached and cannot be taken over).
async fn resume(app: &App, resume_secret: &str) -> Client {
    for _ in 0..50 {
        let client = Client::connect(app, Some(resume_secret), Some(&app.origin()))
            .await
            .expect("reconnect");
        if client.resumed {
            return client;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("the session was never resumed");
}

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
    let secret = client.resume_secret.clone();
    assert_eq!(secret.len(), 32);
    assert_ne!(secret, session_id);
    drop(client);

    let mut again = resume(&app, &secret).await;
    assert_eq!(again.session_id, session_id);
    // Each attach hands out a new secret; the used one resumes no more.
    assert_ne!(again.resume_secret, secret);
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
async fn an_id_an_unknown_or_a_used_secret_or_a_live_session_gets_a_fresh_session() {
    let app = App::start("import streamlit as st\nst.text('x')\n");
    let first = app.connect().await;
    // Its secret, while it is attached: no takeover.
    let other = Client::connect(&app, Some(&first.resume_secret), Some(&app.origin()))
        .await
        .expect("connect");
    assert!(!other.resumed, "a live session cannot be taken over");
    assert_ne!(other.session_id, first.session_id);
    let unknown = Client::connect(&app, Some("no-such-session"), Some(&app.origin()))
        .await
        .expect("connect");
    assert!(!unknown.resumed);

    // Detached, its id (seen in upload URLs and logs) resumes nothing.
    let (id, secret) = (first.session_id.clone(), first.resume_secret.clone());
    drop(first);
    let by_id = Client::connect(&app, Some(&id), Some(&app.origin()))
        .await
        .expect("connect");
    assert!(!by_id.resumed);
    assert_ne!(by_id.session_id, id);
    // Its secret does, once.
    let back = resume(&app, &secret).await;
    assert_eq!(back.session_id, id);
    drop(back);
    let replayed = Client::connect(&app, Some(&secret), Some(&app.origin()))
        .await
        .expect("connect");
    assert!(!replayed.resumed);
}
