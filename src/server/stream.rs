//! The websocket: one per tab, binary protobuf frames both ways.
//!
//! Incoming frames are decoded into `BackMsg` and turned into session
//! requests; outgoing frames are whatever the session's outbox has ready,
//! one `ForwardMsg` per flush. Anything the protocol does not allow — a
//! foreign origin, a text frame, an undecodable or oversized frame — ends
//! that socket with a close reason, is logged once, and touches nothing else.

use std::time::Duration;

use axum::extract::ws::{CloseFrame, Message, Utf8Bytes, WebSocket, WebSocketUpgrade};
use axum::extract::State;
use axum::http::{header, HeaderMap};
use axum::response::Response;
use futures_util::{SinkExt, StreamExt};
use prost::Message as _;

use super::AppState;
use crate::proto::{back_msg, forward_event, BackMsg, ForwardEvent, ForwardMsg, SessionInit};
use crate::runner::{PageTarget, RunRequest};
use crate::session::{Attached, Session};

/// The subprotocol the frontend offers first; the second entry, if any, is
/// the id of the session to resume.
pub const SUBPROTOCOL: &str = "rustlit";

const PING_INTERVAL: Duration = Duration::from_secs(20);

/// Initial read buffer per socket. tungstenite's default (128 KiB) is zeroed
/// on the first read, so every idle socket held 128 KiB of RSS; browsers send
/// small frames, and the buffer still grows for a large one.
const READ_BUFFER_BYTES: usize = 4 * 1024;

mod close_code {
    pub const PROTOCOL_ERROR: u16 = 1002;
    pub const POLICY_VIOLATION: u16 = 1008;
    pub const UNSUPPORTED_DATA: u16 = 1003;
    pub const TOO_BIG: u16 = 1009;
}

pub async fn stream(
    State(state): State<AppState>,
    headers: HeaderMap,
    ws: WebSocketUpgrade,
) -> Response {
    let origin = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok());
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    if !state.origins.allows(origin, host) {
        // Upgrade only to say why, with no session behind it: the page then
        // shows the reason instead of retrying forever (e.g. behind a proxy
        // that rewrites Host).
        let reason = format!(
            "origin {} may not open this app's websocket; add it to server.corsAllowedOrigins",
            origin.unwrap_or_default()
        );
        tracing::warn!(
            "refused a websocket: {reason} (app host {:?})",
            host.unwrap_or_default()
        );
        return ws
            .protocols([SUBPROTOCOL])
            .on_upgrade(move |mut socket| async move {
                let code = close_code::POLICY_VIOLATION;
                let frame = CloseFrame {
                    code,
                    reason: Utf8Bytes::from(reason),
                };
                let _ = socket.send(Message::Close(Some(frame))).await;
            });
    }
    let resume = headers
        .get(header::SEC_WEBSOCKET_PROTOCOL)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(',').nth(1))
        .map(|id| id.trim().to_string())
        .filter(|id| !id.is_empty());
    let limit = state.max_message_bytes;
    let components = state.components.origins.for_app_host(host);
    ws.protocols([SUBPROTOCOL])
        .read_buffer_size(READ_BUFFER_BYTES)
        .max_message_size(limit)
        .max_frame_size(limit)
        .on_upgrade(move |socket| serve_socket(socket, state, resume, components))
}

