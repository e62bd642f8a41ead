# Callbacks of widgets inside a fragment fire on the fragment run, see the
# new value in session state and can set other keys; a keyed widget the
# fragment stops rendering loses its value, as after a full run; the script
# outside sees the fragment's session state at its next full run.
# step: set "level" 4
# step: set "show" false
# step: set "show" true
# step: set "level" 6
# step: rerun
import streamlit as st

st.session_state.setdefault("changes", 0)
st.session_state.setdefault("full", 0)
st.session_state.full += 1


def on_level():
    st.session_state.changes += 1
    st.session_state.doubled = st.session_state.level * 2


@st.fragment
def panel():
    show = st.checkbox("show", value=True)
    if show:
        st.slider("level", 0, 10, 2, key="level", on_change=on_level)
    st.write(
        f"level {st.session_state.get('level')}, doubled {st.session_state.get('doubled')}, "
        f"changes {st.session_state.changes}"
    )


panel()
st.write(f"full runs {st.session_state.full}, the app sees level {st.session_state.get('level')}")
