//! st.login against a provider the test controls (a small OpenID Connect
//! provider in this process, signing ES256 ID tokens with a key made here):
//! the callback refuses a tampered state, a foreign browser's state, a
//! replayed code, a wrong nonce, a wrong audience, an expired token, a token
//! signed with an unknown key, `alg: none`, and a return URL to another
//! host, each with a page and one log line; a good login works, and its
//! cookie stops working after logout. The full browser flow against the npm
//! `oidc-provider` is `tests/e2e/tests/login.test.js`.

use std::collections::HashMap;
use std::sync::Arc;

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get as route_get, post};
use axum::{Form, Json, Router};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use parking_lot::Mutex;
use rustlit::proto::element;
use serde_json::{json, Value};

use crate::common::net::{get as http_get, tcp_from, Reply};
use crate::common::{App, Client};

const CLIENT_ID: &str = "rustlit-test";
const CLIENT_SECRET: &str = "test-client-secret";

#[derive(Clone, Copy, PartialEq, Debug)]
pub(crate) enum Mode {
    Good,
    WrongNonce,
    WrongAudience,
    Expired,
    UnknownKey,
    AlgNone,
    /// The provider rotated its key: it publishes the new one beside the
    /// old and signs with the new.
    Rotated,
    /// Expired a minute ago: within the 120 s of clock skew allowed.
    ExpiredWithinSkew,
    /// Expired three minutes ago: beyond it.
    ExpiredBeyondSkew,
}

struct Key {
    encoding: EncodingKey,
    jwk: Value,
    kid: String,
}

fn make_key(kid: &str) -> Key {
    let pair = rcgen::KeyPair::generate().expect("an ECDSA P-256 key");
    let raw = pair.public_key_raw();
    let (x, y) = raw[1..].split_at(32);
    Key {
        encoding: EncodingKey::from_ec_der(&pair.serialize_der()),
        jwk: json!({
            "kty": "EC", "crv": "P-256", "use": "sig", "alg": "ES256", "kid": kid,
            "x": URL_SAFE_NO_PAD.encode(x), "y": URL_SAFE_NO_PAD.encode(y),
        }),
        kid: kid.into(),
    }
}

pub(crate) struct Idp {
    pub(crate) issuer: String,
    published: Key,
    unpublished: Key,
    pub(crate) mode: Mutex<Mode>,
    /// The `email` claim of the next ID token.
    pub(crate) email: Mutex<String>,
    /// code → (PKCE challenge, nonce); taken by the token endpoint.
    pub(crate) codes: Mutex<HashMap<String, (String, String)>>,
}

type Shared = Arc<Idp>;

async fn discovery(State(idp): State<Shared>) -> Json<Value> {
    let i = &idp.issuer;
    Json(json!({
        "issuer": i,
        "authorization_endpoint": format!("{i}/authorize"),
        "token_endpoint": format!("{i}/token"),
        "jwks_uri": format!("{i}/jwks"),
        "end_session_endpoint": format!("{i}/logout"),
        "id_token_signing_alg_values_supported": ["ES256"],
        "code_challenge_methods_supported": ["S256"],
    }))
}

async fn jwks(State(idp): State<Shared>) -> Json<Value> {
    let mut keys = vec![idp.published.jwk.clone()];
    if *idp.mode.lock() == Mode::Rotated {
        keys.push(idp.unpublished.jwk.clone());
    }
    Json(json!({ "keys": keys }))
}

fn s256(verifier: &str) -> String {
    use sha2::Digest as _;
    URL_SAFE_NO_PAD.encode(sha2::Sha256::digest(verifier.as_bytes()))
}

