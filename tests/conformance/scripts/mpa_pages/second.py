import streamlit as st

st.header("Second page")
if st.button("back to first"):
    st.switch_page("mpa_pages/first.py")
st.checkbox("second flag", key="flag")
