//! The websocket: one per tab, binary protobuf frames both ways.
//!
//! Incoming frames are decoded into `BackMsg` and turned into session
//! requests; outgoing frames are whatever the session's outbox has ready,
//! one `ForwardMsg` per flush. Anything the protocol does not allow — a
//! foreign origin, a text frame, an undecodable or oversized frame — ends
//! that socket with a close reason, is logged once, and touches nothing else.

use std::time::Duration;

use std::net::IpAddr;

use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use futures_util::{SinkExt, StreamExt};
use prost::Message as _;
use tokio_tungstenite::tungstenite::error::ProtocolError;
use tokio_tungstenite::tungstenite::protocol::WebSocketConfig;

use super::websocket::{binary_frames, CloseFrame, Error as WsError, Message, Upgrade, WebSocket};
use super::AppState;
use crate::auth::LoginWatch;
use crate::config::limits::TokenBucket;
use crate::proto::{back_msg, forward_event, BackMsg, ForwardEvent, ForwardMsg, SessionInit};
use crate::runner::{OverflowSignal, PageTarget, RunRequest};
use crate::session::{Attached, Session};

/// The subprotocol the frontend offers first; the second entry, if any, is
/// the resume secret of the session to resume (never logged).
pub const SUBPROTOCOL: &str = "rustlit";

/// A frame carries what is ready, up to this many events or about this many
/// bytes: a whole rerun of small deltas goes in one frame, while a frame of
/// large ones (held until the page takes it, and copied once to encode)
/// stays small next to the outbox budget.
const MAX_EVENTS_PER_FRAME: usize = 1024;
const MAX_FRAME_BYTES: usize = 8 * 1024 * 1024;

/// Bounds of the `Sec-WebSocket-Protocol` header (the page sends
/// `rustlit, <resume secret>`).
const MAX_SUBPROTOCOL_BYTES: usize = 256;
const MAX_SUBPROTOCOL_ENTRIES: usize = 4;

/// Initial read buffer per socket. tungstenite's default (128 KiB) is zeroed
/// on the first read, so every idle socket held 128 KiB of RSS; browsers send
/// small frames, and the buffer still grows for a large one.
const READ_BUFFER_BYTES: usize = 4 * 1024;

mod close_code {
    pub const PROTOCOL_ERROR: u16 = 1002;
    pub const POLICY_VIOLATION: u16 = 1008;
    pub const UNSUPPORTED_DATA: u16 = 1003;
    pub const TOO_BIG: u16 = 1009;
    pub const TRY_AGAIN_LATER: u16 = 1013;
    /// rustlit's own (4000–4999 are the application's): the socket's login
    /// ended (a logout in another tab, expiry). The page asks the gate at
    /// once and shows "Signed out" instead of retrying.
    pub const LOGIN_ENDED: u16 = 4001;
}

pub async fn stream(
    State(state): State<AppState>,
    axum::Extension(client_addr): axum::Extension<super::network::ClientAddr>,
    headers: HeaderMap,
    ws: Upgrade,
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
        return close_at_once(ws, close_code::POLICY_VIOLATION, reason);
    }
    let offered = headers
        .get(header::SEC_WEBSOCKET_PROTOCOL)
        .map(|v| v.as_bytes())
        .unwrap_or_default();
    // The page offers two short entries; anything much bigger is not a page.
    if offered.len() > MAX_SUBPROTOCOL_BYTES
        || offered.iter().filter(|&&b| b == b',').count() >= MAX_SUBPROTOCOL_ENTRIES
    {
        return (
            StatusCode::BAD_REQUEST,
            "Sec-WebSocket-Protocol is too long",
        )
            .into_response();
    }
    let resume = std::str::from_utf8(offered)
        .ok()
        .and_then(|v| v.split(',').nth(1))
        .map(|id| id.trim().to_string())
        .filter(|id| !id.is_empty());
    // The resolved address (server.trustedProxies), the same one the
    // allow-list checked and st.context.ip_address shows.
    let client = client_addr.ip;
    if resume.is_none() {
        if let Err(refused) = state.sessions.has_room_for(client) {
            crate::config::limits::refused(
                refused.option(),
                format_args!("{refused}; refused {client}"),
            );
            return (StatusCode::TOO_MANY_REQUESTS, refused.to_string()).into_response();
        }
    }
    let limit = state.limits.max_inbound_message_bytes;
    let components = state
        .components
        .origins
        .for_app_host(host, client_addr.https);
    let config = WebSocketConfig::default()
        .read_buffer_size(READ_BUFFER_BYTES)
        .max_message_size(Some(limit))
        .max_frame_size(Some(limit));
    ws.accept(SUBPROTOCOL, config, move |socket| {
        serve_socket(socket, state, resume, client, headers, components)
    })
}

