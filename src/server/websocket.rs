//! The websocket handshake and framing, on tungstenite directly.
//!
//! axum's `WebSocket` sends every message as one frame through tungstenite's
//! write buffer, which grows to the largest frame and never shrinks: each
//! socket that once carried a 9 MB dataframe kept 9 MB for as long as it
//! stayed open. Here large messages go out as websocket fragments of
//! [`FRAGMENT_BYTES`], so the buffer stays at about one fragment. Browsers
//! reassemble fragments before `onmessage`, so the page sees one message.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use hyper::upgrade::OnUpgrade;
use hyper_util::rt::TokioIo;
use std::future::Future;
use tokio_tungstenite::tungstenite::handshake::derive_accept_key;
use tokio_tungstenite::tungstenite::protocol::frame::coding::{Data, OpCode};
use tokio_tungstenite::tungstenite::protocol::frame::Frame;
use tokio_tungstenite::tungstenite::protocol::{Role, WebSocketConfig};
use tokio_tungstenite::WebSocketStream;

pub use tokio_tungstenite::tungstenite::protocol::frame::CloseFrame;
pub use tokio_tungstenite::tungstenite::{Error, Message};

/// An upgraded connection, as the socket handler gets it.
pub type WebSocket = WebSocketStream<TokioIo<hyper::upgrade::Upgraded>>;

/// The largest frame sent; a longer message is split into fragments.
pub const FRAGMENT_BYTES: usize = 64 * 1024;

/// A valid websocket upgrade request (RFC 6455 §4.2.1), not yet answered.
pub struct Upgrade {
    accept_key: String,
    on_upgrade: OnUpgrade,
    offered_protocols: HeaderMap,
}

/// Why a request to the websocket endpoint cannot be upgraded.
#[derive(Debug, thiserror::Error)]
pub enum UpgradeRefused {
    #[error("the websocket endpoint takes GET requests only")]
    Method,
    #[error(
        "not a websocket upgrade: `Connection: upgrade` and `Upgrade: websocket` are required"
    )]
    NotUpgrade,
    #[error("unsupported websocket version: Sec-WebSocket-Version must be 13")]
    Version,
    #[error("Sec-WebSocket-Key is missing")]
    Key,
    #[error("this connection cannot be upgraded (HTTP/2 carries no websockets here)")]
    NotUpgradable,
}

impl IntoResponse for UpgradeRefused {
    fn into_response(self) -> Response {
        let status = match self {
            UpgradeRefused::Method => StatusCode::METHOD_NOT_ALLOWED,
            UpgradeRefused::Version => StatusCode::UPGRADE_REQUIRED,
            _ => StatusCode::BAD_REQUEST,
        };
        let mut response = (status, self.to_string()).into_response();
        if status == StatusCode::UPGRADE_REQUIRED {
            response.headers_mut().insert(
                header::SEC_WEBSOCKET_VERSION,
                HeaderValue::from_static("13"),
            );
        }
        response
    }
}

fn header_has_token(headers: &HeaderMap, name: header::HeaderName, token: &str) -> bool {
    headers
        .get_all(name)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|t| t.trim().eq_ignore_ascii_case(token))
}

impl<S: Send + Sync> FromRequestParts<S> for Upgrade {
    type Rejection = UpgradeRefused;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        if parts.method != Method::GET {
            return Err(UpgradeRefused::Method);
        }
        if !header_has_token(&parts.headers, header::CONNECTION, "upgrade")
            || !header_has_token(&parts.headers, header::UPGRADE, "websocket")
        {
            return Err(UpgradeRefused::NotUpgrade);
        }
        if parts.headers.get(header::SEC_WEBSOCKET_VERSION) != Some(&HeaderValue::from_static("13"))
        {
            return Err(UpgradeRefused::Version);
        }
        let key = parts
            .headers
            .get(header::SEC_WEBSOCKET_KEY)
            .ok_or(UpgradeRefused::Key)?;
        let accept_key = derive_accept_key(key.as_bytes());
        let on_upgrade = parts
            .extensions
            .remove::<OnUpgrade>()
            .ok_or(UpgradeRefused::NotUpgradable)?;
        let mut offered_protocols = HeaderMap::new();
        for value in parts.headers.get_all(header::SEC_WEBSOCKET_PROTOCOL) {
            offered_protocols.append(header::SEC_WEBSOCKET_PROTOCOL, value.clone());
        }
        Ok(Upgrade {
            accept_key,
            on_upgrade,
            offered_protocols,
        })
    }
}

