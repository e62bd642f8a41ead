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
    /// A fragment run: the fragments to rerun, in order (empty = the whole
    /// script). A widget inside a fragment, a `run_every` timer and
    /// `st.rerun(scope="fragment")` ask for one.
    pub fragment_ids: Vec<String>,
    /// From `st.rerun(scope="fragment")`: unlike the other fragment runs,
    /// it ends the run in progress instead of waiting behind it.
    pub fragment_scoped: bool,
    /// Sent by a `run_every` timer.
    pub is_auto_rerun: bool,
    /// Empty the caches and the session's state first (the menu's "Clear caches").
    pub clear_caches: bool,
    /// Only that: clear, and run nothing.
    pub clear_only: bool,
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
    pub fn is_fragment_run(&self) -> bool {
        !self.fragment_ids.is_empty()
    }

    /// Whether this request, pending, ends the run in progress: a full run
    /// does, a fragment run only when the script asked for it
    /// (`st.rerun(scope="fragment")`), as in Streamlit: the others wait
    /// for the current run to finish.
    pub fn preempts(&self) -> bool {
        !self.clear_only && (!self.is_fragment_run() || self.fragment_scoped)
    }

    /// A request that only empties the caches (`BackMsg.clear_cache`).
    pub fn clear_caches_only() -> RunRequest {
        RunRequest {
            clear_caches: true,
            clear_only: true,
            ..RunRequest::default()
        }
    }

    /// Folds a newer request into this pending one. The newest values win,
    /// except that a button click (a trigger) from the older request survives
    /// when the newer one does not carry a trigger for that widget: clicks
    /// must never be lost to coalescing.
    pub fn merge_newer(&mut self, newer: RunRequest) {
        // A pending clear only adds itself to whatever comes next, and the
        // other way round: neither changes what runs.
        if newer.clear_only {
            self.clear_caches = true;
            return;
        }
        if self.clear_only {
            *self = RunRequest {
                clear_caches: true,
                ..newer
            };
            return;
        }
        self.clear_caches |= newer.clear_caches;
        let old_states = self.widget_states.take();
        // A full run anywhere in the queue reruns every fragment too: it
        // wins. Otherwise the fragments of both run, each once, in order.
        if !self.is_fragment_run() || !newer.is_fragment_run() {
            self.fragment_ids.clear();
            self.fragment_scoped = false;
        } else {
            for id in newer.fragment_ids {
                if !self.fragment_ids.contains(&id) {
                    self.fragment_ids.push(id);
                }
            }
            self.fragment_scoped |= newer.fragment_scoped;
        }
        self.is_auto_rerun = newer.is_auto_rerun;
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
                        Some(existing) => merge_events(&state, existing),
                        None => new.push(state),
                    }
                }
                Some(new)
            }
        };
    }
}

/// A one-shot value (a click, a menu choice, component events): a newer
/// request must not drop it.
fn is_trigger(state: &WidgetState) -> bool {
    match state.value_kind() {
        Some(widget_value::Value::TriggerValue(on)) => *on,
        Some(widget_value::Value::StringTriggerValue(choice)) => !choice.is_empty(),
        Some(widget_value::Value::JsonTriggerValue(events)) => !events.is_empty(),
        _ => false,
    }
}

