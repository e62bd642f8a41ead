# Two identical unkeyed widgets have the same id: the second one is an error.
import streamlit as st

st.checkbox("same")
st.text("between")
st.checkbox("same")
st.text("not reached")
