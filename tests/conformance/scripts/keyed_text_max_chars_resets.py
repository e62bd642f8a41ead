# Keyed text_input and text_area reset when max_chars changes (part of their identity).
import streamlit as st

short = st.checkbox("short")
limit = 5 if short else 20
t = st.text_input("t", key="t", max_chars=limit)
a = st.text_area("a", key="a", max_chars=limit)
st.write("t:", t, "a:", a)
# step: set "t" "abc"
# step: set "a" "xyz"
# step: set "short" true
