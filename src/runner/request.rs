//! What a run is asked to do, and how queued requests merge.

use crate::proto::{widget_value, WidgetState};

/// One request to run the script.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RunRequest {
    /// The browser's complete widget values; `None` for runs that carry no
    /// browser state (`st.rerun()`), which keep the values the session has.
    pub widget_states: Option<Vec<WidgetState>>,
    pub query_string: String,
    /// The page the browser asks for; `None` for runs the server starts
    /// (`st.rerun()`, run on save), which stay on the session's page.
    pub page: Option<PageTarget>,
}

/// A page of a multipage app, as the browser names it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageTarget {
    /// The page's hash, once the browser has heard it from a `Navigation`.
    pub script_hash: String,
    /// The URL's page name, used when the hash is not known yet (the first
    /// load of `/<url_pathname>`).
    pub name: String,
}

impl RunRequest {
    /// Folds a newer request into this pending one. The newest values win,
    /// except that a button click (a trigger) from the older request survives
    /// when the newer one does not carry a trigger for that widget: clicks
    /// must never be lost to coalescing.
    pub fn merge_newer(&mut self, newer: RunRequest) {
        let old_states = self.widget_states.take();
        self.query_string = newer.query_string;
        if newer.page.is_some() {
            self.page = newer.page;
        }
        self.widget_states = match (old_states, newer.widget_states) {
            (old, None) => old,
            (None, new) => new,
            (Some(old), Some(mut new)) => {
                for state in old.into_iter().filter(is_trigger) {
                    match new.iter_mut().find(|s| s.id == state.id) {
                        Some(existing) if !is_trigger(existing) => *existing = state,
                        Some(_) => {}
                        None => new.push(state),
                    }
                }
                Some(new)
            }
        };
    }
}

fn is_trigger(state: &WidgetState) -> bool {
    matches!(
        state.value_kind(),
        Some(widget_value::Value::TriggerValue(true))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(id: &str, value: widget_value::Value) -> WidgetState {
        WidgetState::new(id, value)
    }

    #[test]
    fn newest_value_wins_but_clicks_survive() {
        use widget_value::Value::*;
        let mut pending = RunRequest {
            widget_states: Some(vec![
                state("b", TriggerValue(true)),
                state("s", DoubleValue(1.0)),
            ]),
            query_string: String::new(),
            page: None,
        };
        pending.merge_newer(RunRequest {
            widget_states: Some(vec![state("s", DoubleValue(2.0))]),
            query_string: "a=1".into(),
            page: None,
        });
        let states = pending.widget_states.unwrap();
        assert_eq!(states.len(), 2);
        assert!(states.contains(&state("s", DoubleValue(2.0))));
        assert!(states.contains(&state("b", TriggerValue(true))));
        assert_eq!(pending.query_string, "a=1");
    }

    #[test]
    fn a_run_without_browser_state_keeps_the_pending_values() {
        use widget_value::Value::*;
        let mut pending = RunRequest {
            widget_states: Some(vec![state("c", BoolValue(true))]),
            ..Default::default()
        };
        pending.merge_newer(RunRequest::default());
        assert_eq!(
            pending.widget_states.unwrap(),
            vec![state("c", BoolValue(true))]
        );
    }

    #[test]
    fn the_newest_page_wins_and_a_server_rerun_keeps_it() {
        let page = |hash: &str| {
            Some(PageTarget {
                script_hash: hash.into(),
                name: String::new(),
            })
        };
        let mut pending = RunRequest {
            page: page("a"),
            ..Default::default()
        };
        pending.merge_newer(RunRequest::default());
        assert_eq!(pending.page, page("a"));
        pending.merge_newer(RunRequest {
            page: page("b"),
            ..Default::default()
        });
        assert_eq!(pending.page, page("b"));
    }
}