async fn token(
    State(idp): State<Shared>,
    headers: HeaderMap,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let basic = format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!("{CLIENT_ID}:{CLIENT_SECRET}"))
    );
    let refuse =
        |error: &str| (StatusCode::BAD_REQUEST, Json(json!({ "error": error }))).into_response();
    if headers.get("authorization").and_then(|v| v.to_str().ok()) != Some(basic.as_str()) {
        return refuse("invalid_client");
    }
    let code = form.get("code").cloned().unwrap_or_default();
    let Some((challenge, nonce)) = idp.codes.lock().remove(&code) else {
        return refuse("invalid_grant");
    };
    let verifier = form.get("code_verifier").cloned().unwrap_or_default();
    if s256(&verifier) != challenge {
        return refuse("invalid_grant");
    }
    let mode = *idp.mode.lock();
    let now = jsonwebtoken::get_current_timestamp();
    let mut claims = json!({
        "iss": idp.issuer, "sub": "u-1", "aud": CLIENT_ID, "iat": now, "exp": now + 600,
        "nonce": nonce, "email": idp.email.lock().clone(), "name": "Carol",
    });
    match mode {
        Mode::WrongNonce => claims["nonce"] = json!("a nonce of another login"),
        Mode::WrongAudience => claims["aud"] = json!("another-client"),
        Mode::Expired => {
            claims["iat"] = json!(now - 1200);
            claims["exp"] = json!(now - 600);
        }
        Mode::ExpiredWithinSkew => {
            claims["iat"] = json!(now - 660);
            claims["exp"] = json!(now - 60);
        }
        Mode::ExpiredBeyondSkew => {
            claims["iat"] = json!(now - 780);
            claims["exp"] = json!(now - 180);
        }
        _ => {}
    }
    let id_token = match mode {
        Mode::AlgNone => {
            let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"none","typ":"JWT"}"#);
            let body = URL_SAFE_NO_PAD.encode(claims.to_string());
            format!("{header}.{body}.")
        }
        _ => {
            let key = if matches!(mode, Mode::UnknownKey | Mode::Rotated) {
                &idp.unpublished
            } else {
                &idp.published
            };
            let mut header = Header::new(Algorithm::ES256);
            header.kid = Some(key.kid.clone());
            jsonwebtoken::encode(&header, &claims, &key.encoding).expect("sign")
        }
    };
    Json(json!({ "id_token": id_token, "access_token": "at-1", "token_type": "Bearer" }))
        .into_response()
}

pub(crate) async fn start_idp() -> Shared {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let idp = Arc::new(Idp {
        issuer: format!("http://127.0.0.1:{port}"),
        published: make_key("k1"),
        unpublished: make_key("k-unknown"),
        mode: Mutex::new(Mode::Good),
        email: Mutex::new("carol@example.org".into()),
        codes: Mutex::new(HashMap::new()),
    });
    let router = Router::new()
        .route("/.well-known/openid-configuration", route_get(discovery))
        .route("/jwks", route_get(jwks))
        .route("/token", post(token))
        .with_state(idp.clone());
    tokio::spawn(async move {
        let _ = axum::serve(listener, router).await;
    });
    idp
}

const SCRIPT: &str = r#"
import streamlit as st

st.text(f"logged_in={st.user.is_logged_in} email={st.user.get('email')}")
if st.button("login"):
    st.login()
"#;

/// secrets.toml with `[auth]` for `idp` (one default provider).
pub(crate) fn secrets(idp: &Idp) -> String {
    format!(
        r#"[auth]
redirect_uri = "http://127.0.0.1:{{port}}/oauth2callback"
cookie_secret = "a-cookie-secret-for-the-it-tests"
client_id = "{CLIENT_ID}"
client_secret = "{CLIENT_SECRET}"
server_metadata_url = "{}/.well-known/openid-configuration"
"#,
        idp.issuer
    )
}

fn start_app(idp: &Idp) -> App {
    let secrets = secrets(idp);
    App::start_logged_with_files(SCRIPT, &[(".streamlit/secrets.toml", &secrets)], &[])
}

pub(crate) async fn get(app: &App, path: &str, cookie: Option<&str>) -> Reply {
    let host = format!("127.0.0.1:{}", app.port);
    let extra: Vec<(&str, &str)> = cookie.map(|c| vec![("Cookie", c)]).unwrap_or_default();
    http_get(tcp_from("127.0.0.1", app.port).await, &host, path, &extra).await
}

