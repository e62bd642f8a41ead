//! Emailed sign-in links (`server.emailSignIn`) over real HTTP with a real
//! SMTP server: `smtp_sink.py` (aiosmtpd) on loopback, which requires
//! STARTTLS with a certificate made here and AUTH with the test's user. The
//! test reads each mail, follows its link and checks: the browser that
//! asked is signed in (st.user shows the address), a second use, another
//! browser and an expired link are refused, a not-allowed address gets no
//! mail and the same page, the per-address and per-client limits hold, a
//! link never points to a Host a client made up, and a misconfiguration
//! stops the server with the option's name.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use rcgen::{
    BasicConstraints, CertificateParams, CertifiedIssuer, DnType, ExtendedKeyUsagePurpose, IsCa,
    KeyPair, PKCS_ECDSA_P256_SHA256,
};
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::common::net::{get as http_get, parse_reply, tcp_from, Reply};
use crate::common::{rustlit_command, App, Client};

const SCRIPT: &str = r#"
import streamlit as st
st.text(f"email={st.user.get('email')} in={st.user.is_logged_in} provider={st.user.get('provider')} verified={st.user.get('email_verified')}")
"#;

const SMTP_USER: &str = "mailer";
const SMTP_PASSWORD: &str = "mail-password-for-tests";

/// The SMTP server, its CA (for server.smtpCaFile) and the events it prints.
struct Sink {
    child: Child,
    port: u16,
    _dir: tempfile::TempDir,
    ca: std::path::PathBuf,
    events: mpsc::Receiver<Value>,
}

impl Drop for Sink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn python() -> std::path::PathBuf {
    let python = Path::new(env!("CARGO_MANIFEST_DIR")).join(".venv-test/bin/python");
    assert!(
        python.exists(),
        "this test needs aiosmtpd in .venv-test (bash scripts/test.sh makes it)"
    );
    python
}

fn start_sink() -> Sink {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut params = CertificateParams::new(Vec::<String>::new()).expect("CA params");
    params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    params
        .distinguished_name
        .push(DnType::CommonName, "SMTP test CA");
    let ca_key = KeyPair::generate_for(&PKCS_ECDSA_P256_SHA256).expect("CA key");
    let ca = CertifiedIssuer::self_signed(params, ca_key).expect("CA certificate");
    let mut leaf = CertificateParams::new(vec!["localhost".to_string()]).expect("leaf params");
    leaf.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
    let leaf_key = KeyPair::generate_for(&PKCS_ECDSA_P256_SHA256).expect("leaf key");
    let cert = leaf.signed_by(&leaf_key, &*ca).expect("leaf certificate");
    let (cert_path, key_path, ca_path) = (
        dir.path().join("smtp.pem"),
        dir.path().join("smtp.key"),
        dir.path().join("ca.pem"),
    );
    std::fs::write(&cert_path, cert.pem()).expect("write cert");
    std::fs::write(&key_path, leaf_key.serialize_pem()).expect("write key");
    std::fs::write(&ca_path, ca.pem()).expect("write CA");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/it/smtp_sink.py");
    let mut child = Command::new(python())
        .arg(script)
        .args([&cert_path, &key_path])
        .args([SMTP_USER, SMTP_PASSWORD])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("start smtp_sink.py");
    let stdout = child.stdout.take().expect("stdout");
    let (send, events) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if let Ok(event) = serde_json::from_str::<Value>(&line) {
                if send.send(event).is_err() {
                    break;
                }
            }
        }
    });
    let ready = events
        .recv_timeout(Duration::from_secs(30))
        .expect("smtp_sink.py started (is aiosmtpd installed in .venv-test?)");
    let port = ready["port"].as_u64().expect("the port") as u16;
    Sink {
        child,
        port,
        _dir: dir,
        ca: ca_path,
        events,
    }
}

