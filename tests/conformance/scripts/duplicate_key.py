# Two widgets with the same key: the second one is an error.
import streamlit as st

st.slider("one", key="k")
st.text_input("two", key="k")
st.text("not reached")
