//! XSRF protection for the state-changing HTTP endpoints (uploads), as a
//! double-submit cookie the way Streamlit does it, so tooling that knows
//! Streamlit's scheme keeps working.
//!
//! `/_stcore/health` sets the `_streamlit_xsrf` cookie: 16 random bytes in
//! Tornado's "version 2" form `2|<mask>|<token XOR mask>|<timestamp>` (hex),
//! re-masked on every response so the value on the wire changes while the
//! token stays. The page reads the cookie (it is not HttpOnly) and echoes it
//! in the `X-Xsrftoken` header; a request passes only when both carry the
//! same token. Another site can make the browser send the cookie but cannot
//! read it, so it cannot produce the header.

use std::time::{SystemTime, UNIX_EPOCH};

use axum::http::header::{COOKIE, SET_COOKIE};
use axum::http::{HeaderMap, HeaderValue};

pub const COOKIE_NAME: &str = "_streamlit_xsrf";
pub const HEADER_NAME: &str = "x-xsrftoken";

type Token = [u8; 16];

/// `server.enableXsrfProtection` and the cookie's `SameSite`.
#[derive(Debug, Clone)]
pub struct XsrfPolicy {
    pub enabled: bool,
    /// "Lax", "Strict" or "None".
    same_site: &'static str,
}

impl XsrfPolicy {
    pub fn new(enabled: bool, same_site: &str) -> Self {
        let same_site = match same_site.to_ascii_lowercase().as_str() {
            "strict" => "Strict",
            "none" => "None",
            _ => "Lax",
        };
        XsrfPolicy { enabled, same_site }
    }

    /// The `Set-Cookie` a health response carries: the request's token,
    /// freshly masked, or a new token when it had none. `https`: the page is
    /// served over HTTPS (directly or through a trusted proxy), so the
    /// cookie is `Secure`.
    pub fn cookie_for(&self, request: &HeaderMap, https: bool) -> Option<HeaderValue> {
        if !self.enabled {
            return None;
        }
        let token = cookie_token(request).unwrap_or_else(rand::random);
        // Browsers drop SameSite=None cookies that are not Secure.
        let secure = if https || self.same_site == "None" {
            "; Secure"
        } else {
            ""
        };
        let value = format!(
            "{COOKIE_NAME}={}; Path=/; SameSite={}{secure}",
            encode(&token),
            self.same_site
        );
        HeaderValue::from_str(&value).ok()
    }

    /// Whether a state-changing request may go ahead.
    pub fn allows(&self, request: &HeaderMap) -> bool {
        if !self.enabled {
            return true;
        }
        let header = request
            .get(HEADER_NAME)
            .and_then(|v| v.to_str().ok())
            .and_then(decode);
        match (cookie_token(request), header) {
            (Some(cookie), Some(header)) => same_token(&cookie, &header),
            _ => false,
        }
    }
}

/// The token in the request's `_streamlit_xsrf` cookie, if well formed.
fn cookie_token(request: &HeaderMap) -> Option<Token> {
    request
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE_NAME)
        .and_then(|(_, value)| decode(value.trim_matches('"')))
}

fn encode(token: &Token) -> String {
    let mask: [u8; 4] = rand::random();
    let masked: Vec<u8> = token
        .iter()
        .zip(mask.iter().cycle())
        .map(|(t, m)| t ^ m)
        .collect();
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    format!("2|{}|{}|{now}", hex(&mask), hex(&masked))
}

fn decode(value: &str) -> Option<Token> {
    let mut parts = value.split('|');
    if parts.next()? != "2" {
        return None;
    }
    let mask: [u8; 4] = unhex(parts.next()?)?;
    let masked: Token = unhex(parts.next()?)?;
    parts.next()?.parse::<u64>().ok()?;
    if parts.next().is_some() {
        return None;
    }
    let mut token = masked;
    for (t, m) in token.iter_mut().zip(mask.iter().cycle()) {
        *t ^= m;
    }
    Some(token)
}

/// Compares without an early exit, so timing says nothing about the token.
fn same_token(a: &Token, b: &Token) -> bool {
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex<const N: usize>(text: &str) -> Option<[u8; N]> {
    if text.len() != N * 2 || !text.is_ascii() {
        return None;
    }
    let mut out = [0u8; N];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&text[i * 2..i * 2 + 2], 16).ok()?;
    }
    Some(out)
}

/// Adds the cookie to a response's headers when the policy wants one.
pub fn set_cookie(policy: &XsrfPolicy, request: &HeaderMap, https: bool, response: &mut HeaderMap) {
    if let Some(cookie) = policy.cookie_for(request, https) {
        response.append(SET_COOKIE, cookie);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(cookie: Option<&str>, header: Option<&str>) -> HeaderMap {
        let mut headers = HeaderMap::new();
        if let Some(c) = cookie {
            headers.insert(COOKIE, HeaderValue::from_str(c).unwrap());
        }
        if let Some(h) = header {
            headers.insert(HEADER_NAME, HeaderValue::from_str(h).unwrap());
        }
        headers
    }

    #[test]
    fn a_fresh_mask_keeps_the_token() {
        let token: Token = rand::random();
        let (a, b) = (encode(&token), encode(&token));
        assert_eq!(decode(&a), Some(token));
        assert_eq!(decode(&b), Some(token));
    }

    #[test]
    fn the_header_must_echo_the_cookie_token() {
        let policy = XsrfPolicy::new(true, "lax");
        let token: Token = rand::random();
        let (cookie, header) = (encode(&token), encode(&token));
        let cookie = format!("other=1; {COOKIE_NAME}={cookie}");
        assert!(policy.allows(&request(Some(&cookie), Some(&header))));
        let other = encode(&rand::random());
        assert!(!policy.allows(&request(Some(&cookie), Some(&other))));
        assert!(!policy.allows(&request(Some(&cookie), None)));
        assert!(!policy.allows(&request(None, Some(&header))));
        assert!(!policy.allows(&request(Some(&cookie), Some("2|zz|zz|1"))));
        assert!(XsrfPolicy::new(false, "lax").allows(&request(None, None)));
    }

    #[test]
    fn malformed_values_are_no_token() {
        for bad in [
            "",
            "1|00|00|0",
            "2|0000|00|0",
            "2|00000000|0011|x",
            "2|g0000000|00000000000000000000000000000000|1",
        ] {
            assert_eq!(decode(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_cookie_is_readable_by_the_page_and_scoped_to_the_site() {
        let cookie = XsrfPolicy::new(true, "none")
            .cookie_for(&HeaderMap::new(), false)
            .unwrap();
        let cookie = cookie.to_str().unwrap();
        assert!(cookie.starts_with("_streamlit_xsrf=2|"));
        assert!(cookie.contains("; Path=/; SameSite=None; Secure"));
        assert!(!cookie.contains("HttpOnly"));
        assert!(XsrfPolicy::new(false, "lax")
            .cookie_for(&HeaderMap::new(), true)
            .is_none());
        let lax = XsrfPolicy::new(true, "lax");
        let plain = lax.cookie_for(&HeaderMap::new(), false).unwrap();
        assert!(!plain.to_str().unwrap().contains("Secure"));
        let https = lax.cookie_for(&HeaderMap::new(), true).unwrap();
        assert!(https.to_str().unwrap().ends_with("; SameSite=Lax; Secure"));
    }
}