/// Upgrades only to close with a reason the page can show.
fn close_at_once(ws: Upgrade, code: u16, reason: String) -> Response {
    ws.accept(
        SUBPROTOCOL,
        WebSocketConfig::default(),
        move |mut socket| async move {
            let _ = socket
                .send(Message::Close(Some(close_frame(code, &reason))))
                .await;
        },
    )
}

fn close_frame(code: u16, reason: &str) -> CloseFrame {
    CloseFrame {
        code: code.into(),
        reason: reason.into(),
    }
}

/// How a socket ended, which decides what happens to its session.
enum Ending {
    /// The browser went away or broke the protocol: keep the session for
    /// its tab to come back.
    Detach,
    /// The browser stopped reading what it was sent: drop the session now,
    /// with whatever waited for it.
    Discard,
}

/// `components`: the component origin for this page, or why there is none.
async fn serve_socket(
    socket: WebSocket,
    state: AppState,
    resume: Option<String>,
    client: IpAddr,
    headers: HeaderMap,
    components: Result<String, String>,
) {
    let (mut tx, mut rx) = socket.split();
    let mut watch = state.auth.as_ref().map(|auth| auth.watch());
    let user = state
        .auth
        .as_ref()
        .and_then(|auth| auth.user_from_headers(&headers));
    if state.gate.is_some() && user.is_none() {
        // The login ended between the gate's check and here.
        close(&mut tx, close_code::LOGIN_ENDED, "the login ended").await;
        return;
    }
    let sid = user.as_ref().map(|u| u.sid.clone());
    if sid.is_none() {
        // Nothing to watch for: no need to hear of every logout.
        watch = None;
    }
    let Attached {
        session,
        mut outbox,
        resumed,
        resume_secret,
    } = match state.sessions.attach(
        resume.as_deref(),
        client,
        user.as_ref().map(|u| u.sid.as_str()),
    ) {
        Ok(attached) => attached,
        Err(refused) => {
            crate::config::limits::refused(
                refused.option(),
                format_args!("{refused}; refused {client}"),
            );
            let frame = close_frame(close_code::TRY_AGAIN_LATER, &refused.to_string());
            let _ = tx.send(Message::Close(Some(frame))).await;
            return;
        }
    };
    let component_path_prefix = match (&state.gate, &user) {
        (Some(gate), Some(login)) => gate.component_path_prefix(login),
        _ => String::new(),
    };
    let developer = state.toolbar_mode.allows_developer_actions(client);
    session.connected(&headers, client, user);
    drop(headers);
    let limits = state.limits.clone();
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
                resume_secret,
                disable_data_export: state.disable_data_export,
                toolbar_mode: state.toolbar_mode.as_str().to_string(),
                component_path_prefix: component_path_prefix.clone(),
            })),
        }],
    };
    if resumed {
        init.events.extend(outbox.held_page_config());
    }
    let writer = Writer {
        timeout: limits.websocket_write_timeout,
        overflow: outbox.rx.overflow_signal(),
        max_outbox_bytes: limits.max_outbox_bytes,
    };
    let mut ending = writer.send(&mut tx, init.encode_to_vec()).await.err();
    let mut batch = Vec::with_capacity(256);
    let mut ping = tokio::time::interval(limits.websocket_ping_interval);
    ping.tick().await;
    let mut heard_since_ping = true;
    let burst = limits.max_messages_per_second.saturating_mul(2);
    let mut bucket = TokenBucket::new(limits.max_messages_per_second, burst);
    while ending.is_none() {
        tokio::select! {
            received = outbox.rx.recv_batch(&mut batch, MAX_EVENTS_PER_FRAME, MAX_FRAME_BYTES) => {
                if received == 0 {
                    ending = Some(Ending::Detach);
                } else {
                    if let Some(frame) = outbox.frame(batch.drain(..)) {
                        ending = writer.send(&mut tx, frame.encode_to_vec()).await.err();
                    }
                    outbox.rx.written();
                }
            }
            () = writer.overflow.overflowed() => {
                writer.overflowed();
                // 1013, not 1008: a page that was only slow (a suspended
                // laptop, a stalled network) reconnects to a fresh session.
                close(&mut tx, close_code::TRY_AGAIN_LATER, "the browser does not read what it is sent").await;
                ending = Some(Ending::Discard);
            }
            incoming = rx.next() => {
                heard_since_ping = true;
                if !bucket.take() {
                    crate::config::limits::refused("server.maxMessagesPerSecond", format_args!(
                        "closed the websocket of {client}: more than {} messages a second",
                        limits.max_messages_per_second
                    ));
                    // 1013: the page retries with backoff and resumes its
                    // detached session; a flooder gains nothing by it.
                    close(&mut tx, close_code::TRY_AGAIN_LATER, "too many messages a second").await;
                    ending = Some(Ending::Detach);
                    continue;
                }
                let verdict = match incoming {
                    None | Some(Ok(Message::Close(_))) => Err(None),
                    Some(Ok(Message::Binary(bytes))) => match handle_frame(&session, &bytes, developer) {
                        Ok(Some(reply)) => {
                            ending = writer.send(&mut tx, reply.encode_to_vec()).await.err();
                            Ok(())
                        }
                        Ok(None) => Ok(()),
                        Err(close) => Err(close),
                    },
                    Some(Ok(Message::Text(_))) => Err(Some((close_code::UNSUPPORTED_DATA, "rustlit accepts binary protobuf frames only".to_string()))),
                    Some(Ok(Message::Ping(_) | Message::Pong(_) | Message::Frame(_))) => Ok(()),
                    Some(Err(e)) => Err(read_error_close(&e)),
                };
                if let Err(reason) = verdict {
                    if let Some((code, reason)) = reason {
                        tracing::warn!("closing a websocket of {client}: {reason}");
                        close(&mut tx, code, &reason).await;
                    }
                    ending = Some(Ending::Detach);
                }
            }
            () = login_ended(&mut watch, sid.as_deref()) => {
                tracing::info!("closed a websocket of {client}: its login ended");
                close(&mut tx, close_code::LOGIN_ENDED, "the login ended").await;
                // Nobody can resume it: no cookie stands for that login now.
                ending = Some(Ending::Discard);
            }
            _ = ping.tick() => {
                if !heard_since_ping {
                    crate::config::limits::refused("server.websocketPingInterval", format_args!(
                        "closed the websocket of {client}: no answer within {} s",
                        limits.websocket_ping_interval.as_secs()
                    ));
                    ending = Some(Ending::Detach);
                } else {
                    heard_since_ping = false;
                    ending = writer.send_message(&mut tx, Message::Ping(Default::default())).await.err();
                }
            }
        }
    }
    match ending {
        Some(Ending::Discard) => state.sessions.discard(&session),
        _ => state.sessions.detach(&session, outbox),
    }
}