/// `components`: the component origin for this page, or why there is none.
async fn serve_socket(
    socket: WebSocket,
    state: AppState,
    resume: Option<String>,
    components: Result<String, String>,
) {
    let Attached {
        session,
        mut outbox,
        resumed,
    } = state.sessions.attach(resume.as_deref());
    let (mut tx, mut rx) = socket.split();
    let mut init = ForwardMsg {
        events: vec![ForwardEvent {
            kind: Some(forward_event::Kind::SessionInit(SessionInit {
                session_id: session.id().to_string(),
                script_name: state.info.script_name.clone(),
                rustlit_version: crate::VERSION.to_string(),
                python_version: state.info.python_version.clone(),
                resumed,
                component_origin: components.clone().unwrap_or_default(),
                component_origin_problem: components.err().unwrap_or_default(),
                run_on_save: session.run_on_save(),
            })),
        }],
    };
    if resumed {
        init.events.extend(outbox.held_page_config());
    }
    let mut open = tx
        .send(Message::Binary(init.encode_to_vec().into()))
        .await
        .is_ok();
    let mut batch = Vec::with_capacity(256);
    let mut ping = tokio::time::interval(PING_INTERVAL);
    ping.tick().await;
    while open {
        tokio::select! {
            received = outbox.rx.recv_many(&mut batch, 1024) => {
                if received == 0 {
                    break;
                }
                if let Some(frame) = outbox.frame(batch.drain(..)) {
                    open = tx.send(Message::Binary(frame.encode_to_vec().into())).await.is_ok();
                }
            }
            incoming = rx.next() => {
                let verdict = match incoming {
                    None | Some(Ok(Message::Close(_))) => Err(None),
                    Some(Ok(Message::Binary(bytes))) => match handle_frame(&session, &bytes) {
                        Ok(Some(reply)) => {
                            open = tx.send(Message::Binary(reply.encode_to_vec().into())).await.is_ok();
                            Ok(())
                        }
                        Ok(None) => Ok(()),
                        Err(close) => Err(close),
                    },
                    Some(Ok(Message::Text(_))) => Err(Some((close_code::UNSUPPORTED_DATA, "rustlit accepts binary protobuf frames only".to_string()))),
                    Some(Ok(Message::Ping(_) | Message::Pong(_))) => Ok(()),
                    Some(Err(e)) => Err(read_error_close(&e)),
                };
                if let Err(close) = verdict {
                    if let Some((code, reason)) = close {
                        tracing::warn!("session {}: closing its websocket: {reason}", session.id());
                        let frame = CloseFrame { code, reason: Utf8Bytes::from(reason) };
                        let _ = tx.send(Message::Close(Some(frame))).await;
                    }
                    open = false;
                }
            }
            _ = ping.tick() => {
                open = tx.send(Message::Ping(Default::default())).await.is_ok();
            }
        }
    }
    state.sessions.detach(&session, outbox);
}

type CloseReason = Option<(u16, String)>;

/// Acts on one frame from the page; some requests are answered at once
/// (the reply does not wait for a run).
fn handle_frame(session: &Session, bytes: &[u8]) -> Result<Option<ForwardMsg>, CloseReason> {
    let msg = BackMsg::decode(bytes).map_err(|e| {
        Some((
            close_code::PROTOCOL_ERROR,
            format!("malformed BackMsg: {e}"),
        ))
    })?;
    match msg.kind {
        Some(back_msg::Kind::RerunScript(rerun)) => {
            session.request_rerun(RunRequest {
                widget_states: Some(rerun.widget_states),
                query_string: rerun.query_string,
                page: Some(PageTarget {
                    script_hash: rerun.page_script_hash,
                    name: rerun.page_name,
                }),
            });
            Ok(None)
        }
        Some(back_msg::Kind::SetRunOnSave(set)) => {
            session.set_run_on_save(set.run_on_save);
            Ok(None)
        }
        Some(back_msg::Kind::FileUrlsRequest(request)) => {
            let response = session.issue_upload_urls(&request);
            Ok(Some(ForwardMsg {
                events: vec![ForwardEvent {
                    kind: Some(forward_event::Kind::FileUrlsResponse(response)),
                }],
            }))
        }
        Some(back_msg::Kind::StopScript(_)) => {
            session.request_stop();
            Ok(None)
        }
        None => Err(Some((
            close_code::PROTOCOL_ERROR,
            "BackMsg without a message kind".into(),
        ))),
    }
}

/// A read error that is the peer's fault gets a close reason; a vanished
/// peer gets none.
fn read_error_close(error: &axum::Error) -> CloseReason {
    let text = error.to_string();
    if text.contains("too long") || text.contains("Space limit") || text.contains("too big") {
        Some((
            close_code::TOO_BIG,
            "message exceeds server.maxMessageSize".into(),
        ))
    } else if text.contains("Connection reset")
        || text.contains("closed")
        || text.contains("without closing")
    {
        None
    } else {
        Some((
            close_code::PROTOCOL_ERROR,
            format!("websocket protocol error: {text}"),
        ))
    }
}
