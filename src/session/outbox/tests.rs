use std::collections::BTreeMap;

use super::*;
use crate::proto;
use crate::proto::{element, Element, Text};

// The tree fixtures' reader, shared with the integration tests.
#[path = "../../../tests/fixtures/tree/fixture.rs"]
mod fixture;

fn text(path: &[u32], body: &str) -> RunEvent {
    let element = Element {
        r#type: Some(element::Type::Text(Text {
            body: body.into(),
            help: String::new(),
            truncate: None,
        })),
        ..Default::default()
    };
    RunEvent::Delta(Box::new(Delta {
        path: path.to_vec(),
        kind: Some(delta::Kind::Element(element)),
        fragment_id: String::new(),
    }))
}

fn run(outbox: &mut Outbox, run_id: u32, deltas: Vec<RunEvent>) -> ForwardMsg {
    let mut events = vec![RunEvent::Started { run_id }];
    events.extend(deltas);
    events.push(RunEvent::Finished {
        run_id,
        status: RunStatus::FinishedSuccessfully,
    });
    outbox.frame(events).expect("a frame")
}

fn kinds(msg: &ForwardMsg) -> Vec<&forward_event::Kind> {
    msg.events.iter().filter_map(|e| e.kind.as_ref()).collect()
}

fn outbox() -> Outbox {
    Outbox::new(
        crate::runner::outbox_channel(usize::MAX, Default::default()).1,
        MessageLimit::unlimited(),
    )
}

#[test]
fn a_rerun_sends_only_the_changed_element() {
    let mut outbox = outbox();
    let page = |n: &str| {
        (0..100)
            .map(|i| text(&[0, i], if i == 50 { n } else { "same" }))
            .collect()
    };
    let first = run(&mut outbox, 1, page("1"));
    assert_eq!(kinds(&first).len(), 102);
    let second = run(&mut outbox, 2, page("2"));
    let k = kinds(&second);
    assert_eq!(
        k.len(),
        5,
        "started, unchanged 0..50, delta 50, unchanged 51..100, finished: {k:?}"
    );
    assert!(matches!(
        k[1],
        forward_event::Kind::Unchanged(Unchanged {
            start: 0,
            count: 50,
            ..
        })
    ));
    assert!(matches!(k[2], forward_event::Kind::Delta(d) if d.path == [0, 50]));
    assert!(matches!(
        k[3],
        forward_event::Kind::Unchanged(Unchanged {
            start: 51,
            count: 49,
            ..
        })
    ));
    assert!(second.encoded_len() < 200, "{} bytes", second.encoded_len());
}

#[test]
fn pruned_nodes_are_sent_again_when_they_come_back() {
    let mut outbox = outbox();
    run(&mut outbox, 1, vec![text(&[0, 0], "a"), text(&[0, 1], "b")]);
    run(&mut outbox, 2, vec![text(&[0, 0], "a")]);
    let third = run(&mut outbox, 3, vec![text(&[0, 0], "a"), text(&[0, 1], "b")]);
    assert!(kinds(&third)
        .iter()
        .any(|k| matches!(k, forward_event::Kind::Delta(d) if d.path == [0, 1])));
}

#[test]
fn an_interrupted_run_does_not_prune() {
    let mut outbox = outbox();
    run(&mut outbox, 1, vec![text(&[0, 0], "a"), text(&[0, 1], "b")]);
    outbox.frame(vec![
        RunEvent::Started { run_id: 2 },
        text(&[0, 0], "a"),
        RunEvent::Finished {
            run_id: 2,
            status: RunStatus::FinishedEarlyForRerun,
        },
    ]);
    let third = run(&mut outbox, 3, vec![text(&[0, 0], "a"), text(&[0, 1], "b")]);
    assert!(!kinds(&third)
        .iter()
        .any(|k| matches!(k, forward_event::Kind::Delta(_))));
}

