# Unkeyed slider and number_input reset when min/max change.
import streamlit as st

wide = st.checkbox("wide")
top = 100 if wide else 10
s = st.slider("s", 0, top, 1)
n = st.number_input("n", 0, top, 1)
st.write("s:", s, "n:", n)
# step: set "s" 7
# step: set "n" 8
# step: set "wide" true
