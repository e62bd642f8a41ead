//! The accept loop: hyper's HTTP/1 server with a timer, so a client that
//! sends its headers slowly (slowloris) or keeps an idle keep-alive
//! connection open is dropped, and a cap on open connections.
//!
//! `axum::serve` runs hyper without a timer (no header-read timeout at all);
//! this loop is the same thing plus the limits. HTTP/2 stays off.

use std::sync::Arc;
use std::time::Duration;

use axum::extract::ConnectInfo;
use axum::Router;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

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

/// Accepts connections until `shutdown` resolves.
pub async fn accept_loop(
    listener: TcpListener,
    router: Router,
    limits: HttpLimits,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
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
        tokio::spawn(async move {
            let service = tower::ServiceBuilder::new()
                .map_request(move |mut request: axum::extract::Request<_>| {
                    request.extensions_mut().insert(ConnectInfo(remote));
                    request
                })
                .service(router);
            let connection = hyper::server::conn::http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(limits.header_timeout)
                // A request head larger than this is refused with 431
                // (hyper's default, ~400 KB, is far above any browser's).
                .max_header_size(MAX_HEAD_BYTES)
                .serve_connection(TokioIo::new(tcp), TowerToHyperService::new(service))
                .with_upgrades();
            if let Err(e) = connection.await {
                tracing::debug!("connection from {remote}: {e}");
            }
            drop(permit);
        });
    }
}
