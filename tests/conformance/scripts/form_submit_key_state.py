# A keyed submit button is True in session_state only in the run its click caused.
import streamlit as st

with st.form("f"):
    st.text_input("x")
    clicked = st.form_submit_button("Go", key="go")
st.write("clicked:", clicked, "state:", st.session_state.go)
# step: submit "Go"
# step: rerun
