# An exception in a callback stops the run before the script body.
# step: click "explode"
# step: rerun
import streamlit as st


def explode():
    st.session_state.tries = st.session_state.get("tries", 0) + 1
    raise RuntimeError("callback failed")


st.button("explode", on_click=explode)
st.write("tries:", st.session_state.get("tries", 0))
