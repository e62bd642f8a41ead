# st.write picks an element per argument; strings and plain values share one markdown.
import streamlit as st

st.write("just a string")
st.write("several", "strings", "joined")
st.write(42)
st.write(3.5)
st.write(True)
st.write(None)
st.write("count:", 7, "items")
st.write((1, 2))
st.write([1, 2, 3])
st.write({"a": 1, "b": [True, None]})
st.write("before", {"k": "v"}, "after")