/// The path st.login sends the page to (its AuthRedirect element).
async fn login_path(app: &App) -> String {
    let mut client = app.connect().await;
    client.rerun().await;
    client.finish_run().await;
    let id = client.widget_id("login");
    client
        .rerun_with(vec![crate::common::state(
            &id,
            rustlit::proto::widget_value::Value::TriggerValue(true),
        )])
        .await;
    client.finish_run().await;
    let url = client.tree.elements().find_map(|(_, t)| match t {
        element::Type::AuthRedirect(r) => Some(r.url.clone()),
        _ => None,
    });
    url.expect("st.login sent the page to the login route")
}

pub(crate) fn set_cookie(reply: &Reply, name: &str) -> Option<String> {
    reply
        .headers
        .iter()
        .filter(|(n, _)| n == "set-cookie")
        .map(|(_, v)| v)
        .find(|v| v.starts_with(&format!("{name}=")))
        .cloned()
}

/// A login started at the server: the flow cookie and the authorization
/// request's parameters.
pub(crate) struct Started {
    pub(crate) flow_cookie: String,
    pub(crate) state: String,
    /// The code the provider issued for it.
    pub(crate) code: String,
}

pub(crate) async fn start_login(app: &App, idp: &Idp, path: &str) -> Started {
    let reply = get(app, path, None).await;
    assert_eq!(reply.status, 302, "{}", reply.body);
    let location = url::Url::parse(reply.header("location").expect("a Location")).unwrap();
    assert!(location
        .as_str()
        .starts_with(&format!("{}/authorize?", idp.issuer)));
    let params: HashMap<String, String> = location.query_pairs().into_owned().collect();
    assert_eq!(params["response_type"], "code");
    assert_eq!(params["code_challenge_method"], "S256");
    assert_eq!(params["client_id"], CLIENT_ID);
    assert_eq!(params["scope"], "openid email profile");
    assert_eq!(params["prompt"], "select_account");
    let cookie = set_cookie(&reply, "_streamlit_auth_flow").expect("the flow cookie");
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"));
    let flow_cookie = cookie.split(';').next().unwrap().to_string();
    let code = format!("code-{:x}", rand::random::<u64>());
    idp.codes.lock().insert(
        code.clone(),
        (params["code_challenge"].clone(), params["nonce"].clone()),
    );
    Started {
        flow_cookie,
        state: params["state"].clone(),
        code,
    }
}

pub(crate) async fn callback(app: &App, code: &str, state: &str, cookie: Option<&str>) -> Reply {
    get(
        app,
        &format!("/oauth2callback?code={code}&state={state}"),
        cookie,
    )
    .await
}

fn assert_refused(app: &App, reply: &Reply, why: &str, logged_before: usize) {
    assert_eq!(reply.status, 400, "{}", reply.body);
    assert!(reply.body.contains("Login failed"), "{}", reply.body);
    assert!(reply.body.contains(why), "wanted {why:?} in {}", reply.body);
    assert!(
        set_cookie(reply, "_streamlit_user").is_none(),
        "no login cookie"
    );
    let log = app.log();
    let refusals: Vec<&str> = log
        .lines()
        .filter(|l| l.contains("auth: refused a login"))
        .collect();
    assert_eq!(
        refusals.len(),
        logged_before + 1,
        "one log line per refusal: {log}"
    );
    assert!(refusals.last().unwrap().contains(why));
}

fn refusals(app: &App) -> usize {
    app.log()
        .lines()
        .filter(|l| l.contains("auth: refused a login"))
        .count()
}

