//! Turns what a run produced into what one browser needs to receive.
//!
//! The outbox remembers, per path, a digest of the node the browser holds
//! (the mirror). A delta identical to the held node is not sent again; it is
//! announced as `Unchanged`, coalesced into ranges of siblings, so a rerun
//! that changes one number sends one small delta and a few bytes of ranges,
//! not the page. The mirror prunes exactly as the browser does when a run
//! finishes successfully, so the two stay in step.

use std::collections::BTreeMap;
use std::hash::{DefaultHasher, Hash, Hasher};

use prost::Message;

use super::oversized::MessageLimit;
use crate::proto::{
    delta, forward_event, Delta, ForwardEvent, ForwardMsg, PageConfig, RunFinished, RunStarted,
    RunStatus, Unchanged,
};
use crate::runner::{OutboxReceiver, RunEvent};

/// The receiving half of a session's outbox plus the mirror of what the
/// attached browser holds. It moves to whichever socket is attached.
pub struct Outbox {
    pub rx: OutboxReceiver,
    mirror: Mirror,
    /// Every st.set_page_config call so far, merged (None before the first).
    page_config: Option<PageConfig>,
    /// `server.maxMessageSize`: elements over it go out as 1.67's error.
    max_message: MessageLimit,
}

impl Outbox {
    pub fn new(rx: OutboxReceiver, max_message: MessageLimit) -> Self {
        Outbox {
            rx,
            mirror: Mirror::default(),
            page_config: None,
            max_message,
        }
    }

    /// For a socket that resumes the session: the page config the script set
    /// so far, merged into one event (the page may have lost the originals).
    pub fn held_page_config(&self) -> Option<ForwardEvent> {
        let config = self.page_config.clone()?;
        Some(ForwardEvent {
            kind: Some(forward_event::Kind::PageConfigChanged(config)),
        })
    }

    /// A new socket may hold nothing we sent before (frames in flight when the
    /// old one dropped are lost): forget the mirror so the next run sends
    /// every node in full.
    pub fn forget_browser_state(&mut self) {
        self.mirror = Mirror::default();
    }

    /// Builds one frame from a batch of events (`None` if nothing to send).
    pub fn frame(&mut self, events: impl IntoIterator<Item = RunEvent>) -> Option<ForwardMsg> {
        let mut out: Vec<ForwardEvent> = Vec::new();
        for event in events {
            let kind = match event {
                RunEvent::Started { run_id } => {
                    self.mirror.run_started(run_id);
                    forward_event::Kind::RunStarted(RunStarted {
                        run_id,
                        ..Default::default()
                    })
                }
                RunEvent::FragmentStarted(started) => {
                    self.mirror.run_started(started.run_id);
                    let scope: Vec<&[u32]> =
                        started.scope.iter().map(|p| p.path.as_slice()).collect();
                    self.mirror.keep_outside(&scope);
                    forward_event::Kind::RunStarted(*started)
                }
                RunEvent::Finished { run_id, status } => {
                    self.mirror.run_finished(status);
                    forward_event::Kind::RunFinished(RunFinished {
                        run_id,
                        status: status as i32,
                    })
                }
                RunEvent::CompileError(exception) => {
                    forward_event::Kind::CompileError(crate::proto::CompileError {
                        exception: Some(*exception),
                    })
                }
                RunEvent::PageConfig(change) => {
                    let held = self.page_config.get_or_insert_with(Default::default);
                    super::page_config::merge(held, &change);
                    forward_event::Kind::PageConfigChanged(*change)
                }
                RunEvent::SourceChanged => {
                    forward_event::Kind::ScriptChangedOnDisk(crate::proto::ScriptChangedOnDisk {})
                }
                RunEvent::Forward(kind) => *kind,
                RunEvent::Delta(delta) => {
                    let mut delta = delta;
                    self.max_message.enforce(&mut delta);
                    if self.mirror.must_send(&mut delta) {
                        forward_event::Kind::Delta(*delta)
                    } else {
                        push_unchanged(&mut out, &delta.path);
                        continue;
                    }
                }
            };
            out.push(ForwardEvent { kind: Some(kind) });
        }
        (!out.is_empty()).then_some(ForwardMsg { events: out })
    }
}

/// Extends the previous `Unchanged` range when `path` is its next sibling.
fn push_unchanged(out: &mut Vec<ForwardEvent>, path: &[u32]) {
    let Some((&index, parent)) = path.split_last() else {
        return;
    };
    if let Some(ForwardEvent {
        kind: Some(forward_event::Kind::Unchanged(range)),
    }) = out.last_mut()
    {
        if range.parent == parent && range.start + range.count == index {
            range.count += 1;
            return;
        }
    }
    let range = Unchanged {
        parent: parent.to_vec(),
        start: index,
        count: 1,
    };
    out.push(ForwardEvent {
        kind: Some(forward_event::Kind::Unchanged(range)),
    });
}

#[derive(Debug, Clone, Copy)]
struct Held {
    digest: u64,
    /// The block's type (oneof field number) or `None` for an element.
    block_type: Option<u32>,
    run_id: u32,
}

/// What the browser holds, by path.
#[derive(Debug, Default)]
struct Mirror {
    nodes: BTreeMap<Vec<u32>, Held>,
    run_id: u32,
}

impl Mirror {
    fn run_started(&mut self, run_id: u32) {
        self.run_id = run_id;
    }