impl Sink {
    /// The next mail (logins checked on the way).
    fn next_mail(&self) -> Value {
        loop {
            let event = self
                .events
                .recv_timeout(Duration::from_secs(30))
                .expect("a mail within 30 s");
            if event.get("auth").is_some() {
                assert_eq!(event["ok"], true, "the SMTP login failed: {event}");
                continue;
            }
            assert_eq!(event["tls"], true, "sent without STARTTLS: {event}");
            assert_eq!(event["user"], SMTP_USER);
            return event;
        }
    }
}

/// The link in a mail, and whom it went to.
fn link_of(mail: &Value) -> (String, String) {
    let body = mail["body"].as_str().expect("a body");
    let link = body
        .split_whitespace()
        .find(|w| w.contains("/auth/signin/link?token="))
        .unwrap_or_else(|| panic!("no link in {body}"));
    let to = mail["to"][0].as_str().expect("a recipient").to_string();
    (link.to_string(), to)
}

fn config(sink: &Sink, validity: u32) -> String {
    format!(
        r#"[server]
requireLogin = true
allowedEmailDomains = ["example.org"]
allowedEmails = ["guest@other.test"]
emailSignIn = true
smtpHost = "localhost"
smtpPort = {port}
smtpCaFile = "{ca}"
emailFrom = "Rustlit tests <noreply@example.org>"
emailLinkValidity = {validity}
"#,
        port = sink.port,
        ca = sink.ca.display(),
    )
}

const SECRETS: &str = r#"[auth]
cookie_secret = "a-cookie-secret-for-the-email-tests"
[auth.smtp]
username = "mailer"
password = "mail-password-for-tests"
"#;

fn start(sink: &Sink, validity: u32) -> App {
    App::start_logged_with_files(
        SCRIPT,
        &[
            (".streamlit/config.toml", &config(sink, validity)),
            (".streamlit/secrets.toml", SECRETS),
        ],
        &[],
    )
}

/// One HTTP request from `source` with `Host: host`.
async fn request(
    app: &App,
    source: &str,
    host: &str,
    method: &str,
    path: &str,
    cookie: Option<&str>,
    form: Option<&str>,
) -> Reply {
    let mut stream = tcp_from(source, app.port).await;
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n");
    if let Some(cookie) = cookie {
        head.push_str(&format!("Cookie: {cookie}\r\n"));
    }
    let body = form.unwrap_or_default();
    if form.is_some() {
        head.push_str("Content-Type: application/x-www-form-urlencoded\r\n");
        head.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    head.push_str("\r\n");
    head.push_str(body);
    stream.write_all(head.as_bytes()).await.expect("send");
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw).await;
    parse_reply(&raw)
}

fn local(app: &App) -> String {
    format!("127.0.0.1:{}", app.port)
}

async fn get(app: &App, path: &str, cookie: Option<&str>) -> Reply {
    let extra: Vec<(&str, &str)> = cookie.map(|c| vec![("Cookie", c)]).unwrap_or_default();
    http_get(
        tcp_from("127.0.0.1", app.port).await,
        &local(app),
        path,
        &extra,
    )
    .await
}

/// `name=value` of the `Set-Cookie` for `name`, and its attributes.
fn set_cookie(reply: &Reply, name: &str) -> Option<(String, String)> {
    reply
        .headers
        .iter()
        .filter(|(n, _)| n == "set-cookie")
        .find(|(_, v)| v.starts_with(&format!("{name}=")))
        .map(|(_, v)| {
            let (pair, attributes) = v.split_once(';').unwrap_or((v, ""));
            (pair.to_string(), attributes.to_string())
        })
}

/// A browser on the sign-in page: its `_streamlit_signin` cookie and the
/// form's token.
struct Browser {
    source: &'static str,
    cookie: String,
    xsrf: String,
}

async fn open_signin(app: &App, source: &'static str, host: &str) -> Browser {
    let reply = request(
        app,
        source,
        host,
        "GET",
        "/auth/signin?next=%2F%3Fp%3D1",
        None,
        None,
    )
    .await;
    assert_eq!(reply.status, 401, "{}", reply.body);
    assert!(reply.body.contains("name=\"email\""), "{}", reply.body);
    let (cookie, attributes) = set_cookie(&reply, "_streamlit_signin").expect("the browser cookie");
    assert!(
        attributes.contains("HttpOnly") && attributes.contains("SameSite=Lax"),
        "{attributes}"
    );
    let xsrf = reply
        .body
        .split("name=\"xsrf\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the form token")
        .to_string();
    Browser {
        source,
        cookie,
        xsrf,
    }
}

