//! Shared pieces of the server's limits: refusal logging and a token bucket.
//!
//! Limits themselves live where the resource is (the session registry, the
//! runner pool, the upload store, the websocket, the HTTP accept loop); this
//! module only keeps their refusals from flooding the log: a flood of
//! refusals is exactly when a log line per refusal would hurt.

mod rate;

use std::collections::HashMap;
use std::time::{Duration, Instant};

use parking_lot::Mutex;

pub use rate::TokenBucket;

/// After the first refusal of a kind, further ones are counted and reported
/// at most this often.
const SUMMARY_EVERY: Duration = Duration::from_secs(60);

struct Seen {
    last_logged: Instant,
    suppressed: u64,
}

static SEEN: Mutex<Option<HashMap<&'static str, Seen>>> = Mutex::new(None);

/// Logs that a limit refused something: the first refusal of each `limit`
/// with its reason, then one summary line a minute while refusals go on.
pub fn refused(limit: &'static str, reason: impl std::fmt::Display) {
    let now = Instant::now();
    let mut seen = SEEN.lock();
    let seen = seen.get_or_insert_with(HashMap::new);
    match seen.get_mut(limit) {
        None => {
            seen.insert(
                limit,
                Seen {
                    last_logged: now,
                    suppressed: 0,
                },
            );
            tracing::warn!("limit {limit}: {reason}");
        }
        Some(entry) if now.duration_since(entry.last_logged) >= SUMMARY_EVERY => {
            tracing::warn!(
                "limit {limit}: {reason} (and {} more refusals since the last report)",
                entry.suppressed
            );
            entry.last_logged = now;
            entry.suppressed = 0;
        }
        Some(entry) => entry.suppressed += 1,
    }
}
