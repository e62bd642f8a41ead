//! The element tree as a browser would hold it, built from the events.

use std::collections::{BTreeMap, VecDeque};

use rustlit::proto::{delta, element, forward_event, widget_value, Block, Element, RunStatus};

// A test model: the size of the largest variant does not matter here.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone)]
pub enum Node {
    Element(Element),
    Block(Block),
}

#[derive(Debug, Default)]
pub struct Tree {
    pub nodes: BTreeMap<Vec<u32>, (Node, u32)>,
    run_id: u32,
    pub(super) pending: VecDeque<forward_event::Kind>,
    /// The app's pages as the last Navigation listed them, and the page the
    /// browser is on (sent back with every rerun, as the browser does).
    pub navigation: Option<rustlit::proto::Navigation>,
    pub page_script_hash: String,
    /// The fragment each widget was written by, as the browser remembers it
    /// (a change of that widget reruns only the fragment).
    pub widget_fragment: BTreeMap<String, String>,
}

impl Tree {
    pub fn apply(&mut self, event: &forward_event::Kind) {
        match event {
            forward_event::Kind::RunStarted(s) => {
                self.run_id = s.run_id;
                // A fragment run: everything outside the fragments'
                // containers is current from the start.
                if s.fragment_run {
                    let run = s.run_id;
                    for (path, (_, r)) in self.nodes.iter_mut() {
                        let inside = s.scope.iter().any(|scope| {
                            path.len() > scope.path.len() && path.starts_with(&scope.path)
                        });
                        if !inside {
                            *r = run;
                        }
                    }
                }
            }
            forward_event::Kind::Navigation(n) => {
                self.page_script_hash.clone_from(&n.page_script_hash);
                self.navigation = Some(n.clone());
            }
            forward_event::Kind::Delta(d) => {
                if let Some(delta::Kind::Element(e)) = &d.kind {
                    if let Some(w) = e.r#type.as_ref().and_then(|t| t.widget()) {
                        self.widget_fragment
                            .insert(w.id.clone(), d.fragment_id.clone());
                    }
                }
                let node = match &d.kind {
                    Some(delta::Kind::Element(e)) => Node::Element(e.clone()),
                    Some(delta::Kind::Block(b)) => Node::Block(b.clone()),
                    None => return,
                };
                let keeps_children = matches!((&node, self.nodes.get(&d.path)), (Node::Block(new), Some((Node::Block(old), _)))
                    if std::mem::discriminant(&new.r#type) == std::mem::discriminant(&old.r#type)
                        && block_case(new) == block_case(old));
                if !keeps_children {
                    let path = d.path.clone();
                    self.nodes
                        .retain(|p, _| !(p.len() > path.len() && p.starts_with(&path)));
                }
                for end in 2..d.path.len() {
                    if let Some(entry) = self.nodes.get_mut(&d.path[..end]) {
                        entry.1 = self.run_id;
                    }
                }
                self.nodes.insert(d.path.clone(), (node, self.run_id));
            }
            forward_event::Kind::Unchanged(u) => {
                for i in u.start..u.start + u.count {
                    let mut path = u.parent.clone();
                    path.push(i);
                    if let Some(entry) = self.nodes.get_mut(&path) {
                        entry.1 = self.run_id;
                    }
                }
            }
            forward_event::Kind::RunFinished(f)
                if f.status == RunStatus::FinishedSuccessfully as i32 =>
            {
                let run = self.run_id;
                self.nodes.retain(|_, (_, r)| *r == run);
            }
            _ => {}
        }
    }

    /// The hash of the page titled `title` in the last Navigation.
    pub fn page_hash(&self, title: &str) -> String {
        let nav = self
            .navigation
            .as_ref()
            .expect("the app sent no Navigation");
        nav.app_pages
            .iter()
            .find(|p| p.page_name == title)
            .map(|p| p.page_script_hash.clone())
            .unwrap_or_else(|| panic!("no page titled {title:?} in {nav:#?}"))
    }

    pub fn elements(&self) -> impl Iterator<Item = (&Vec<u32>, &element::Type)> {
        self.nodes.iter().filter_map(|(p, (n, _))| match n {
            Node::Element(Element {
                r#type: Some(t), ..
            }) => Some((p, t)),
            _ => None,
        })
    }

    /// Every visible text of the page in tree order: markdown bodies,
    /// headings, text, alerts, exception messages, widget labels.
    pub fn texts(&self) -> Vec<String> {
        self.elements()
            .filter_map(|(_, t)| match t {
                element::Type::Markdown(m) => Some(m.body.clone()),
                element::Type::Heading(h) => Some(h.body.clone()),
                element::Type::Text(t) => Some(t.body.clone()),
                element::Type::Alert(a) => Some(a.body.clone()),
                element::Type::Json(j) => Some(j.body.clone()),
                element::Type::Code(c) => Some(c.code_text.clone()),
                element::Type::Exception(e) => Some(format!("{}: {}", e.r#type, e.message)),
                other => widget_label(other).map(str::to_string),
            })
            .collect()
    }

    pub fn exceptions(&self) -> Vec<rustlit::proto::Exception> {
        self.elements()
            .filter_map(|(_, t)| match t {
                element::Type::Exception(e) => Some(e.clone()),
                _ => None,
            })
            .collect()
    }

    pub fn widget_id(&self, label: &str) -> Option<String> {
        self.elements()
            .find(|(_, t)| widget_label(t) == Some(label))
            .and_then(|(_, t)| widget_id(t))
    }

    /// Each widget's id and default value, as a browser adopts them.
    pub fn widget_defaults(&self) -> Vec<(String, widget_value::Value)> {
        self.elements()
            .filter_map(|(_, t)| {
                let widget = t.widget()?;
                let value = widget.default.as_ref()?.value.clone()?;
                Some((widget.id.clone(), value))
            })
            .collect()
    }
}

fn block_case(block: &Block) -> u8 {
    use rustlit::proto::block::Type;
    match block.r#type {
        Some(Type::Vertical(_)) => 1,
        Some(Type::Horizontal(_)) => 2,
        Some(Type::Column(_)) => 3,
        Some(Type::Expandable(_)) => 4,
        Some(Type::Form(_)) => 5,
        Some(Type::ChatMessage(_)) => 6,
        Some(Type::TabContainer(_)) => 7,
        Some(Type::Tab(_)) => 8,
        Some(Type::Transparent(_)) => 9,
        Some(Type::Dialog(_)) => 10,
        Some(Type::Popover(_)) => 11,
        Some(Type::Grid(_)) => 12,
        Some(Type::GridCell(_)) => 13,
        None => 0,
    }
}

pub fn widget_label(t: &element::Type) -> Option<&str> {
    match t {
        element::Type::Feedback(_) => Some("feedback"),
        // A chat input has no label: steps address it by its placeholder.
        element::Type::ChatInput(c) => Some(&c.placeholder),
        _ => t.widget().map(|w| w.label.as_str()),
    }
}

pub fn widget_id(t: &element::Type) -> Option<String> {
    t.widget()
        .filter(|w| !w.id.is_empty())
        .map(|w| w.id.clone())
}
