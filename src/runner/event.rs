//! What a run produces, in order, for the session's outbox.

use std::cell::Cell;
use std::sync::atomic::{AtomicBool, AtomicIsize, Ordering};
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
    /// Signed: a run's sender publishes its bytes in batches, so the socket
    /// may release some before they are counted.
    bytes: AtomicIsize,
    limit: isize,
}

impl OutboxBudget {
    /// `limit` 0 = no server-wide bound.
    pub fn new(limit: usize) -> Self {
        OutboxBudget {
            bytes: AtomicIsize::new(0),
            limit: bound(limit),
        }
    }

    pub fn waiting(&self) -> usize {
        usize::try_from(self.bytes.load(Ordering::Acquire)).unwrap_or(0)
    }
}

impl Default for OutboxBudget {
    fn default() -> Self {
        OutboxBudget::new(0)
    }
}

/// When the server-wide budget is exceeded, sessions with more than this
/// waiting are the ones dropped: a page that reads keeps its backlog small.
const FAIR_SHARE: isize = 16 * 1024 * 1024;

/// A run's sender counts what it queues locally and publishes it to the
/// shared counters past this many bytes (and when the run ends): two atomic
/// updates on counters the socket's thread also writes cost more than the
/// rest of sending a small element. The bounds are off by at most this much
/// per running script.
const PUBLISH_EVERY: usize = 64 * 1024;

/// A value alone on its cache line(s).
#[derive(Debug)]
#[repr(align(128))]
struct CachePadded<T>(T);

impl<T> std::ops::Deref for CachePadded<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// A configured byte bound; 0 = none.
fn bound(limit: usize) -> isize {
    if limit == 0 {
        isize::MAX
    } else {
        isize::try_from(limit).unwrap_or(isize::MAX)
    }
}

/// What waits in one outbox, in bytes, against `server.maxOutboxSize`.
/// Runs never block on a slow browser; instead the socket serving a
/// browser that falls this far behind is told to drop it.
#[derive(Debug)]
struct Backlog {
    /// On its own cache line: the socket's thread writes it, the runner's
    /// reads `overflowed`.
    bytes: CachePadded<AtomicIsize>,
    limit: isize,
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
    let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
    let backlog = Arc::new(Backlog {
        bytes: CachePadded(AtomicIsize::new(0)),
        limit: bound(limit),
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
        let bytes = signed(bytes);
        self.bytes.fetch_sub(bytes, Ordering::AcqRel);
        self.budget.bytes.fetch_sub(bytes, Ordering::AcqRel);
    }

    /// Counts `bytes` more as waiting; past a bound, tells the socket to
    /// drop its browser.
    fn add(&self, bytes: usize) {
        let bytes = signed(bytes);
        let waiting = self.bytes.fetch_add(bytes, Ordering::AcqRel) + bytes;
        let total = self.budget.bytes.fetch_add(bytes, Ordering::AcqRel) + bytes;
        let over = waiting > self.limit || (total > self.budget.limit && waiting > FAIR_SHARE);
        if over && !self.overflowed.swap(true, Ordering::AcqRel) {
            self.overflow.notify_one();
        }
    }
}

fn signed(bytes: usize) -> isize {
    isize::try_from(bytes).unwrap_or(isize::MAX)
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
        if self.backlog.overflowed.load(Ordering::Acquire) {
            return Err(event);
        }
        let size = event.wire_bytes();
        self.backlog.add(size);
        self.queue(size, event)
    }

    fn queue(&self, size: usize, event: RunEvent) -> Result<(), RunEvent> {
        self.tx.send((size, event)).map_err(|e| {
            self.backlog.release(size);
            e.0 .1
        })
    }

    /// The sender a running script uses: see [`PUBLISH_EVERY`].
    pub fn for_run(self) -> RunSender {
        RunSender {
            refused: Cell::new(self.backlog.overflowed.load(Ordering::Acquire)),
            sender: self,
            unpublished: Cell::new(0),
        }
    }
}

/// An [`OutboxSender`] that publishes its bytes in batches, for the one
/// thread running a script. Dropping it publishes the rest.
#[derive(Debug)]
pub struct RunSender {
    sender: OutboxSender,
    unpublished: Cell<usize>,
    /// Seen when publishing: the shared flag is not read for every event
    /// (the socket's thread writes beside it).
    refused: Cell<bool>,
}

impl RunSender {
    /// A sender for another thread of the run (a held spinner's timer):
    /// its events count against the same backlog, published as they go.
    pub fn shared(&self) -> OutboxSender {
        self.sender.clone()
    }

    /// As [`OutboxSender::send`], except that a browser found not reading
    /// stops the run's events at the next publication, not at once.
    pub fn send(&self, event: RunEvent) -> Result<(), RunEvent> {
        if self.refused.get() {
            return Err(event);
        }
        let size = event.wire_bytes();
        let pending = self.unpublished.get() + size;
        if pending >= PUBLISH_EVERY {
            self.unpublished.set(0);
            let backlog = &self.sender.backlog;
            backlog.add(pending);
            self.refused.set(backlog.overflowed.load(Ordering::Acquire));
        } else {
            self.unpublished.set(pending);
        }
        self.sender.queue(size, event)
    }
}

impl Drop for RunSender {
    fn drop(&mut self) {
        self.sender.backlog.add(self.unpublished.take());
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
        usize::try_from(self.backlog.bytes.load(Ordering::Acquire)).unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::proto::{delta, element, Element, Text};

    fn text(body: &str) -> RunEvent {
        let element = Element {
            r#type: Some(element::Type::Text(Text {
                body: body.into(),
                help: String::new(),
                truncate: None,
            })),
            ..Default::default()
        };
        RunEvent::Delta(Box::new(Delta {
            path: vec![0, 1],
            kind: Some(delta::Kind::Element(element)),
            ..Default::default()
        }))
    }

    #[test]
    fn a_run_publishes_what_it_queued_by_the_time_it_ends() {
        let budget = Arc::new(OutboxBudget::new(0));
        let (tx, mut rx) = outbox_channel(0, budget.clone());
        let run = tx.clone().for_run();
        let event = text("small");
        let size = event.wire_bytes();
        for _ in 0..10 {
            run.send(event.clone()).expect("queued");
        }
        // Small events wait to be counted; the socket may release them first.
        assert_eq!(rx.waiting_bytes(), 0);
        drop(run);
        assert_eq!(rx.waiting_bytes(), 10 * size);
        assert_eq!(budget.waiting(), 10 * size);
        while rx.waiting_bytes() > 0 {
            let (size, _) = rx.rx.try_recv().expect("an event");
            rx.backlog.release(size);
        }
        assert_eq!(budget.waiting(), 0);
    }

    #[test]
    fn a_run_that_outgrows_the_bound_is_stopped_mid_run() {
        let (tx, rx) = outbox_channel(256 * 1024, Arc::default());
        let run = tx.for_run();
        let big = text(&"x".repeat(1024));
        let mut refused = false;
        for _ in 0..1024 {
            if run.send(big.clone()).is_err() {
                refused = true;
                break;
            }
        }
        assert!(refused, "1 MB queued against a 256 KB bound");
        assert!(rx.waiting_bytes() > 256 * 1024);
        assert!(rx.waiting_bytes() < 256 * 1024 + PUBLISH_EVERY + 2048);
    }
}
