import streamlit as st

st.title("Settings")
name = st.text_input("Your name", key="name")
if name:
    st.success(f"Hello {name}!")
