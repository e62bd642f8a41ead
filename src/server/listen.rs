//! The accept loop: hyper's HTTP/1 server with a timer, so a client that
//! sends its headers slowly (slowloris) or keeps an idle keep-alive
//! connection open is dropped, and a cap on open connections.
//!
//! `axum::serve` runs hyper without a timer (no header-read timeout at all);
//! this loop is the same thing plus the limits. HTTP/2 stays off on plain
//! HTTP; over TLS it is served when the client picks `h2` by ALPN. A TLS
//! handshake must finish within the header timeout too.

use std::sync::Arc;
use std::time::Duration;

use axum::extract::ConnectInfo;
use axum::Router;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

use super::network::Peer;

/// The largest request head (request line and headers).
const MAX_HEAD_BYTES: usize = 64 * 1024;

/// Limits of the HTTP layer (`server.httpHeaderTimeout`, `server.maxConnections`).
#[derive(Debug, Clone, Copy)]
pub struct HttpLimits {
    /// Time to send a request's headers; also how long a keep-alive
    /// connection may sit idle (hyper starts the same timer while waiting
    /// for the next request).
    pub header_timeout: Duration,
    /// Open connections, websockets included (0 = no limit).
    pub max_connections: usize,
}

/// Concurrent streams on one HTTP/2 connection.
const MAX_H2_STREAMS: u32 = 128;

/// Accepts connections until `shutdown` resolves; `tls` makes every
/// connection HTTPS.
pub async fn accept_loop(
    listener: TcpListener,
    router: Router,
    limits: HttpLimits,
    tls: Option<Arc<rustls::ServerConfig>>,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let acceptor = tls.map(tokio_rustls::TlsAcceptor::from);
    let slots = Arc::new(Semaphore::new(if limits.max_connections == 0 {
        Semaphore::MAX_PERMITS
    } else {
        limits.max_connections
    }));
    tokio::pin!(shutdown);
    loop {
        let (tcp, remote) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    // Out of file descriptors and the like: wait instead of
                    // spinning, as hyper's own loop does.
                    crate::config::limits::refused("accept", format_args!("cannot accept a connection: {e}"));
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut shutdown => return Ok(()),
        };
        let Ok(permit) = slots.clone().try_acquire_owned() else {
            crate::config::limits::refused(
                "server.maxConnections",
                format_args!(
                    "{} connections are open; closing a new one from {}",
                    limits.max_connections,
                    remote.ip()
                ),
            );
            drop(tcp);
            continue;
        };
        let _ = tcp.set_nodelay(true);
        let router = router.clone();
        let acceptor = acceptor.clone();
        tokio::spawn(async move {
            let peer = Peer {
                addr: remote,
                tls: acceptor.is_some(),
            };
            let service = tower::ServiceBuilder::new()
                .map_request(move |mut request: axum::extract::Request<_>| {
                    request.extensions_mut().insert(ConnectInfo(remote));
                    request.extensions_mut().insert(peer);
                    request
                })
                .service(router);
            let service = TowerToHyperService::new(service);
            let served = match acceptor {
                None => http1(tcp, service, limits).await,
                Some(acceptor) => serve_tls(acceptor, tcp, service, limits).await,
            };
            if let Err(e) = served {
                tracing::debug!("connection from {remote}: {e}");
            }
            drop(permit);
        });
    }
}

/// A TLS connection: the handshake, then HTTP/2 if ALPN picked it, else
/// HTTP/1.1. Both the handshake and HTTP/2's client preface must arrive
/// within the header timeout (as a request head must on HTTP/1.1).
async fn serve_tls<S>(
    acceptor: tokio_rustls::TlsAcceptor,
    tcp: tokio::net::TcpStream,
    service: S,
    limits: HttpLimits,
) -> Result<(), String>
where
    S: hyper::service::Service<
            hyper::Request<hyper::body::Incoming>,
            Response = axum::response::Response,
        > + Send
        + 'static,
    S::Future: Send + 'static,
    S::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    let stream = match tokio::time::timeout(limits.header_timeout, acceptor.accept(tcp)).await {
        Ok(Ok(stream)) => stream,
        Ok(Err(e)) => return Err(format!("TLS handshake failed: {e}")),
        Err(_) => return Err("TLS handshake timed out".into()),
    };
    if stream.get_ref().1.alpn_protocol() == Some(b"h2") {
        let stream = Preface::read(stream, limits.header_timeout).await?;
        http2(stream, service, limits).await
    } else {
        http1(stream, service, limits).await
    }
}

