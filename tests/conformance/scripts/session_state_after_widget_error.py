# Assigning a widget's key after the widget was created in this run is an error.
import streamlit as st

st.text_input("city", "Paris", key="city")
st.text("before assignment")
st.session_state.city = "Rome"
st.text("after assignment")
