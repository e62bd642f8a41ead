//! The one AES-256-GCM sealing rustlit does, shared by what the browser
//! holds (`auth::seal`: cookies, tickets) and what is written to disk
//! (`at_rest`): a random 96-bit nonce per seal, the output `nonce ||
//! ciphertext || tag`, and associated data that binds a sealed value to
//! its use (a cookie's purpose, a file's name), so it opens for nothing
//! else. Random nonces are safe here: each key seals far fewer than the
//! 2^32 values after which GCM's nonce collisions become a concern.

use ring::aead::{Aad, LessSafeKey, Nonce, UnboundKey, AES_256_GCM, NONCE_LEN};
use thiserror::Error;

pub const KEY_BYTES: usize = 32;

#[derive(Debug, Error)]
#[error("{0} bytes is more than AES-GCM encrypts at once")]
pub struct TooLarge(pub usize);

pub struct AeadKey {
    key: LessSafeKey,
}

impl AeadKey {
    pub fn new(key: &[u8; KEY_BYTES]) -> AeadKey {
        let Ok(unbound) = UnboundKey::new(&AES_256_GCM, key) else {
            unreachable!("AES-256-GCM takes any 32-byte key");
        };
        AeadKey {
            key: LessSafeKey::new(unbound),
        }
    }

    /// Appends `nonce || ciphertext || tag` of `plain` to `out`.
    pub fn seal_into(&self, aad: &[u8], plain: &[u8], out: &mut Vec<u8>) -> Result<(), TooLarge> {
        let nonce: [u8; NONCE_LEN] = rand::random();
        let mut body = plain.to_vec();
        // ring refuses only plaintexts past GCM's 64 GiB bound.
        self.key
            .seal_in_place_append_tag(
                Nonce::assume_unique_for_key(nonce),
                Aad::from(aad),
                &mut body,
            )
            .map_err(|_| TooLarge(plain.len()))?;
        out.reserve(NONCE_LEN + body.len());
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&body);
        Ok(())
    }

    /// The plaintext of `nonce || ciphertext || tag`, if it was sealed with
    /// this key and `aad` and not changed since.
    pub fn open(&self, aad: &[u8], sealed: &[u8]) -> Option<Vec<u8>> {
        if sealed.len() < NONCE_LEN {
            return None;
        }
        let (nonce, ciphertext) = sealed.split_at(NONCE_LEN);
        let nonce = Nonce::try_assume_unique_for_key(nonce).ok()?;
        let mut body = ciphertext.to_vec();
        let plain = self
            .key
            .open_in_place(nonce, Aad::from(aad), &mut body)
            .ok()?;
        Some(plain.to_vec())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_value_opens_with_its_key_and_aad_only() {
        let key = AeadKey::new(&[7; KEY_BYTES]);
        let mut sealed = Vec::new();
        key.seal_into(b"use", b"value", &mut sealed).unwrap();
        assert_eq!(key.open(b"use", &sealed).as_deref(), Some(&b"value"[..]));
        assert_eq!(key.open(b"other", &sealed), None);
        assert_eq!(AeadKey::new(&[8; KEY_BYTES]).open(b"use", &sealed), None);
        for at in 0..sealed.len() {
            let mut changed = sealed.clone();
            changed[at] ^= 1;
            assert_eq!(key.open(b"use", &changed), None, "byte {at}");
        }
        assert_eq!(key.open(b"use", &sealed[..NONCE_LEN - 1]), None);
        let mut again = Vec::new();
        key.seal_into(b"use", b"value", &mut again).unwrap();
        assert_ne!(sealed, again, "a fresh nonce each time");
    }
}
