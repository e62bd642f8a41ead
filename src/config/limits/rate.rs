//! A token bucket: `rate` tokens a second, holding at most `burst`.

use std::time::Instant;

#[derive(Debug)]
pub struct TokenBucket {
    rate: f64,
    burst: f64,
    tokens: f64,
    last: Instant,
}

impl TokenBucket {
    /// `rate` 0 = unlimited.
    pub fn new(rate: u32, burst: u32) -> Self {
        TokenBucket {
            rate: f64::from(rate),
            burst: f64::from(burst.max(rate)),
            tokens: f64::from(burst.max(rate)),
            last: Instant::now(),
        }
    }

    /// Takes a token; `false` when the bucket is empty.
    pub fn take(&mut self) -> bool {
        self.take_at(Instant::now())
    }

    fn take_at(&mut self, now: Instant) -> bool {
        if self.rate == 0.0 {
            return true;
        }
        let elapsed = now.saturating_duration_since(self.last).as_secs_f64();
        self.last = now;
        self.tokens = (self.tokens + elapsed * self.rate).min(self.burst);
        if self.tokens >= 1.0 {
            self.tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn allows_the_burst_then_the_rate() {
        let start = Instant::now();
        let mut bucket = TokenBucket::new(10, 20);
        bucket.last = start;
        assert_eq!((0..30).filter(|_| bucket.take_at(start)).count(), 20);
        let later = start + Duration::from_millis(500);
        assert_eq!((0..30).filter(|_| bucket.take_at(later)).count(), 5);
    }

    #[test]
    fn zero_rate_is_unlimited() {
        let mut bucket = TokenBucket::new(0, 0);
        assert!((0..10_000).all(|_| bucket.take()));
    }
}
