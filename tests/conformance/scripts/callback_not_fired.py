# Callbacks fire only when the user changes the value: not on a plain rerun,
# not when the script sets the key, not when another widget changes.
import streamlit as st

st.session_state.setdefault("fired", 0)


def bump():
    st.session_state.fired += 1


if st.button("script sets"):
    st.session_state.v = 9
st.slider("v", 0, 10, key="v", on_change=bump)
st.checkbox("other")
st.write("fired:", st.session_state.fired)
# step: rerun
# step: click "script sets"
# step: set "other" true
# step: set "v" 4
