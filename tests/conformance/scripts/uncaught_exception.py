# An uncaught exception ends the run and renders where the script was; fixing it clears it.
# Its type is the qualified class name (__main__.BoomError).
# step: set "fixed" true
# step: set "fixed" false
import streamlit as st


class BoomError(Exception):
    pass


st.text("above")
fixed = st.checkbox("fixed")
if not fixed:
    raise BoomError("boom")
st.text("below")
