import streamlit as st

with st.form("profile"):
    name = st.text_input("Name")
    age = st.slider("Age", 0, 100, 30)
    submitted = st.form_submit_button("Save")
st.write("submitted:", submitted, "name:", name, "age:", age)
# step: fill "Name" "Ada"
# step: fill "Age" 36
# step: submit "Save"
# step: rerun