/// Resolves when the socket's login ends; never without one.
async fn login_ended(watch: &mut Option<LoginWatch>, sid: Option<&str>) {
    match (watch, sid) {
        (Some(watch), Some(sid)) => watch.ended(sid).await,
        _ => std::future::pending().await,
    }
}

type Sink = futures_util::stream::SplitSink<WebSocket, Message>;

/// Sends with `server.websocketWriteTimeout`: a browser that does not take
/// a frame in that time is not reading, and its session is dropped; so is
/// one that lets more than `server.maxOutboxSize` pile up meanwhile.
struct Writer {
    timeout: Duration,
    overflow: OverflowSignal,
    max_outbox_bytes: usize,
}

impl Writer {
    fn overflowed(&self) {
        crate::config::limits::refused(
            "server.maxOutboxSize",
            format_args!(
                "dropped a session: more than {} MB waited for its browser, which does not read",
                self.max_outbox_bytes / (1024 * 1024)
            ),
        );
    }

    /// One message, in fragments when it is large (see `websocket`); the
    /// timeout covers the whole message.
    async fn send(&self, tx: &mut Sink, frame: Vec<u8>) -> Result<(), Ending> {
        self.send_frames(tx, binary_frames(frame.into())).await
    }

    async fn send_message(&self, tx: &mut Sink, message: Message) -> Result<(), Ending> {
        self.send_frames(tx, vec![message]).await
    }

