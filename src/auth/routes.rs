//! `/auth/login`, `/oauth2callback` and `/auth/logout` (under the base
//! path). A login that cannot go on gets a page that says why, with a link
//! back to the app, and one log line; never a secret, code or token in
//! either.

use std::sync::Arc;
use std::time::{Instant, SystemTime};

use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use super::{cookie, oidc, seal, Auth, Flow, SignedIn, FLOW_COOKIE, USER_COOKIE};

/// A query parameter's decoded value.
pub(super) fn param(query: Option<&str>, name: &str) -> Option<String> {
    url::form_urlencoded::parse(query.unwrap_or_default().as_bytes())
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
}

pub(super) fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The page a refused login shows (and the gate's "not allowed" page).
pub fn page(status: StatusCode, title: &str, message: &str, links: &[(&str, &str)]) -> Response {
    let links: String = links
        .iter()
        .map(|(href, text)| format!("<p><a href=\"{}\">{}</a></p>", escape(href), escape(text)))
        .collect();
    let body = format!(
        "<p id=\"auth-message\">{message}</p>{links}",
        message = escape(message)
    );
    html_page(status, title, &body)
}

/// An HTML page of the login routes: `body` (already escaped HTML) under
/// `title`, never cached.
pub(super) fn html_page(status: StatusCode, title: &str, body: &str) -> Response {
    let body = format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title>\
         <meta name=\"viewport\" content=\"width=device-width\">\
         <style>body{{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#262730}}\
         h1{{font-size:1.5rem}}label{{display:block;margin:1.5rem 0 .25rem}}\
         input[type=email]{{font:inherit;width:100%;box-sizing:border-box;padding:.5rem;border:1px solid #ccc;border-radius:.5rem}}\
         button{{font:inherit;margin-top:.75rem;padding:.5rem 1rem;border:1px solid #ccc;border-radius:.5rem;background:#fff;cursor:pointer}}\
         button:hover{{border-color:#ff4b4b;color:#ff4b4b}}</style></head>\
         <body><h1 id=\"auth-title\">{title}</h1>{body}</body></html>",
        title = escape(title),
    );
    let mut response = (status, body).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

fn refused(auth: &Auth, why: &str) -> Response {
    tracing::warn!("auth: refused a login: {why}");
    page(
        StatusCode::BAD_REQUEST,
        "Login failed",
        &format!("The login could not be completed: {why}. Start it again from the app."),
        &[(&auth.base, "Back to the app")],
    )
}

pub(super) fn redirect(to: &str) -> Response {
    match HeaderValue::from_str(to) {
        Ok(location) => (StatusCode::FOUND, [(header::LOCATION, location)]).into_response(),
        Err(_) => StatusCode::BAD_REQUEST.into_response(),
    }
}

/// `Set-Cookie` for one of the auth cookies: HttpOnly, SameSite=Lax, Path =
/// the base path, Secure whenever the page is HTTPS.
pub(super) fn set_cookie(
    response: &mut Response,
    base: &str,
    name: &str,
    value: &str,
    max_age: u64,
    https: bool,
) {
    let secure = if https { "; Secure" } else { "" };
    let cookie =
        format!("{name}={value}; Path={base}; Max-Age={max_age}; HttpOnly; SameSite=Lax{secure}");
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
}

/// A return path that stays in this app: absolute path under the base,
/// no scheme, no authority (`//host`), no backslash, no control character.
pub fn safe_next(base: &str, next: &str) -> Option<String> {
    let next = next.trim();
    let ok = next.starts_with(base)
        && next.starts_with('/')
        && !next.starts_with("//")
        && !next.contains('\\')
        && !next.chars().any(char::is_control)
        && !next.contains("/../")
        && url::Url::parse(next).is_err();
    ok.then(|| next.to_string())
}

/// `GET /auth/login?provider=<sealed>[&next=/path]`.
pub async fn login(auth: Arc<Auth>, query: Option<String>, https: bool) -> Response {
    let query = query.as_deref();
    let provider = param(query, "provider").and_then(|t| auth.provider_from_token(&t).cloned());
    let Some(provider) = provider else {
        // 1.67: an unreadable or expired provider token goes back to the app.
        tracing::warn!("auth: /auth/login without a valid provider token; back to the app");
        return redirect(&auth.base);
    };
    let next = match param(query, "next") {
        None => auth.base.clone(),
        Some(next) => match safe_next(&auth.base, &next) {
            Some(next) => next,
            None => {
                return refused(
                    &auth,
                    "the return address is not a page of this app (another host?)",
                )
            }
        },
    };
    // `config::parse` asks for redirect_uri whenever there is a provider.
    let Some(redirect_uri) = auth.config.redirect_uri.clone() else {
        return refused(&auth, "[auth] has no redirect_uri");
    };
    let metadata = match auth.oidc.metadata(&provider).await {
        Ok(m) => m,
        Err(e) => return refused(&auth, &format!("provider {}: {e}", provider.name)),
    };
    let nonce = seal::random_token(32);
    let verifier = seal::random_token(48);
    let challenge = seal::pkce_challenge(&verifier);
    let state = auth.start_flow(Flow {
        provider: provider.name.clone(),
        nonce: nonce.clone(),
        verifier,
        next,
        started: Instant::now(),
    });
    let Ok(mut target) = url::Url::parse(&metadata.authorization_endpoint) else {
        return refused(&auth, "the provider's authorization endpoint is not a URL");
    };
    {
        let mut pairs = target.query_pairs_mut();
        pairs
            .append_pair("response_type", "code")
            .append_pair("client_id", &provider.client_id)
            .append_pair("redirect_uri", &redirect_uri)
            .append_pair("scope", &provider.scope)
            .append_pair("state", &state)
            .append_pair("nonce", &nonce)
            .append_pair("code_challenge", &challenge)
            .append_pair("code_challenge_method", "S256");
        for (key, value) in &provider.authorize_params {
            pairs.append_pair(key, value);
        }
    }
    let mut response = redirect(target.as_str());
    let flow_cookie = auth.sealer.seal("flow", state.as_bytes());
    set_cookie(
        &mut response,
        &auth.base,
        FLOW_COOKIE,
        &flow_cookie,
        super::FLOW_TTL.as_secs(),
        https,
    );
    response
}

/// `GET /oauth2callback?code=..&state=..` (or `error=..`).
pub async fn callback(
    auth: Arc<Auth>,
    query: Option<String>,
    headers: &HeaderMap,
    https: bool,
) -> Response {
    let query = query.as_deref();
    let state = param(query, "state");
    let code = param(query, "code");
    if let Some(error) = param(query, "error") {
        if let Some(state) = &state {
            auth.take_flow(state);
        }
        let description = param(query, "error_description").unwrap_or_default();
        return refused(
            &auth,
            &format!(
                "the provider answered {} {}",
                oidc::clean(&error),
                oidc::clean(&description)
            ),
        );
    }
    let (Some(state), Some(code)) = (state, code) else {
        if query.unwrap_or_default().is_empty() {
            // Where a provider's logout comes back to (1.67 sends
            // post_logout_redirect_uri = redirect_uri): the app.
            return redirect(&auth.base);
        }
        return refused(&auth, "the callback has no state or no code");
    };
    // The state must be one this server issued, not used yet, and the
    // browser's own (its flow cookie): a replayed, forged or foreign
    // callback stops here, before any code exchange.
    let browser_state = cookie(headers, FLOW_COOKIE)
        .and_then(|sealed| auth.sealer.open("flow", &sealed))
        .and_then(|s| String::from_utf8(s).ok());
    let Some(flow) = auth.take_flow(&state) else {
        return refused(
            &auth,
            "the state is unknown, expired or already used (a replayed or tampered callback)",
        );
    };
    if browser_state.as_deref() != Some(state.as_str()) {
        return refused(&auth, "the state belongs to another browser");
    }
    let Some(provider) = auth.config.providers.get(&flow.provider).cloned() else {
        return refused(&auth, "the provider is no longer configured");
    };
    let Some(redirect_uri) = auth.config.redirect_uri.clone() else {
        return refused(&auth, "[auth] has no redirect_uri");
    };
    let metadata = match auth.oidc.metadata(&provider).await {
        Ok(m) => m,
        Err(e) => return refused(&auth, &e.to_string()),
    };
    // RFC 9207: a provider that names itself must be this login's.
    if let Some(iss) = param(query, "iss") {
        if iss != metadata.issuer {
            return refused(&auth, "the callback comes from another issuer (iss)");
        }
    }
    let tokens = match auth
        .oidc
        .exchange(&provider, &metadata, &code, &redirect_uri, &flow.verifier)
        .await
    {
        Ok(t) => t,
        Err(e) => return refused(&auth, &e.to_string()),
    };
    let Some(id_token) = tokens.id_token else {
        return refused(
            &auth,
            "the provider sent no ID token (is it an OpenID Connect provider, with scope openid?)",
        );
    };
    let claims = match auth
        .oidc
        .verify(&provider, &metadata, &id_token, &flow.nonce)
        .await
    {
        Ok(c) => c,
        Err(e) => return refused(&auth, &e.to_string()),
    };
    let login = auth.add_login(SignedIn {
        sid: seal::random_token(32),
        provider: provider.name.clone(),
        claims,
        id_token,
        access_token: tokens.access_token,
        expires: SystemTime::now() + super::LOGIN_LIFETIME,
    });
    tracing::info!(
        "auth: {} logged in with provider {}",
        login
            .email()
            .map(oidc::clean)
            .unwrap_or_else(|| "a user".into()),
        provider.name
    );
    let mut response = redirect(&flow.next);
    let sealed = auth.sealer.seal("user", login.sid.as_bytes());
    set_cookie(
        &mut response,
        &auth.base,
        USER_COOKIE,
        &sealed,
        super::LOGIN_LIFETIME.as_secs(),
        https,
    );
    set_cookie(&mut response, &auth.base, FLOW_COOKIE, "", 0, https);
    response
}

/// Whether a GET comes from this app's own pages (or was typed by the user):
/// 1.67's logout is a plain GET, so without this any site could log a
/// visitor out with a link or an image (the SameSite=Lax cookie goes along
/// with a top-level navigation). Browsers say where a request comes from in
/// `Sec-Fetch-Site`; older ones only in `Origin`, if at all.
fn same_origin(headers: &HeaderMap) -> bool {
    let value = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    if let Some(site) = value("sec-fetch-site") {
        return matches!(site, "same-origin" | "none");
    }
    match (value("origin"), value("host")) {
        (Some(origin), Some(host)) => url::Url::parse(origin)
            .ok()
            .and_then(|u| {
                let name = u.host_str()?.to_string();
                Some(match u.port() {
                    Some(port) => format!("{name}:{port}"),
                    None => name,
                })
            })
            .is_some_and(|authority| authority.eq_ignore_ascii_case(host)),
        // No Origin: a navigation by an old browser or a tool, not a page.
        _ => true,
    }
}

/// `GET /auth/logout`: ends the login server-side, clears the cookie, and
/// goes to the provider's `end_session_endpoint` when it has one (1.67's
/// parameters), else back to the app. Asked from another site, it only
/// offers a link that logs out (a navigation from this app's own page).
pub async fn logout(auth: Arc<Auth>, headers: &HeaderMap, https: bool) -> Response {
    if !same_origin(headers) {
        tracing::warn!("auth: a logout from another site was not done; asked the user instead");
        let here = format!("{}auth/logout", auth.base);
        return page(
            StatusCode::OK,
            "Log out?",
            "Another site asked to log you out of this app.",
            &[(&here, "Log out"), (&auth.base, "Back to the app")],
        );
    }
    let login = auth
        .user_from_headers(headers)
        .and_then(|login| auth.revoke(&login.sid));
    let mut target = auth.base.clone();
    if let Some(login) = &login {
        tracing::info!("auth: logged out (provider {})", login.provider);
        if let Some(provider) = auth.config.providers.get(&login.provider) {
            if let Ok(metadata) = auth.oidc.metadata(provider).await {
                if let Some(end) = metadata.end_session_endpoint.as_deref() {
                    if let (Ok(mut url), Some(back)) =
                        (url::Url::parse(end), auth.config.redirect_uri.as_deref())
                    {
                        url.query_pairs_mut()
                            .append_pair("client_id", &provider.client_id)
                            .append_pair("post_logout_redirect_uri", back)
                            .append_pair("id_token_hint", &login.id_token);
                        target = url.to_string();
                    }
                }
            }
        }
    }
    let mut response = redirect(&target);
    set_cookie(&mut response, &auth.base, USER_COOKIE, "", 0, https);
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn return_paths_stay_on_this_app() {
        assert_eq!(safe_next("/", "/page?x=1").as_deref(), Some("/page?x=1"));
        assert_eq!(safe_next("/app/", "/app/x").as_deref(), Some("/app/x"));
        for bad in [
            "https://evil.test/",
            "//evil.test/x",
            "/\\evil.test",
            "evil.test",
            "/x\r\nSet-Cookie: a=b",
            "javascript:alert(1)",
        ] {
            assert_eq!(safe_next("/", bad), None, "{bad}");
        }
        assert_eq!(safe_next("/app/", "/other"), None);
    }

    #[test]
    fn logout_goes_ahead_only_from_this_apps_pages() {
        let headers = |pairs: &[(&'static str, &'static str)]| {
            let mut map = HeaderMap::new();
            for (name, value) in pairs {
                map.insert(*name, HeaderValue::from_static(value));
            }
            map
        };
        let host = ("host", "app.example.org");
        assert!(same_origin(&headers(&[
            host,
            ("sec-fetch-site", "same-origin")
        ])));
        assert!(same_origin(&headers(&[host, ("sec-fetch-site", "none")])));
        assert!(!same_origin(&headers(&[
            host,
            ("sec-fetch-site", "cross-site")
        ])));
        assert!(!same_origin(&headers(&[
            host,
            ("sec-fetch-site", "same-site")
        ])));
        assert!(same_origin(&headers(&[
            host,
            ("origin", "https://app.example.org")
        ])));
        assert!(!same_origin(&headers(&[
            host,
            ("origin", "https://evil.test")
        ])));
        assert!(same_origin(&headers(&[host])));
    }
}
