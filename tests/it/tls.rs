//! HTTPS with rustls: certificates made here with rcgen (a CA and a leaf,
//! served as a chain), checked by a rustls client, by hand-made
//! ClientHellos and, where the machine has it, by `openssl s_client`.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rcgen::{
    BasicConstraints, CertificateParams, CertifiedIssuer, DnType, ExtendedKeyUsagePurpose, IsCa,
    KeyPair, PKCS_ECDSA_P256_SHA256,
};
use rustls::crypto::CryptoProvider;
use rustls::pki_types::{CertificateDer, ServerName};
use rustls::{ClientConfig, SupportedProtocolVersion};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio_rustls::client::TlsStream;
use tokio_tungstenite::MaybeTlsStream;

use crate::common::net::{self, Reply};
use crate::common::{App, Client};

const SCRIPT: &str = "import streamlit as st\nst.text('hello over tls')\n";

/// The RSA key (rcgen's ring backend cannot generate one): PKCS#8 for
/// rcgen, the same key as PKCS#1 for the server.
const RSA_PKCS8: &str = include_str!("../fixtures/tls/rsa2048.pkcs8.pem");
const RSA_PKCS1: &str = include_str!("../fixtures/tls/rsa2048.pkcs1.pem");

#[allow(deprecated)] // ring: no post-quantum groups, irrelevant to these checks
fn provider() -> Arc<CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

struct Pki {
    ca: CertifiedIssuer<'static, KeyPair>,
}

impl Pki {
    fn new(name: &str) -> Pki {
        let mut params = CertificateParams::new(Vec::<String>::new()).expect("CA params");
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        params.distinguished_name.push(DnType::CommonName, name);
        let key = KeyPair::generate_for(&PKCS_ECDSA_P256_SHA256).expect("CA key");
        Pki {
            ca: CertifiedIssuer::self_signed(params, key).expect("CA certificate"),
        }
    }

    /// A leaf for localhost, 127.0.0.1 and the component origin's names,
    /// as a PEM chain (leaf, then CA), with its DER.
    fn leaf(&self, key: &KeyPair) -> (String, CertificateDer<'static>) {
        self.leaf_for(key, &["localhost", "127.0.0.1", "*.components.localhost"])
    }

    fn leaf_for(&self, key: &KeyPair, names: &[&str]) -> (String, CertificateDer<'static>) {
        let names: Vec<String> = names.iter().map(|n| n.to_string()).collect();
        let mut params = CertificateParams::new(names).expect("leaf params");
        params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
        let cert = params.signed_by(key, &*self.ca).expect("leaf certificate");
        (
            format!("{}{}", cert.pem(), self.ca.pem()),
            cert.der().clone(),
        )
    }

    fn root(&self) -> CertificateDer<'static> {
        self.ca.der().clone()
    }
}

fn ecdsa_key() -> KeyPair {
    KeyPair::generate_for(&PKCS_ECDSA_P256_SHA256).expect("ECDSA key")
}

/// Writes the pair where the server reads it.
fn write_pair(dir: &Path, chain: &str, key_pem: &str) -> (PathBuf, PathBuf) {
    let (cert, key) = (dir.join("cert.pem"), dir.join("key.pem"));
    std::fs::write(&cert, chain).expect("write cert");
    std::fs::write(&key, key_pem).expect("write key");
    (cert, key)
}

fn tls_args<'a>(cert: &'a Path, key: &'a Path, more: &[&'a str]) -> Vec<&'a str> {
    let (cert, key) = (cert.to_str().expect("path"), key.to_str().expect("path"));
    let mut args = vec!["--server.sslCertFile", cert, "--server.sslKeyFile", key];
    args.extend_from_slice(more);
    args
}

fn start_tls(cert: &Path, key: &Path, more: &[&str]) -> App {
    App::start_with(SCRIPT, &tls_args(cert, key, more), &[])
}

