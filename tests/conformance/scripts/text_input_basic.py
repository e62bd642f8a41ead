# Text input keeps its value across reruns.
# step: set "name" "ada"
# step: rerun
# step: set "name" ""
import streamlit as st

name = st.text_input("name", placeholder="your name")
if name:
    st.success(f"Hello, {name}!")
else:
    st.info("Please type a name")
