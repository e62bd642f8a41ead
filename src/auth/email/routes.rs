//! `GET /auth/signin` (the sign-in page: the providers and the email form),
//! `POST /auth/signin` (ask for a link) and `GET /auth/signin/link` (follow
//! it), under the base path.

use std::net::IpAddr;
use std::time::SystemTime;

use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use serde_json::{Map, Value};

use super::{Ask, Asked, BROWSER_COOKIE, PROVIDER};
use crate::auth::routes::{escape, html_page, page, param, redirect, safe_next, set_cookie};
use crate::auth::{cookie, seal, Auth, SignedIn, USER_COOKIE};

/// A form post is small: an address, a path and a token.
const MAX_FORM: usize = 8 * 1024;
/// The browser cookie outlives a link by an hour (time to read the mail).
const BROWSER_COOKIE_EXTRA: u64 = 3600;

/// The id the browser's `_streamlit_signin` cookie holds, if it opens.
fn browser_id(auth: &Auth, headers: &HeaderMap) -> Option<Vec<u8>> {
    let sealed = cookie(headers, BROWSER_COOKIE)?;
    auth.sealer.open("signin", &sealed)
}

fn cookie_max_age(auth: &Auth) -> u64 {
    auth.email
        .as_ref()
        .map_or(0, |e| e.config.validity.as_secs())
        + BROWSER_COOKIE_EXTRA
}

fn signin_href(auth: &Auth, next: &str) -> String {
    let next: String = url::form_urlencoded::byte_serialize(next.as_bytes()).collect();
    format!("{}auth/signin?next={next}", auth.base)
}

/// `GET /auth/signin?next=/path`: the providers' login links and the email
/// form, with the browser's id (made now if it has none) sealed into the
/// form as its XSRF token.
pub fn signin_page(auth: &Auth, query: Option<&str>, headers: &HeaderMap, https: bool) -> Response {
    let next = param(query, "next")
        .and_then(|n| safe_next(&auth.base, &n))
        .unwrap_or_else(|| auth.base.clone());
    let (id, new_cookie) = match browser_id(auth, headers) {
        Some(id) => (id, None),
        None => {
            let id: Vec<u8> = (0..32).map(|_| rand::random::<u8>()).collect();
            let sealed = auth.sealer.seal("signin", &id);
            (id, Some(sealed))
        }
    };
    let form_token = auth.sealer.seal("signin-form", &id);
    let encoded_next: String = url::form_urlencoded::byte_serialize(next.as_bytes()).collect();
    let providers: String = auth
        .config
        .providers
        .keys()
        .map(|name| {
            let text = if name == "default" {
                "Log in".to_string()
            } else {
                format!("Log in with {name}")
            };
            let href = format!("{}&next={encoded_next}", auth.login_url(name));
            format!(
                "<p><a class=\"provider\" href=\"{}\">{}</a></p>",
                escape(&href),
                escape(&text)
            )
        })
        .collect();
    let or = if providers.is_empty() {
        ""
    } else {
        "<p>Or get a sign-in link by email:</p>"
    };
    let body = format!(
        "<p id=\"auth-message\">This app is private: sign in to use it.</p>{providers}{or}\
         <form method=\"post\" action=\"{action}\">\
         <label for=\"email\">Email address</label>\
         <input id=\"email\" name=\"email\" type=\"email\" autocomplete=\"email\" required autofocus>\
         <input type=\"hidden\" name=\"next\" value=\"{next}\">\
         <input type=\"hidden\" name=\"xsrf\" value=\"{form_token}\">\
         <button type=\"submit\">Email me a sign-in link</button></form>",
        action = escape(&format!("{}auth/signin", auth.base)),
        next = escape(&next),
    );
    let mut response = html_page(StatusCode::UNAUTHORIZED, "Sign in", &body);
    if let Some(sealed) = new_cookie {
        let age = cookie_max_age(auth);
        set_cookie(
            &mut response,
            &auth.base,
            BROWSER_COOKIE,
            &sealed,
            age,
            https,
        );
    }
    response
}