fn form(email: &str, browser: &Browser) -> String {
    let pairs = [("email", email), ("next", "/?p=1"), ("xsrf", &browser.xsrf)];
    url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish()
}

async fn ask_from(app: &App, browser: &Browser, host: &str, email: &str) -> Reply {
    let reply = request(
        app,
        browser.source,
        host,
        "POST",
        "/auth/signin",
        Some(&browser.cookie),
        Some(&form(email, browser)),
    )
    .await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    assert!(reply.body.contains("Check your inbox"), "{}", reply.body);
    reply
}

async fn ask(app: &App, browser: &Browser, email: &str) -> Reply {
    ask_from(app, browser, &local(app), email).await
}

/// The path and query of `link`, checked to point at `host`.
fn path_of(link: &str, host: &str) -> String {
    let url = url::Url::parse(link).expect("the link is a URL");
    assert_eq!(
        format!(
            "{}:{}",
            url.host_str().unwrap_or_default(),
            url.port().unwrap_or(80)
        ),
        host,
        "{link}"
    );
    format!("{}?{}", url.path(), url.query().unwrap_or_default())
}

async fn texts_as(app: &App, cookie: &str) -> Result<Vec<String>, String> {
    let mut client =
        Client::connect_with_headers(app, None, Some(&app.origin()), &[("Cookie", cookie)]).await?;
    client.rerun().await;
    client.finish_run().await;
    Ok(client.tree.texts())
}

#[tokio::test]
async fn a_link_signs_in_once_and_only_the_browser_that_asked() {
    let sink = start_sink();
    let app = start(&sink, 900);
    // The gate sends a page to the sign-in page, which keeps where it was.
    let reply = get(&app, "/?p=1", None).await;
    assert_eq!(reply.status, 302);
    assert_eq!(
        reply.header("location"),
        Some("/auth/signin?next=%2F%3Fp%3D1")
    );
    let browser = open_signin(&app, "127.0.0.1", &local(&app)).await;
    let asked = ask(&app, &browser, "Ann@Example.org").await;
    let mail = sink.next_mail();
    assert_eq!(mail["to"][0], "ann@example.org");
    assert!(mail["from"]
        .as_str()
        .unwrap_or_default()
        .contains("noreply@example.org"));
    let (link, _) = link_of(&mail);
    let path = path_of(&link, &local(&app));
    let token = path.split("token=").nth(1).unwrap_or_default();
    assert!(token.len() >= 43, "at least 256 bits: {token}");
    // The asking page and the log never show the token.
    assert!(!asked.body.contains(token));
    assert!(!app.log().contains(token));

    // Not in a browser without the cookie, nor in another browser; neither
    // uses the link up.
    let other = open_signin(&app, "127.0.0.1", &local(&app)).await;
    for cookie in [None, Some(other.cookie.as_str())] {
        let reply = get(&app, &path, cookie).await;
        assert_eq!(reply.status, 400, "{}", reply.body);
        assert!(reply.body.contains("another browser"), "{}", reply.body);
        assert!(set_cookie(&reply, "_streamlit_user").is_none());
    }
    assert!(app.log().contains("refused a link opened from 127.0.0.1"));

    // The browser that asked is signed in, back where it started.
    let reply = get(&app, &path, Some(&browser.cookie)).await;
    assert_eq!(reply.status, 302, "{}", reply.body);
    assert_eq!(reply.header("location"), Some("/?p=1"));
    let (user, attributes) = set_cookie(&reply, "_streamlit_user").expect("the login cookie");
    assert!(attributes.contains("HttpOnly") && attributes.contains("SameSite=Lax"));
    let texts = texts_as(&app, &user)
        .await
        .expect("the gate lets the login in");
    assert!(
        texts.contains(&"email=ann@example.org in=True provider=email verified=True".to_string()),
        "{texts:?}"
    );

    // Once only.
    let again = get(&app, &path, Some(&browser.cookie)).await;
    assert_eq!(again.status, 400);
    assert!(again.body.contains("already used"), "{}", again.body);

    // Logout ends it as it ends an OIDC login.
    let reply = get(&app, "/auth/logout", Some(&user)).await;
    assert_eq!(reply.status, 302);
    let refused = texts_as(&app, &user)
        .await
        .expect_err("no websocket after logout");
    assert!(refused.contains("401"), "{refused}");
}

