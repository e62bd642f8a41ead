import streamlit as st

notes = st.text_area("Notes", "first line")
st.write(repr(notes))
empty = st.text_area("Empty", value=None, key="e")
st.write(repr(empty))
# step: set "Notes" "line one\nline two"
# step: set "key=e" "typed"