/// HTTP/2's client preface, read before hyper takes the connection (hyper
/// waits for it without a timer) and handed back to it first.
struct Preface<I> {
    inner: I,
    /// How much of the preface hyper has read back.
    given: usize,
}

const H2_PREFACE: &[u8; 24] = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n";

impl<I: AsyncRead + Unpin> Preface<I> {
    async fn read(mut inner: I, timeout: Duration) -> Result<Self, String> {
        use tokio::io::AsyncReadExt;
        let mut preface = [0u8; 24];
        match tokio::time::timeout(timeout, inner.read_exact(&mut preface)).await {
            Ok(Ok(_)) if &preface == H2_PREFACE => Ok(Preface { inner, given: 0 }),
            Ok(Ok(_)) => Err("not an HTTP/2 client preface".into()),
            Ok(Err(e)) => Err(e.to_string()),
            Err(_) => Err("no HTTP/2 client preface in time".into()),
        }
    }
}

impl<I: AsyncRead + Unpin> AsyncRead for Preface<I> {
    fn poll_read(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
        buf: &mut tokio::io::ReadBuf<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        if self.given < H2_PREFACE.len() {
            let rest = &H2_PREFACE[self.given..];
            let n = rest.len().min(buf.remaining());
            buf.put_slice(&rest[..n]);
            self.given += n;
            return std::task::Poll::Ready(Ok(()));
        }
        std::pin::Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl<I: AsyncWrite + Unpin> AsyncWrite for Preface<I> {
    fn poll_write(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
        buf: &[u8],
    ) -> std::task::Poll<std::io::Result<usize>> {
        std::pin::Pin::new(&mut self.inner).poll_write(cx, buf)
    }

    fn poll_flush(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        std::pin::Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        std::pin::Pin::new(&mut self.inner).poll_shutdown(cx)
    }

    fn poll_write_vectored(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
        bufs: &[std::io::IoSlice<'_>],
    ) -> std::task::Poll<std::io::Result<usize>> {
        std::pin::Pin::new(&mut self.inner).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }
}

async fn http1<S, I>(io: I, service: S, limits: HttpLimits) -> Result<(), String>
where
    I: AsyncRead + AsyncWrite + Unpin + Send + 'static,
    S: hyper::service::Service<
            hyper::Request<hyper::body::Incoming>,
            Response = axum::response::Response,
        > + Send
        + 'static,
    S::Future: Send + 'static,
    S::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    hyper::server::conn::http1::Builder::new()
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout)
        // A request head larger than this is refused with 431
        // (hyper's default, ~400 KB, is far above any browser's).
        .max_header_size(MAX_HEAD_BYTES)
        .serve_connection(TokioIo::new(io), service)
        .with_upgrades()
        .await
        .map_err(|e| e.to_string())
}

/// HTTP/2 after ALPN: bounded header lists and streams; pings find peers
/// that went away. Extended CONNECT is not enabled: websockets use HTTP/1.1.
async fn http2<S, I>(io: I, service: S, limits: HttpLimits) -> Result<(), String>
where
    I: AsyncRead + AsyncWrite + Unpin + Send + 'static,
    S: hyper::service::Service<
            hyper::Request<hyper::body::Incoming>,
            Response = axum::response::Response,
        > + Send
        + 'static,
    S::Future: Send + 'static,
    S::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    hyper::server::conn::http2::Builder::new(TokioExecutor::new())
        .timer(TokioTimer::new())
        .max_header_list_size(MAX_HEAD_BYTES as u32)
        .max_concurrent_streams(MAX_H2_STREAMS)
        .keep_alive_interval(Some(limits.header_timeout))
        .keep_alive_timeout(limits.header_timeout)
        .serve_connection(TokioIo::new(io), service)
        .await
        .map_err(|e| e.to_string())
}
