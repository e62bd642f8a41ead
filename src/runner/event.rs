//! What a run produces, in order, for the session's outbox.

use crate::proto::{Delta, Exception, RunStatus};

#[derive(Debug, Clone, PartialEq)]
pub enum RunEvent {
    Started { run_id: u32 },
    Delta(Delta),
    Finished { run_id: u32, status: RunStatus },
    CompileError(Exception),
}

/// The sending half of a session's outbox. Sending never blocks the runner.
pub type OutboxSender = tokio::sync::mpsc::UnboundedSender<RunEvent>;
