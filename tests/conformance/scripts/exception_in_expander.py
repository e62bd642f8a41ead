# An uncaught exception inside `with` blocks is rendered in the main area at the cursor
# (the `with` blocks have exited by the time Streamlit renders it).
import streamlit as st

st.text("top")
with st.sidebar:
    st.text("side")
    with st.expander("Details"):
        st.text("inner")
        {}["missing"]
st.text("never")
