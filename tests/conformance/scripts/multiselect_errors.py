import streamlit as st

try:
    st.multiselect("a", ["x", "y"], default=["z"])
except Exception as e:
    st.write(type(e).__name__, str(e))
try:
    st.multiselect("b", ["x", "y", "z"], default=["x", "y"], max_selections=1)
except Exception as e:
    st.write(type(e).__name__, str(e))
st.multiselect("c", ["x", "y"], default="y")
st.multiselect("d", {"k1": "v1", "k2": "v2"}, default="k2")
