//! A session's lazy dataframe chunk loads: which are running, which wait.
//!
//! The page asks for rows of a lazy `st.dataframe` with a
//! `DataframeChunkRequest`; the rows live in the session's Python state, so
//! a runner chunk-loader thread reads them (`runner::ChunkLoad`), never the
//! script's thread. As 1.67 does, at most [`MAX_LOADS_PER_SOURCE`] loads of
//! one source run at once and identical requests in flight share one load.
//! Requests beyond what may wait are answered with an error at once. Nothing
//! here calls into Python.

use std::collections::{HashMap, VecDeque};

use crate::proto::{dataframe_sort, DataframeChunkRequest};
pub use crate::runner::ChunkKey;

/// Loads of one source running at once.
pub const MAX_LOADS_PER_SOURCE: usize = 4;
/// Rows one request may ask for; more is clamped.
pub const MAX_CHUNK_ROWS: u32 = 10_000;
/// Distinct loads waiting per session: a page scrolling fast asks for the
/// chunks it passes, a flood beyond this is refused.
const MAX_WAITING: usize = 256;

/// The load a request asks for, its limit clamped.
pub fn key_of(request: &DataframeChunkRequest) -> ChunkKey {
    let sort = request
        .sort
        .as_ref()
        .filter(|s| !s.column.is_empty())
        .map(|s| {
            let descending = s.direction == dataframe_sort::Direction::Descending as i32;
            (s.column.clone(), descending)
        });
    ChunkKey {
        source_id: request.source_id.clone(),
        offset: request.offset,
        limit: request.limit.min(MAX_CHUNK_ROWS),
        sort,
    }
}

/// What to do with a new request.
#[derive(Debug, PartialEq, Eq)]
pub enum Admit {
    /// Start this load now.
    Start(ChunkKey),
    /// It joins a load in flight, or waits for a free slot of its source.
    Wait,
    /// Too much is waiting already: answer with an error.
    Refuse,
}

#[derive(Debug, Default)]
pub struct ChunkLoads {
    /// Request ids waiting for each load, started or queued.
    waiting: HashMap<ChunkKey, Vec<u32>>,
    /// Loads running per source.
    running: HashMap<String, usize>,
    /// Loads not started yet, oldest first.
    queued: VecDeque<ChunkKey>,
}

impl ChunkLoads {
    pub fn request(&mut self, request_id: u32, key: ChunkKey) -> Admit {
        if let Some(ids) = self.waiting.get_mut(&key) {
            ids.push(request_id);
            return Admit::Wait;
        }
        if self.waiting.len() >= MAX_WAITING {
            return Admit::Refuse;
        }
        self.waiting.insert(key.clone(), vec![request_id]);
        let running = self.running.entry(key.source_id.clone()).or_default();
        if *running < MAX_LOADS_PER_SOURCE {
            *running += 1;
            Admit::Start(key)
        } else {
            self.queued.push_back(key);
            Admit::Wait
        }
    }

    /// A load ended: the request ids it answers, and the queued loads of
    /// its source that may start now.
    pub fn finished(&mut self, key: &ChunkKey) -> (Vec<u32>, Vec<ChunkKey>) {
        let ids = self.waiting.remove(key).unwrap_or_default();
        let mut start = Vec::new();
        if let Some(running) = self.running.get_mut(&key.source_id) {
            *running = running.saturating_sub(1);
            if let Some(at) = self
                .queued
                .iter()
                .position(|q| q.source_id == key.source_id)
            {
                if let Some(next) = self.queued.remove(at) {
                    *running += 1;
                    start.push(next);
                }
            }
            if *running == 0 {
                self.running.remove(&key.source_id);
            }
        }
        (ids, start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(source: &str, offset: i64) -> ChunkKey {
        ChunkKey {
            source_id: source.into(),
            offset,
            limit: 1000,
            sort: None,
        }
    }

    #[test]
    fn identical_requests_share_one_load() {
        let mut loads = ChunkLoads::default();
        assert_eq!(loads.request(1, key("a", 0)), Admit::Start(key("a", 0)));
        assert_eq!(loads.request(2, key("a", 0)), Admit::Wait);
        assert_eq!(loads.finished(&key("a", 0)), (vec![1, 2], vec![]));
    }

    #[test]
    fn at_most_four_loads_of_a_source_run_at_once() {
        let mut loads = ChunkLoads::default();
        for i in 0..4 {
            assert!(matches!(
                loads.request(i as u32, key("a", i * 1000)),
                Admit::Start(_)
            ));
        }
        assert_eq!(loads.request(9, key("a", 9000)), Admit::Wait);
        // Another source has slots of its own.
        assert!(matches!(loads.request(10, key("b", 0)), Admit::Start(_)));
        let (ids, start) = loads.finished(&key("a", 0));
        assert_eq!(ids, vec![0]);
        assert_eq!(start, vec![key("a", 9000)]);
        assert_eq!(loads.finished(&key("a", 9000)), (vec![9], vec![]));
    }

    #[test]
    fn limits_are_clamped_and_sorts_are_part_of_the_key() {
        let request = DataframeChunkRequest {
            request_id: 1,
            source_id: "a".into(),
            offset: 5,
            limit: 1_000_000,
            sort: Some(crate::proto::DataframeSort {
                column: "x".into(),
                direction: dataframe_sort::Direction::Descending as i32,
            }),
        };
        let key = key_of(&request);
        assert_eq!(key.limit, MAX_CHUNK_ROWS);
        assert_eq!(key.sort, Some(("x".into(), true)));
    }

    #[test]
    fn a_flood_is_refused() {
        let mut loads = ChunkLoads::default();
        for i in 0..MAX_WAITING as i64 {
            assert_ne!(loads.request(i as u32, key("a", i)), Admit::Refuse);
        }
        assert_eq!(loads.request(999, key("a", -1)), Admit::Refuse);
    }
}