    async fn send_frames(&self, tx: &mut Sink, frames: Vec<Message>) -> Result<(), Ending> {
        let all = async {
            for frame in frames {
                tx.feed(frame).await?;
            }
            tx.flush().await
        };
        let sent = tokio::select! {
            sent = tokio::time::timeout(self.timeout, all) => sent,
            () = self.overflow.overflowed() => {
                self.overflowed();
                return Err(Ending::Discard);
            }
        };
        match sent {
            Ok(Ok(())) => Ok(()),
            Ok(Err(_)) => Err(Ending::Detach),
            Err(_) => {
                crate::config::limits::refused(
                    "server.websocketWriteTimeout",
                    format_args!(
                        "dropped a session: its browser took no data for {} s",
                        self.timeout.as_secs()
                    ),
                );
                Err(Ending::Discard)
            }
        }
    }
}

/// Best effort: a close frame to a browser that does not read would wait
/// forever, so it gets a second at most.
async fn close(tx: &mut Sink, code: u16, reason: &str) {
    let frame = close_frame(code, reason);
    let _ =
        tokio::time::timeout(Duration::from_secs(1), tx.send(Message::Close(Some(frame)))).await;
}

type CloseReason = Option<(u16, String)>;

/// Acts on one frame from the page; some requests are answered at once
/// (the reply does not wait for a run).
/// `developer`: whether this client may use the main menu's developer
/// options (`client.toolbarMode`, server/toolbar.rs).
fn handle_frame(
    session: &Session,
    bytes: &[u8],
    developer: bool,
) -> Result<Option<ForwardMsg>, CloseReason> {
    let msg = BackMsg::decode(bytes).map_err(|e| {
        Some((
            close_code::PROTOCOL_ERROR,
            format!("malformed BackMsg: {e}"),
        ))
    })?;
    match msg.kind {
        Some(back_msg::Kind::RerunScript(rerun)) => {
            if let Some(info) = rerun.context_info {
                session.context_info(info);
            }
            session.request_rerun(RunRequest {
                widget_states: Some(rerun.widget_states),
                query_string: rerun.query_string,
                page: Some(PageTarget {
                    script_hash: rerun.page_script_hash,
                    name: rerun.page_name,
                }),
                fragment_ids: if rerun.fragment_id.is_empty() {
                    Vec::new()
                } else {
                    vec![rerun.fragment_id]
                },
                fragment_scoped: false,
                is_auto_rerun: rerun.is_auto_rerun,
                ..RunRequest::default()
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
        Some(back_msg::Kind::DataframeChunkRequest(request)) => {
            session.request_chunk(&request);
            Ok(None)
        }
        Some(back_msg::Kind::StopScript(_)) => {
            session.request_stop();
            Ok(None)
        }
        Some(back_msg::Kind::ClearCache(_)) if developer => {
            session.request_rerun(RunRequest::clear_caches_only());
            Ok(None)
        }
        Some(back_msg::Kind::ClearCache(_)) => {
            // Not a protocol error: the page may predate a config change.
            tracing::warn!(
                "session {}: refused to clear the caches for a client that client.toolbarMode does not show developer options",
                session.id()
            );
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
fn read_error_close(error: &WsError) -> CloseReason {
    match error {
        WsError::ConnectionClosed
        | WsError::AlreadyClosed
        | WsError::Io(_)
        | WsError::Protocol(ProtocolError::ResetWithoutClosingHandshake) => None,
        WsError::Capacity(_) => Some((
            close_code::TOO_BIG,
            "message exceeds server.maxWidgetStateSize".into(),
        )),
        other => Some((
            close_code::PROTOCOL_ERROR,
            format!("websocket protocol error: {other}"),
        )),
    }
}