    /// A fragment run: every node that is not inside one of the fragments'
    /// containers is current for this run (the browser does the same).
    fn keep_outside(&mut self, scope: &[&[u32]]) {
        let run_id = self.run_id;
        for (path, held) in self.nodes.iter_mut() {
            if !inside_scope(path, scope) {
                held.run_id = run_id;
            }
        }
    }

    fn run_finished(&mut self, status: RunStatus) {
        if status == RunStatus::FinishedSuccessfully {
            let run_id = self.run_id;
            self.nodes.retain(|_, held| held.run_id == run_id);
        }
    }

    /// Records the delta as held and says whether the browser needs it.
    fn must_send(&mut self, delta: &mut Delta) -> bool {
        let (digest, block_type) = digest(delta);
        self.stamp_ancestors(&delta.path);
        let run_id = self.run_id;
        match self.nodes.get_mut(&delta.path) {
            Some(held) if held.digest == digest => {
                held.run_id = run_id;
                false
            }
            Some(held) => {
                // A block of the same type keeps its children in the browser;
                // anything else replaces the subtree.
                let keeps_children = block_type.is_some() && held.block_type == block_type;
                *held = Held {
                    digest,
                    block_type,
                    run_id,
                };
                if !keeps_children {
                    self.remove_descendants(&delta.path);
                }
                true
            }
            None => {
                self.nodes.insert(
                    delta.path.clone(),
                    Held {
                        digest,
                        block_type,
                        run_id,
                    },
                );
                true
            }
        }
    }

    fn stamp_ancestors(&mut self, path: &[u32]) {
        for end in 2..path.len() {
            if let Some(held) = self.nodes.get_mut(&path[..end]) {
                held.run_id = self.run_id;
            }
        }
    }

    fn remove_descendants(&mut self, path: &[u32]) {
        let doomed: Vec<Vec<u32>> = self
            .nodes
            .range(path.to_vec()..)
            .skip(1)
            .take_while(|(p, _)| p.starts_with(path))
            .map(|(p, _)| p.clone())
            .collect();
        for p in doomed {
            self.nodes.remove(&p);
        }
    }
}

/// Whether `path` is strictly below one of the scope's paths.
pub(crate) fn inside_scope(path: &[u32], scope: &[&[u32]]) -> bool {
    scope
        .iter()
        .any(|s| path.len() > s.len() && path.starts_with(s))
}

/// The node's digest. Large byte payloads (a dataframe's Arrow stream) are moved out of the
/// element while the rest is encoded for hashing, and hashed where they are, so a frame of
/// many megabytes is not copied into a throwaway encoding on every rerun.
fn digest(delta: &mut Delta) -> (u64, Option<u32>) {
    let mut hasher = DefaultHasher::new();
    delta.fragment_id.hash(&mut hasher);
    let block_type = match &mut delta.kind {
        Some(delta::Kind::Element(element)) => {
            0u8.hash(&mut hasher);
            let mut payloads = Vec::new();
            for_each_payload(element, |p| payloads.push(std::mem::take(p)));
            element.encode_to_vec().hash(&mut hasher);
            for payload in &payloads {
                payload.hash(&mut hasher);
            }
            let mut back = payloads.into_iter();
            for_each_payload(element, |p| *p = back.next().unwrap_or_default());
            None
        }
        Some(delta::Kind::Block(block)) => {
            1u8.hash(&mut hasher);
            block.encode_to_vec().hash(&mut hasher);
            Some(block_type_tag(block))
        }
        None => None,
    };
    (hasher.finish(), block_type)
}

/// The large `bytes` fields of an element, in a fixed order.
fn for_each_payload(element: &mut crate::proto::Element, mut f: impl FnMut(&mut Vec<u8>)) {
    use crate::proto::element::Type;
    let mut arrow_payloads = |arrow: &mut crate::proto::ArrowData| {
        f(&mut arrow.data);
        if let Some(styler) = arrow.styler.as_mut() {
            f(&mut styler.display_values);
        }
    };
    match &mut element.r#type {
        Some(Type::Dataframe(d)) => {
            if let Some(arrow) = d.arrow_data.as_mut() {
                arrow_payloads(arrow);
            }
        }
        Some(Type::Table(t)) => {
            if let Some(arrow) = t.arrow_data.as_mut() {
                arrow_payloads(arrow);
            }
        }
        Some(Type::DataEditor(e)) => {
            if let Some(arrow) = e.arrow_data.as_mut() {
                arrow_payloads(arrow);
            }
        }
        Some(Type::VegaLiteChart(c)) => {
            if let Some(data) = c.data.as_mut() {
                arrow_payloads(data);
            }
            for set in &mut c.datasets {
                if let Some(data) = set.data.as_mut() {
                    arrow_payloads(data);
                }
            }
        }
        _ => {}
    }
}

fn block_type_tag(block: &crate::proto::Block) -> u32 {
    use crate::proto::block::Type;
    match &block.r#type {
        None => 0,
        Some(Type::Vertical(_)) => 10,
        Some(Type::Horizontal(_)) => 11,
        Some(Type::Column(_)) => 12,
        Some(Type::Expandable(_)) => 13,
        Some(Type::Form(_)) => 14,
        Some(Type::ChatMessage(_)) => 15,
        Some(Type::TabContainer(_)) => 16,
        Some(Type::Tab(_)) => 17,
        Some(Type::Transparent(_)) => 18,
        Some(Type::Dialog(_)) => 19,
        Some(Type::Popover(_)) => 20,
        Some(Type::Grid(_)) => 23,
        Some(Type::GridCell(_)) => 24,
    }
}

#[cfg(test)]
mod tests;