fn client_config(
    root: &CertificateDer<'static>,
    versions: &[&'static SupportedProtocolVersion],
    alpn: &[&[u8]],
) -> Arc<ClientConfig> {
    let mut roots = rustls::RootCertStore::empty();
    roots.add(root.clone()).expect("root");
    let mut config = ClientConfig::builder_with_provider(provider())
        .with_protocol_versions(versions)
        .expect("versions")
        .with_root_certificates(roots)
        .with_no_client_auth();
    config.alpn_protocols = alpn.iter().map(|p| p.to_vec()).collect();
    Arc::new(config)
}

async fn connect(
    port: u16,
    config: Arc<ClientConfig>,
    name: &str,
) -> Result<TlsStream<TcpStream>, String> {
    let tcp = TcpStream::connect(("127.0.0.1", port))
        .await
        .map_err(|e| e.to_string())?;
    let name = ServerName::try_from(name.to_string()).map_err(|e| e.to_string())?;
    tokio_rustls::TlsConnector::from(config)
        .connect(name, tcp)
        .await
        .map_err(|e| e.to_string())
}

fn all_versions() -> Vec<&'static SupportedProtocolVersion> {
    vec![&rustls::version::TLS13, &rustls::version::TLS12]
}

async fn https_get(app: &App, root: &CertificateDer<'static>, path: &str) -> Reply {
    let config = client_config(root, &all_versions(), &[b"http/1.1"]);
    let stream = connect(app.port, config, "localhost")
        .await
        .expect("TLS handshake");
    net::get(stream, &format!("localhost:{}", app.port), path, &[]).await
}

/// The app's websocket over TLS, as a protocol client.
async fn wss(app: &App, root: &CertificateDer<'static>) -> Client {
    let config = client_config(root, &all_versions(), &[b"http/1.1"]);
    let stream = connect(app.port, config, "localhost")
        .await
        .expect("TLS handshake");
    let port = app.port;
    let socket = net::ws_over(
        MaybeTlsStream::Rustls(stream),
        &format!("wss://localhost:{port}/_stcore/stream"),
        &format!("https://localhost:{port}"),
        &[],
    )
    .await
    .expect("websocket over TLS");
    Client::from_socket(socket).await.expect("SessionInit")
}

