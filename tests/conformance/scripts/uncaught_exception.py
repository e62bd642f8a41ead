# An uncaught exception ends the run and renders where the script was; fixing it clears it.
# step: set "fixed" true
# step: set "fixed" false
import streamlit as st

st.text("above")
fixed = st.checkbox("fixed")
if not fixed:
    raise ValueError("boom")
st.text("below")
