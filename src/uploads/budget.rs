//! `server.maxUploadMemory`: the bytes all sessions' uploads may hold in
//! memory together, reserved before a body is read and released when a
//! file is dropped.

use std::sync::atomic::{AtomicU64, Ordering};

#[derive(Debug)]
pub struct UploadBudget {
    limit: u64,
    used: AtomicU64,
}

impl UploadBudget {
    pub fn new(limit: u64) -> Self {
        UploadBudget {
            limit,
            used: AtomicU64::new(0),
        }
    }

    /// Takes `bytes` if they fit; `false` (and nothing taken) if not.
    pub fn try_reserve(&self, bytes: u64) -> bool {
        let fits = self
            .used
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |used| {
                used.checked_add(bytes).filter(|&total| total <= self.limit)
            })
            .is_ok();
        if !fits {
            crate::config::limits::refused(
                "server.maxUploadMemory",
                format_args!(
                    "an upload of up to {bytes} bytes does not fit: uploads hold {} of {} MB",
                    self.used() / (1024 * 1024),
                    self.limit / (1024 * 1024)
                ),
            );
        }
        fits
    }

    pub fn release(&self, bytes: u64) {
        self.used.fetch_sub(bytes, Ordering::AcqRel);
    }

    pub fn used(&self) -> u64 {
        self.used.load(Ordering::Acquire)
    }
}

impl Default for UploadBudget {
    /// No server-wide limit (tests of a single store).
    fn default() -> Self {
        UploadBudget::new(u64::MAX)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reserves_up_to_the_limit_and_releases() {
        let budget = UploadBudget::new(10);
        assert!(budget.try_reserve(6));
        assert!(!budget.try_reserve(5));
        assert_eq!(budget.used(), 6);
        budget.release(6);
        assert!(budget.try_reserve(10));
    }
}
