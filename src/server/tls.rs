//! HTTPS with rustls (`server.sslCertFile`, `server.sslKeyFile`).
//!
//! - TLS 1.2 and 1.3 only, with the ring provider's suites: TLS 1.3's three
//!   AEAD suites and, for TLS 1.2, ECDHE key exchange with AES-GCM or
//!   ChaCha20-Poly1305 (no RSA key exchange, no CBC, no SHA-1 MACs).
//! - ALPN offers `h2` and `http/1.1`: a client that picks `h2` is served
//!   HTTP/2. Extended CONNECT (websockets over HTTP/2) is not advertised, so
//!   browsers open the websocket on an HTTP/1.1 connection of its own.
//! - The certificate and key are PEM files: a chain (leaf first), and a
//!   PKCS#8, PKCS#1 (RSA) or SEC1 (EC) key. At startup a missing,
//!   unreadable, empty or mismatched pair is an error that names the option.
//! - Reload: before each handshake the files are read (they are small, and
//!   in the page cache) and compared with what was last loaded; when they
//!   changed (certbot renewing, a symlink re-pointed) the new pair is what
//!   this and later handshakes get. Connections already
//!   open keep theirs, so connected sessions are not dropped. A pair that
//!   fails to load (a half-written file, a key that does not match yet) is
//!   logged and the previous one stays until the files change again.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use parking_lot::Mutex;
use rustls::crypto::CryptoProvider;
use rustls::pki_types::pem::{self, PemObject};
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use rustls::server::{ClientHello, ResolvesServerCert};
use rustls::sign::CertifiedKey;
use thiserror::Error;

/// The two files of `server.sslCertFile` and `server.sslKeyFile`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TlsFiles {
    pub cert: PathBuf,
    pub key: PathBuf,
}

#[derive(Debug, Error)]
pub enum TlsError {
    #[error("server.sslCertFile and server.sslKeyFile must be set together (only {0} is set)")]
    OnlyOne(&'static str),
    #[error("{option}: cannot read {path}: {error}")]
    Read {
        option: &'static str,
        path: PathBuf,
        error: std::io::Error,
    },
    #[error("server.sslCertFile: {0} holds no PEM certificate (-----BEGIN CERTIFICATE-----)")]
    NoCertificate(PathBuf),
    #[error("server.sslCertFile: {path} is not a valid PEM file: {error}")]
    BadCertificate { path: PathBuf, error: String },
    #[error("server.sslKeyFile: {0} holds no PEM private key (PKCS#8, RSA or EC)")]
    NoKey(PathBuf),
    #[error("server.sslKeyFile: {path} is not a usable private key: {error}")]
    BadKey { path: PathBuf, error: String },
    #[error(
        "server.sslKeyFile {key} does not belong to the certificate in server.sslCertFile {cert}"
    )]
    Mismatch { cert: PathBuf, key: PathBuf },
    #[error("server.sslCertFile: the certificate in {path} cannot be read: {error}")]
    BadLeaf { path: PathBuf, error: String },
}

impl TlsFiles {
    /// From the two options; `None` when neither is set.
    pub fn from_options(cert: Option<&str>, key: Option<&str>) -> Result<Option<Self>, TlsError> {
        let cert = cert.map(str::trim).filter(|s| !s.is_empty());
        let key = key.map(str::trim).filter(|s| !s.is_empty());
        match (cert, key) {
            (None, None) => Ok(None),
            (Some(_), None) => Err(TlsError::OnlyOne("server.sslCertFile")),
            (None, Some(_)) => Err(TlsError::OnlyOne("server.sslKeyFile")),
            (Some(cert), Some(key)) => Ok(Some(TlsFiles {
                cert: PathBuf::from(cert),
                key: PathBuf::from(key),
            })),
        }
    }
}

