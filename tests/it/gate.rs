//! The whole-app login gate (`server.requireLogin`) over real HTTP, with the
//! test's own OpenID Connect provider (`auth::start_idp`): before a login
//! only `/_stcore/health` and the login routes answer — pages redirect to
//! the login, the websocket, uploads, media, static files and component
//! files get 401; an allowed login gets all of them; a login of another
//! domain gets the "Not allowed" page (403) and nothing else; a session is
//! resumed only by its own login; a gate without a provider does not start.

use rustlit::proto::{back_msg, element, forward_event, FileUrlsRequest};

use crate::auth::{callback, get, secrets, set_cookie, start_idp, start_login, Idp};
use crate::common::{rustlit_command, App, Client};

const SCRIPT: &str = r#"
import streamlit as st
import streamlit.components.v1 as components

tiny = components.declare_component("tiny", path="tiny")
st.text(f"email={st.user.get('email')}")
st.download_button("text", "hello media", file_name="a.txt")
tiny(key="k")
st.file_uploader("up")
st.components.v2.component("gated", html="<p>V2 GATED</p>")(key="v2")
"#;

const CONFIG: &str = r#"
[server]
requireLogin = true
allowedEmailDomains = ["example.org"]
allowedEmails = ["guest@other.test"]
enableStaticServing = true
"#;

fn start(idp: &Idp) -> App {
    let secrets = secrets(idp);
    App::start_logged_with_files(
        SCRIPT,
        &[
            (".streamlit/secrets.toml", &secrets),
            (".streamlit/config.toml", CONFIG),
            ("tiny/index.html", "<html>TINY INDEX</html>"),
            ("tiny/tiny.js", "TINY SCRIPT"),
            ("static/hello.txt", "STATIC HELLO"),
        ],
        &[],
    )
}

/// Logs in as `email` the way a browser does: the gate's redirect, the
/// provider, the callback. Returns the `Cookie` header value.
async fn log_in(app: &App, idp: &Idp, email: &str) -> String {
    *idp.email.lock() = email.into();
    let reply = get(app, "/?x=1", None).await;
    assert_eq!(reply.status, 302, "{}", reply.body);
    let to_login = reply.header("location").expect("a Location").to_string();
    assert!(to_login.starts_with("/auth/login?provider="), "{to_login}");
    assert!(to_login.ends_with("&next=%2F%3Fx%3D1"), "{to_login}");
    let started = start_login(app, idp, &to_login).await;
    let reply = callback(
        app,
        &started.code,
        &started.state,
        Some(&started.flow_cookie),
    )
    .await;
    assert_eq!(reply.status, 302, "{}", reply.body);
    assert_eq!(reply.header("location"), Some("/?x=1"));
    let cookie = set_cookie(&reply, "_streamlit_user").expect("the login cookie");
    cookie.split(';').next().unwrap_or_default().to_string()
}

async fn status(request: reqwest::RequestBuilder) -> u16 {
    request.send().await.expect("a reply").status().as_u16()
}

/// The component origin's host for the `tiny` instance of this page.
fn component_host(app: &App, client: &Client) -> String {
    let label = client
        .tree
        .elements()
        .find_map(|(_, t)| match t {
            element::Type::ComponentInstance(c) => Some(c.origin_label.clone()),
            _ => None,
        })
        .expect("the tiny component");
    format!("{label}.components.localhost:{}", app.port)
}

async fn get_as_host(app: &App, host: &str, path: &str) -> (u16, String) {
    let reply = reqwest::Client::new()
        .get(app.url(path))
        .header("Host", host)
        .send()
        .await
        .expect("a reply");
    let status = reply.status().as_u16();
    (status, reply.text().await.unwrap_or_default())
}

/// A component-origin GET with a `Cookie` header: status, `Set-Cookie`,
/// `Cache-Control` and body.
async fn get_component(
    app: &App,
    host: &str,
    path: &str,
    cookie: Option<&str>,
) -> (u16, String, String, String) {
    let mut request = reqwest::Client::new()
        .get(app.url(path))
        .header("Host", host);
    if let Some(cookie) = cookie {
        request = request.header("Cookie", cookie);
    }
    let reply = request.send().await.expect("a reply");
    let header = |name: &str| {
        reply
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string()
    };
    let (set_cookie, cache) = (header("set-cookie"), header("cache-control"));
    let status = reply.status().as_u16();
    (
        status,
        set_cookie,
        cache,
        reply.text().await.unwrap_or_default(),
    )
}