/// The leaf certificate a fresh handshake is given.
async fn served_leaf(app: &App, root: &CertificateDer<'static>) -> CertificateDer<'static> {
    let config = client_config(root, &all_versions(), &[]);
    let stream = connect(app.port, config, "localhost")
        .await
        .expect("TLS handshake");
    stream
        .get_ref()
        .1
        .peer_certificates()
        .expect("certificates")[0]
        .clone()
}

#[tokio::test]
async fn https_with_an_ecdsa_chain_tls_1_2_and_1_3_http2_hsts_and_secure_cookies() {
    let pki = Pki::new("rustlit test CA");
    let key = ecdsa_key();
    let (chain, _) = pki.leaf(&key);
    let dir = tempfile::tempdir().expect("temp dir");
    let (cert, key_file) = write_pair(dir.path(), &chain, &key.serialize_pem());
    let app = start_tls(&cert, &key_file, &[]);
    assert!(
        app.banner[0].starts_with("Local URL: https://localhost:"),
        "{:?}",
        app.banner
    );
    let root = pki.root();

    // TLS 1.3, and TLS 1.2 with an ECDHE AEAD suite.
    for (version, want) in [
        (&rustls::version::TLS13, rustls::ProtocolVersion::TLSv1_3),
        (&rustls::version::TLS12, rustls::ProtocolVersion::TLSv1_2),
    ] {
        let stream = connect(app.port, client_config(&root, &[version], &[]), "localhost")
            .await
            .expect("handshake");
        let conn = stream.get_ref().1;
        assert_eq!(conn.protocol_version(), Some(want));
        let suite = format!(
            "{:?}",
            conn.negotiated_cipher_suite().expect("suite").suite()
        );
        assert!(
            suite.starts_with("TLS13_")
                || (suite.starts_with("TLS_ECDHE_ECDSA_")
                    && (suite.contains("GCM") || suite.contains("CHACHA20"))),
            "{suite}"
        );
    }

    // HTTP/1.1: HSTS by default, and the XSRF cookie is Secure.
    let reply = https_get(&app, &root, "/_stcore/health").await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.body, "ok");
    assert_eq!(
        reply.header("strict-transport-security"),
        Some("max-age=31536000")
    );
    let cookie = reply.header("set-cookie").expect("XSRF cookie");
    assert!(cookie.starts_with("_streamlit_xsrf="), "{cookie}");
    assert!(cookie.ends_with("; Secure"), "{cookie}");

    // HTTP/2 when the client offers it by ALPN.
    let stream = connect(
        app.port,
        client_config(&root, &all_versions(), &[b"h2", b"http/1.1"]),
        "localhost",
    )
    .await
    .expect("handshake");
    assert_eq!(stream.get_ref().1.alpn_protocol(), Some(&b"h2"[..]));
    let (mut sender, connection) = hyper::client::conn::http2::handshake(
        hyper_util::rt::TokioExecutor::new(),
        hyper_util::rt::TokioIo::new(stream),
    )
    .await
    .expect("HTTP/2 handshake");
    tokio::spawn(connection);
    let request = hyper::Request::get(format!("https://localhost:{}/_stcore/health", app.port))
        .body(http_body_util::Empty::<bytes::Bytes>::new())
        .expect("request");
    let response = sender.send_request(request).await.expect("HTTP/2 response");
    assert_eq!(response.version(), hyper::Version::HTTP_2);
    assert_eq!(response.status(), 200);
    assert!(response.headers().contains_key("strict-transport-security"));
    // HTTP/2 names the host in :authority, not Host: the Host allow-list
    // (DNS rebinding) still applies.
    let request = hyper::Request::get(format!("https://rebind.attacker:{}/", app.port))
        .body(http_body_util::Empty::<bytes::Bytes>::new())
        .expect("request");
    let response = sender.send_request(request).await.expect("HTTP/2 response");
    assert_eq!(response.status(), 403);
    // A Host header that contradicts :authority is malformed.
    let request = hyper::Request::get(format!("https://localhost:{}/", app.port))
        .header("host", "rebind.attacker")
        .body(http_body_util::Empty::<bytes::Bytes>::new())
        .expect("request");
    let response = sender.send_request(request).await.expect("HTTP/2 response");
    assert_eq!(response.status(), 400);

    // The websocket (HTTP/1.1 upgrade over TLS) runs the app, and the page
    // is told to load components over HTTPS too.
    let mut client = wss(&app, &root).await;
    client.rerun().await;
    client.finish_run().await;
    assert_eq!(client.tree.texts(), ["hello over tls"]);

    // The component origin is the same listener with the same certificate.
    let config = client_config(&root, &all_versions(), &[b"http/1.1"]);
    let host = format!("c0123456789abcdef.components.localhost:{}", app.port);
    let stream = connect(app.port, config, "c0123456789abcdef.components.localhost")
        .await
        .expect("TLS handshake for a component host");
    let reply = net::get(stream, &host, "/component/none/index.html", &[]).await;
    assert_eq!(reply.status, 404);
    assert!(reply.header("strict-transport-security").is_some());
}

#[tokio::test]
async fn an_http2_rapid_reset_flood_leaves_the_app_served() {
    // Case 23 over TLS: 5,000 streams opened and cancelled at once on one
    // connection (CVE-2023-44487). Each costs the server one cheap request
    // at most (at most 128 streams at a time, and hyper's h2 closes a
    // connection whose resets pile up before they are accepted); another
    // client is served meanwhile.
    let pki = Pki::new("rustlit test CA");
    let key = ecdsa_key();
    let (chain, _) = pki.leaf(&key);
    let dir = tempfile::tempdir().expect("temp dir");
    let (cert, key_file) = write_pair(dir.path(), &chain, &key.serialize_pem());
    let app = start_tls(&cert, &key_file, &[]);
    let root = pki.root();
    let config = client_config(&root, &all_versions(), &[b"h2"]);
    let stream = connect(app.port, config, "localhost").await.expect("TLS");
    let (client, connection) = h2::client::handshake(stream).await.expect("h2 handshake");
    let driver = tokio::spawn(connection);
    let mut cancelled = 0;
    let mut client = Some(client);
    while let Some(idle) = client.take() {
        let Ok(mut ready) = idle.ready().await else {
            break;
        };
        let request = hyper::Request::get(format!("https://localhost:{}/_stcore/health", app.port))
            .body(())
            .expect("request");
        let Ok((response, _body)) = ready.send_request(request, true) else {
            break;
        };
        drop(response); // RST_STREAM(CANCEL)
        cancelled += 1;
        if cancelled < 5000 {
            client = Some(ready);
        }
    }
    drop(client);
    let ended = tokio::time::timeout(std::time::Duration::from_secs(20), driver).await;
    assert!(ended.is_ok(), "the flooding connection did not end");
    assert!(cancelled > 0);
    // Another client is served as usual.
    let reply = https_get(&app, &root, "/_stcore/health").await;
    assert_eq!((reply.status, reply.body.as_str()), (200, "ok"));
}