/// Two requests that both carry a component's events (JSON lists) keep all
/// of them, the older first; anything that is not two lists keeps the newer.
fn merge_events(older: &WidgetState, newer: &mut WidgetState) {
    use widget_value::Value::JsonTriggerValue;
    let (Some(JsonTriggerValue(old)), Some(JsonTriggerValue(new))) =
        (older.value_kind(), newer.value_kind())
    else {
        return;
    };
    let (Ok(serde_json::Value::Array(mut all)), Ok(serde_json::Value::Array(more))) = (
        serde_json::from_str::<serde_json::Value>(old),
        serde_json::from_str::<serde_json::Value>(new),
    ) else {
        return;
    };
    all.extend(more);
    let id = newer.id.clone();
    *newer = WidgetState::new(
        id,
        JsonTriggerValue(serde_json::Value::Array(all).to_string()),
    );
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
            ..Default::default()
        };
        pending.merge_newer(RunRequest {
            widget_states: Some(vec![state("s", DoubleValue(2.0))]),
            query_string: "a=1".into(),
            ..Default::default()
        });
        let states = pending.widget_states.unwrap();
        assert_eq!(states.len(), 2);
        assert!(states.contains(&state("s", DoubleValue(2.0))));
        assert!(states.contains(&state("b", TriggerValue(true))));
        assert_eq!(pending.query_string, "a=1");
    }

    #[test]
    fn a_menu_choice_survives_a_newer_request() {
        use widget_value::Value::*;
        let mut pending = RunRequest {
            widget_states: Some(vec![state("m", StringTriggerValue("JSON".into()))]),
            ..Default::default()
        };
        pending.merge_newer(RunRequest {
            widget_states: Some(vec![state("s", DoubleValue(2.0))]),
            ..Default::default()
        });
        let states = pending.widget_states.unwrap();
        assert!(states.contains(&state("m", StringTriggerValue("JSON".into()))));
    }

    #[test]
    fn component_events_of_two_requests_are_all_kept_in_order() {
        use widget_value::Value::*;
        let events = |json: &str| state("c__events", JsonTriggerValue(json.into()));
        let mut pending = RunRequest {
            widget_states: Some(vec![events(r#"[{"event":"a","value":1}]"#)]),
            ..Default::default()
        };
        pending.merge_newer(RunRequest {
            widget_states: Some(vec![events(r#"[{"event":"b","value":2}]"#)]),
            ..Default::default()
        });
        let states = pending.widget_states.unwrap();
        assert_eq!(
            states,
            vec![events(
                r#"[{"event":"a","value":1},{"event":"b","value":2}]"#
            )]
        );
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

    fn fragments(ids: &[&str]) -> RunRequest {
        RunRequest {
            fragment_ids: ids.iter().map(|s| s.to_string()).collect(),
            ..Default::default()
        }
    }

    #[test]
    fn fragment_runs_queue_each_fragment_once_and_a_full_run_wins() {
        let mut pending = fragments(&["a"]);
        pending.merge_newer(fragments(&["b", "a"]));
        assert_eq!(pending.fragment_ids, vec!["a", "b"]);
        assert!(!pending.preempts());
        pending.merge_newer(RunRequest::default());
        assert!(!pending.is_fragment_run());
        assert!(pending.preempts());
        // A full run pending stays full when a fragment asks too.
        pending.merge_newer(fragments(&["c"]));
        assert!(!pending.is_fragment_run());
    }

    #[test]
    fn only_a_scoped_fragment_rerun_preempts() {
        let mut pending = fragments(&["a"]);
        assert!(!pending.preempts());
        pending.merge_newer(RunRequest {
            fragment_scoped: true,
            ..fragments(&["b"])
        });
        assert!(pending.preempts());
        assert_eq!(pending.fragment_ids, vec!["a", "b"]);
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

    #[test]
    fn clearing_caches_never_interrupts_and_rides_on_the_next_request() {
        let clear = RunRequest::clear_caches_only();
        assert!(
            !clear.preempts(),
            "a clear must not end the run in progress"
        );
        // A pending clear takes the next request's place, keeping the clear.
        let mut pending = RunRequest::clear_caches_only();
        pending.merge_newer(fragments(&["f"]));
        assert!(pending.clear_caches && !pending.clear_only);
        assert_eq!(pending.fragment_ids, vec!["f".to_string()]);
        // A clear arriving behind a pending run changes nothing but the flag.
        let mut pending = RunRequest {
            query_string: "a=1".into(),
            ..Default::default()
        };
        pending.merge_newer(RunRequest::clear_caches_only());
        assert!(pending.clear_caches && !pending.clear_only);
        assert_eq!(pending.query_string, "a=1");
        assert!(pending.preempts());
    }
}
