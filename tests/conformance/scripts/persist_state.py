# persist_state (1.67): a keyed widget that a run skips keeps its value ("session" always, "page"
# while the viewer stays on the page) and shows it again when it comes back; without it the value
# goes. A value set through st.session_state while the widget is hidden is the one it comes back
# with. 1.67's errors for a bad scope and a missing key.
# step: set "kept" "Ann"
# step: set "page" "Bea"
# step: set "plain" 7
# step: set "choice" "c"
# step: set "show" false
# step: rerun
# step: click "bump"
# step: set "show" true
# step: set "kept" "Cy"
import streamlit as st

show = st.checkbox("show", value=True)
if st.button("bump"):
    st.session_state.choice = "b"
if show:
    st.text_input("kept", key="kept", persist_state="session")
    st.text_input("page", key="page", persist_state="page")
    st.slider("plain", 0, 10, key="plain")
    st.selectbox("choice", ["a", "b", "c"], key="choice", persist_state="session")
st.text(repr({k: st.session_state[k] for k in sorted(st.session_state)}))
for attempt in (
    lambda: st.checkbox("bad scope", key="bad", persist_state="forever"),
    lambda: st.number_input("no key", persist_state="page"),
):
    try:
        attempt()
    except st.errors.StreamlitAPIException as e:
        st.text(f"{type(e).__name__}: {e}")
