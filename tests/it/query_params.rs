//! st.query_params over the wire: a change reaches the page as PageInfo, and
//! reruns the server starts by itself (run on save) use the query string the
//! script set, not the one the page last sent.

use std::time::Duration;

use rustlit::proto::forward_event;

use crate::common::App;

const SCRIPT: &str = "import streamlit as st
st.text(repr(st.query_params.to_dict()))
if 'x' not in st.query_params:
    st.query_params['x'] = 'set'
";

#[tokio::test]
async fn a_change_is_sent_and_run_on_save_reruns_with_it() {
    let app = App::start_with(SCRIPT, &["--server.runOnSave", "true"], &[]);
    let mut client = app.connect().await;
    client.query_string = "a=1".into();
    client.rerun().await;
    let (_, events) = client.finish_run().await;
    let sent: Vec<&str> = events
        .iter()
        .filter_map(|e| match e {
            forward_event::Kind::PageInfoChanged(info) => Some(info.query_string.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(sent, ["a=1&x=set"]);
    assert_eq!(client.tree.texts(), ["{'a': '1'}"]);

    std::thread::sleep(Duration::from_millis(150));
    std::fs::write(app.script_path(), format!("{SCRIPT}st.text('edited')\n")).expect("save");
    client.finish_run().await;
    assert_eq!(client.tree.texts(), ["{'a': '1', 'x': 'set'}", "edited"]);
}
