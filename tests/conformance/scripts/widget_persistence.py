# Values of all widgets persist while other widgets change.
# step: set "a" 5
# step: set "b" "changed"
# step: set "c" true
# step: rerun
import streamlit as st

a = st.slider("a", 0, 10, 1)
b = st.text_input("b", "start")
c = st.checkbox("c")
st.write(f"a={a} b={b} c={c}")
