//! A run from the first connect to widget changes, errors and interruptions.

use rustlit::proto::widget_value::Value;
use rustlit::proto::{back_msg, forward_event, RunStatus, StopScript};

use crate::common::{state, App};

#[tokio::test]
async fn first_run_renders_the_page_in_order() {
    let app = App::start(
        "import streamlit as st\nst.title('Hello')\nst.write('world', 42)\nst.text('plain')\n",
    );
    let mut client = app.connect().await;
    client.rerun().await;
    let (status, events) = client.finish_run().await;
    assert_eq!(status, RunStatus::FinishedSuccessfully);
    assert!(matches!(
        events.first(),
        Some(forward_event::Kind::RunStarted(_))
    ));
    let texts = client.tree.texts();
    assert_eq!(texts[0], "Hello");
    assert!(texts.iter().any(|t| t.contains("world")), "{texts:?}");
    assert_eq!(texts.last().map(String::as_str), Some("plain"));
}

#[tokio::test]
async fn a_widget_change_reruns_with_the_new_value() {
    let app =
        App::start("import streamlit as st\nx = st.slider('x', 0, 10, 3)\nst.write(f'x is {x}')\n");
    let mut client = app.connect().await;
    client.rerun().await;
    client.finish_run().await;
    assert!(client.tree.texts().contains(&"x is 3".to_string()));
    client.adopt_widget_defaults();
    let id = client.widget_id("x");
    client
        .rerun_with(vec![state(
            &id,
            Value::DoubleArrayValue(rustlit::proto::DoubleArray { data: vec![7.0] }),
        )])
        .await;
    client.finish_run().await;
    assert!(
        client.tree.texts().contains(&"x is 7".to_string()),
        "{:?}",
        client.tree.texts()
    );
}

#[tokio::test]
async fn a_button_is_true_for_exactly_one_run() {
    let app = App::start(
        "import streamlit as st\nif 'n' not in st.session_state:\n    st.session_state.n = 0\n\
         if st.button('add'):\n    st.session_state.n += 1\nst.write(f'n={st.session_state.n}')\n",
    );
    let mut client = app.connect().await;
    client.rerun().await;
    client.finish_run().await;
    let id = client.widget_id("add");
    client
        .rerun_with(vec![state(&id, Value::TriggerValue(true))])
        .await;
    client.finish_run().await;
    assert!(
        client.tree.texts().contains(&"n=1".to_string()),
        "{:?}",
        client.tree.texts()
    );
    client.rerun().await;
    client.finish_run().await;
    assert!(
        client.tree.texts().contains(&"n=1".to_string()),
        "{:?}",
        client.tree.texts()
    );
}

#[tokio::test]
async fn a_new_request_interrupts_a_long_run_at_its_next_st_call() {
    let app = App::start(
        "import streamlit as st, time\nv = st.checkbox('go')\n\
         for i in range(400):\n    st.text(f'step {i}')\n    time.sleep(0.01)\nst.write(f'done {v}')\n",
    );
    let mut client = app.connect().await;
    client.rerun().await;
    // Wait until the long run is well under way.
    loop {
        if client.tree.texts().iter().any(|t| t == "step 3") {
            break;
        }
        client.next_event().await.expect("events");
    }
    client.adopt_widget_defaults();
    let id = client.widget_id("go");
    let started = std::time::Instant::now();
    client
        .rerun_with(vec![state(&id, Value::BoolValue(true))])
        .await;
    let (status, _) = client.finish_run().await;
    assert_eq!(status, RunStatus::FinishedEarlyForRerun);
    assert!(
        started.elapsed().as_secs_f64() < 2.0,
        "the old run was not interrupted promptly"
    );
    let events = client
        .finish_run_with(RunStatus::FinishedSuccessfully)
        .await;
    assert!(events
        .iter()
        .any(|e| matches!(e, forward_event::Kind::RunStarted(_))));
    assert!(client.tree.texts().contains(&"done True".to_string()));
}

#[tokio::test]
async fn the_stop_button_ends_a_run_even_in_pure_python() {
    let app = App::start("import streamlit as st\nst.text('before')\nwhile True:\n    pass\n");
    let mut client = app.connect().await;
    client.rerun().await;
    loop {
        if client.tree.texts().iter().any(|t| t == "before") {
            break;
        }
        client.next_event().await.expect("events");
    }
    client.send(back_msg::Kind::StopScript(StopScript {})).await;
    let (status, _) = client.finish_run().await;
    assert_eq!(status, RunStatus::FinishedSuccessfully);
    // The session still works afterwards.
    client.rerun().await;
    client.send(back_msg::Kind::StopScript(StopScript {})).await;
    client.finish_run().await;
}

