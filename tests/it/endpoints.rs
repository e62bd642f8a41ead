//! The `/_stcore/*` endpoints tooling relies on, and `server.enableStaticServing`.

use crate::common::App;

#[tokio::test]
async fn health_answers_get_head_and_options() {
    let app = App::start("import streamlit as st\n");
    let client = reqwest::Client::new();
    let get = client
        .get(app.url("/_stcore/health"))
        .send()
        .await
        .expect("get");
    assert_eq!(get.status(), 200);
    assert_eq!(get.headers()["cache-control"], "no-cache");
    assert_eq!(get.text().await.expect("body"), "ok");
    let head = client
        .head(app.url("/_stcore/health"))
        .send()
        .await
        .expect("head");
    assert_eq!(head.status(), 200);
    for path in [
        "/_stcore/health",
        "/_stcore/host-config",
        "/_stcore/metrics",
    ] {
        let options = client
            .request(reqwest::Method::OPTIONS, app.url(path))
            .send()
            .await
            .expect("options");
        assert_eq!(options.status(), 204, "{path}");
    }
}

#[tokio::test]
async fn metrics_are_openmetrics_text() {
    let app = App::start("import streamlit as st\n");
    let response = reqwest::get(app.url("/_stcore/metrics"))
        .await
        .expect("get");
    assert!(response.headers()["content-type"]
        .to_str()
        .unwrap_or_default()
        .starts_with("application/openmetrics-text"));
    let body = response.text().await.expect("body");
    assert!(body.ends_with("# EOF\n"), "{body}");
    assert!(body.contains("rustlit_sessions 0\n"), "{body}");
}

#[tokio::test]
async fn static_serving_serves_the_static_folder_safely() {
    let app = App::start_with(
        "import streamlit as st\n",
        &["--server.enableStaticServing", "true"],
        &[],
    );
    let static_dir = app.dir.path().join("static");
    std::fs::create_dir_all(static_dir.join("img")).expect("mkdir");
    std::fs::write(static_dir.join("img/dot.png"), b"\x89PNG fake").expect("png");
    std::fs::write(static_dir.join("page.html"), "<script>alert(1)</script>").expect("html");
    std::fs::write(app.dir.path().join("outside.txt"), "OUTSIDE").expect("outside");

    let png = reqwest::get(app.url("/app/static/img/dot.png"))
        .await
        .expect("png");
    assert_eq!(png.status(), 200);
    assert_eq!(png.headers()["content-type"], "image/png");
    assert_eq!(png.headers()["x-content-type-options"], "nosniff");
    assert_eq!(png.headers()["access-control-allow-origin"], "*");

    let html = reqwest::get(app.url("/app/static/page.html"))
        .await
        .expect("html");
    assert_eq!(html.status(), 200);
    assert!(html.headers()["content-type"]
        .to_str()
        .unwrap_or_default()
        .starts_with("text/plain"));

    for path in [
        "/app/static/img",
        "/app/static/nope.png",
        "/app/static/../outside.txt",
        "/app/static/%2e%2e/outside.txt",
        "/app/static/..%2foutside.txt",
    ] {
        let response = reqwest::get(app.url(path)).await.expect("get");
        let body = response.text().await.unwrap_or_default();
        assert!(!body.contains("OUTSIDE"), "{path}");
    }
}

#[tokio::test]
async fn static_serving_is_off_by_default() {
    let app = App::start("import streamlit as st\n");
    std::fs::create_dir_all(app.dir.path().join("static")).expect("mkdir");
    std::fs::write(app.dir.path().join("static/a.png"), b"png").expect("png");
    let response = reqwest::get(app.url("/app/static/a.png"))
        .await
        .expect("get");
    assert_eq!(response.status(), 404);
}

#[tokio::test]
async fn script_health_check_runs_the_script_when_enabled() {
    let ok = App::start("import streamlit as st\nst.text('fine')\n");
    let off = reqwest::get(ok.url("/_stcore/script-health-check"))
        .await
        .expect("get");
    assert_eq!(off.status(), 404, "off by default, as in Streamlit");

    let flag = ["--server.scriptHealthCheckEnabled", "true"];
    let ok = App::start_with("import streamlit as st\nst.text('fine')\n", &flag, &[]);
    let response = reqwest::get(ok.url("/_stcore/script-health-check"))
        .await
        .expect("get");
    assert_eq!(response.status(), 200);
    assert_eq!(response.text().await.expect("body"), "ok");

    let failing = App::start_with(
        "import streamlit as st\nraise ValueError('broken on purpose')\n",
        &flag,
        &[],
    );
    let response = reqwest::get(failing.url("/_stcore/script-health-check"))
        .await
        .expect("get");
    assert_eq!(response.status(), 503);
    let body = response.text().await.expect("body");
    assert!(
        body.contains("ValueError") && body.contains("broken on purpose"),
        "{body}"
    );
}
