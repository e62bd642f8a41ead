//! What each component frame is allowed (its iframe's `allow=`): nothing by
//! default, a declaration's `permissions`, and `server.componentPermissions`.

use rustlit::proto::element;

use crate::common::App;

const SCRIPT: &str = r#"
import os
import streamlit as st
import streamlit.components.v1 as components

os.makedirs("comp", exist_ok=True)
open("comp/index.html", "w").write("<p>c</p>")
plain = components.declare_component("plain", path="comp")
scanner = components.declare_component("scanner", path="comp", permissions=["camera", "bogus feature"])
plain(key="p")
scanner(key="s")
components.html("<p>doc</p>")
components.iframe("https://example.com")
"#;

/// (kind, allow) of every frame on the page, in order.
async fn frames(app: &App) -> Vec<(String, Vec<String>)> {
    let mut client = app.connect().await;
    client.rerun().await;
    client.finish_run().await;
    client
        .tree
        .elements()
        .filter_map(|(_, e)| match e {
            element::Type::ComponentInstance(c) => {
                Some((c.component_name.clone(), c.allow.clone()))
            }
            element::Type::Iframe(f) if f.html_path.is_empty() => {
                Some(("iframe".into(), f.allow.clone()))
            }
            element::Type::Iframe(f) => Some(("html".into(), f.allow.clone())),
            _ => None,
        })
        .collect()
}

fn strings(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

#[tokio::test]
async fn frames_get_only_what_is_granted() {
    let app = App::start(SCRIPT);
    assert_eq!(
        frames(&app).await,
        vec![
            ("app.plain".to_string(), vec![]),
            ("app.scanner".to_string(), strings(&["camera"])),
            ("html".to_string(), vec![]),
            ("iframe".to_string(), vec![]),
        ]
    );
    let granted = App::start_with(
        SCRIPT,
        &[
            "--server.componentPermissions",
            "html:fullscreen,*:clipboard-write,app.plain:microphone",
        ],
        &[],
    );
    assert_eq!(
        frames(&granted).await,
        vec![
            (
                "app.plain".to_string(),
                strings(&["clipboard-write", "microphone"])
            ),
            (
                "app.scanner".to_string(),
                strings(&["camera", "clipboard-write"])
            ),
            (
                "html".to_string(),
                strings(&["fullscreen", "clipboard-write"])
            ),
            ("iframe".to_string(), strings(&["clipboard-write"])),
        ]
    );
}
