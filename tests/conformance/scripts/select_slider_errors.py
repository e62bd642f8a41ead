import streamlit as st

try:
    st.select_slider("empty", [])
except Exception as e:
    st.write(type(e).__name__, str(e))
try:
    st.select_slider("bad", ["a", "b"], value="c")
except Exception as e:
    st.write(type(e).__name__, str(e))