#[test]
fn forgetting_the_browser_resends_everything() {
    let mut outbox = outbox();
    run(&mut outbox, 1, vec![text(&[0, 0], "a")]);
    outbox.forget_browser_state();
    let again = run(&mut outbox, 2, vec![text(&[0, 0], "a")]);
    assert!(kinds(&again)
        .iter()
        .any(|k| matches!(k, forward_event::Kind::Delta(_))));
}

/// The mirror replays the shared tree fixtures (tests/fixtures/tree/*.json)
/// and holds exactly the nodes they say the browser holds. An `Unchanged` in
/// a fixture is the runner producing the same node again, which the outbox
/// must announce as unchanged rather than send.
#[test]
fn the_mirror_keeps_what_the_tree_fixtures_say() {
    use fixture::{Event, Surviving};
    for (name, case) in fixture::cases() {
        let mut outbox = outbox();
        // What the runner last produced at each path.
        let mut produced: BTreeMap<Vec<u32>, Delta> = BTreeMap::new();
        for (run_id, run) in (1..).zip(&case.runs) {
            let mut events = vec![match &run.scope {
                None => RunEvent::Started { run_id },
                Some(scope) => RunEvent::FragmentStarted(Box::new(proto::RunStarted {
                    run_id,
                    fragment_run: true,
                    fragment_ids: vec!["f".into()],
                    scope: scope
                        .iter()
                        .map(|path| proto::NodePath { path: path.clone() })
                        .collect(),
                })),
            }];
            let mut repeated = 0;
            for event in &run.events {
                let delta = |path: &Vec<u32>, kind| Delta {
                    path: path.clone(),
                    kind: Some(kind),
                    fragment_id: String::new(),
                };
                match event {
                    Event::Element { path, kind } => {
                        let d = delta(path, delta::Kind::Element(fixture::element(kind)));
                        produced.insert(path.clone(), d.clone());
                        events.push(RunEvent::Delta(Box::new(d)));
                    }
                    Event::Block { path, kind } => {
                        let d = delta(path, delta::Kind::Block(fixture::block(kind)));
                        produced.insert(path.clone(), d.clone());
                        events.push(RunEvent::Delta(Box::new(d)));
                    }
                    Event::Unchanged {
                        parent,
                        start,
                        count,
                    } => {
                        for index in *start..start + count {
                            let path = [parent.as_slice(), &[index]].concat();
                            let d = produced.get(&path).unwrap_or_else(|| {
                                panic!("{name}: unchanged {path:?} was never written")
                            });
                            events.push(RunEvent::Delta(Box::new(d.clone())));
                            repeated += 1;
                        }
                    }
                    Event::Finished { status } => events.push(RunEvent::Finished {
                        run_id,
                        status: fixture::status(status),
                    }),
                }
            }
            let frame = outbox.frame(events).expect("a frame");
            let announced: u32 = kinds(&frame)
                .iter()
                .map(|k| match k {
                    forward_event::Kind::Unchanged(u) => u.count,
                    _ => 0,
                })
                .sum();
            assert!(
                announced >= repeated,
                "{name}, run {run_id}: {repeated} nodes produced again, {announced} announced unchanged"
            );
            let surviving: Vec<Surviving> = outbox
                .mirror
                .nodes
                .keys()
                .map(|path| Surviving {
                    path: path.clone(),
                    kind: match &produced[path].kind {
                        Some(delta::Kind::Element(e)) => fixture::element_name(e),
                        Some(delta::Kind::Block(b)) => fixture::block_name(b),
                        None => "?".into(),
                    },
                })
                .collect();
            assert_eq!(surviving, run.surviving, "{name}, after run {run_id}");
        }
    }
}