async fn upload_url(client: &mut Client) -> String {
    client
        .send(back_msg::Kind::FileUrlsRequest(FileUrlsRequest {
            request_id: 3,
            count: 1,
        }))
        .await;
    loop {
        match client.next_event().await {
            Some(forward_event::Kind::FileUrlsResponse(r)) => {
                let urls = r.file_urls.first().unwrap_or_else(|| panic!("{}", r.error));
                return urls.upload_url.clone();
            }
            Some(_) => continue,
            None => panic!("socket closed"),
        }
    }
}

/// The XSRF token `/_stcore/health` (open under the gate) hands out.
async fn xsrf_token(app: &App) -> String {
    let reply = get(app, "/_stcore/health", None).await;
    let cookie = set_cookie(&reply, "_streamlit_xsrf").expect("the XSRF cookie");
    let value = cookie.split(';').next().unwrap_or_default();
    value.trim_start_matches("_streamlit_xsrf=").to_string()
}

async fn put_upload(app: &App, url: &str, cookie: &str) -> u16 {
    let token = xsrf_token(app).await;
    let boundary = "gateBoundary";
    let body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"f\"; filename=\"f.txt\"\r\n\
         Content-Type: text/plain\r\n\r\nhi\r\n--{boundary}--\r\n"
    );
    status(
        reqwest::Client::new()
            .put(app.url(&format!("/{url}")))
            .header(
                "Content-Type",
                format!("multipart/form-data; boundary={boundary}"),
            )
            .header("Cookie", format!("{cookie}; _streamlit_xsrf={token}"))
            .header("X-Xsrftoken", token)
            .body(body),
    )
    .await
}

async fn connect(app: &App, cookie: &str) -> Result<Client, String> {
    Client::connect_with_headers(app, None, Some(&app.origin()), &[("Cookie", cookie)]).await
}

#[tokio::test]
async fn before_a_login_only_health_and_the_login_routes_answer() {
    let idp = start_idp().await;
    let app = start(&idp);
    // Pages go to the login, coming back where they were.
    for (path, next) in [
        ("/", "next=%2F"),
        ("/other_page?a=b", "next=%2Fother_page%3Fa%3Db"),
    ] {
        let reply = get(&app, path, None).await;
        assert_eq!(reply.status, 302, "{path}: {}", reply.body);
        let location = reply.header("location").unwrap_or_default();
        assert!(
            location.starts_with("/auth/login?provider=") && location.ends_with(next),
            "{path}: {location}"
        );
    }
    assert_eq!(get(&app, "/_stcore/health", None).await.status, 200);
    // The login itself is served: it goes on to the provider.
    let to_login = get(&app, "/", None).await;
    let login = get(&app, to_login.header("location").unwrap(), None).await;
    assert_eq!(login.status, 302);
    assert!(login.header("location").unwrap().starts_with(&idp.issuer));
    // Everything else is refused with 401, whether or not it exists.
    for path in [
        "/_stcore/host-config",
        "/_stcore/metrics",
        "/app/static/hello.txt",
        "/media/0123456789abcdef0123456789abcdef.txt",
    ] {
        let reply = get(&app, path, None).await;
        assert_eq!(reply.status, 401, "{path}: {}", reply.body);
        assert!(!reply.body.contains("STATIC HELLO"));
    }
    let upload = put_upload(&app, "_stcore/upload_file/s/f", "a=b").await;
    assert_eq!(upload, 401);
    let refused = connect(&app, "a=b").await.err().expect("no websocket");
    assert!(refused.contains("401"), "{refused}");
    // The component origin: no ticket, a forged one.
    let host = format!(
        "{}.components.localhost:{}",
        rustlit::components::origin::label_for_name("app.tiny"),
        app.port
    );
    for path in [
        "/component/app.tiny/index.html",
        "/_gate/forged/component/app.tiny/index.html",
        "/v2/c0123456789abcdef/index.js",
        "/_gate/forged/v2/c0123456789abcdef/index.js",
    ] {
        let (code, body) = get_as_host(&app, &host, path).await;
        assert_eq!(code, 401, "{path}");
        assert!(!body.contains("TINY"));
    }
}

