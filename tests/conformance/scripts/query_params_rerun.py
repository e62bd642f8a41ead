# query: a=1
import streamlit as st

if "n" not in st.query_params:
    st.query_params["n"] = 1
    st.rerun()


def bump():
    st.query_params["n"] = int(st.query_params["n"]) + 10


st.button("bump in callback", on_click=bump)
if st.button("bump and rerun"):
    st.query_params["n"] = int(st.query_params["n"]) + 1
    st.rerun()
st.text(f"n = {st.query_params['n']}")
st.text(repr(st.query_params.to_dict()))
# step: click "bump and rerun"
# step: click "bump in callback"
# step: rerun