/// `POST /auth/signin` (email, next, xsrf): mails a link when the address
/// may sign in. The answer is the same whatever became of the request, so
/// the page tells nobody which addresses are allowed; the log says.
pub fn ask(
    auth: &Auth,
    body: &[u8],
    headers: &HeaderMap,
    client: IpAddr,
    https: bool,
    link_base: Option<url::Url>,
) -> Response {
    let Some(email_sign_in) = &auth.email else {
        return page(
            StatusCode::NOT_FOUND,
            "Not found",
            "Emailed sign-in links are off.",
            &[],
        );
    };
    let form: Vec<(String, String)> = if body.len() <= MAX_FORM {
        url::form_urlencoded::parse(body).into_owned().collect()
    } else {
        Vec::new()
    };
    let field = |name: &str| {
        form.iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    let next = field("next")
        .and_then(|n| safe_next(&auth.base, n))
        .unwrap_or_else(|| auth.base.clone());
    // Double submit: the form's token must be this browser's id, sealed. A
    // page of another site can make the browser post, but cannot read the
    // form token (nor make one without the cookie secret).
    let id = browser_id(auth, headers);
    let form_id = field("xsrf").and_then(|t| auth.sealer.open("signin-form", t));
    let Some(id) = id.filter(|id| form_id.as_ref() == Some(id)) else {
        tracing::warn!(
            "email sign-in: refused a request from {client} without a matching form token \
             (an old page, cookies off, or another site's form)"
        );
        return page(
            StatusCode::FORBIDDEN,
            "Sign-in form expired",
            "This form is too old or came from another site. Open the sign-in page again.",
            &[(&signin_href(auth, &next), "Sign in")],
        );
    };
    let email = field("email").unwrap_or_default();
    let outcome = email_sign_in.ask(Ask {
        email,
        browser: &id,
        next: next.clone(),
        client,
        link_base,
    });
    let shown: String = crate::auth::oidc::clean(email);
    match outcome {
        Asked::Queued => tracing::info!("email sign-in: a link for {shown} is queued"),
        Asked::NotAnAddress => {
            tracing::warn!("email sign-in: refused {shown:?} from {client}: not an email address")
        }
        Asked::NotAllowed => tracing::warn!(
            "email sign-in: refused {shown} from {client}: not in server.allowedEmails / server.allowedEmailDomains"
        ),
        Asked::AddressRateLimited => tracing::warn!(
            "email sign-in: refused {shown} from {client}: too many links asked for this address (rate limit)"
        ),
        Asked::ClientRateLimited => tracing::warn!(
            "email sign-in: refused {shown} from {client}: too many links asked from this client (rate limit)"
        ),
        Asked::NoLinkBase => tracing::error!(
            "email sign-in: no link sent to {shown}: the request's Host is not one a link may \
             point to; set server.publicUrl (or list the host in server.allowedHosts)"
        ),
        Asked::QueueFull => {
            tracing::error!("email sign-in: no link sent to {shown}: the mail queue is full")
        }
    }
    let minutes = email_sign_in.config.validity.as_secs().div_ceil(60);
    let mut response = page(
        StatusCode::OK,
        "Check your inbox",
        &format!(
            "If {} may use this app, a sign-in link is on its way to it. Open it in this \
             browser within {minutes} minutes; it works once.",
            if email.trim().is_empty() {
                "this address"
            } else {
                email.trim()
            }
        ),
        &[(&signin_href(auth, &next), "Ask again")],
    );
    // The cookie now has to last as long as the link.
    let sealed = auth.sealer.seal("signin", &id);
    let age = cookie_max_age(auth);
    set_cookie(
        &mut response,
        &auth.base,
        BROWSER_COOKIE,
        &sealed,
        age,
        https,
    );
    response
}

/// `GET /auth/signin/link?token=..`: signs in the browser that asked.
pub fn follow(
    auth: &Auth,
    query: Option<&str>,
    headers: &HeaderMap,
    client: IpAddr,
    https: bool,
) -> Response {
    let Some(email_sign_in) = &auth.email else {
        return redirect(&auth.base);
    };
    let token = param(query, "token").unwrap_or_default();
    let id = browser_id(auth, headers);
    let (email, next) = match email_sign_in.follow(&token, id.as_deref()) {
        Ok(found) => found,
        Err(refused) => {
            tracing::warn!(
                "email sign-in: refused a link opened from {client}: {}",
                refused.reason()
            );
            return page(
                StatusCode::BAD_REQUEST,
                "Sign-in link not valid",
                &format!("Sorry, {}. Ask for a new link.", refused.reason()),
                &[(&signin_href(auth, &auth.base), "Sign in")],
            );
        }
    };
    let mut claims = Map::new();
    claims.insert("email".into(), Value::String(email.clone()));
    // Following the link proves the mailbox is this browser's user's.
    claims.insert("email_verified".into(), Value::Bool(true));
    let login = auth.add_login(SignedIn {
        sid: seal::random_token(32),
        provider: PROVIDER.into(),
        claims,
        id_token: String::new(),
        access_token: None,
        expires: SystemTime::now() + crate::auth::LOGIN_LIFETIME,
    });
    tracing::info!("auth: {email} logged in with an emailed link");
    let mut response = redirect(&next);
    let sealed = auth.sealer.seal("user", login.sid.as_bytes());
    let lifetime = crate::auth::LOGIN_LIFETIME.as_secs();
    set_cookie(
        &mut response,
        &auth.base,
        USER_COOKIE,
        &sealed,
        lifetime,
        https,
    );
    set_cookie(&mut response, &auth.base, BROWSER_COOKIE, "", 0, https);
    response
}
