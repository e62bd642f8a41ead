# number_input's key is its whole identity: a keyed one keeps its value when min/max/step change.
import streamlit as st

wide = st.checkbox("wide")
n = st.number_input("n", 0, 100 if wide else 10, 1, step=5 if wide else 1, key="n")
st.write("n:", n)
# step: set "n" 7
# step: set "wide" true
