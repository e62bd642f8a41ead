import streamlit as st

c = st.color_picker("Colour", "#00f900")
st.write("colour", c)
d = st.color_picker("Default")
st.write("default", d)
try:
    st.color_picker("bad", "red")
except Exception as e:
    st.write(type(e).__name__, str(e))
# step: set "Colour" "#ff0000"