#[tokio::test]
async fn an_exception_renders_where_it_happened_and_the_next_run_works() {
    let app = App::start(
        "import streamlit as st\nst.text('above')\nif not st.checkbox('fixed'):\n    raise ValueError('boom')\nst.text('below')\n",
    );
    let mut client = app.connect().await;
    client.rerun().await;
    let (status, _) = client.finish_run().await;
    assert_eq!(status, RunStatus::FinishedSuccessfully);
    let exceptions = client.tree.exceptions();
    assert_eq!(exceptions.len(), 1);
    assert_eq!(exceptions[0].r#type, "ValueError");
    assert_eq!(exceptions[0].message, "boom");
    assert!(
        exceptions[0]
            .stack_trace
            .iter()
            .any(|l| l.contains("raise ValueError")),
        "{:?}",
        exceptions[0].stack_trace
    );
    client.adopt_widget_defaults();
    let id = client.widget_id("fixed");
    client
        .rerun_with(vec![state(&id, Value::BoolValue(true))])
        .await;
    client.finish_run().await;
    assert!(client.tree.exceptions().is_empty());
    assert!(client.tree.texts().contains(&"below".to_string()));
}

#[tokio::test]
async fn a_syntax_error_reports_a_compile_error_and_keeps_the_page() {
    let app = App::start("import streamlit as st\nst.text('good')\n");
    let mut client = app.connect().await;
    client.rerun().await;
    client.finish_run().await;
    std::fs::write(
        app.script_path(),
        "import streamlit as st\nst.text('oops'\n",
    )
    .expect("rewrite");
    client.rerun().await;
    let (status, events) = client.finish_run().await;
    assert_eq!(status, RunStatus::FinishedWithCompileError);
    let error = events.iter().find_map(|e| match e {
        forward_event::Kind::CompileError(c) => c.exception.clone(),
        _ => None,
    });
    let error = error.expect("a CompileError event");
    assert_eq!(error.r#type, "SyntaxError");
    assert!(error.message.contains("line 2"), "{}", error.message);
    assert_eq!(
        client.tree.texts(),
        vec!["good".to_string()],
        "the page is kept"
    );
}

#[tokio::test]
async fn duplicate_widgets_raise_streamlits_error() {
    let app = App::start("import streamlit as st\nst.checkbox('same')\nst.checkbox('same')\n");
    let mut client = app.connect().await;
    client.rerun().await;
    client.finish_run().await;
    let exceptions = client.tree.exceptions();
    assert_eq!(exceptions.len(), 1, "{exceptions:?}");
    assert_eq!(
        exceptions[0].r#type,
        "streamlit.errors.StreamlitDuplicateElementId"
    );
    assert!(
        exceptions[0]
            .message
            .contains("multiple `checkbox` elements with the same auto-generated ID"),
        "{}",
        exceptions[0].message
    );
}

#[tokio::test]
async fn sessions_are_isolated_and_survive_each_others_errors() {
    let app = App::start(
        "import streamlit as st\nname = st.text_input('name')\nif name == 'crash':\n    raise RuntimeError('bad input')\nst.write(f'hi {name}')\n",
    );
    let mut alice = app.connect().await;
    let mut bob = app.connect().await;
    alice.rerun().await;
    bob.rerun().await;
    alice.finish_run().await;
    bob.finish_run().await;
    let id = alice.widget_id("name");
    alice
        .rerun_with(vec![state(&id, Value::StringValue("crash".into()))])
        .await;
    alice.finish_run().await;
    assert_eq!(alice.tree.exceptions().len(), 1);
    bob.rerun_with(vec![state(&id, Value::StringValue("bob".into()))])
        .await;
    bob.finish_run().await;
    assert!(
        bob.tree.texts().contains(&"hi bob".to_string()),
        "{:?}",
        bob.tree.texts()
    );
    assert!(bob.tree.exceptions().is_empty());
}

#[tokio::test]
async fn st_rerun_starts_another_run() {
    let app = App::start(
        "import streamlit as st\nst.session_state.setdefault('runs', 0)\nst.session_state.runs += 1\n\
         if st.session_state.runs < 3:\n    st.rerun()\nst.write(f'runs={st.session_state.runs}')\n",
    );
    let mut client = app.connect().await;
    client.rerun().await;
    client
        .finish_run_with(RunStatus::FinishedSuccessfully)
        .await;
    assert!(
        client.tree.texts().contains(&"runs=3".to_string()),
        "{:?}",
        client.tree.texts()
    );
}
