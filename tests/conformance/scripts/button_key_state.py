# A keyed button's value is in session_state: True only during its click run.
# step: click "go"
# step: rerun
import streamlit as st

st.button("go", key="go_btn")
st.write(f"state={st.session_state.go_btn}")
