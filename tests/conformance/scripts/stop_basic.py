# st.stop: nothing after it runs; the page shows what was written before.
# step: set "go on" true
import streamlit as st

st.text("first")
if not st.checkbox("go on"):
    st.info("tick the box to continue")
    st.stop()
st.text("second")
