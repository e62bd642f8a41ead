//! The relying party's calls to the provider: discovery, JWKS and the token
//! endpoint, and ID token verification.
//!
//! Discovery and JWKS are cached per `server_metadata_url` for an hour. A
//! token whose `kid` is not in the cached JWKS makes one refetch (key
//! rotation), at most one such refetch per `REFETCH_INTERVAL`, so a flood of
//! unknown kids costs the provider nothing. Only asymmetric algorithms the
//! provider advertises are accepted; `none` and HMAC never are.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use jsonwebtoken::jwk::{Jwk, JwkSet};
use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use parking_lot::Mutex;
use serde::Deserialize;
use serde_json::{Map, Value};

use super::config::ProviderConfig;

const METADATA_TTL: Duration = Duration::from_secs(3600);
/// Clock skew allowed on `exp`, `nbf` and `iat` (Authlib's, as in 1.67).
pub const LEEWAY_SECS: u64 = 120;
/// The largest provider response read.
const MAX_BODY: usize = 1024 * 1024;

#[derive(Debug, Clone, Deserialize)]
pub struct Metadata {
    pub issuer: String,
    pub authorization_endpoint: String,
    pub token_endpoint: String,
    pub jwks_uri: String,
    #[serde(default)]
    pub end_session_endpoint: Option<String>,
    #[serde(default)]
    pub id_token_signing_alg_values_supported: Option<Vec<String>>,
    #[serde(default)]
    pub token_endpoint_auth_methods_supported: Option<Vec<String>>,
}

struct Cached {
    metadata: Arc<Metadata>,
    fetched: Instant,
    jwks: Option<(Arc<JwkSet>, Instant)>,
    /// The last refetch an unknown `kid` caused.
    last_refetch: Option<Instant>,
}

pub struct Oidc {
    http: reqwest::Client,
    cache: Mutex<HashMap<String, Cached>>,
    refetch_interval: Duration,
}

/// Why a login failed; the message is what the log line and page say (never
/// a secret or a token).
#[derive(Debug, thiserror::Error)]
pub enum OidcError {
    #[error("the provider could not be reached: {0}")]
    Network(String),
    #[error("the provider's answer was not understood: {0}")]
    Protocol(String),
    #[error("the provider refused the code: {0}")]
    TokenRefused(String),
    #[error("the ID token was refused: {0}")]
    IdToken(String),
}

#[derive(Debug, Deserialize)]
pub struct TokenResponse {
    pub id_token: Option<String>,
    pub access_token: Option<String>,
}

