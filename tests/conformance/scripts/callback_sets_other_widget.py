# A callback may set another widget's value; that widget shows it in the same run.
import streamlit as st


def sync():
    st.session_state.copy = st.session_state.source.upper()
    st.session_state.n = len(st.session_state.source)


st.text_input("Source", key="source", on_change=sync)
st.text_input("Copy", key="copy")
st.number_input("n", key="n", value=0)
# step: set "Source" "hello"
# step: set "Copy" "mine"
# step: set "Source" "hi"