fn dataframe(path: &[u32], data: &[u8]) -> RunEvent {
    let element = Element {
        r#type: Some(element::Type::Dataframe(proto::Dataframe {
            arrow_data: Some(proto::ArrowData {
                data: data.to_vec(),
                styler: None,
            }),
            columns: "{}".into(),
            ..Default::default()
        })),
        ..Default::default()
    };
    RunEvent::Delta(Box::new(Delta {
        path: path.to_vec(),
        kind: Some(delta::Kind::Element(element)),
        fragment_id: String::new(),
    }))
}

#[test]
fn an_unchanged_dataframe_is_not_sent_again_and_a_changed_one_is_sent_whole() {
    let mut outbox = outbox();
    let big = vec![7u8; 1 << 20];
    run(&mut outbox, 1, vec![dataframe(&[0, 0], &big)]);
    let same = run(&mut outbox, 2, vec![dataframe(&[0, 0], &big)]);
    assert!(matches!(kinds(&same)[1], forward_event::Kind::Unchanged(_)));
    let mut changed = big.clone();
    changed[12345] = 8;
    let other = run(&mut outbox, 3, vec![dataframe(&[0, 0], &changed)]);
    let forward_event::Kind::Delta(delta) = kinds(&other)[1] else {
        panic!("the changed frame is sent: {:?}", kinds(&other)[1]);
    };
    let Some(delta::Kind::Element(Element {
        r#type: Some(element::Type::Dataframe(d)),
        ..
    })) = &delta.kind
    else {
        panic!("a dataframe delta");
    };
    // The payload was moved out for hashing and put back.
    assert_eq!(d.arrow_data.as_ref().map(|a| &a.data), Some(&changed));
}

fn data_editor(path: &[u32], data: &[u8]) -> RunEvent {
    let element = Element {
        r#type: Some(element::Type::DataEditor(proto::DataEditor {
            arrow_data: Some(proto::ArrowData {
                data: data.to_vec(),
                styler: None,
            }),
            columns: "{}".into(),
            ..Default::default()
        })),
        ..Default::default()
    };
    RunEvent::Delta(Box::new(Delta {
        path: path.to_vec(),
        kind: Some(delta::Kind::Element(element)),
        fragment_id: String::new(),
    }))
}

#[test]
fn every_element_that_carries_a_frame_has_its_payload_hashed_in_place() {
    // The Arrow payload of each frame-carrying element is visited (moved out for hashing,
    // not copied into the throwaway encoding), data_editor's included.
    let big = vec![7u8; 4096];
    for event in [dataframe(&[0, 0], &big), data_editor(&[0, 0], &big)] {
        let RunEvent::Delta(mut delta) = event else {
            unreachable!()
        };
        let Some(delta::Kind::Element(element)) = delta.kind.as_mut() else {
            unreachable!()
        };
        let mut seen = 0;
        for_each_payload(element, |p| seen += p.len());
        assert_eq!(seen, big.len(), "{element:?}");
    }
}

#[test]
fn an_unchanged_data_editor_is_not_sent_again_and_a_changed_one_is_sent_whole() {
    let mut outbox = outbox();
    let big = vec![7u8; 1 << 20];
    run(&mut outbox, 1, vec![data_editor(&[0, 0], &big)]);
    let same = run(&mut outbox, 2, vec![data_editor(&[0, 0], &big)]);
    assert!(matches!(kinds(&same)[1], forward_event::Kind::Unchanged(_)));
    assert!(same.encoded_len() < 100, "{} bytes", same.encoded_len());
    let mut changed = big.clone();
    changed[999] = 8;
    let other = run(&mut outbox, 3, vec![data_editor(&[0, 0], &changed)]);
    let forward_event::Kind::Delta(delta) = kinds(&other)[1] else {
        panic!("the changed frame is sent: {:?}", kinds(&other)[1]);
    };
    let Some(delta::Kind::Element(Element {
        r#type: Some(element::Type::DataEditor(e)),
        ..
    })) = &delta.kind
    else {
        panic!("a data_editor delta");
    };
    assert_eq!(e.arrow_data.as_ref().map(|a| &a.data), Some(&changed));
}
