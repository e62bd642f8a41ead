# Submitting one form does not apply what was filled in another.
import streamlit as st

with st.form("one"):
    a = st.text_input("A", "a0")
    st.form_submit_button("Send one")
with st.form("two"):
    b = st.text_input("B", "b0")
    st.form_submit_button("Send two")
st.write("a:", a, "b:", b)
# step: fill "A" "a1"
# step: submit "Send two"
# step: submit "Send one"