/// The ring provider. rustls 0.23.48 deprecates it only because ring has no
/// post-quantum key exchange (X25519MLKEM768 needs the aws-lc-rs provider,
/// whose C build is much heavier); its suites and groups are the strong ones
/// listed above.
#[allow(deprecated)]
fn provider() -> Arc<CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

fn read(option: &'static str, path: &Path) -> Result<Vec<u8>, TlsError> {
    std::fs::read(path).map_err(|error| TlsError::Read {
        option,
        path: path.to_path_buf(),
        error,
    })
}

/// Checks the pair read from `files`.
fn parse(
    files: &TlsFiles,
    cert_pem: &[u8],
    key_pem: &[u8],
    provider: &CryptoProvider,
) -> Result<CertifiedKey, TlsError> {
    let certs = CertificateDer::pem_slice_iter(cert_pem)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| TlsError::BadCertificate {
            path: files.cert.clone(),
            error: e.to_string(),
        })?;
    if certs.is_empty() {
        return Err(TlsError::NoCertificate(files.cert.clone()));
    }
    let key = PrivateKeyDer::from_pem_slice(key_pem).map_err(|e| match e {
        pem::Error::NoItemsFound => TlsError::NoKey(files.key.clone()),
        other => TlsError::BadKey {
            path: files.key.clone(),
            error: other.to_string(),
        },
    })?;
    let signing_key =
        provider
            .key_provider
            .load_private_key(key)
            .map_err(|e| TlsError::BadKey {
                path: files.key.clone(),
                error: e.to_string(),
            })?;
    let certified = CertifiedKey::new(certs, signing_key);
    match certified.keys_match() {
        Ok(()) => Ok(certified),
        Err(rustls::Error::InconsistentKeys(rustls::InconsistentKeys::KeyMismatch)) => {
            Err(TlsError::Mismatch {
                cert: files.cert.clone(),
                key: files.key.clone(),
            })
        }
        Err(e) => Err(TlsError::BadLeaf {
            path: files.cert.clone(),
            error: e.to_string(),
        }),
    }
}

/// What identifies a version of the files: a digest of their contents
/// (timestamps can repeat within a few milliseconds; the files are small).
type Stamp = [u8; 32];

fn stamp(cert_pem: &[u8], key_pem: &[u8]) -> Stamp {
    use sha2::Digest;
    let mut hash = sha2::Sha256::new();
    hash.update((cert_pem.len() as u64).to_le_bytes());
    hash.update(cert_pem);
    hash.update(key_pem);
    hash.finalize().into()
}

struct Current {
    key: Arc<CertifiedKey>,
    /// The files' stamp when last read, whether that read worked or not.
    seen: Stamp,
}

/// The certificate resolver that reloads the pair when the files change.
pub struct ReloadingCert {
    files: TlsFiles,
    provider: Arc<CryptoProvider>,
    current: Mutex<Current>,
}

impl std::fmt::Debug for ReloadingCert {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReloadingCert")
            .field("files", &self.files)
            .finish_non_exhaustive()
    }
}

impl ReloadingCert {
    fn current(&self) -> Arc<CertifiedKey> {
        // Files that cannot be read right now (being replaced) keep the
        // current pair without a word; a change is picked up once they can.
        let (Ok(cert_pem), Ok(key_pem)) = (
            std::fs::read(&self.files.cert),
            std::fs::read(&self.files.key),
        ) else {
            return self.current.lock().key.clone();
        };
        let now = stamp(&cert_pem, &key_pem);
        let mut current = self.current.lock();
        if now != current.seen {
            current.seen = now;
            match parse(&self.files, &cert_pem, &key_pem, &self.provider) {
                Ok(key) => {
                    current.key = Arc::new(key);
                    tracing::info!(
                        "TLS certificate reloaded from {}",
                        self.files.cert.display()
                    );
                }
                Err(e) => tracing::error!(
                    "TLS certificate not reloaded, still serving the previous one: {e}"
                ),
            }
        }
        current.key.clone()
    }
}

