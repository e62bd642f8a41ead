//! Components v2 on the component origin: a definition's document is served
//! only on its name's origin, at a path that changes with the definition;
//! its asset directory's files beside it, and nothing outside that directory.

use rustlit::components::origin::label_for_name;
use rustlit::proto::{element, widget_value};

use crate::common::{state, App, Client};
use crate::components::get;

const SCRIPT: &str = r#"
import os
import _rustlit
import streamlit as st

here = os.path.dirname(os.path.abspath(__file__))
version = st.session_state.get("version", 1)
inline = _rustlit.component_v2_define(
    "app.inline", html="<p>INLINE HTML</p>", css="p{color:red}",
    js=f"export default function(c) {{ /* v{version} */ }}",
)
files = _rustlit.component_v2_define(
    "app.files", html="<div id=x></div>", asset_dir=os.path.join(here, "files"),
    css_path="css/style.css", js_path="js/index.js",
)
st.text(f"inline {inline[0]} {inline[1]}")
st.text(f"files {files[0]} {files[1]}")
try:
    _rustlit.component_v2_define("app.bad", asset_dir=os.path.join(here, "files"), js_path="../secret.txt")
except ValueError as e:
    st.text(f"refused: {e}")
if st.button("bump"):
    st.session_state.version = version + 1
    st.rerun()
"#;

fn start() -> App {
    App::start_with_files(
        SCRIPT,
        &[
            ("files/js/index.js", "export default function () {}"),
            ("files/js/worker.mjs", "WORKER"),
            ("files/css/style.css", "div{}"),
            ("files/.env", "TOKEN"),
            ("secret.txt", "SECRET CANARY"),
        ],
        &[],
    )
}

/// The (document path, origin label) the script printed for `which`.
fn defined(client: &Client, which: &str) -> (String, String) {
    let texts = client.tree.texts();
    let line = texts
        .iter()
        .find_map(|t| t.strip_prefix(&format!("{which} ")))
        .unwrap_or_else(|| panic!("no {which} line in {texts:?}"));
    let (path, label) = line.split_once(' ').expect("path and label");
    (path.to_string(), label.to_string())
}

async fn run(app: &App) -> Client {
    let mut client = app.connect().await;
    client.rerun().await;
    client.finish_run().await;
    client
}

fn host(app: &App, label: &str) -> String {
    format!("{label}.components.localhost:{}", app.port)
}

#[tokio::test]
async fn an_inline_definition_is_served_on_its_own_origin_only() {
    let app = start();
    let client = run(&app).await;
    let (path, label) = defined(&client, "inline");
    assert_eq!(label, label_for_name("app.inline"));
    assert!(path.starts_with(&format!("/v2/{label}/")), "{path}");

    let (status, head, body) = get(&app, &host(&app, &label), &path).await;
    assert_eq!(status, 200);
    assert!(head.contains("content-type: text/html"), "{head}");
    assert!(head.contains("x-content-type-options: nosniff"), "{head}");
    assert!(body.contains("INLINE HTML") && body.contains("p{color:red}"));
    assert!(
        body.contains("rustlitV2"),
        "the bootstrap is in the document"
    );

    // Not on the app's origin, nor on another component's.
    let app_host = format!("127.0.0.1:{}", app.port);
    assert_eq!(get(&app, &app_host, &path).await.0, 404);
    let other = host(&app, &label_for_name("app.files"));
    assert_eq!(get(&app, &other, &path).await.0, 404);
    // A digest that is not the definition's names nothing.
    let forged = format!("/v2/{label}/{}.html", "0".repeat(40));
    assert_eq!(get(&app, &host(&app, &label), &forged).await.0, 404);
}

#[tokio::test]
async fn a_changed_definition_moves_and_the_old_document_goes() {
    let app = start();
    let mut client = run(&app).await;
    let (first, label) = defined(&client, "inline");
    let button = client
        .tree
        .elements()
        .find_map(|(_, t)| match t {
            element::Type::Button(b) => b.widget.as_ref().map(|w| w.id.clone()),
            _ => None,
        })
        .expect("the bump button");
    client
        .rerun_with(vec![state(
            &button,
            widget_value::Value::TriggerValue(true),
        )])
        .await;
    client.finish_run().await;
    // The button's st.rerun() runs the script once more.
    client.finish_run().await;
    let (second, same_label) = defined(&client, "inline");
    assert_eq!(label, same_label);
    assert_ne!(first, second);
    let h = host(&app, &label);
    let (status, _, body) = get(&app, &h, &second).await;
    assert_eq!(status, 200);
    assert!(body.contains("/* v2 */"), "{body}");
    assert_eq!(
        get(&app, &h, &first).await.0,
        404,
        "the last definition wins"
    );
}

#[tokio::test]
async fn asset_files_are_served_beside_the_document_and_nothing_else() {
    let app = start();
    let client = run(&app).await;
    assert!(
        client
            .tree
            .texts()
            .iter()
            .any(|t| t.starts_with("refused: ") && t.contains("../secret.txt")),
        "{:?}",
        client.tree.texts()
    );
    let (path, label) = defined(&client, "files");
    let h = host(&app, &label);
    let (status, _, body) = get(&app, &h, &path).await;
    assert_eq!(status, 200);
    assert!(body.contains(r#""jsPath":"js/index.js""#), "{body}");
    let (status, head, body) = get(&app, &h, &format!("/v2/{label}/js/index.js")).await;
    assert_eq!(
        (status, body.as_str()),
        (200, "export default function () {}")
    );
    assert!(head.contains("content-type: text/javascript"), "{head}");
    // What the module loads relative to itself (pdf.js's worker).
    let (status, _, body) = get(&app, &h, &format!("/v2/{label}/js/worker.mjs")).await;
    assert_eq!((status, body.as_str()), (200, "WORKER"));
    let (_, head, _) = get(&app, &h, &format!("/v2/{label}/css/style.css")).await;
    assert!(head.contains("content-type: text/css"), "{head}");

    // Only on the component's own origin.
    let inline = host(&app, &label_for_name("app.inline"));
    assert_eq!(
        get(&app, &inline, &format!("/v2/{label}/js/index.js"))
            .await
            .0,
        404
    );
    // An inline component has no files.
    let inline_label = label_for_name("app.inline");
    assert_eq!(
        get(&app, &inline, &format!("/v2/{inline_label}/js/index.js"))
            .await
            .0,
        404
    );
    for attack in [
        "../secret.txt",
        "../../secret.txt",
        "..%2fsecret.txt",
        "%2e%2e/secret.txt",
        "js/../../secret.txt",
        "js/%2e%2e/%2e%2e/secret.txt",
        "%252e%252e%252fsecret.txt",
        "..\\secret.txt",
        "%5c..%5csecret.txt",
        "/../secret.txt",
        "C:secret.txt",
        "index.js%00.png",
        ".env",
    ] {
        let (status, _, body) = get(&app, &h, &format!("/v2/{label}/{attack}")).await;
        assert!(status == 400 || status == 404, "{attack}: {status}");
        assert!(!body.contains("SECRET CANARY") && !body.contains("TOKEN"));
    }
}
