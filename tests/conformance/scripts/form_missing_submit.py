# A form without a submit button: no Python error, its widgets still render.
import streamlit as st

with st.form("lonely"):
    v = st.text_input("Inside", "x")
st.write("after form:", v)
