# bind="query-params" (1.67): binding needs a key, takes only "query-params", cannot use the embed
# parameters, and bound tabs need unique, non-empty labels.
import streamlit as st

for attempt in (
    lambda: st.checkbox("no key", bind="query-params"),
    lambda: st.checkbox("bad mode", key="b", bind="url"),
    lambda: st.checkbox("embed", key="embed", bind="query-params"),
    lambda: st.tabs(["A", "A"], key="t", bind="query-params"),
    lambda: st.tabs(["A", ""], key="u", bind="query-params"),
    lambda: st.expander("E", key="e", bind="cookies"),
):
    try:
        attempt()
    except Exception as e:
        st.text(f"{type(e).__name__}: {e}")