impl Upgrade {
    /// Answers 101, naming `protocol` as the chosen subprotocol when the
    /// client offered it (a browser fails a socket whose server names one it
    /// did not offer), and runs `serve` on the socket once the connection
    /// has switched.
    pub fn accept<F, Fut>(
        self,
        protocol: &'static str,
        config: WebSocketConfig,
        serve: F,
    ) -> Response
    where
        F: FnOnce(WebSocket) -> Fut + Send + 'static,
        Fut: Future<Output = ()> + Send + 'static,
    {
        let Upgrade {
            accept_key,
            on_upgrade,
            offered_protocols,
        } = self;
        let offered =
            header_has_token(&offered_protocols, header::SEC_WEBSOCKET_PROTOCOL, protocol);
        tokio::spawn(async move {
            match on_upgrade.await {
                Ok(upgraded) => {
                    let io = TokioIo::new(upgraded);
                    let socket =
                        WebSocketStream::from_raw_socket(io, Role::Server, Some(config)).await;
                    serve(socket).await;
                }
                // The client went away between the 101 and the switch.
                Err(e) => tracing::debug!("websocket upgrade did not complete: {e}"),
            }
        });
        let mut response = StatusCode::SWITCHING_PROTOCOLS.into_response();
        let headers = response.headers_mut();
        headers.insert(header::CONNECTION, HeaderValue::from_static("upgrade"));
        headers.insert(header::UPGRADE, HeaderValue::from_static("websocket"));
        if let Ok(accept) = HeaderValue::from_str(&accept_key) {
            headers.insert(header::SEC_WEBSOCKET_ACCEPT, accept);
        }
        if offered {
            headers.insert(
                header::SEC_WEBSOCKET_PROTOCOL,
                HeaderValue::from_static(protocol),
            );
        }
        response
    }
}

/// One binary message as the frames to send: itself when it is small, else
/// fragments of at most [`FRAGMENT_BYTES`] sharing its buffer (no copy).
pub fn binary_frames(payload: Bytes) -> Vec<Message> {
    if payload.len() <= FRAGMENT_BYTES {
        return vec![Message::Binary(payload)];
    }
    let count = payload.len().div_ceil(FRAGMENT_BYTES);
    (0..count)
        .map(|i| {
            let start = i * FRAGMENT_BYTES;
            let end = (start + FRAGMENT_BYTES).min(payload.len());
            let opcode = if i == 0 {
                OpCode::Data(Data::Binary)
            } else {
                OpCode::Data(Data::Continue)
            };
            Message::Frame(Frame::message(
                payload.slice(start..end),
                opcode,
                i + 1 == count,
            ))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame_parts(message: &Message) -> (OpCode, bool, usize) {
        match message {
            Message::Frame(frame) => (
                frame.header().opcode,
                frame.header().is_final,
                frame.payload().len(),
            ),
            other => panic!("expected a frame, got {other:?}"),
        }
    }

    #[test]
    fn a_small_message_is_one_binary_message() {
        let frames = binary_frames(Bytes::from(vec![7u8; FRAGMENT_BYTES]));
        assert!(matches!(frames.as_slice(), [Message::Binary(b)] if b.len() == FRAGMENT_BYTES));
    }

    #[test]
    fn a_large_message_is_fragments_that_add_up_to_it() {
        let payload: Vec<u8> = (0..(2 * FRAGMENT_BYTES + 10))
            .map(|i| (i % 251) as u8)
            .collect();
        let frames = binary_frames(Bytes::from(payload.clone()));
        let parts: Vec<_> = frames.iter().map(frame_parts).collect();
        assert_eq!(
            parts,
            vec![
                (OpCode::Data(Data::Binary), false, FRAGMENT_BYTES),
                (OpCode::Data(Data::Continue), false, FRAGMENT_BYTES),
                (OpCode::Data(Data::Continue), true, 10),
            ]
        );
        let joined: Vec<u8> = frames
            .iter()
            .flat_map(|m| match m {
                Message::Frame(f) => f.payload().to_vec(),
                _ => Vec::new(),
            })
            .collect();
        assert_eq!(joined, payload);
    }
}
