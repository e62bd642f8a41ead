//! Custom components: registration and naming through a real run, values
//! back from the browser, and the component origin — served by `Host` on the
//! same listener, sharing nothing with the app's origin, and refusing every
//! path traversal spelling.

use rustlit::components::origin::{label_for_html, label_for_name};
use rustlit::proto::{element, widget_value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::common::{state, App, Client};

const SCRIPT: &str = r#"
import streamlit as st
import streamlit.components.v1 as components

tiny = components.declare_component("tiny", path="tiny")
value = tiny(greeting=st.session_state.get("greeting", "hi"), blob=b"\x00\x01", default=7, key="k")
st.text(f"value={value!r}")
components.html("<p>doc</p>", height=90)
"#;

/// Serves SCRIPT with its component folder, a secret beside it and a symlink out.
fn start() -> App {
    let app = App::start(SCRIPT);
    let root = app.dir.path().join("tiny");
    std::fs::create_dir_all(root.join("static")).unwrap();
    std::fs::write(root.join("index.html"), "<html>TINY INDEX</html>").unwrap();
    std::fs::write(root.join("static/main.js"), "console.log(1)").unwrap();
    std::fs::write(root.join("static/style.css"), "p{}").unwrap();
    std::fs::write(app.dir.path().join("secret.txt"), "SECRET CANARY").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(app.dir.path().join("secret.txt"), root.join("leak.txt")).unwrap();
    app
}

/// A raw HTTP/1.1 GET, so the path reaches the server exactly as written: (status, head in lower
/// case, body).
pub async fn get(app: &App, host: &str, path: &str) -> (u16, String, String) {
    let mut tcp = TcpStream::connect(("127.0.0.1", app.port)).await.unwrap();
    let request = format!("GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n");
    tcp.write_all(request.as_bytes()).await.unwrap();
    let mut raw = Vec::new();
    tcp.read_to_end(&mut raw).await.unwrap();
    let text = String::from_utf8_lossy(&raw).to_string();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    (status, head.to_ascii_lowercase(), body.to_string())
}

async fn run(app: &App) -> Client {
    let mut client = app.connect().await;
    client.rerun().await;
    client.finish_run().await;
    client
}

fn component(client: &Client) -> rustlit::proto::ComponentInstance {
    client
        .tree
        .elements()
        .find_map(|(_, t)| match t {
            element::Type::ComponentInstance(c) => Some((**c).clone()),
            _ => None,
        })
        .expect("a component instance")
}

#[tokio::test]
async fn a_declared_component_is_registered_named_and_returns_values() {
    let app = start();
    let mut client = run(&app).await;
    let c = component(&client);
    assert_eq!(c.component_name, "app.tiny");
    assert_eq!(c.origin_label, label_for_name("app.tiny"));
    assert!(
        c.widget.as_ref().is_some_and(|w| w.id.ends_with("-k")),
        "{c:?}"
    );
    let args: serde_json::Value = serde_json::from_str(&c.json_args).unwrap();
    assert_eq!(
        args,
        serde_json::json!({"greeting": "hi", "default": 7, "key": "k"})
    );
    assert_eq!(c.special_args.len(), 1);
    assert_eq!(c.special_args[0].key, "blob");
    assert!(client.tree.texts().contains(&"value=7".to_string()));

    client
        .rerun_with(vec![state(
            &c.widget.as_ref().expect("a widget").id,
            widget_value::Value::JsonValue(r#"{"clicked": [1, 2]}"#.into()),
        )])
        .await;
    client.finish_run().await;
    assert!(
        client
            .tree
            .texts()
            .contains(&"value={'clicked': [1, 2]}".to_string()),
        "{:?}",
        client.tree.texts()
    );
    client
        .rerun_with(vec![state(
            &c.widget.as_ref().expect("a widget").id,
            widget_value::Value::BytesValue(vec![1, 2]),
        )])
        .await;
    client.finish_run().await;
    assert!(client
        .tree
        .texts()
        .contains(&"value=b'\\x01\\x02'".to_string()));
}

#[tokio::test]
async fn the_page_learns_the_component_origin() {
    let app = start();
    let mut socket = crate::common::handshake(&app, None, Some(&app.origin()))
        .await
        .unwrap();
    use futures_util::StreamExt;
    use prost::Message as _;
    let Some(Ok(tokio_tungstenite::tungstenite::Message::Binary(bytes))) = socket.next().await
    else {
        panic!("no first frame");
    };
    let msg = rustlit::proto::ForwardMsg::decode(&bytes[..]).unwrap();
    let Some(rustlit::proto::forward_event::Kind::SessionInit(init)) = &msg.events[0].kind else {
        panic!("no SessionInit");
    };
    assert_eq!(
        init.component_origin,
        format!("http://{{label}}.components.localhost:{}", app.port)
    );
    assert!(init.component_origin_problem.is_empty());
}

#[tokio::test]
async fn component_files_are_served_only_on_the_component_origin() {
    let app = start();
    let client = run(&app).await;
    let label = component(&client).origin_label;
    let host = format!("{label}.components.localhost:{}", app.port);
    let app_host = format!("127.0.0.1:{}", app.port);

    let (status, head, body) = get(&app, &host, "/component/app.tiny/index.html").await;
    assert_eq!(status, 200);
    assert_eq!(body, "<html>TINY INDEX</html>");
    assert!(head.contains("content-type: text/html"), "{head}");
    assert!(head.contains("x-content-type-options: nosniff"), "{head}");
    let (status, head, _) = get(&app, &host, "/component/app.tiny/static/main.js").await;
    assert_eq!(status, 200);
    assert!(head.contains("content-type: text/javascript"), "{head}");
    let (_, head, _) = get(&app, &host, "/component/app.tiny/static/style.css").await;
    assert!(head.contains("content-type: text/css"), "{head}");

    // The app's origin never serves component files...
    for host in [app_host.as_str(), "localhost"] {
        let (status, _, body) = get(&app, host, "/component/app.tiny/index.html").await;
        assert_eq!(status, 404, "{host}");
        assert!(!body.contains("TINY INDEX"));
    }
    // ...another component's origin does not serve them either...
    let other = format!("{}.components.localhost", label_for_name("app.other"));
    assert_eq!(
        get(&app, &other, "/component/app.tiny/index.html").await.0,
        404
    );
    // ...and the component origin serves nothing of the app.
    for path in [
        "/",
        "/_stcore/health",
        "/_stcore/stream",
        "/_stcore/host-config",
        "/index.html",
    ] {
        let (status, _, body) = get(&app, &host, path).await;
        assert_eq!(status, 404, "{path}");
        assert!(!body.contains("<script"), "{path}");
    }
    assert_eq!(
        get(&app, &host, "/component/app.unknown/index.html")
            .await
            .0,
        404
    );
}

#[tokio::test]
async fn components_html_is_served_from_its_own_origin() {
    let app = start();
    let client = run(&app).await;
    let frame = client
        .tree
        .elements()
        .find_map(|(_, t)| match t {
            element::Type::Iframe(f) => Some(f.clone()),
            _ => None,
        })
        .expect("an iframe");
    assert_eq!(frame.height, 90.0);
    assert!(frame.src.is_empty());
    let digest = frame
        .html_path
        .strip_prefix("/html/")
        .and_then(|p| p.strip_suffix(".html"))
        .unwrap();
    assert_eq!(frame.origin_label, label_for_html(digest));
    let host = format!("{}.components.localhost:{}", frame.origin_label, app.port);
    let (status, head, body) = get(&app, &host, &frame.html_path).await;
    assert_eq!((status, body.as_str()), (200, "<p>doc</p>"));
    assert!(head.contains("x-content-type-options: nosniff"));
    let app_host = format!("127.0.0.1:{}", app.port);
    assert_eq!(get(&app, &app_host, &frame.html_path).await.0, 404);
}

#[tokio::test]
async fn path_traversal_is_refused_in_every_spelling() {
    let app = start();
    let client = run(&app).await;
    let label = component(&client).origin_label;
    let host = format!("{label}.components.localhost:{}", app.port);
    let attacks = [
        "../secret.txt",
        "../../secret.txt",
        "..%2fsecret.txt",
        "%2e%2e/secret.txt",
        "%2e%2e%2fsecret.txt",
        "%2E%2E%2Fsecret.txt",
        "static/../../secret.txt",
        "static/%2e%2e/%2e%2e/secret.txt",
        "%252e%252e%252fsecret.txt",
        "%252e%252e/secret.txt",
        "%c0%ae%c0%ae/secret.txt",
        "..\\secret.txt",
        "%5c..%5csecret.txt",
        "static%5c..%5c..%5csecret.txt",
        "/../secret.txt",
        "%2f..%2fsecret.txt",
        "C:%5cWindows%5cwin.ini",
        "C:secret.txt",
        "%5c%5chost%5cshare",
        "....//secret.txt",
        "..;/secret.txt",
        "index.html%00.png",
        "%00",
        "leak.txt",
        ".env",
    ];
    for attack in attacks {
        let path = format!("/component/app.tiny/{attack}");
        let (status, _, body) = get(&app, &host, &path).await;
        assert!(status == 400 || status == 404, "{attack}: {status}");
        assert!(
            !body.contains("SECRET CANARY"),
            "{attack} leaked the secret"
        );
    }
    for attack in [
        "/component/..%2f..%2fsecret.txt/x",
        "/component/app.tiny%2f..%2f../secret.txt",
        "/html/..%2f..%2fsecret.txt",
    ] {
        let (status, _, body) = get(&app, &host, attack).await;
        assert!(status == 400 || status == 404, "{attack}: {status}");
        assert!(!body.contains("SECRET CANARY"));
    }
}
