//! The flag a session raises to end a run early, read at every yield point.
//!
//! A run checks it on each `st.*` call (through the native module), so a
//! widget change or the Stop button ends the run at its next call. The
//! session never blocks on the runner: it only flips this flag.

use std::sync::atomic::{AtomicU64, AtomicU8, Ordering};

use parking_lot::Mutex;

/// Why a run should end early.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Interrupt {
    None,
    /// A newer run request is waiting: end without widget cleanup, then rerun.
    Rerun,
    /// Stop button or the session went away: end like `st.stop()`.
    Stop,
}

#[derive(Debug, Default)]
pub struct RunControl {
    interrupt: AtomicU8,
    /// CPython's thread ident of the runner thread while a run is active
    /// (0 otherwise), so a stop can also break a pure-Python loop.
    python_thread: AtomicU64,
    /// The query string the run last set through `st.query_params`, if any:
    /// a rerun the run asks for, and later server-side reruns, use it.
    query_string: Mutex<Option<String>>,
}

impl RunControl {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn interrupt(&self) -> Interrupt {
        match self.interrupt.load(Ordering::Acquire) {
            1 => Interrupt::Rerun,
            2 => Interrupt::Stop,
            _ => Interrupt::None,
        }
    }

    /// A stop outranks a rerun: once stopping, a later rerun request does not
    /// downgrade it (the session queues that rerun separately).
    pub fn request(&self, what: Interrupt) {
        let code = match what {
            Interrupt::None => return,
            Interrupt::Rerun => 1,
            Interrupt::Stop => 2,
        };
        self.interrupt.fetch_max(code, Ordering::AcqRel);
    }

    pub fn set_python_thread(&self, ident: u64) {
        self.python_thread.store(ident, Ordering::Release);
    }

    pub fn python_thread(&self) -> u64 {
        self.python_thread.load(Ordering::Acquire)
    }

    pub fn set_query_string(&self, query_string: String) {
        *self.query_string.lock() = Some(query_string);
    }

    /// What the run set its query string to (`None` if it never did).
    pub fn query_string(&self) -> Option<String> {
        self.query_string.lock().clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_outranks_rerun() {
        let c = RunControl::new();
        assert_eq!(c.interrupt(), Interrupt::None);
        c.request(Interrupt::Rerun);
        assert_eq!(c.interrupt(), Interrupt::Rerun);
        c.request(Interrupt::Stop);
        c.request(Interrupt::Rerun);
        assert_eq!(c.interrupt(), Interrupt::Stop);
    }
}
