# st.json's expanded: True, False, a depth, and 1.67's type error.
import streamlit as st

data = {"a": {"b": {"c": 1}}, "list": [1, [2, [3]]]}
st.json(data)
st.json(data, expanded=False)
st.json(data, expanded=1)
st.json(data, expanded=0)
try:
    st.json(data, expanded="all")
except st.errors.StreamlitAPIException as e:
    st.text(str(e))
