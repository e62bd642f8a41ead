//! `[auth]` in secrets.toml, read as Streamlit 1.67 reads it: shared keys
//! (`redirect_uri`, `cookie_secret`, `expose_tokens`), a default provider
//! whose keys sit in `[auth]` itself (or `[auth.default]`), and named
//! providers in `[auth.<name>]`, each with `client_id`, `client_secret`,
//! `server_metadata_url` and optional `client_kwargs`.
//!
//! The script side (`python/streamlit/user_info.py`) raises 1.67's errors for
//! a missing or incomplete section; the server reads the same files at
//! startup to run the flow.

use std::collections::BTreeMap;
use std::path::PathBuf;

use toml::{Table, Value};

/// The `[auth]` section the server runs logins with.
#[derive(Debug, Clone)]
pub struct AuthConfig {
    /// Absolute, ending in `/oauth2callback`; `{port}` replaced. Needed
    /// only with a provider (emailed sign-in links alone do without).
    pub redirect_uri: Option<String>,
    pub cookie_secret: String,
    /// `expose_tokens`: which of `id`/`access` `st.user.tokens` shows.
    pub expose_tokens: Vec<String>,
    pub providers: BTreeMap<String, ProviderConfig>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ProviderConfig {
    pub name: String,
    pub client_id: String,
    pub client_secret: String,
    pub server_metadata_url: String,
    /// `client_kwargs.scope`, default `openid email profile`.
    pub scope: String,
    /// Extra authorization request parameters from `client_kwargs`
    /// (`prompt` defaults to `select_account`, as in 1.67).
    pub authorize_params: Vec<(String, String)>,
    /// `client_kwargs.token_endpoint_auth_method`, if set.
    pub token_auth_method: Option<String>,
}

/// `client_kwargs` keys that become authorization request parameters.
const AUTHORIZE_PARAMS: [&str; 8] = [
    "prompt",
    "max_age",
    "audience",
    "login_hint",
    "hd",
    "acr_values",
    "ui_locales",
    "resource",
];

/// Reads the `secrets.toml` files (later files replace earlier top-level
/// keys, as the script's `st.secrets` merges them). `Ok(None)`: no `[auth]`.
/// `Err`: an `[auth]` section the server cannot run logins with.
pub fn load(files: &[PathBuf], port: u16) -> Result<Option<AuthConfig>, String> {
    let mut merged = Table::new();
    for file in files {
        let Ok(text) = std::fs::read_to_string(file) else {
            continue;
        };
        match text.parse::<Table>() {
            Ok(table) => merged.extend(table),
            Err(e) => return Err(format!("{} is not valid TOML: {e}", file.display())),
        }
    }
    let Some(auth) = merged.get("auth") else {
        return Ok(None);
    };
    let Value::Table(auth) = auth else {
        return Err("[auth] in secrets.toml must be a table".into());
    };
    parse(auth, port).map(Some)
}

fn string(table: &Table, key: &str) -> Option<String> {
    match table.get(key)? {
        Value::String(s) => Some(s.clone()),
        Value::Integer(i) => Some(i.to_string()),
        _ => None,
    }
}

pub fn parse(auth: &Table, port: u16) -> Result<AuthConfig, String> {
    let cookie_secret =
        string(auth, "cookie_secret").ok_or("[auth] in secrets.toml has no cookie_secret")?;
    if cookie_secret.len() < 16 {
        return Err("[auth] cookie_secret is shorter than 16 bytes: use a long random value (e.g. `openssl rand -hex 32`)".into());
    }
    let expose_tokens = match auth.get("expose_tokens") {
        None => Vec::new(),
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(items)) => items
            .iter()
            .map(|v| {
                v.as_str()
                    .map(str::to_string)
                    .unwrap_or_else(|| v.to_string())
            })
            .collect(),
        Some(_) => Vec::new(),
    };
    if expose_tokens.iter().any(|t| t != "id" && t != "access") {
        return Err(
            "Invalid expose_tokens configuration. Only 'id' and 'access' are allowed.".into(),
        );
    }
    let mut providers = BTreeMap::new();
    for (name, value) in auth {
        if let Value::Table(section) = value {
            // `client_kwargs` belongs to the default provider, `smtp` to
            // emailed sign-in links (`email::config`).
            if ["client_kwargs", "smtp"].contains(&name.as_str()) {
                continue;
            }
            if let Some(provider) = provider(name, section)? {
                providers.insert(name.clone(), provider);
            }
        }
    }
    if !providers.contains_key("default") {
        if let Some(provider) = provider("default", auth)? {
            providers.insert("default".into(), provider);
        }
    }
    // Only provider logins come back to redirect_uri: a gate with emailed
    // sign-in links alone needs no provider and no redirect_uri.
    let redirect_uri = match string(auth, "redirect_uri") {
        Some(uri) => Some(redirect_uri(&uri, port)?),
        None if providers.is_empty() => None,
        None => return Err("[auth] in secrets.toml has no redirect_uri".into()),
    };
    Ok(AuthConfig {
        redirect_uri,
        cookie_secret,
        expose_tokens,
        providers,
    })
}

