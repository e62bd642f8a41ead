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
    /// A fragment run starts: the fragments and the paths of their
    /// containers (the run rewrites only those subtrees).
    FragmentStarted(Box<crate::proto::RunStarted>),
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
                RunEvent::FragmentStarted(started) => started.encoded_len(),
                RunEvent::Started { .. } | RunEvent::Finished { .. } | RunEvent::SourceChanged => 0,
            }
    }
}

/// What waits in all outboxes together, against `server.maxOutboxMemory`:
/// many pages that do not read could each stay under their own bound.
#[derive(Debug)]
pub struct OutboxBudget {
    bytes: AtomicUsize,
    limit: usize,
}

impl OutboxBudget {
    /// `limit` 0 = no server-wide bound.
    pub fn new(limit: usize) -> Self {
        OutboxBudget {
            bytes: AtomicUsize::new(0),
            limit: if limit == 0 { usize::MAX } else { limit },
        }
    }

    pub fn waiting(&self) -> usize {
        self.bytes.load(Ordering::Acquire)
    }
}

impl Default for OutboxBudget {
    fn default() -> Self {
        OutboxBudget::new(0)
    }
}

/// When the server-wide budget is exceeded, sessions with more than this
/// waiting are the ones dropped: a page that reads keeps its backlog small.
const FAIR_SHARE: usize = 16 * 1024 * 1024;

/// What waits in one outbox, in bytes, against `server.maxOutboxSize`.
/// Runs never block on a slow browser; instead the socket serving a
/// browser that falls this far behind is told to drop it.
#[derive(Debug)]
struct Backlog {
    bytes: AtomicUsize,
    limit: usize,
    overflowed: AtomicBool,
    overflow: Notify,
    budget: Arc<OutboxBudget>,
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
    /// Bytes taken by `recv_batch` whose frame is not written yet: they
    /// still count (a socket stuck writing holds them).
    in_flight: usize,
}

/// A session's outbox channel, bounded at `limit` bytes waiting (0 = no
/// bound) and sharing the server-wide `budget`.
pub fn outbox_channel(limit: usize, budget: Arc<OutboxBudget>) -> (OutboxSender, OutboxReceiver) {
    let limit = if limit == 0 { usize::MAX } else { limit };
    let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
    let backlog = Arc::new(Backlog {
        bytes: AtomicUsize::new(0),
        limit,
        overflowed: AtomicBool::new(false),
        overflow: Notify::new(),
        budget,
    });
    (
        OutboxSender {
            tx,
            backlog: backlog.clone(),
        },
        OutboxReceiver {
            rx,
            backlog,
            in_flight: 0,
        },
    )
}

impl Backlog {
    fn release(&self, bytes: usize) {
        self.bytes.fetch_sub(bytes, Ordering::AcqRel);
        self.budget.bytes.fetch_sub(bytes, Ordering::AcqRel);
    }
}

impl Drop for OutboxReceiver {
    /// What still waits goes with the receiver (its session is gone).
    fn drop(&mut self) {
        self.rx.close();
        let mut freed = std::mem::take(&mut self.in_flight);
        while let Ok((size, _)) = self.rx.try_recv() {
            freed += size;
        }
        self.backlog.release(freed);
    }
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
        let total = backlog.budget.bytes.fetch_add(size, Ordering::AcqRel) + size;
        let over =
            waiting > backlog.limit || (total > backlog.budget.limit && waiting > FAIR_SHARE);
        if over && !backlog.overflowed.swap(true, Ordering::AcqRel) {
            backlog.overflow.notify_one();
        }
        self.tx.send((size, event)).map_err(|e| {
            backlog.release(size);
            e.0 .1
        })
    }
}

impl OutboxReceiver {
    pub async fn recv(&mut self) -> Option<RunEvent> {
        let (size, event) = self.rx.recv().await?;
        self.backlog.release(size);
        Some(event)
    }

    /// Waits for at least one event, then takes what is ready, up to
    /// `max_events` or until `max_bytes` are taken. The events' bytes keep
    /// counting until [`Self::written`] says their frame is out.
    pub async fn recv_batch(
        &mut self,
        into: &mut Vec<RunEvent>,
        max_events: usize,
        max_bytes: usize,
    ) -> usize {
        let Some((size, event)) = self.rx.recv().await else {
            return 0;
        };
        let mut taken = size;
        into.push(event);
        let mut count = 1;
        while count < max_events && taken < max_bytes {
            let Ok((size, event)) = self.rx.try_recv() else {
                break;
            };
            taken += size;
            into.push(event);
            count += 1;
        }
        self.in_flight += taken;
        count
    }

    /// The frame of what `recv_batch` took was written to the socket.
    pub fn written(&mut self) {
        self.backlog.release(std::mem::take(&mut self.in_flight));
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