impl Oidc {
    // ring, as for the server's TLS (see `server::tls::provider` on why
    // its deprecation does not apply here).
    #[allow(deprecated)]
    pub fn new(refetch_interval: Duration) -> Oidc {
        // reqwest is built without a crypto provider of its own. Installing
        // twice is harmless.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(15))
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("rustlit/", env!("CARGO_PKG_VERSION")))
            .build()
            .unwrap_or_default();
        Oidc {
            http,
            cache: Mutex::new(HashMap::new()),
            refetch_interval,
        }
    }

    async fn get_json<T: serde::de::DeserializeOwned>(&self, url: &str) -> Result<T, OidcError> {
        check_url(url)?;
        let response = self
            .http
            .get(url)
            .send()
            .await
            .map_err(|e| OidcError::Network(format!("{url}: {}", e.without_url())))?;
        if !response.status().is_success() {
            return Err(OidcError::Protocol(format!(
                "{url} answered {}",
                response.status()
            )));
        }
        let body = read_capped(response).await?;
        serde_json::from_slice(&body).map_err(|e| OidcError::Protocol(format!("{url}: {e}")))
    }

    /// The provider's discovery document (cached).
    pub async fn metadata(&self, provider: &ProviderConfig) -> Result<Arc<Metadata>, OidcError> {
        let url = &provider.server_metadata_url;
        if let Some(cached) = self.cache.lock().get(url) {
            if cached.fetched.elapsed() < METADATA_TTL {
                return Ok(cached.metadata.clone());
            }
        }
        let metadata: Metadata = self.get_json(url).await?;
        for endpoint in [
            &metadata.authorization_endpoint,
            &metadata.token_endpoint,
            &metadata.jwks_uri,
        ] {
            check_url(endpoint)?;
        }
        let metadata = Arc::new(metadata);
        self.cache.lock().insert(
            url.clone(),
            Cached {
                metadata: metadata.clone(),
                fetched: Instant::now(),
                jwks: None,
                last_refetch: None,
            },
        );
        Ok(metadata)
    }

    async fn jwks(
        &self,
        provider: &ProviderConfig,
        metadata: &Metadata,
        refetch: bool,
    ) -> Result<Arc<JwkSet>, OidcError> {
        let url = &provider.server_metadata_url;
        if let Some(cached) = self.cache.lock().get_mut(url) {
            match (&cached.jwks, refetch) {
                (Some((set, at)), false) if at.elapsed() < METADATA_TTL => return Ok(set.clone()),
                (Some((set, _)), true) => {
                    if cached
                        .last_refetch
                        .is_some_and(|at| at.elapsed() < self.refetch_interval)
                    {
                        // Rate-limited: answer with what is cached.
                        return Ok(set.clone());
                    }
                    cached.last_refetch = Some(Instant::now());
                }
                _ => {}
            }
        }
        let set: JwkSet = self.get_json(&metadata.jwks_uri).await?;
        let set = Arc::new(set);
        if let Some(cached) = self.cache.lock().get_mut(url) {
            cached.jwks = Some((set.clone(), Instant::now()));
        }
        Ok(set)
    }

    /// Exchanges the code (with the PKCE verifier) at the token endpoint.
    pub async fn exchange(
        &self,
        provider: &ProviderConfig,
        metadata: &Metadata,
        code: &str,
        redirect_uri: &str,
        verifier: &str,
    ) -> Result<TokenResponse, OidcError> {
        let mut form = vec![
            ("grant_type", "authorization_code"),
            ("code", code),
            ("redirect_uri", redirect_uri),
            ("code_verifier", verifier),
        ];
        let post = match provider.token_auth_method.as_deref() {
            Some("client_secret_post") => true,
            Some(_) => false,
            None => metadata
                .token_endpoint_auth_methods_supported
                .as_ref()
                .is_some_and(|methods| {
                    !methods.iter().any(|m| m == "client_secret_basic")
                        && methods.iter().any(|m| m == "client_secret_post")
                }),
        };
        let mut request = self.http.post(&metadata.token_endpoint);
        if post {
            form.push(("client_id", &provider.client_id));
            form.push(("client_secret", &provider.client_secret));
        } else {
            // RFC 6749 §2.3.1: form-encoded before the Basic encoding.
            let encode =
                |s: &str| url::form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
            request = request.basic_auth(
                encode(&provider.client_id),
                Some(encode(&provider.client_secret)),
            );
        }
        let response = request
            .header(reqwest::header::ACCEPT, "application/json")
            .form(&form)
            .send()
            .await
            .map_err(|e| OidcError::Network(e.without_url().to_string()))?;
        let status = response.status();
        let body = read_capped(response).await?;
        if !status.is_success() {
            let error = serde_json::from_slice::<Value>(&body)
                .ok()
                .and_then(|v| v.get("error").and_then(Value::as_str).map(clean))
                .unwrap_or_else(|| status.to_string());
            return Err(OidcError::TokenRefused(error));
        }
        serde_json::from_slice(&body)
            .map_err(|e| OidcError::Protocol(format!("token response: {e}")))
    }

    /// Verifies an ID token: signature with a key of the provider's JWKS,
    /// algorithm, `iss`, `aud` (and `azp`), `exp`/`nbf`/`iat` with
    /// `LEEWAY_SECS`, and `nonce`. Returns its claims.
    pub async fn verify(
        &self,
        provider: &ProviderConfig,
        metadata: &Metadata,
        id_token: &str,
        nonce: &str,
    ) -> Result<Map<String, Value>, OidcError> {
        let refuse = |why: String| OidcError::IdToken(why);
        let header = jsonwebtoken::decode_header(id_token).map_err(|e| {
            refuse(format!(
                "unreadable header ({e}); alg none is never accepted"
            ))
        })?;
        let allowed = allowed_algorithms(metadata);
        if !allowed.contains(&header.alg) {
            return Err(refuse(format!("algorithm {:?} is not allowed", header.alg)));
        }
        let mut set = self.jwks(provider, metadata, false).await?;
        let mut key = find_key(&set, header.kid.as_deref(), header.alg);
        if key.is_none() {
            tracing::info!(
                "auth: no key {:?} in the JWKS of {}; fetching it again",
                header.kid,
                provider.name
            );
            set = self.jwks(provider, metadata, true).await?;
            key = find_key(&set, header.kid.as_deref(), header.alg);
        }
        let Some(jwk) = key else {
            return Err(refuse(format!(
                "signed with a key the provider does not publish (kid {:?})",
                header.kid.unwrap_or_default()
            )));
        };
        let key = DecodingKey::from_jwk(jwk).map_err(|e| refuse(format!("unusable key: {e}")))?;
        let mut validation = Validation::new(header.alg);
        validation.algorithms = vec![header.alg];
        validation.leeway = LEEWAY_SECS;
        validation.validate_nbf = true;
        validation.set_issuer(&[&metadata.issuer]);
        validation.set_audience(&[&provider.client_id]);
        validation.set_required_spec_claims(&["exp", "iat", "iss", "aud", "sub"]);
        let data = jsonwebtoken::decode::<Map<String, Value>>(id_token, &key, &validation)
            .map_err(|e| refuse(describe_jwt_error(&e)))?;
        let claims = data.claims;
        if claims.get("nonce").and_then(Value::as_str) != Some(nonce) {
            return Err(refuse("the nonce is not the one this login sent".into()));
        }
        if let Some(Value::Array(audiences)) = claims.get("aud") {
            if audiences.len() > 1
                && claims.get("azp").and_then(Value::as_str) != Some(&provider.client_id)
            {
                return Err(refuse(
                    "several audiences and azp is not this client".into(),
                ));
            }
        }
        let now = jsonwebtoken::get_current_timestamp();
        if let Some(iat) = claims.get("iat").and_then(Value::as_u64) {
            if iat > now + LEEWAY_SECS {
                return Err(refuse("issued in the future (iat)".into()));
            }
        }
        Ok(claims)
    }
}

