# A placeholder can hold a container with several elements, and a widget.
# step: set "inner" 5
import streamlit as st

slot = st.empty()
with slot.container():
    st.text("line 1")
    st.text("line 2")
ph = st.empty()
v = ph.slider("inner", 0, 10, 2)
st.write(f"v={v}")