#[tokio::test]
async fn refusals_look_the_same_send_nothing_and_the_limits_hold() {
    let sink = start_sink();
    let app = start(&sink, 900);
    let browser = open_signin(&app, "127.0.0.1", &local(&app)).await;

    // A post without this browser's form token (another site's form).
    let forged = request(
        &app,
        "127.0.0.1",
        &local(&app),
        "POST",
        "/auth/signin",
        Some(&browser.cookie),
        Some("email=ann%40example.org&next=%2F&xsrf=forged"),
    )
    .await;
    assert_eq!(forged.status, 403, "{}", forged.body);

    // A not-allowed address gets the same page and no mail: the next mail
    // is the allowed address asked after it.
    let refused = ask(&app, &browser, "eve@evil.test").await;
    let allowed = ask(&app, &browser, "guest@other.test").await;
    assert_eq!(
        refused.body.replace("eve@evil.test", "X"),
        allowed.body.replace("guest@other.test", "X")
    );
    assert_eq!(sink.next_mail()["to"][0], "guest@other.test");
    assert!(app
        .log()
        .contains("refused eve@evil.test from 127.0.0.1: not in server.allowedEmails"));

    // Three links per address per window; the fourth is refused (logged).
    for _ in 0..4 {
        ask(&app, &browser, "ann@example.org").await;
    }
    ask(&app, &browser, "bob@example.org").await;
    let to: Vec<Value> = (0..4).map(|_| sink.next_mail()["to"][0].clone()).collect();
    assert_eq!(
        to,
        [
            "ann@example.org",
            "ann@example.org",
            "ann@example.org",
            "bob@example.org"
        ]
    );
    assert!(app.log().contains("too many links asked for this address"));

    // Ten requests per client address: seven so far, three more pass and
    // the eleventh does not; another client still gets its mail.
    for name in ["c1", "c2", "c3", "d"] {
        ask(&app, &browser, &format!("{name}@example.org")).await;
    }
    let second = open_signin(&app, "127.0.0.2", &local(&app)).await;
    ask(&app, &second, "e@example.org").await;
    let to: Vec<Value> = (0..4).map(|_| sink.next_mail()["to"][0].clone()).collect();
    assert_eq!(
        to,
        [
            "c1@example.org",
            "c2@example.org",
            "c3@example.org",
            "e@example.org"
        ]
    );
    assert!(app
        .log()
        .contains("refused d@example.org from 127.0.0.1: too many links asked from this client"));
}

#[tokio::test]
async fn the_rate_limits_are_options() {
    let sink = start_sink();
    let app = App::start_logged_with_files(
        SCRIPT,
        &[
            (".streamlit/config.toml", &config(&sink, 900)),
            (".streamlit/secrets.toml", SECRETS),
        ],
        &[
            "--server.emailLinksPerAddress",
            "1",
            "--server.emailRequestsPerClient",
            "2",
        ],
    );
    let browser = open_signin(&app, "127.0.0.1", &local(&app)).await;
    // One link for ann; her second request is refused but spends the
    // client's second request, so bob's (a third) is refused too.
    for email in ["ann@example.org", "ann@example.org", "bob@example.org"] {
        ask(&app, &browser, email).await;
    }
    let second = open_signin(&app, "127.0.0.2", &local(&app)).await;
    ask(&app, &second, "carol@example.org").await;
    let to: Vec<Value> = (0..2).map(|_| sink.next_mail()["to"][0].clone()).collect();
    assert_eq!(to, ["ann@example.org", "carol@example.org"]);
    let log = app.log();
    assert!(
        log.contains(
            "refused ann@example.org from 127.0.0.1: too many links asked for this address"
        ),
        "{log}"
    );
    assert!(
        log.contains(
            "refused bob@example.org from 127.0.0.1: too many links asked from this client"
        ),
        "{log}"
    );
}

