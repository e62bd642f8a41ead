//! The integration tests' model of the browser's tree (common::tree::Tree)
//! replays the shared tree fixtures and keeps exactly the nodes they list.

use rustlit::proto;
use rustlit::proto::{delta, forward_event, Delta, RunFinished, RunStarted, Unchanged};

use crate::common::tree::{Node, Tree};
use fixture::{Event, Surviving};

#[path = "../fixtures/tree/fixture.rs"]
mod fixture;

fn forward(event: &Event, run_id: u32) -> forward_event::Kind {
    match event {
        Event::Element { path, kind } => forward_event::Kind::Delta(Delta {
            path: path.clone(),
            kind: Some(delta::Kind::Element(fixture::element(kind))),
            fragment_id: String::new(),
        }),
        Event::Block { path, kind } => forward_event::Kind::Delta(Delta {
            path: path.clone(),
            kind: Some(delta::Kind::Block(fixture::block(kind))),
            fragment_id: String::new(),
        }),
        Event::Unchanged {
            parent,
            start,
            count,
        } => forward_event::Kind::Unchanged(Unchanged {
            parent: parent.clone(),
            start: *start,
            count: *count,
        }),
        Event::Finished { status } => forward_event::Kind::RunFinished(RunFinished {
            run_id,
            status: fixture::status(status) as i32,
        }),
    }
}

fn surviving(tree: &Tree) -> Vec<Surviving> {
    tree.nodes
        .iter()
        .map(|(path, (node, _))| Surviving {
            path: path.clone(),
            kind: match node {
                Node::Element(e) => fixture::element_name(e),
                Node::Block(b) => fixture::block_name(b),
            },
        })
        .collect()
}

#[test]
fn the_tree_model_keeps_what_the_tree_fixtures_say() {
    for (name, case) in fixture::cases() {
        let mut tree = Tree::default();
        for (run_id, run) in (1..).zip(&case.runs) {
            tree.apply(&forward_event::Kind::RunStarted(RunStarted {
                run_id,
                fragment_run: run.scope.is_some(),
                fragment_ids: Vec::new(),
                scope: run
                    .scope
                    .iter()
                    .flatten()
                    .map(|path| proto::NodePath { path: path.clone() })
                    .collect(),
            }));
            for event in &run.events {
                tree.apply(&forward(event, run_id));
            }
            assert_eq!(
                surviving(&tree),
                run.surviving,
                "{name}, after run {run_id}"
            );
        }
    }
}