#[tokio::test]
async fn the_component_origin_sent_to_a_page_over_https_is_https() {
    let pki = Pki::new("rustlit test CA");
    let key = ecdsa_key();
    let (chain, _) = pki.leaf(&key);
    let dir = tempfile::tempdir().expect("temp dir");
    let (cert, key_file) = write_pair(dir.path(), &chain, &key.serialize_pem());
    let app = start_tls(&cert, &key_file, &[]);
    let config = client_config(&pki.root(), &all_versions(), &[b"http/1.1"]);
    let stream = connect(app.port, config, "localhost").await.expect("TLS");
    let port = app.port;
    let mut socket = net::ws_over(
        MaybeTlsStream::Rustls(stream),
        &format!("wss://localhost:{port}/_stcore/stream"),
        &format!("https://localhost:{port}"),
        &[],
    )
    .await
    .expect("websocket");
    use futures_util::StreamExt;
    use prost::Message as _;
    let first = socket.next().await.expect("a frame").expect("a frame");
    let msg = rustlit::proto::ForwardMsg::decode(first.into_data()).expect("ForwardMsg");
    let Some(rustlit::proto::forward_event::Kind::SessionInit(init)) = msg.events[0].kind.clone()
    else {
        panic!("expected SessionInit first");
    };
    assert_eq!(
        init.component_origin,
        format!("https://{{label}}.components.localhost:{port}")
    );
}

#[tokio::test]
async fn an_rsa_key_in_pkcs1_form_is_served() {
    let pki = Pki::new("rustlit test CA");
    let key = KeyPair::from_pem(RSA_PKCS8).expect("RSA key");
    let (chain, _) = pki.leaf(&key);
    let dir = tempfile::tempdir().expect("temp dir");
    let (cert, key_file) = write_pair(dir.path(), &chain, RSA_PKCS1);
    let app = start_tls(&cert, &key_file, &[]);
    let stream = connect(
        app.port,
        client_config(&pki.root(), &[&rustls::version::TLS12], &[]),
        "127.0.0.1",
    )
    .await
    .expect("handshake with the IP address as the name");
    let suite = format!(
        "{:?}",
        stream
            .get_ref()
            .1
            .negotiated_cipher_suite()
            .expect("suite")
            .suite()
    );
    assert!(suite.starts_with("TLS_ECDHE_RSA_WITH_"), "{suite}");
}

