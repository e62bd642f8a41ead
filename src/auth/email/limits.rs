//! Sliding-window counters for sign-in link requests: per address and per
//! client address, so nobody can flood a mailbox or the SMTP server. The
//! maps are bounded: when full, windows that have ended are dropped, and if
//! that is not enough the request is refused (a flood of distinct keys
//! cannot grow memory, and refusing is the safe side).

use std::collections::{HashMap, VecDeque};
use std::hash::Hash;
use std::time::{Duration, Instant};

const MAX_KEYS: usize = 100_000;

pub struct Window<K> {
    limit: usize,
    window: Duration,
    hits: HashMap<K, VecDeque<Instant>>,
}

impl<K: Hash + Eq> Window<K> {
    pub fn new(limit: usize, window: Duration) -> Window<K> {
        Window {
            limit,
            window,
            hits: HashMap::new(),
        }
    }

    /// Counts one request for `key` at `now`; `false` when it is over the
    /// limit (and then it is not counted).
    pub fn allow(&mut self, key: K, now: Instant) -> bool {
        let window = self.window;
        let recent = |t: &Instant| now.saturating_duration_since(*t) < window;
        if self.hits.len() >= MAX_KEYS && !self.hits.contains_key(&key) {
            self.hits
                .retain(|_, times| times.back().is_some_and(recent));
            if self.hits.len() >= MAX_KEYS {
                return false;
            }
        }
        let times = self.hits.entry(key).or_default();
        while times.front().is_some_and(|t| !recent(t)) {
            times.pop_front();
        }
        if times.len() >= self.limit {
            return false;
        }
        times.push_back(now);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_gets_its_limit_per_window_and_again_after_it() {
        let start = Instant::now();
        let mut window = Window::new(3, Duration::from_secs(900));
        for _ in 0..3 {
            assert!(window.allow("a", start));
        }
        assert!(!window.allow("a", start + Duration::from_secs(10)));
        assert!(window.allow("b", start + Duration::from_secs(10)));
        assert!(window.allow("a", start + Duration::from_secs(901)));
    }
}
