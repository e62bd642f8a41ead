# An exception in an on_change callback shows an error; the script body does not run.
import streamlit as st


def boom():
    if st.session_state.n > 5:
        raise ValueError("too big")


st.number_input("n", 0, 10, 1, key="n", on_change=boom)
st.write("body ran with", st.session_state.n)
# step: set "n" 3
# step: set "n" 8
# step: rerun