/// A TLS ClientHello by hand, to offer what rustls clients cannot: old
/// versions and weak suites.
fn client_hello(version: [u8; 2], suites: &[u16]) -> Vec<u8> {
    let mut body = Vec::new();
    body.extend_from_slice(&version);
    body.extend_from_slice(&[7u8; 32]); // random
    body.push(0); // no session id
    body.extend_from_slice(&((suites.len() * 2) as u16).to_be_bytes());
    for suite in suites {
        body.extend_from_slice(&suite.to_be_bytes());
    }
    body.extend_from_slice(&[1, 0]); // compression: null only
    let mut extensions = Vec::new();
    let mut extension = |kind: u16, data: &[u8]| {
        extensions.extend_from_slice(&kind.to_be_bytes());
        extensions.extend_from_slice(&(data.len() as u16).to_be_bytes());
        extensions.extend_from_slice(data);
    };
    extension(0x000a, &[0, 4, 0x00, 0x1d, 0x00, 0x17]); // groups: x25519, P-256
    extension(0x000b, &[1, 0]); // point formats: uncompressed
    extension(0x000d, &[0, 6, 0x04, 0x03, 0x08, 0x04, 0x04, 0x01]); // signature algorithms
    body.extend_from_slice(&(extensions.len() as u16).to_be_bytes());
    body.extend_from_slice(&extensions);
    let mut handshake = vec![1u8]; // ClientHello
    handshake.extend_from_slice(&(body.len() as u32).to_be_bytes()[1..]);
    handshake.extend_from_slice(&body);
    let mut record = vec![0x16, 0x03, 0x01];
    record.extend_from_slice(&(handshake.len() as u16).to_be_bytes());
    record.extend_from_slice(&handshake);
    record
}

/// The first record the server answers a hand-made hello with:
/// (content type, and for an alert its description).
async fn answer_to(port: u16, hello: &[u8]) -> (u8, Option<u8>) {
    let mut tcp = TcpStream::connect(("127.0.0.1", port))
        .await
        .expect("connect");
    tcp.write_all(hello).await.expect("send hello");
    let mut head = [0u8; 7];
    tcp.read_exact(&mut head).await.expect("an answer");
    (head[0], (head[0] == 0x15).then_some(head[6]))
}

const ALERT: u8 = 0x15;
const HANDSHAKE: u8 = 0x16;
const PROTOCOL_VERSION: u8 = 70;
const HANDSHAKE_FAILURE: u8 = 40;

#[tokio::test]
async fn old_versions_and_weak_suites_are_refused() {
    let pki = Pki::new("rustlit test CA");
    let key = ecdsa_key();
    let (chain, _) = pki.leaf(&key);
    let dir = tempfile::tempdir().expect("temp dir");
    let (cert, key_file) = write_pair(dir.path(), &chain, &key.serialize_pem());
    let app = start_tls(&cert, &key_file, &[]);
    let strong = [0xc02b_u16, 0xc02f]; // ECDHE-{ECDSA,RSA}-AES128-GCM-SHA256
    let weak = [
        0x002f_u16, // RSA key exchange, AES-CBC, SHA-1
        0x0035, 0x000a, // RSA 3DES
        0x0005, // RC4
        0xc009, // ECDHE-ECDSA-AES128-CBC-SHA
        0xc023, // ECDHE-ECDSA-AES128-CBC-SHA256
    ];
    // The hand-made hello is good: TLS 1.2 with a strong suite is answered.
    assert_eq!(
        answer_to(app.port, &client_hello([3, 3], &strong)).await,
        (HANDSHAKE, None)
    );
    // TLS 1.0 and 1.1 (with the strong suites and with old ones).
    for version in [[3, 1], [3, 2]] {
        let suites: Vec<u16> = strong.iter().chain(&weak).copied().collect();
        assert_eq!(
            answer_to(app.port, &client_hello(version, &suites)).await,
            (ALERT, Some(PROTOCOL_VERSION)),
            "version {version:?}"
        );
    }
    // TLS 1.2 with only weak suites.
    assert_eq!(
        answer_to(app.port, &client_hello([3, 3], &weak)).await,
        (ALERT, Some(HANDSHAKE_FAILURE))
    );

    // The same with openssl, where the machine has it.
    if !has_openssl() {
        eprintln!("openssl not found: checked with hand-made ClientHellos only");
        return;
    }
    let port = app.port.to_string();
    let run = |args: &[&str]| -> (bool, String) {
        let output = std::process::Command::new("openssl")
            .args(["s_client", "-connect", &format!("127.0.0.1:{port}")])
            .args(["-servername", "localhost"])
            .args(args)
            .stdin(std::process::Stdio::null())
            .output()
            .expect("run openssl");
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        (output.status.success(), text)
    };
    let (ok, text) = run(&["-tls1_3"]);
    assert!(ok && text.contains("TLSv1.3"), "{text}");
    let (ok, text) = run(&["-tls1_2", "-alpn", "h2,http/1.1"]);
    assert!(ok && text.contains("Protocol  : TLSv1.2"), "{text}");
    assert!(text.contains("Cipher    : ECDHE-ECDSA-"), "{text}");
    assert!(text.contains("ALPN protocol: h2"), "{text}");
    // SECLEVEL=0 so the client itself is willing to offer them.
    for version in ["-tls1", "-tls1_1"] {
        let (ok, text) = run(&[version, "-cipher", "ALL:@SECLEVEL=0"]);
        assert!(!ok, "{version} was accepted: {text}");
        // rustls answers protocol_version or handshake_failure depending
        // on what else the hello offers; either way nothing is negotiated.
        assert!(
            text.contains("alert protocol version") || text.contains("alert handshake failure"),
            "{version}: {text}"
        );
        assert!(
            text.contains("Cipher    : 0000") || text.contains("Cipher is (NONE)"),
            "{version}: {text}"
        );
    }
    for cipher in [
        "AES128-SHA:AES256-SHA:DES-CBC3-SHA",
        "ECDHE-ECDSA-AES128-SHA",
    ] {
        let (ok, text) = run(&["-tls1_2", "-cipher", &format!("{cipher}:@SECLEVEL=0")]);
        assert!(!ok, "{cipher} was accepted: {text}");
        assert!(text.contains("handshake failure"), "{cipher}: {text}");
    }
}