/// The provider's advertised signing algorithms (RS256 when it says
/// nothing), less anything symmetric.
fn allowed_algorithms(metadata: &Metadata) -> Vec<Algorithm> {
    let names = metadata
        .id_token_signing_alg_values_supported
        .clone()
        .unwrap_or_else(|| vec!["RS256".into()]);
    names
        .iter()
        .filter_map(|name| name.parse::<Algorithm>().ok())
        .filter(|alg| !matches!(alg, Algorithm::HS256 | Algorithm::HS384 | Algorithm::HS512))
        .collect()
}

fn find_key<'a>(set: &'a JwkSet, kid: Option<&str>, alg: Algorithm) -> Option<&'a Jwk> {
    use jsonwebtoken::jwk::AlgorithmParameters as P;
    let usable = |jwk: &&Jwk| {
        let kind_fits = match &jwk.algorithm {
            P::RSA(_) => matches!(
                alg,
                Algorithm::RS256
                    | Algorithm::RS384
                    | Algorithm::RS512
                    | Algorithm::PS256
                    | Algorithm::PS384
                    | Algorithm::PS512
            ),
            P::EllipticCurve(_) => matches!(alg, Algorithm::ES256 | Algorithm::ES384),
            P::OctetKeyPair(_) => matches!(alg, Algorithm::EdDSA),
            _ => false,
        };
        let use_fits = !matches!(
            jwk.common.public_key_use,
            Some(jsonwebtoken::jwk::PublicKeyUse::Encryption)
        );
        let alg_fits = jwk
            .common
            .key_algorithm
            .is_none_or(|key_alg| format!("{key_alg:?}") == format!("{alg:?}"));
        kind_fits && use_fits && alg_fits
    };
    match kid {
        Some(kid) => set
            .keys
            .iter()
            .filter(usable)
            .find(|jwk| jwk.common.key_id.as_deref() == Some(kid)),
        None => {
            let mut candidates = set.keys.iter().filter(usable);
            let first = candidates.next();
            // Without a kid, only an unambiguous key will do.
            if candidates.next().is_some() {
                None
            } else {
                first
            }
        }
    }
}

