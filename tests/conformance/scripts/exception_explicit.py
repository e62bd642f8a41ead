# st.exception and st.write of an exception render exception elements; the script goes on.
import streamlit as st

st.exception(ValueError("shown explicitly"))
st.write(RuntimeError("written"))
try:
    1 / 0
except ZeroDivisionError as e:
    st.exception(e)


class CustomError(Exception):
    pass


st.exception(CustomError("custom type, bare name"))
st.text("still running")
