# Programmatic values for color_picker and feedback.
import streamlit as st

if st.button("set"):
    st.session_state.colour = "#123456"
    st.session_state.stars = 4
colour = st.color_picker("Colour", key="colour")
stars = st.feedback("stars", key="stars")
st.write("colour:", colour, "stars:", stars)
# step: click "set"
# step: rerun
# step: set "key=stars" 1
