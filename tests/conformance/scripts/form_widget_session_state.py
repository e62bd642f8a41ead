# The script can set a form widget's value through its key; filled values then win on submit.
import streamlit as st

if st.button("preset"):
    st.session_state.city = "Oslo"
with st.form("f"):
    city = st.text_input("City", key="city")
    st.form_submit_button("Save")
st.write("city:", city)
# step: click "preset"
# step: fill "City" "Rome"
# step: submit "Save"
