# A keyed widget that is not rendered loses its state (and its key) for good.
import streamlit as st

show = st.checkbox("show", True)
if show:
    name = st.text_input("Name", "anon", key="name")
    st.write("name:", name)
st.write("in state:", "name" in st.session_state)
# step: set "Name" "Bob"
# step: set "show" false
# step: rerun
# step: set "show" true