#[tokio::test]
async fn an_allowed_login_gets_every_route_and_another_domain_gets_the_not_allowed_page() {
    let idp = start_idp().await;
    let app = start(&idp);
    let carol = log_in(&app, &idp, "carol@example.org").await;

    let page = get(&app, "/", Some(&carol)).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("<div id=\"root\">") || page.body.contains("root"));
    let file = get(&app, "/app/static/hello.txt", Some(&carol)).await;
    assert_eq!((file.status, file.body.as_str()), (200, "STATIC HELLO"));

    let mut client = connect(&app, &carol).await.expect("the websocket");
    client.rerun().await;
    client.finish_run().await;
    assert!(
        client
            .tree
            .texts()
            .contains(&"email=carol@example.org".to_string()),
        "{:?}",
        client.tree.texts()
    );
    // Media, with and without the login.
    let media = client
        .tree
        .elements()
        .find_map(|(_, t)| match t {
            element::Type::DownloadButton(b) => Some(b.url.clone()),
            _ => None,
        })
        .expect("a download button");
    let reply = get(&app, &format!("/{media}"), Some(&carol)).await;
    assert_eq!((reply.status, reply.body.as_str()), (200, "hello media"));
    assert_eq!(get(&app, &format!("/{media}"), None).await.status, 401);
    // An upload, with and without the login.
    let url = upload_url(&mut client).await;
    assert_eq!(put_upload(&app, &url, "a=b").await, 401);
    let stored = put_upload(&app, &url, &carol).await;
    assert!((200..300).contains(&stored), "{stored}");
    // Component files need the page's ticket.
    let prefix = client.component_path_prefix.clone();
    assert!(prefix.starts_with("/_gate/"), "{prefix:?}");
    let host = component_host(&app, &client);
    let index = format!("{prefix}/component/app.tiny/index.html");
    assert_eq!(
        get_as_host(&app, &host, &index).await,
        (200, "<html>TINY INDEX</html>".to_string())
    );
    assert_eq!(
        get_as_host(&app, &host, "/component/app.tiny/index.html")
            .await
            .0,
        401
    );
    // The ticketed load sets the cookie that lets absolute paths in: a
    // partitioned cross-site cookie on that host only, never cached publicly.
    let (_, set, cache, _) = get_component(&app, &host, &index, None).await;
    let ticket = prefix.trim_start_matches("/_gate/");
    assert_eq!(
        set,
        format!(
            "__Host-rustlit_component={ticket}; Path=/; Secure; HttpOnly; SameSite=None; Partitioned"
        )
    );
    assert!(cache.starts_with("private"), "{cache}");
    let (_, _, cache, _) = get_component(
        &app,
        &host,
        &format!("{prefix}/component/app.tiny/tiny.js"),
        None,
    )
    .await;
    assert!(!cache.contains("public"), "{cache}");
    // A components v2 document, likewise.
    let v2 = client
        .tree
        .elements()
        .find_map(|(_, t)| match t {
            element::Type::BidiComponent(b) => Some(b.clone()),
            _ => None,
        })
        .expect("a v2 component");
    let v2_host = format!("{}.components.localhost:{}", v2.origin_label, app.port);
    let (code, body) = get_as_host(&app, &v2_host, &format!("{prefix}{}", v2.document_path)).await;
    assert_eq!(code, 200);
    assert!(body.contains("V2 GATED"));
    let (code, body) = get_as_host(&app, &v2_host, &v2.document_path).await;
    assert_eq!(code, 401);
    assert!(!body.contains("V2 GATED"));
    let ticket_cookie = format!("__Host-rustlit_component={ticket}");
    let absolute = "/component/app.tiny/tiny.js";
    let (code, set, cache, body) = get_component(&app, &host, absolute, Some(&ticket_cookie)).await;
    assert_eq!((code, body.as_str()), (200, "TINY SCRIPT"));
    assert_eq!(set, "", "the cookie is set by ticketed paths only");
    assert_eq!(cache, "private, max-age=3600");
    for forged in [
        "__Host-rustlit_component=forged".to_string(),
        format!("__Host-rustlit_component={ticket}x"),
        // The login cookie means nothing on the component origin.
        carol.clone(),
    ] {
        let (code, _, _, body) = get_component(&app, &host, absolute, Some(&forged)).await;
        assert_eq!(code, 401, "{forged}");
        assert!(!body.contains("TINY"));
    }

    // Another domain: the "Not allowed" page with a logout link; nothing else.
    let mallory = log_in(&app, &idp, "mallory@evil.test").await;
    let page = get(&app, "/", Some(&mallory)).await;
    assert_eq!(page.status, 403);
    assert!(page.body.contains("Not allowed"), "{}", page.body);
    assert!(page.body.contains("mallory@evil.test"));
    assert!(page.body.contains("href=\"/auth/logout\""), "{}", page.body);
    assert!(app
        .log()
        .contains("the login gate refused mallory@evil.test"));
    assert_eq!(
        get(&app, "/app/static/hello.txt", Some(&mallory))
            .await
            .status,
        403
    );
    assert_eq!(
        get(&app, &format!("/{media}"), Some(&mallory)).await.status,
        403
    );
    let refused = connect(&app, &mallory).await.err().expect("no websocket");
    assert!(refused.contains("403"), "{refused}");
    // A single allowed address of another domain is let in.
    let guest = log_in(&app, &idp, "guest@other.test").await;
    assert_eq!(get(&app, "/", Some(&guest)).await.status, 200);

    // Logout ends carol's login: her cookie and her component ticket stop
    // working.
    let out = get(&app, "/auth/logout", Some(&carol)).await;
    assert_eq!(out.status, 302);
    assert_eq!(get(&app, "/", Some(&carol)).await.status, 302);
    assert_eq!(get_as_host(&app, &host, &index).await.0, 401);
    let (code, ..) = get_component(&app, &host, absolute, Some(&ticket_cookie)).await;
    assert_eq!(code, 401, "the component cookie dies with the login");
}

