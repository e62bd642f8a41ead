//! Sealed values: AES-256-GCM (ring) under a key derived from
//! `[auth] cookie_secret` with HKDF-SHA256. What a browser holds (the login
//! cookie, the flow cookie, the provider token of a login URL) is sealed:
//! it cannot be read or forged without the secret, and a value sealed for
//! one purpose does not open as another (the purpose is the associated data).

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use ring::aead::{Aad, LessSafeKey, Nonce, UnboundKey, AES_256_GCM, NONCE_LEN};
use ring::hkdf;

pub struct Sealer {
    key: LessSafeKey,
}

impl Sealer {
    pub fn new(secret: &str) -> Sealer {
        let salt = hkdf::Salt::new(hkdf::HKDF_SHA256, b"rustlit auth v1");
        let prk = salt.extract(secret.as_bytes());
        let info: [&[u8]; 1] = [b"sealed cookies"];
        // `expand` fails only for an output longer than 255 blocks.
        let okm = prk
            .expand(&info, &AES_256_GCM)
            .expect("a 32-byte HKDF output is always available");
        Sealer {
            key: LessSafeKey::new(UnboundKey::from(okm)),
        }
    }

    /// `purpose` binds the value to its use ("user", "flow", "provider").
    pub fn seal(&self, purpose: &str, plain: &[u8]) -> String {
        let nonce_bytes: [u8; NONCE_LEN] = rand::random();
        let mut buffer = plain.to_vec();
        let nonce = Nonce::assume_unique_for_key(nonce_bytes);
        // Sealing in place fails only for inputs beyond GCM's 64 GiB bound.
        self.key
            .seal_in_place_append_tag(nonce, Aad::from(purpose.as_bytes()), &mut buffer)
            .expect("a sealed value is small");
        let mut out = nonce_bytes.to_vec();
        out.extend_from_slice(&buffer);
        URL_SAFE_NO_PAD.encode(out)
    }

    pub fn open(&self, purpose: &str, sealed: &str) -> Option<Vec<u8>> {
        if sealed.len() > 8192 {
            return None;
        }
        let raw = URL_SAFE_NO_PAD.decode(sealed.trim()).ok()?;
        if raw.len() < NONCE_LEN {
            return None;
        }
        let (nonce, body) = raw.split_at(NONCE_LEN);
        let nonce = Nonce::try_assume_unique_for_key(nonce).ok()?;
        let mut body = body.to_vec();
        let plain = self
            .key
            .open_in_place(nonce, Aad::from(purpose.as_bytes()), &mut body)
            .ok()?;
        Some(plain.to_vec())
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