fn describe_jwt_error(e: &jsonwebtoken::errors::Error) -> String {
    use jsonwebtoken::errors::ErrorKind as K;
    match e.kind() {
        K::InvalidSignature => "bad signature".into(),
        K::ExpiredSignature => format!("expired (exp more than {LEEWAY_SECS} s ago)"),
        K::ImmatureSignature => "not valid yet (nbf)".into(),
        K::InvalidIssuer => "issued by another issuer (iss)".into(),
        K::InvalidAudience => "issued for another client (aud)".into(),
        K::MissingRequiredClaim(claim) => format!("the {claim} claim is missing"),
        K::InvalidAlgorithm => "algorithm does not match the key".into(),
        other => format!("{other:?}"),
    }
}

/// Provider URLs must be https, except on loopback (a provider on the same
/// machine, as in tests).
fn check_url(url: &str) -> Result<(), OidcError> {
    let parsed = url::Url::parse(url)
        .map_err(|e| OidcError::Protocol(format!("{url:?} is not a URL: {e}")))?;
    let loopback = match parsed.host() {
        Some(url::Host::Domain(d)) => d == "localhost",
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    };
    match parsed.scheme() {
        "https" => Ok(()),
        "http" if loopback => Ok(()),
        _ => Err(OidcError::Protocol(format!(
            "{url} is not https (only a loopback provider may use http)"
        ))),
    }
}

async fn read_capped(mut response: reqwest::Response) -> Result<Vec<u8>, OidcError> {
    let mut body = Vec::new();
    while let Some(chunk) = response
        .chunk()
        .await
        .map_err(|e| OidcError::Network(e.without_url().to_string()))?
    {
        if body.len() + chunk.len() > MAX_BODY {
            return Err(OidcError::Protocol(
                "the answer is larger than 1 MiB".into(),
            ));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// A provider's text for a log line: printable, one line, bounded.
pub fn clean(text: &str) -> String {
    text.chars().filter(|c| !c.is_control()).take(200).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_https_or_loopback_http_providers() {
        assert!(check_url("https://accounts.google.com/.well-known/openid-configuration").is_ok());
        assert!(check_url("http://127.0.0.1:9000/.well-known/openid-configuration").is_ok());
        assert!(check_url("http://localhost:9000/x").is_ok());
        assert!(check_url("http://idp.example/x").is_err());
        assert!(check_url("file:///etc/passwd").is_err());
    }

    #[test]
    fn symmetric_algorithms_are_never_allowed() {
        let metadata = Metadata {
            issuer: "i".into(),
            authorization_endpoint: "a".into(),
            token_endpoint: "t".into(),
            jwks_uri: "j".into(),
            end_session_endpoint: None,
            id_token_signing_alg_values_supported: Some(vec![
                "HS256".into(),
                "none".into(),
                "ES256".into(),
            ]),
            token_endpoint_auth_methods_supported: None,
        };
        assert_eq!(allowed_algorithms(&metadata), [Algorithm::ES256]);
    }
}