/// The close code the server ends `socket` with (`None`: closed without
/// one).
async fn close_code(client: &mut Client) -> Option<u16> {
    use futures_util::StreamExt;
    use tokio_tungstenite::tungstenite::Message;
    loop {
        let frame = tokio::time::timeout(std::time::Duration::from_secs(10), client.socket.next())
            .await
            .expect("the socket was not closed within 10 s")?;
        match frame {
            Ok(Message::Close(frame)) => return frame.map(|f| u16::from(f.code)),
            Ok(_) => continue,
            Err(_) => return None,
        }
    }
}

#[tokio::test]
async fn a_logout_closes_every_socket_of_that_login_at_once() {
    let idp = start_idp().await;
    let app = start(&idp);
    let carol = log_in(&app, &idp, "carol@example.org").await;
    let guest = log_in(&app, &idp, "guest@other.test").await;
    let mut tabs = Vec::new();
    for _ in 0..2 {
        let mut tab = connect(&app, &carol).await.expect("the websocket");
        tab.rerun().await;
        tab.finish_run().await;
        tabs.push(tab);
    }
    let mut other = connect(&app, &guest).await.expect("the websocket");
    let out = get(&app, "/auth/logout", Some(&carol)).await;
    assert_eq!(out.status, 302);
    for tab in &mut tabs {
        assert_eq!(close_code(tab).await, Some(4001));
    }
    // Another login's socket stays and runs.
    other.rerun().await;
    other.finish_run().await;
    assert!(other
        .tree
        .texts()
        .contains(&"email=guest@other.test".to_string()));
    // The closed sessions are gone: carol's secret resumes nothing, and
    // without a login there is no socket at all.
    let refused = Client::connect_with_headers(
        &app,
        Some(&tabs[0].resume_secret),
        Some(&app.origin()),
        &[("Cookie", &carol)],
    )
    .await
    .err()
    .expect("no websocket for an ended login");
    assert!(refused.contains("401"), "{refused}");
}

