# query: a=1&b=2&b=3&embed=true&embed_options=show_toolbar
import streamlit as st

if st.button("clear"):
    st.query_params.clear()
if st.button("from_dict"):
    st.query_params.from_dict({"x": "1", "y": ["2", "3"]})
if st.button("from_pairs"):
    st.query_params.from_dict([("p", "1"), ("p", "2")])
st.text(repr(st.query_params.to_dict()))
st.text(str(st.query_params))
st.text(repr(len(st.query_params)))
# step: click "clear"
# step: click "from_dict"
# step: click "from_pairs"
