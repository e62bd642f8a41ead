import streamlit as st

stars = st.feedback("stars", key="stars")
st.write("stars:", stars)
thumbs = st.feedback("thumbs", default=1, key="thumbs")
st.write("thumbs:", thumbs)
try:
    st.feedback("hearts")
except Exception as e:
    st.write(type(e).__name__, str(e))
# step: set "key=stars" 3