#[tokio::test]
async fn a_session_is_resumed_only_by_its_own_login() {
    let idp = start_idp().await;
    let app = start(&idp);
    let carol = log_in(&app, &idp, "carol@example.org").await;
    let guest = log_in(&app, &idp, "guest@other.test").await;
    let first = connect(&app, &carol).await.expect("the websocket");
    let secret = first.resume_secret.clone();
    drop(first);
    // Another allowed user with carol's secret gets a session of its own,
    // however often it tries while carol's session waits for her.
    for _ in 0..20 {
        let other = Client::connect_with_headers(
            &app,
            Some(&secret),
            Some(&app.origin()),
            &[("Cookie", &guest)],
        )
        .await
        .expect("the websocket");
        assert!(!other.resumed, "guest took over carol's session");
        drop(other);
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let back = Client::connect_with_headers(
        &app,
        Some(&secret),
        Some(&app.origin()),
        &[("Cookie", &carol)],
    )
    .await
    .expect("the websocket");
    assert!(back.resumed, "carol gets her own session back");
}

#[test]
fn a_gate_without_a_provider_does_not_start_and_names_the_option() {
    let dir = tempfile::tempdir().expect("temp dir");
    let script = dir.path().join("app.py");
    std::fs::write(&script, "import streamlit as st\n").expect("write");
    for (args, wanted) in [
        (vec!["--server.requireLogin", "true"], "server.requireLogin"),
        (
            vec!["--server.allowedEmailDomains", "example.org"],
            "server.requireLogin",
        ),
        (
            vec![
                "--server.requireLogin",
                "true",
                "--server.allowedEmails",
                "not-an-address",
            ],
            "server.allowedEmails",
        ),
    ] {
        let output = rustlit_command(&script, &args)
            .current_dir(dir.path())
            .output()
            .expect("run rustlit");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!output.status.success(), "started with {args:?}");
        assert!(stderr.contains(wanted), "{args:?}: {stderr}");
        assert!(
            !String::from_utf8_lossy(&output.stdout).contains("Local URL"),
            "{args:?}"
        );
    }
}

#[tokio::test]
async fn a_login_works_under_a_base_path_behind_a_trusted_proxy() {
    use crate::common::net::{get as http_get, tcp_from};
    let idp = start_idp().await;
    let secrets = secrets(&idp).replace(
        "http://127.0.0.1:{port}/oauth2callback",
        "https://app.example.org/demo/oauth2callback",
    );
    let app = App::start_logged_with_files(
        SCRIPT,
        &[
            (".streamlit/secrets.toml", &secrets),
            (".streamlit/config.toml", CONFIG),
        ],
        &[
            "--server.baseUrlPath",
            "demo",
            "--server.trustedProxies",
            "127.0.0.1",
        ],
    );
    // What the proxy sends on: HTTPS at the client, the client's address.
    let via_proxy = |path: String, cookie: Option<String>| {
        let app = &app;
        async move {
            let host = format!("127.0.0.1:{}", app.port);
            let mut extra = vec![
                ("X-Forwarded-Proto", "https".to_string()),
                ("X-Forwarded-For", "203.0.113.5".to_string()),
            ];
            if let Some(cookie) = cookie {
                extra.push(("Cookie", cookie));
            }
            let extra: Vec<(&str, &str)> = extra.iter().map(|(n, v)| (*n, v.as_str())).collect();
            http_get(tcp_from("127.0.0.1", app.port).await, &host, &path, &extra).await
        }
    };
    let reply = via_proxy("/demo/?x=1".into(), None).await;
    assert_eq!(reply.status, 302, "{}", reply.body);
    let to_login = reply.header("location").expect("a Location").to_string();
    assert!(
        to_login.starts_with("/demo/auth/login?provider=")
            && to_login.ends_with("&next=%2Fdemo%2F%3Fx%3D1"),
        "{to_login}"
    );
    let started = start_login(&app, &idp, &to_login).await;
    let reply = via_proxy(
        format!(
            "/demo/oauth2callback?code={}&state={}",
            started.code, started.state
        ),
        Some(started.flow_cookie.clone()),
    )
    .await;
    assert_eq!(reply.status, 302, "{}", reply.body);
    assert_eq!(reply.header("location"), Some("/demo/?x=1"));
    let cookie = set_cookie(&reply, "_streamlit_user").expect("the login cookie");
    assert!(
        cookie.contains("Path=/demo") && cookie.contains("Secure") && cookie.contains("HttpOnly"),
        "{cookie}"
    );
    let cookie = cookie.split(';').next().unwrap_or_default().to_string();
    let page = via_proxy("/demo/".into(), Some(cookie.clone())).await;
    assert_eq!(page.status, 200, "{}", page.body);
    // Logout under the base path ends it.
    let out = via_proxy("/demo/auth/logout".into(), Some(cookie.clone())).await;
    assert_eq!(out.status, 302);
    assert_eq!(via_proxy("/demo/".into(), Some(cookie)).await.status, 302);
}