#[tokio::test]
async fn a_good_login_works_and_every_forgery_is_refused() {
    let idp = start_idp().await;
    let app = start_app(&idp);
    let login = login_path(&app).await;

    // Tampered state: unknown to the server.
    let started = start_login(&app, &idp, &login).await;
    let n = refusals(&app);
    let reply = callback(&app, &started.code, "tampered", Some(&started.flow_cookie)).await;
    assert_refused(&app, &reply, "state is unknown", n);

    // The right state from a browser that did not start the login.
    let started = start_login(&app, &idp, &login).await;
    let n = refusals(&app);
    let reply = callback(&app, &started.code, &started.state, None).await;
    assert_refused(&app, &reply, "another browser", n);

    // Each bad ID token.
    for (mode, why) in [
        (Mode::WrongNonce, "nonce"),
        (Mode::WrongAudience, "another client (aud)"),
        (Mode::Expired, "expired"),
        (Mode::UnknownKey, "a key the provider does not publish"),
        (Mode::AlgNone, "alg none is never accepted"),
    ] {
        *idp.mode.lock() = mode;
        let started = start_login(&app, &idp, &login).await;
        let n = refusals(&app);
        let reply = callback(
            &app,
            &started.code,
            &started.state,
            Some(&started.flow_cookie),
        )
        .await;
        assert_refused(&app, &reply, why, n);
    }

    // A return address on another host.
    for next in ["https://evil.test/", "//evil.test/x", "/%5Cevil.test"] {
        let n = refusals(&app);
        let reply = get(&app, &format!("{login}&next={next}"), None).await;
        assert_refused(&app, &reply, "not a page of this app", n);
    }

    // A good login: a sealed, HttpOnly, SameSite=Lax cookie; back to the app.
    *idp.mode.lock() = Mode::Good;
    let started = start_login(&app, &idp, &format!("{login}&next=/?page=2")).await;
    let code = started.code.clone();
    let reply = callback(&app, &code, &started.state, Some(&started.flow_cookie)).await;
    assert_eq!(reply.status, 302, "{}", reply.body);
    assert_eq!(reply.header("location"), Some("/?page=2"));
    let cookie = set_cookie(&reply, "_streamlit_user").expect("the login cookie");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/")
    );
    assert!(!cookie.contains("Secure"), "plain HTTP");
    assert!(!cookie.contains("carol"), "sealed, not readable");
    let user_cookie = cookie.split(';').next().unwrap().to_string();

    // The code again, with a fresh login's state: the provider refuses it.
    let replay = start_login(&app, &idp, &login).await;
    idp.codes.lock().remove(&replay.code);
    let n = refusals(&app);
    let reply = callback(&app, &code, &replay.state, Some(&replay.flow_cookie)).await;
    assert_refused(&app, &reply, "invalid_grant", n);

    // The cookie is the user, on a new socket...
    let mut client =
        Client::connect_with_headers(&app, None, Some(&app.origin()), &[("Cookie", &user_cookie)])
            .await
            .expect("websocket");
    client.rerun().await;
    client.finish_run().await;
    assert!(client
        .tree
        .texts()
        .contains(&"logged_in=True email=carol@example.org".to_string()));

    // ... until logout ends the login: the provider's end_session_endpoint
    // gets 1.67's parameters, and the same cookie is nobody.
    let reply = get(&app, "/auth/logout", Some(&user_cookie)).await;
    assert_eq!(reply.status, 302);
    let location = reply.header("location").unwrap();
    assert!(
        location.starts_with(&format!("{}/logout?", idp.issuer)),
        "{location}"
    );
    assert!(location.contains("id_token_hint=") && location.contains("post_logout_redirect_uri="));
    assert!(set_cookie(&reply, "_streamlit_user")
        .unwrap()
        .contains("Max-Age=0"));
    let mut client =
        Client::connect_with_headers(&app, None, Some(&app.origin()), &[("Cookie", &user_cookie)])
            .await
            .expect("websocket");
    client.rerun().await;
    client.finish_run().await;
    assert!(client
        .tree
        .texts()
        .contains(&"logged_in=False email=None".to_string()));
}

