# st.link_button with on_click="ignore" (1.67): a `shortcut` or a `key` gives it an element id, so two
# alike are a duplicate error, a duplicate key is one too, and a keyed one's value cannot be set
# through st.session_state; without either, identical link buttons are fine.
import streamlit as st

st.link_button("plain", "https://example.com")
st.link_button("plain", "https://example.com")
st.link_button("keyed", "https://example.com", key="k1")
st.link_button("short", "https://example.com", shortcut="ctrl+k")
st.link_button("short", "https://example.com", shortcut="ctrl+j")
for attempt in (
    lambda: st.link_button("short", "https://example.com", shortcut="ctrl+k"),
    lambda: st.link_button("other", "https://example.org", key="k1"),
):
    try:
        attempt()
    except st.errors.StreamlitAPIException as e:
        st.text(f"{type(e).__name__}: {str(e)[:140]}")
try:
    st.session_state.k2 = True
    st.link_button("set", "https://example.com", key="k2")
except st.errors.StreamlitAPIException as e:
    st.text(f"{type(e).__name__}: {str(e)[:140]}")
