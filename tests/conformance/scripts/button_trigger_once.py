# A button is True only for the run its click caused.
# step: click "add"
# step: rerun
# step: click "add"
# step: click "add"
import streamlit as st

if "n" not in st.session_state:
    st.session_state.n = 0
clicked = st.button("add")
if clicked:
    st.session_state.n += 1
st.write(f"clicked={clicked} n={st.session_state.n}")