fn has_openssl() -> bool {
    std::process::Command::new("openssl")
        .arg("version")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

#[tokio::test]
async fn a_certificate_swapped_on_disk_is_served_while_sessions_stay_connected() {
    let pki = Pki::new("rustlit test CA");
    let first_key = ecdsa_key();
    let (first_chain, first_leaf) = pki.leaf(&first_key);
    let dir = tempfile::tempdir().expect("temp dir");
    let (cert, key_file) = write_pair(dir.path(), &first_chain, &first_key.serialize_pem());
    let app = start_tls(&cert, &key_file, &[]);
    let root = pki.root();
    assert_eq!(served_leaf(&app, &root).await, first_leaf);

    let mut client = wss(&app, &root).await;
    client.rerun().await;
    client.finish_run().await;

    // A renewal: new key, new certificate, written over the old files.
    let second_key = ecdsa_key();
    let (second_chain, second_leaf) = pki.leaf(&second_key);
    write_pair(dir.path(), &second_chain, &second_key.serialize_pem());
    assert_eq!(served_leaf(&app, &root).await, second_leaf);

    // Half-way through the next renewal the pair does not match: the
    // server keeps serving the second certificate.
    let third_key = ecdsa_key();
    let (third_chain, third_leaf) = pki.leaf(&third_key);
    std::fs::write(&cert, &third_chain).expect("write cert");
    assert_eq!(served_leaf(&app, &root).await, second_leaf);
    std::fs::write(&key_file, third_key.serialize_pem()).expect("write key");
    assert_eq!(served_leaf(&app, &root).await, third_leaf);

    // The session opened with the first certificate is still connected and
    // still runs the app.
    let session = client.session_id.clone();
    client.rerun().await;
    client.finish_run().await;
    assert_eq!(client.tree.texts(), ["hello over tls"]);
    assert_eq!(client.session_id, session);
}

#[tokio::test]
async fn the_redirect_listener_sends_every_request_to_https() {
    let pki = Pki::new("rustlit test CA");
    let key = ecdsa_key();
    let (chain, _) = pki.leaf(&key);
    let dir = tempfile::tempdir().expect("temp dir");
    let (cert, key_file) = write_pair(dir.path(), &chain, &key.serialize_pem());
    let app = start_tls(
        &cert,
        &key_file,
        &[
            "--server.httpRedirectPort",
            "0",
            "--server.hstsMaxAge",
            "600",
            "--server.hstsIncludeSubDomains",
            "true",
            "--server.allowedNetworks",
            "127.0.0.1,::1",
        ],
    );
    let line = app
        .banner
        .iter()
        .find(|l| l.starts_with("HTTP redirect: http://localhost:"))
        .unwrap_or_else(|| panic!("no redirect line in {:?}", app.banner));
    let redirect_port: u16 = line["HTTP redirect: http://localhost:".len()..]
        .split('/')
        .next()
        .and_then(|p| p.parse().ok())
        .expect("the redirect port");
    assert_ne!(redirect_port, app.port);

    let plain = |host: String, path: &'static str| async move {
        let tcp = TcpStream::connect(("127.0.0.1", redirect_port))
            .await
            .expect("connect");
        net::get(tcp, &host, path, &[]).await
    };
    let reply = plain(format!("localhost:{redirect_port}"), "/some/page?x=1&y=2").await;
    assert_eq!(reply.status, 308);
    assert_eq!(
        reply.header("location"),
        Some(format!("https://localhost:{}/some/page?x=1&y=2", app.port).as_str())
    );
    // No HSTS over plain HTTP (browsers ignore it there).
    assert_eq!(reply.header("strict-transport-security"), None);
    let reply = plain(format!("[::1]:{redirect_port}"), "/").await;
    assert_eq!(
        reply.header("location"),
        Some(format!("https://[::1]:{}/", app.port).as_str())
    );
    // Nor is a client outside server.allowedNetworks.
    let tcp = net::tcp_from("127.0.0.3", redirect_port).await;
    let reply = net::get(tcp, &format!("localhost:{redirect_port}"), "/", &[]).await;
    assert_eq!(reply.status, 403);
    assert_eq!(reply.header("location"), None);
    // A host name that is not allowed is not redirected anywhere.
    let reply = plain("evil.test".to_string(), "/").await;
    assert_eq!(reply.status, 403);
    assert_eq!(reply.header("location"), None);

    // The configured HSTS header on the HTTPS side.
    let reply = https_get(&app, &pki.root(), "/_stcore/health").await;
    assert_eq!(
        reply.header("strict-transport-security"),
        Some("max-age=600; includeSubDomains")
    );
}

