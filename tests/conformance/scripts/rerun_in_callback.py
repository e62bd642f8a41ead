# st.rerun() inside a callback is a no-op in 1.67 (the body still runs once).
# step: click "bump"
import streamlit as st

st.session_state.setdefault("bumps", 0)
st.session_state.setdefault("body_runs", 0)


def bump():
    st.session_state.bumps += 1
    st.rerun()


st.session_state.body_runs += 1
st.button("bump", on_click=bump)
st.write(f"bumps={st.session_state.bumps} body_runs={st.session_state.body_runs}")