impl ResolvesServerCert for ReloadingCert {
    fn resolve(&self, _hello: ClientHello<'_>) -> Option<Arc<CertifiedKey>> {
        Some(self.current())
    }
}

/// The server's TLS configuration, or the startup error that names the
/// option at fault.
pub fn server_config(files: &TlsFiles) -> Result<Arc<rustls::ServerConfig>, TlsError> {
    let provider = provider();
    let cert_pem = read("server.sslCertFile", &files.cert)?;
    let key_pem = read("server.sslKeyFile", &files.key)?;
    let key = parse(files, &cert_pem, &key_pem, &provider)?;
    let seen = stamp(&cert_pem, &key_pem);
    let resolver = ReloadingCert {
        files: files.clone(),
        provider: provider.clone(),
        current: Mutex::new(Current {
            key: Arc::new(key),
            seen,
        }),
    };
    let mut config = rustls::ServerConfig::builder_with_provider(provider)
        .with_protocol_versions(&[&rustls::version::TLS13, &rustls::version::TLS12])
        .map_err(|e| TlsError::BadLeaf {
            path: files.cert.clone(),
            error: e.to_string(),
        })?
        .with_no_client_auth()
        .with_cert_resolver(Arc::new(resolver));
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(Arc::new(config))
}

/// Whether the pair's certificate names `host` (as a browser would check).
pub fn names(files: &TlsFiles, host: &str) -> Result<bool, TlsError> {
    let cert_pem = read("server.sslCertFile", &files.cert)?;
    let Some(Ok(leaf)) = CertificateDer::pem_slice_iter(&cert_pem).next() else {
        return Err(TlsError::NoCertificate(files.cert.clone()));
    };
    let Ok(parsed) = rustls::server::ParsedCertificate::try_from(&leaf) else {
        return Ok(false);
    };
    let Ok(name) = rustls::pki_types::ServerName::try_from(host) else {
        return Ok(false);
    };
    Ok(rustls::client::verify_server_name(&parsed, &name).is_ok())
}

/// `Strict-Transport-Security` for responses served over rustlit's TLS
/// (`server.hstsMaxAge`, 0 = none; `server.hstsIncludeSubDomains`).
pub fn hsts_value(max_age: u64, include_subdomains: bool) -> Option<axum::http::HeaderValue> {
    if max_age == 0 {
        return None;
    }
    let sub = if include_subdomains {
        "; includeSubDomains"
    } else {
        ""
    };
    axum::http::HeaderValue::from_str(&format!("max-age={max_age}{sub}")).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_files_or_neither() {
        assert!(matches!(TlsFiles::from_options(None, Some("")), Ok(None)));
        assert!(matches!(
            TlsFiles::from_options(Some("c.pem"), None),
            Err(TlsError::OnlyOne("server.sslCertFile"))
        ));
        assert!(matches!(
            TlsFiles::from_options(None, Some("k.pem")),
            Err(TlsError::OnlyOne("server.sslKeyFile"))
        ));
    }

    #[test]
    fn only_strong_suites_are_offered() {
        let provider = provider();
        assert!(!provider.cipher_suites.is_empty());
        for suite in &provider.cipher_suites {
            let name = format!("{:?}", suite.suite());
            assert!(
                name.starts_with("TLS13_") || name.starts_with("TLS_ECDHE_"),
                "{name}"
            );
            assert!(
                name.contains("GCM") || name.contains("CHACHA20_POLY1305"),
                "{name}"
            );
            assert!(!name.contains("CBC") && !name.ends_with("_SHA"), "{name}");
        }
    }

    #[test]
    fn hsts_header() {
        assert_eq!(hsts_value(0, true), None);
        assert_eq!(hsts_value(31_536_000, false).unwrap(), "max-age=31536000");
        assert_eq!(
            hsts_value(60, true).unwrap(),
            "max-age=60; includeSubDomains"
        );
    }
}
