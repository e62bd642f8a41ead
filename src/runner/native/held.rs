//! A delta held back for a moment: 1.67 shows a cached function's spinner
//! only once the call has taken half a second, so fast calls never flash one.
//! `hold_next_delta` arms this thread; the next delta it emits (the
//! spinner) goes to a timer instead of the outbox. The timer sends it when
//! the delay is up unless, before that, the call ended (`end_held_delta`),
//! the run ended, or the script wrote another delta to the same place. The
//! timer sends under the same lock those take, so a held spinner can never
//! arrive after what replaced it.

use std::cell::RefCell;
use std::sync::Arc;
use std::time::Duration;

use parking_lot::{Condvar, Mutex};
use pyo3::prelude::*;

use super::ACTIVE_RUN;
use crate::proto::Delta;
use crate::runner::event::{OutboxSender, RunEvent};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Waiting,
    Sent,
    Dropped,
}

struct Held {
    path: Vec<u32>,
    state: Arc<(Mutex<State>, Condvar)>,
}

enum Slot {
    Idle,
    /// The next delta is to be held this long.
    Armed(Duration),
    Holding(Held),
}

thread_local! {
    static SLOT: RefCell<Slot> = const { RefCell::new(Slot::Idle) };
}

/// The next delta this thread emits is held back `delay_ms`.
#[pyfunction]
fn hold_next_delta(delay_ms: u64) {
    end();
    SLOT.with_borrow_mut(|slot| *slot = Slot::Armed(Duration::from_millis(delay_ms)));
}

/// Ends the hold: a delta still waiting is dropped. Returns whether it was
/// sent (the page shows it, so the caller may have to clear it).
#[pyfunction]
fn end_held_delta() -> bool {
    end()
}

pub(super) fn end() -> bool {
    match SLOT.with_borrow_mut(|slot| std::mem::replace(slot, Slot::Idle)) {
        Slot::Holding(held) => settle(&held) == State::Sent,
        Slot::Idle | Slot::Armed(_) => false,
    }
}

/// Drops the held delta if it is still waiting; its state after.
fn settle(held: &Held) -> State {
    let (lock, wake) = &*held.state;
    let mut state = lock.lock();
    if *state == State::Waiting {
        *state = State::Dropped;
        wake.notify_all();
    }
    *state
}

/// Called for every delta this thread emits. Returns the delta when it is to
/// be sent now; `None` when it was handed to the timer.
pub(super) fn route(delta: Box<Delta>) -> Option<Box<Delta>> {
    SLOT.with_borrow_mut(|slot| match slot {
        Slot::Idle => Some(delta),
        Slot::Holding(held) => {
            // The place is taken: the held delta must not land on it later.
            if held.path == delta.path {
                settle(held);
            }
            Some(delta)
        }
        Slot::Armed(delay) => {
            let Some(outbox) =
                ACTIVE_RUN.with_borrow(|run| run.as_ref().map(|r| r.outbox.shared()))
            else {
                return Some(delta);
            };
            let state = Arc::new((Mutex::new(State::Waiting), Condvar::new()));
            let path = delta.path.clone();
            spawn_timer(*delay, outbox, delta, Arc::clone(&state));
            *slot = Slot::Holding(Held { path, state });
            None
        }
    })
}

fn spawn_timer(
    delay: Duration,
    outbox: OutboxSender,
    delta: Box<Delta>,
    state: Arc<(Mutex<State>, Condvar)>,
) {
    let spawned = std::thread::Builder::new()
        .name("rustlit-held-delta".into())
        .spawn(move || {
            let (lock, wake) = &*state;
            let mut current = lock.lock();
            let deadline = std::time::Instant::now() + delay;
            while *current == State::Waiting {
                if wake.wait_until(&mut current, deadline).timed_out() {
                    break;
                }
            }
            if *current == State::Waiting {
                // Sent while holding the lock: see the module's comment.
                let _ = outbox.send(RunEvent::Delta(delta));
                *current = State::Sent;
            }
        });
    if let Err(error) = spawned {
        tracing::warn!("could not start the timer of a held spinner ({error}); it is not shown");
    }
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(hold_next_delta, m)?)?;
    m.add_function(wrap_pyfunction!(end_held_delta, m)?)?;
    Ok(())
}
