//! Raw HTTP/1.1 and websocket handshakes from a chosen loopback source
//! address (all of 127/8 is loopback on Linux), over plain TCP or any
//! stream (TLS).

use std::net::{IpAddr, SocketAddr};

use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::{TcpSocket, TcpStream};
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::HeaderValue;
use tokio_tungstenite::MaybeTlsStream;

use super::Socket;

/// A TCP connection to `port` on loopback (127.0.0.1, or ::1 for an IPv6
/// source) from `source`.
pub async fn tcp_from(source: &str, port: u16) -> TcpStream {
    let source: IpAddr = source.parse().expect("source address");
    let (socket, dest) = match source {
        IpAddr::V4(_) => (
            TcpSocket::new_v4().expect("socket"),
            SocketAddr::from(([127, 0, 0, 1], port)),
        ),
        IpAddr::V6(_) => (
            TcpSocket::new_v6().expect("socket"),
            SocketAddr::from((std::net::Ipv6Addr::LOCALHOST, port)),
        ),
    };
    socket
        .bind(SocketAddr::new(source, 0))
        .expect("bind the source address");
    socket.connect(dest).await.expect("connect")
}

#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    /// Lowercase names.
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// `GET path` with `Connection: close`, read to the end.
pub async fn get<S: AsyncRead + AsyncWrite + Unpin>(
    mut stream: S,
    host: &str,
    path: &str,
    extra: &[(&str, &str)],
) -> Reply {
    let mut request = format!("GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n");
    for (name, value) in extra {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    request.push_str("\r\n");
    stream
        .write_all(request.as_bytes())
        .await
        .expect("send the request");
    let mut raw = Vec::new();
    // A TLS peer may close without close_notify; what arrived is the reply.
    let _ = stream.read_to_end(&mut raw).await;
    parse_reply(&raw)
}

pub fn parse_reply(raw: &[u8]) -> Reply {
    let text = String::from_utf8_lossy(raw);
    let (head, body) = text.split_once("\r\n\r\n").expect("a whole HTTP response");
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|s| s.parse().ok())
        .expect("a status line");
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    Reply {
        status,
        headers,
        body: body.to_string(),
    }
}

/// The app's websocket over `stream`, with more handshake headers; `Err`
/// holds the refusal (e.g. "HTTP error: 403 Forbidden").
pub async fn ws_over(
    stream: MaybeTlsStream<TcpStream>,
    url: &str,
    origin: &str,
    extra: &[(&str, &str)],
) -> Result<Socket, String> {
    let mut request = url.into_client_request().map_err(|e| e.to_string())?;
    let headers = request.headers_mut();
    headers.insert(
        "Sec-WebSocket-Protocol",
        HeaderValue::from_static("rustlit"),
    );
    headers.insert(
        "Origin",
        HeaderValue::from_str(origin).map_err(|e| e.to_string())?,
    );
    for (name, value) in extra {
        let name =
            axum::http::HeaderName::from_bytes(name.as_bytes()).map_err(|e| e.to_string())?;
        headers.append(
            name,
            HeaderValue::from_str(value).map_err(|e| e.to_string())?,
        );
    }
    let (socket, _) = tokio_tungstenite::client_async(request, stream)
        .await
        .map_err(|e| e.to_string())?;
    Ok(socket)
}
