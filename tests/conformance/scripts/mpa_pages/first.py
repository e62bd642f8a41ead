import streamlit as st

st.header("First page")
level = st.slider("level", 0, 10, 2)
st.write(f"level is {level}")
st.page_link("mpa_pages/second.py", label="To the second page")