#[tokio::test]
async fn hsts_can_be_turned_off_and_slow_tls_clients_are_dropped() {
    let pki = Pki::new("rustlit test CA");
    let key = ecdsa_key();
    let (chain, _) = pki.leaf(&key);
    let dir = tempfile::tempdir().expect("temp dir");
    let (cert, key_file) = write_pair(dir.path(), &chain, &key.serialize_pem());
    let app = start_tls(
        &cert,
        &key_file,
        &[
            "--server.hstsMaxAge",
            "0",
            "--server.httpHeaderTimeout",
            "1",
        ],
    );
    let reply = https_get(&app, &pki.root(), "/_stcore/health").await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.header("strict-transport-security"), None);

    // Slow clients are held to server.httpHeaderTimeout: one that never
    // starts the TLS handshake, and one that picks HTTP/2 and then sends
    // nothing (hyper would wait for its preface forever).
    let mut silent = TcpStream::connect(("127.0.0.1", app.port))
        .await
        .expect("connect");
    let closed = tokio::time::timeout(
        std::time::Duration::from_secs(20),
        silent.read(&mut [0u8; 16]),
    )
    .await;
    assert!(matches!(closed, Ok(Ok(0)) | Ok(Err(_))), "{closed:?}");
    let config = client_config(&pki.root(), &all_versions(), &[b"h2"]);
    let mut quiet_h2 = connect(app.port, config, "localhost")
        .await
        .expect("TLS handshake");
    assert_eq!(quiet_h2.get_ref().1.alpn_protocol(), Some(&b"h2"[..]));
    let closed = tokio::time::timeout(
        std::time::Duration::from_secs(20),
        quiet_h2.read(&mut [0u8; 16]),
    )
    .await;
    assert!(matches!(closed, Ok(Ok(0)) | Ok(Err(_))), "{closed:?}");
}

