//! Sealed values: AES-256-GCM (`crate::aead`) under a key derived from
//! `[auth] cookie_secret` with HKDF-SHA256. What a browser holds (the login
//! cookie, the flow cookie, the provider token of a login URL) is sealed:
//! it cannot be read or forged without the secret, and a value sealed for
//! one purpose does not open as another (the purpose is the associated data).

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use ring::aead::AES_256_GCM;
use ring::hkdf;

use crate::aead::{AeadKey, KEY_BYTES};

pub struct Sealer {
    key: AeadKey,
}

impl Sealer {
    pub fn new(secret: &str) -> Sealer {
        let salt = hkdf::Salt::new(hkdf::HKDF_SHA256, b"rustlit auth v1");
        let prk = salt.extract(secret.as_bytes());
        let info: [&[u8]; 1] = [b"sealed cookies"];
        // `expand` fails only for an output longer than 255 blocks, `fill`
        // only for a buffer of another length than AES-256's key.
        let mut key = [0u8; KEY_BYTES];
        prk.expand(&info, &AES_256_GCM)
            .and_then(|okm| okm.fill(&mut key))
            .expect("a 32-byte HKDF output is always available");
        Sealer {
            key: AeadKey::new(&key),
        }
    }

    /// `purpose` binds the value to its use ("user", "flow", "provider").
    pub fn seal(&self, purpose: &str, plain: &[u8]) -> String {
        let mut out = Vec::new();
        // Sealing fails only for inputs beyond GCM's 64 GiB bound.
        self.key
            .seal_into(purpose.as_bytes(), plain, &mut out)
            .expect("a sealed value is small");
        URL_SAFE_NO_PAD.encode(out)
    }

    pub fn open(&self, purpose: &str, sealed: &str) -> Option<Vec<u8>> {
        if sealed.len() > 8192 {
            return None;
        }
        let raw = URL_SAFE_NO_PAD.decode(sealed.trim()).ok()?;
        self.key.open(purpose.as_bytes(), &raw)
    }
}

/// A random URL-safe value of `bytes` random bytes (state, nonce, session
/// ids, the PKCE verifier).
pub fn random_token(bytes: usize) -> String {
    let raw: Vec<u8> = (0..bytes).map(|_| rand::random::<u8>()).collect();
    URL_SAFE_NO_PAD.encode(raw)
}

/// RFC 7636 S256: BASE64URL(SHA256(verifier)).
pub fn pkce_challenge(verifier: &str) -> String {
    use sha2::Digest as _;
    URL_SAFE_NO_PAD.encode(sha2::Sha256::digest(verifier.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_values_open_only_with_their_key_and_purpose() {
        let sealer = Sealer::new("a cookie secret of some length");
        let sealed = sealer.seal("user", b"session-id");
        assert_eq!(
            sealer.open("user", &sealed).as_deref(),
            Some(&b"session-id"[..])
        );
        assert_eq!(sealer.open("flow", &sealed), None);
        assert_eq!(
            Sealer::new("another secret entirely").open("user", &sealed),
            None
        );
        let mut tampered = sealed.into_bytes();
        let last = tampered.len() - 3;
        tampered[last] = if tampered[last] == b'A' { b'B' } else { b'A' };
        let tampered = String::from_utf8(tampered).unwrap();
        assert_eq!(sealer.open("user", &tampered), None);
    }

    #[test]
    fn pkce_challenge_matches_rfc_7636_appendix_b() {
        assert_eq!(
            pkce_challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
        );
    }
}