#[tokio::test]
async fn a_key_the_provider_rotates_in_is_fetched_and_accepted() {
    let idp = start_idp().await;
    let app = start_app(&idp);
    let login = login_path(&app).await;
    let log_in = || async {
        let started = start_login(&app, &idp, &login).await;
        callback(
            &app,
            &started.code,
            &started.state,
            Some(&started.flow_cookie),
        )
        .await
    };
    // The first login fetches the JWKS (k1) and caches it.
    let reply = log_in().await;
    assert_eq!(reply.status, 302, "{}", reply.body);
    // A token signed with a key the cache does not hold yet: the JWKS is
    // fetched again and the new key found.
    *idp.mode.lock() = Mode::Rotated;
    let reply = log_in().await;
    assert_eq!(reply.status, 302, "{}", reply.body);
    assert!(set_cookie(&reply, "_streamlit_user").is_some());
}

#[tokio::test]
async fn clock_skew_is_bounded_and_a_callback_from_another_issuer_is_refused() {
    let idp = start_idp().await;
    let app = start_app(&idp);
    let login = login_path(&app).await;
    let finish = |mode: Mode, extra: String| {
        let (app, idp, login) = (&app, &idp, &login);
        async move {
            *idp.mode.lock() = mode;
            let started = start_login(app, idp, login).await;
            let path = format!(
                "/oauth2callback?code={}&state={}{extra}",
                started.code, started.state
            );
            get(app, &path, Some(&started.flow_cookie)).await
        }
    };
    let reply = finish(Mode::ExpiredWithinSkew, String::new()).await;
    assert_eq!(
        reply.status, 302,
        "a minute of skew is tolerated: {}",
        reply.body
    );
    let n = refusals(&app);
    let reply = finish(Mode::ExpiredBeyondSkew, String::new()).await;
    assert_refused(&app, &reply, "expired", n);
    // IdP mix-up (RFC 9207): the callback names another issuer.
    let n = refusals(&app);
    let reply = finish(Mode::Good, "&iss=https%3A%2F%2Fevil.test".into()).await;
    assert_refused(&app, &reply, "another issuer (iss)", n);
    // Naming this provider is fine.
    let iss: String = url::form_urlencoded::byte_serialize(idp.issuer.as_bytes()).collect();
    let reply = finish(Mode::Good, format!("&iss={iss}")).await;
    assert_eq!(reply.status, 302, "{}", reply.body);
}

/// SECURITY.md case 7, session fixation across login: a session opened before the login is never
/// resumed by the logged-in browser (its secret, planted or kept, buys nothing), while the
/// anonymous browser can still resume it, without the identity.
#[tokio::test]
async fn a_session_opened_before_the_login_is_not_resumed_by_it() {
    let idp = start_idp().await;
    let app = start_app(&idp);
    let login = login_path(&app).await;
    let before = Client::connect(&app, None, Some(&app.origin()))
        .await
        .expect("websocket");
    let (planted_id, planted_secret) = (before.session_id.clone(), before.resume_secret.clone());
    drop(before);

    let started = start_login(&app, &idp, &login).await;
    let reply = callback(
        &app,
        &started.code,
        &started.state,
        Some(&started.flow_cookie),
    )
    .await;
    let cookie = set_cookie(&reply, "_streamlit_user").expect("the login cookie");
    let user_cookie = cookie.split(';').next().unwrap().to_string();

    // Polls while the server notices the old socket went (until then no one could resume it).
    for _ in 0..20 {
        let mut client = Client::connect_with_headers(
            &app,
            Some(&planted_secret),
            Some(&app.origin()),
            &[("Cookie", &user_cookie)],
        )
        .await
        .expect("websocket");
        assert!(!client.resumed && client.session_id != planted_id);
        client.rerun().await;
        client.finish_run().await;
        assert!(client
            .tree
            .texts()
            .contains(&"logged_in=True email=carol@example.org".to_string()));
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    // The session itself was there all along, for the browser that opened it.
    let mut again = None;
    for _ in 0..50 {
        let client = Client::connect(&app, Some(&planted_secret), Some(&app.origin()))
            .await
            .expect("websocket");
        if client.resumed {
            again = Some(client);
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let mut again = again.expect("the anonymous browser resumes its session");
    assert_eq!(again.session_id, planted_id);
    again.rerun().await;
    again.finish_run().await;
    assert!(again
        .tree
        .texts()
        .contains(&"logged_in=False email=None".to_string()));
}
