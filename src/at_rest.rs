//! Encryption of what rustlit writes to disk for an app (today: the entries
//! of `st.cache_data(persist="disk")`), with AES-256-GCM under the key in
//! `server.dataEncryptionKeyFile`.
//!
//! Each sealed file is `MAGIC || nonce (12 bytes) || ciphertext || tag`, with
//! the file's name as associated data: a file copied over another entry's
//! name fails to open, as does any changed byte. With a key configured,
//! nothing unsealed is ever read back — this matters beyond secrecy, since a
//! cache entry is a pickle, and unpickling a file someone planted runs their
//! code.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use thiserror::Error;

pub use crate::aead::TooLarge;
use crate::aead::{AeadKey, KEY_BYTES};

const MAGIC: &[u8; 8] = b"RLSEAL1\n";

/// The process-wide key, set once at startup when the option is set.
static KEY: OnceLock<AtRestKey> = OnceLock::new();

#[derive(Debug, Error)]
pub enum KeyError {
    #[error("server.dataEncryptionKeyFile {path}: {source}")]
    Unreadable {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "server.dataEncryptionKeyFile {path} must hold a 256-bit key as 64 hexadecimal digits \
         (make one with `openssl rand -hex 32 > {path}`)"
    )]
    Malformed { path: PathBuf },
}

#[derive(Debug, Error, PartialEq)]
pub enum OpenError {
    #[error("not sealed by rustlit")]
    NotSealed,
    #[error("sealed with another key, for another file, or changed since")]
    Rejected,
}

pub struct AtRestKey {
    key: AeadKey,
}

impl AtRestKey {
    /// Reads a key file: 64 hex digits, surrounding whitespace ignored.
    pub fn from_file(path: &Path) -> Result<Self, KeyError> {
        let text = std::fs::read_to_string(path).map_err(|source| KeyError::Unreadable {
            path: path.to_path_buf(),
            source,
        })?;
        let malformed = || KeyError::Malformed {
            path: path.to_path_buf(),
        };
        let bytes = decode_hex(text.trim()).ok_or_else(malformed)?;
        let key: [u8; KEY_BYTES] = bytes.try_into().map_err(|_| malformed())?;
        Ok(Self::from_bytes(&key))
    }

    fn from_bytes(key: &[u8; KEY_BYTES]) -> Self {
        AtRestKey {
            key: AeadKey::new(key),
        }
    }

    /// `context`: what the sealed bytes are for (the file name); opening
    /// needs the same.
    pub fn seal(&self, context: &[u8], plaintext: &[u8]) -> Result<Vec<u8>, TooLarge> {
        let mut sealed = MAGIC.to_vec();
        self.key.seal_into(context, plaintext, &mut sealed)?;
        Ok(sealed)
    }

    pub fn open(&self, context: &[u8], sealed: &[u8]) -> Result<Vec<u8>, OpenError> {
        let rest = sealed.strip_prefix(MAGIC).ok_or(OpenError::NotSealed)?;
        self.key.open(context, rest).ok_or(OpenError::Rejected)
    }
}

fn decode_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

/// Makes `key` the process's key; a second call keeps the first.
pub fn install(key: AtRestKey) {
    let _ = KEY.set(key);
}

/// The configured key, if any.
pub fn key() -> Option<&'static AtRestKey> {
    KEY.get()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(byte: u8) -> AtRestKey {
        AtRestKey::from_bytes(&[byte; KEY_BYTES])
    }

    #[test]
    fn what_is_sealed_opens_only_with_its_key_and_context() {
        let sealed = key(1).seal(b"a.memo", b"the value").unwrap();
        assert!(!sealed.windows(9).any(|w| w == b"the value"));
        assert_eq!(
            key(1).open(b"a.memo", &sealed).as_deref(),
            Ok(&b"the value"[..])
        );
        assert_eq!(key(2).open(b"a.memo", &sealed), Err(OpenError::Rejected));
        assert_eq!(key(1).open(b"b.memo", &sealed), Err(OpenError::Rejected));
    }

    #[test]
    fn any_changed_byte_or_a_plain_file_is_refused() {
        let sealed = key(1).seal(b"a.memo", b"the value").unwrap();
        for at in MAGIC.len()..sealed.len() {
            let mut changed = sealed.clone();
            changed[at] ^= 0x01;
            assert_eq!(
                key(1).open(b"a.memo", &changed),
                Err(OpenError::Rejected),
                "byte {at}"
            );
        }
        assert_eq!(
            key(1).open(b"a.memo", &sealed[..MAGIC.len() + 4]),
            Err(OpenError::Rejected)
        );
        assert_eq!(
            key(1).open(b"a.memo", b"\x80\x05plain pickle"),
            Err(OpenError::NotSealed)
        );
    }

    #[test]
    fn two_seals_of_the_same_value_differ() {
        assert_ne!(
            key(1).seal(b"a", b"v").unwrap(),
            key(1).seal(b"a", b"v").unwrap()
        );
    }

    #[test]
    fn key_files_hold_64_hex_digits() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("key");
        std::fs::write(&path, format!("{}\n", "ab".repeat(32))).unwrap();
        let from_file = AtRestKey::from_file(&path).unwrap();
        let sealed = key(0xab).seal(b"x", b"v").unwrap();
        assert_eq!(from_file.open(b"x", &sealed).as_deref(), Ok(&b"v"[..]));
        for bad in [
            "ab".repeat(31),
            "zz".repeat(32),
            "abc".into(),
            String::new(),
        ] {
            std::fs::write(&path, bad).unwrap();
            assert!(matches!(
                AtRestKey::from_file(&path),
                Err(KeyError::Malformed { .. })
            ));
        }
        assert!(matches!(
            AtRestKey::from_file(&dir.path().join("missing")),
            Err(KeyError::Unreadable { .. })
        ));
    }
}