/// `redirect_uri` with `{port}` replaced: absolute, ending in
/// `/oauth2callback`.
fn redirect_uri(uri: &str, port: u16) -> Result<String, String> {
    let uri = uri.replace("{port}", &port.to_string());
    let parsed = url::Url::parse(&uri)
        .map_err(|e| format!("[auth] redirect_uri {uri:?} is not a URL: {e}"))?;
    if !matches!(parsed.scheme(), "http" | "https") || !uri.ends_with("/oauth2callback") {
        return Err(format!(
            "[auth] redirect_uri {uri:?} must be an http(s) URL ending in /oauth2callback"
        ));
    }
    Ok(uri)
}

/// A provider section, or `None` when it has none of the three keys (1.67's
/// errors for incomplete ones are raised by `st.login`).
fn provider(name: &str, section: &Table) -> Result<Option<ProviderConfig>, String> {
    let (Some(client_id), Some(client_secret), Some(server_metadata_url)) = (
        string(section, "client_id"),
        string(section, "client_secret"),
        string(section, "server_metadata_url"),
    ) else {
        return Ok(None);
    };
    let kwargs = match section.get("client_kwargs") {
        Some(Value::Table(t)) => t.clone(),
        _ => Table::new(),
    };
    let scope = string(&kwargs, "scope").unwrap_or_else(|| "openid email profile".into());
    let mut authorize_params = Vec::new();
    for key in AUTHORIZE_PARAMS {
        if let Some(value) = string(&kwargs, key) {
            authorize_params.push((key.to_string(), value));
        }
    }
    if string(&kwargs, "prompt").is_none() {
        authorize_params.push(("prompt".into(), "select_account".into()));
    }
    Ok(Some(ProviderConfig {
        name: name.to_string(),
        client_id,
        client_secret,
        server_metadata_url,
        scope,
        authorize_params,
        token_auth_method: string(&kwargs, "token_endpoint_auth_method"),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(text: &str) -> Result<AuthConfig, String> {
        let table: Table = text.parse().unwrap();
        let Some(Value::Table(auth)) = table.get("auth") else {
            panic!("no [auth]")
        };
        parse(auth, 8501)
    }

    #[test]
    fn default_and_named_providers_are_read_as_1_67_reads_them() {
        let config = parse_str(
            r#"
            [auth]
            redirect_uri = "http://localhost:{port}/oauth2callback"
            cookie_secret = "0123456789abcdef0123"
            client_id = "a"
            client_secret = "b"
            server_metadata_url = "https://idp.example/.well-known/openid-configuration"
            expose_tokens = ["id", "access"]
            [auth.client_kwargs]
            prompt = "login"
            [auth.corp]
            client_id = "c"
            client_secret = "d"
            server_metadata_url = "https://corp.example/.well-known/openid-configuration"
            client_kwargs = { scope = "openid email" }
            "#,
        )
        .unwrap();
        assert_eq!(
            config.redirect_uri.as_deref(),
            Some("http://localhost:8501/oauth2callback")
        );
        assert_eq!(config.expose_tokens, ["id", "access"]);
        let default = &config.providers["default"];
        assert_eq!(default.client_id, "a");
        assert_eq!(default.scope, "openid email profile");
        assert_eq!(
            default.authorize_params,
            [("prompt".to_string(), "login".to_string())]
        );
        let corp = &config.providers["corp"];
        assert_eq!(corp.scope, "openid email");
        assert_eq!(
            corp.authorize_params,
            [("prompt".to_string(), "select_account".to_string())]
        );
    }

    #[test]
    fn incomplete_sections_are_errors_that_name_the_key() {
        let no_secret = parse_str("[auth]\nredirect_uri = \"http://x/oauth2callback\"\n");
        assert!(no_secret.unwrap_err().contains("cookie_secret"));
        let bad_uri = parse_str(
            "[auth]\nredirect_uri = \"http://x/callback\"\ncookie_secret = \"0123456789abcdef\"\n",
        );
        assert!(bad_uri.unwrap_err().contains("/oauth2callback"));
        let tokens = parse_str("[auth]\nredirect_uri = \"http://x/oauth2callback\"\ncookie_secret = \"0123456789abcdef\"\nexpose_tokens = \"refresh\"\n");
        assert!(tokens.unwrap_err().contains("expose_tokens"));
    }

    #[test]
    fn redirect_uri_is_needed_only_with_a_provider() {
        let email_only = parse_str("[auth]\ncookie_secret = \"0123456789abcdef\"\n").unwrap();
        assert!(email_only.providers.is_empty());
        assert_eq!(email_only.redirect_uri, None);
        let provider = parse_str(
            "[auth]\ncookie_secret = \"0123456789abcdef\"\nclient_id = \"a\"\n\
             client_secret = \"b\"\nserver_metadata_url = \"https://idp.example/x\"\n\
             [auth.smtp]\nusername = \"u\"\npassword = \"p\"\n",
        );
        assert!(provider.unwrap_err().contains("redirect_uri"));
    }
}