#[tokio::test]
async fn expired_links_and_made_up_hosts_are_refused() {
    let sink = start_sink();
    // Links born expired: the validity is configuration, not a wait.
    let app = start(&sink, 0);
    let browser = open_signin(&app, "127.0.0.1", &local(&app)).await;
    ask(&app, &browser, "ann@example.org").await;
    let (link, _) = link_of(&sink.next_mail());
    let reply = get(&app, &path_of(&link, &local(&app)), Some(&browser.cookie)).await;
    assert_eq!(reply.status, 400, "{}", reply.body);
    assert!(reply.body.contains("expired"), "{}", reply.body);
    assert!(set_cookie(&reply, "_streamlit_user").is_none());

    // A Host any client can make up (an IP literal passes the Host check)
    // never goes into a mail; a loopback name does.
    let made_up = format!("203.0.113.9:{}", app.port);
    let browser = open_signin(&app, "127.0.0.1", &made_up).await;
    ask_from(&app, &browser, &made_up, "bob@example.org").await;
    let localhost = format!("localhost:{}", app.port);
    ask_from(&app, &browser, &localhost, "carol@example.org").await;
    let mail = sink.next_mail();
    let (link, to) = link_of(&mail);
    assert_eq!(to, "carol@example.org");
    path_of(&link, &localhost);
    assert!(app.log().contains("set server.publicUrl"));
}

#[test]
fn a_misconfigured_email_sign_in_does_not_start_and_names_the_option() {
    let dir = tempfile::tempdir().expect("temp dir");
    let script = dir.path().join("app.py");
    std::fs::write(&script, "import streamlit as st\n").expect("write");
    std::fs::create_dir_all(dir.path().join(".streamlit")).expect("mkdir");
    std::fs::write(dir.path().join(".streamlit/secrets.toml"), SECRETS).expect("secrets");
    let gate = [
        "--server.requireLogin",
        "true",
        "--server.allowedEmailDomains",
        "example.org",
    ];
    let on = ["--server.emailSignIn", "true"];
    let host = ["--server.smtpHost", "localhost"];
    let from = ["--server.emailFrom", "noreply@example.org"];
    let cases: Vec<(Vec<&str>, &str)> = vec![
        ([&on[..], &host, &from].concat(), "server.requireLogin"),
        (
            [&on[..], &host, &from, &["--server.requireLogin", "true"]].concat(),
            "server.allowedEmails",
        ),
        ([&gate[..], &on, &from].concat(), "server.smtpHost"),
        ([&gate[..], &on, &host].concat(), "server.emailFrom"),
        (
            [
                &gate[..],
                &on,
                &host,
                &from,
                &["--server.emailLinkValidity", "86400"],
            ]
            .concat(),
            "server.emailLinkValidity",
        ),
        (
            [
                &gate[..],
                &on,
                &host,
                &from,
                &["--server.publicUrl", "app.example.org"],
            ]
            .concat(),
            "server.publicUrl",
        ),
        (
            [
                &gate[..],
                &on,
                &host,
                &from,
                &["--server.emailLinksPerAddress", "0"],
            ]
            .concat(),
            "server.emailLinksPerAddress is not valid: give 1 to 100",
        ),
        (
            [
                &gate[..],
                &on,
                &host,
                &from,
                &["--server.emailRateWindow", "5"],
            ]
            .concat(),
            "server.emailRateWindow is not valid: give 60 to 86400",
        ),
    ];
    for (args, wanted) in cases {
        let output = rustlit_command(&script, &args)
            .current_dir(dir.path())
            .output()
            .expect("run rustlit");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!output.status.success(), "started with {args:?}");
        assert!(stderr.contains(wanted), "{args:?}: {stderr}");
    }
}
