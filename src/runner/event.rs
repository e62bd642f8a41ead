//! What a run produces, in order, for the session's outbox.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender};
use tokio::sync::Notify;

use crate::proto::{forward_event, Delta, Exception, PageConfig, RunStatus};

/// Payloads are boxed: the outbox channel allocates its slots in blocks of
/// 32 `RunEvent`s per session, so an inline `Delta` (~200 bytes) made every
/// idle session hold ~7 KB of empty slots.
#[derive(Debug, Clone, PartialEq)]
pub enum RunEvent {
    Started {
        run_id: u32,
    },
    Delta(Box<Delta>),
    Finished {
        run_id: u32,
        status: RunStatus,
    },
    CompileError(Box<Exception>),
    /// st.set_page_config: the fields this call set.
    PageConfig(Box<PageConfig>),
    /// A watched source file changed and the session does not rerun on save.
    SourceChanged,
    /// An event the browser receives as it is, in run order (the app's
    /// pages, a page that was not found, a new URL query string).
    Forward(Box<forward_event::Kind>),
}

impl RunEvent {
    /// About what the event costs on the wire, for the outbox's byte bound.
    fn wire_bytes(&self) -> usize {
        use prost::Message as _;
        const FRAMING: usize = 16;
        FRAMING
            + match self {
                RunEvent::Delta(delta) => delta.encoded_len(),
                RunEvent::CompileError(exception) => exception.encoded_len(),
                RunEvent::PageConfig(config) => config.encoded_len(),
                RunEvent::Forward(kind) => kind.encoded_len(),
                RunEvent::Started { .. } | RunEvent::Finished { .. } | RunEvent::SourceChanged => 0,
            }
    }
}

/// What waits in one outbox, in bytes, against `server.maxOutboxSize`.
/// Runs never block on a slow browser; instead the socket serving a
/// browser that falls this far behind is told to drop it.
#[derive(Debug)]
struct Backlog {
    bytes: AtomicUsize,
    limit: usize,
    overflowed: AtomicBool,
    overflow: Notify,
}

/// The sending half of a session's outbox. Sending never blocks the runner.
#[derive(Debug, Clone)]
pub struct OutboxSender {
    tx: UnboundedSender<(usize, RunEvent)>,
    backlog: Arc<Backlog>,
}

/// The receiving half, held by the socket serving the session.
#[derive(Debug)]
pub struct OutboxReceiver {
    rx: UnboundedReceiver<(usize, RunEvent)>,
    backlog: Arc<Backlog>,
    scratch: Vec<(usize, RunEvent)>,
}

/// A session's outbox channel, bounded at `limit` bytes waiting (0 = no bound).
pub fn outbox_channel(limit: usize) -> (OutboxSender, OutboxReceiver) {
    let limit = if limit == 0 { usize::MAX } else { limit };
    let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
    let backlog = Arc::new(Backlog {
        bytes: AtomicUsize::new(0),
        limit,
        overflowed: AtomicBool::new(false),
        overflow: Notify::new(),
    });
    (
        OutboxSender {
            tx,
            backlog: backlog.clone(),
        },
        OutboxReceiver {
            rx,
            backlog,
            scratch: Vec::new(),
        },
    )
}

/// See [`OutboxReceiver::overflow_signal`].
#[derive(Debug, Clone)]
pub struct OverflowSignal(Arc<Backlog>);

impl OverflowSignal {
    /// Resolves once more than the limit was waiting: the browser is not
    /// reading.
    pub async fn overflowed(&self) {
        if self.0.overflowed.load(Ordering::Acquire) {
            return;
        }
        self.0.overflow.notified().await;
    }
}

impl OutboxSender {
    /// Queues an event; fails when the receiving half is gone, or is about
    /// to be (the browser fell too far behind: nothing more is queued for it).
    pub fn send(&self, event: RunEvent) -> Result<(), RunEvent> {
        let backlog = &self.backlog;
        if backlog.overflowed.load(Ordering::Acquire) {
            return Err(event);
        }
        let size = event.wire_bytes();
        let waiting = backlog.bytes.fetch_add(size, Ordering::AcqRel) + size;
        if waiting > backlog.limit && !backlog.overflowed.swap(true, Ordering::AcqRel) {
            backlog.overflow.notify_one();
        }
        self.tx.send((size, event)).map_err(|e| {
            backlog.bytes.fetch_sub(size, Ordering::AcqRel);
            e.0 .1
        })
    }
}

impl OutboxReceiver {
    pub async fn recv(&mut self) -> Option<RunEvent> {
        let (size, event) = self.rx.recv().await?;
        self.backlog.bytes.fetch_sub(size, Ordering::AcqRel);
        Some(event)
    }

    /// Like tokio's `recv_many`: waits for at least one event.
    pub async fn recv_many(&mut self, into: &mut Vec<RunEvent>, limit: usize) -> usize {
        let received = self.rx.recv_many(&mut self.scratch, limit).await;
        let mut freed = 0;
        into.extend(self.scratch.drain(..).map(|(size, event)| {
            freed += size;
            event
        }));
        self.backlog.bytes.fetch_sub(freed, Ordering::AcqRel);
        received
    }

    /// Tells when more than the limit was waiting at some point.
    pub fn overflow_signal(&self) -> OverflowSignal {
        OverflowSignal(self.backlog.clone())
    }

    /// Bytes waiting now.
    pub fn waiting_bytes(&self) -> usize {
        self.backlog.bytes.load(Ordering::Acquire)
    }
}
