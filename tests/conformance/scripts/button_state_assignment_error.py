# Buttons cannot be set through session_state.
import streamlit as st

st.session_state.btn = True
st.text("before")
st.button("press", key="btn")
st.text("after")
