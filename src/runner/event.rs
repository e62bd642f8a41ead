//! What a run produces, in order, for the session's outbox.

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

/// The sending half of a session's outbox. Sending never blocks the runner.
pub type OutboxSender = tokio::sync::mpsc::UnboundedSender<RunEvent>;
