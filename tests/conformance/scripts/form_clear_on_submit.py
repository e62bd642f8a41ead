# clear_on_submit: the submit run returns the submitted values. (Clearing the
# widgets afterwards is the browser's job, which neither harness models.)
import streamlit as st

with st.form("f", clear_on_submit=True):
    name = st.text_input("Name", "default")
    n = st.slider("N", 0, 10, 1)
    sent = st.form_submit_button("Send")
st.write("sent:", sent, "name:", name, "n:", n)
# step: fill "Name" "Ada"
# step: fill "N" 7
# step: submit "Send"
