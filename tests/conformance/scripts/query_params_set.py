# query: keep=1
import streamlit as st

if st.button("set"):
    st.query_params["n"] = 5
    st.query_params.flag = True
    st.query_params["tags"] = ["x", 2]
    st.query_params["chars"] = "ab"
if st.button("update"):
    st.query_params.update({"u": "1"}, v=("p", "q"))
    st.query_params.update([("w", "w1"), ("w", "w2")])
if st.button("remove"):
    del st.query_params["n"]
    del st.query_params.flag
    st.text(repr(st.query_params.pop("tags")))
    st.text(repr(st.query_params.pop("gone", "fallback")))
    st.query_params.setdefault("sd", "new")
st.text(repr(st.query_params.to_dict()))
st.text(repr({k: st.query_params.get_all(k) for k in st.query_params}))
# step: click "set"
# step: rerun
# step: click "update"
# step: click "remove"