/// Runs the binary with these TLS options; it must exit at once with one
/// line on stderr, which is returned.
fn startup_error(dir: &Path, args: &[&str]) -> String {
    let script = dir.join("app.py");
    std::fs::write(&script, SCRIPT).expect("write app.py");
    let output = crate::common::rustlit_command(&script, args)
        .current_dir(dir)
        .stdin(std::process::Stdio::null())
        .output()
        .expect("run rustlit");
    assert!(!output.status.success(), "rustlit started with {args:?}");
    let stderr = String::from_utf8_lossy(&output.stderr).trim().to_string();
    assert_eq!(stderr.lines().count(), 1, "not one line: {stderr}");
    stderr
}

#[test]
fn a_missing_unreadable_empty_or_mismatched_pair_stops_the_server_with_one_line() {
    let pki = Pki::new("rustlit test CA");
    let key = ecdsa_key();
    let other_key = ecdsa_key();
    let (chain, _) = pki.leaf(&key);
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    std::fs::write(d.join("cert.pem"), &chain).expect("write");
    std::fs::write(d.join("key.pem"), key.serialize_pem()).expect("write");
    std::fs::write(d.join("other-key.pem"), other_key.serialize_pem()).expect("write");
    std::fs::write(d.join("empty.pem"), "not a PEM file\n").expect("write");
    std::fs::create_dir(d.join("a-folder")).expect("mkdir");
    let path = |name: &str| d.join(name).to_string_lossy().into_owned();
    let (cert, key_file) = (path("cert.pem"), path("key.pem"));
    let cases: [(Vec<String>, &[&str]); 7] = [
        (
            vec![
                "--server.sslCertFile".into(),
                path("missing.pem"),
                "--server.sslKeyFile".into(),
                key_file.clone(),
            ],
            &["server.sslCertFile: cannot read", "missing.pem"],
        ),
        (
            vec![
                "--server.sslCertFile".into(),
                cert.clone(),
                "--server.sslKeyFile".into(),
                path("a-folder"),
            ],
            &["server.sslKeyFile: cannot read", "a-folder"],
        ),
        (
            vec![
                "--server.sslCertFile".into(),
                path("empty.pem"),
                "--server.sslKeyFile".into(),
                key_file.clone(),
            ],
            &["server.sslCertFile", "holds no PEM certificate"],
        ),
        (
            vec![
                "--server.sslCertFile".into(),
                cert.clone(),
                "--server.sslKeyFile".into(),
                path("empty.pem"),
            ],
            &["server.sslKeyFile", "holds no PEM private key"],
        ),
        (
            vec![
                "--server.sslCertFile".into(),
                cert.clone(),
                "--server.sslKeyFile".into(),
                path("other-key.pem"),
            ],
            &["other-key.pem does not belong to the certificate in server.sslCertFile"],
        ),
        (
            vec!["--server.sslCertFile".into(), cert.clone()],
            &["server.sslCertFile and server.sslKeyFile must be set together"],
        ),
        (
            vec!["--server.httpRedirectPort".into(), "0".into()],
            &[
                "server.httpRedirectPort",
                "set server.sslCertFile and server.sslKeyFile",
            ],
        ),
    ];
    for (args, wanted) in cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let line = startup_error(d, &args);
        for want in wanted {
            assert!(line.contains(want), "{args:?}: {line}");
        }
    }
}

#[tokio::test]
async fn a_certificate_that_does_not_name_the_component_hosts_is_warned_about() {
    let pki = Pki::new("rustlit test CA");
    let key = ecdsa_key();
    let dir = tempfile::tempdir().expect("temp dir");
    let warning = "does not name c0123456789abcdef.components.localhost";

    let (chain, _) = pki.leaf_for(&key, &["localhost", "127.0.0.1"]);
    let (cert, key_file) = write_pair(dir.path(), &chain, &key.serialize_pem());
    let app = App::start_logged(SCRIPT, &tls_args(&cert, &key_file, &[]));
    assert!(app.log().contains(warning), "{}", app.log());
    drop(app);

    let (chain, _) = pki.leaf(&key);
    write_pair(dir.path(), &chain, &key.serialize_pem());
    let app = App::start_logged(SCRIPT, &tls_args(&cert, &key_file, &[]));
    assert!(!app.log().contains("does not name"), "{}", app.log());
}
