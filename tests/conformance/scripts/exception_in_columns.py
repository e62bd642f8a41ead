# An exception raised while writing into a column.
import streamlit as st

a, b = st.columns(2)
a.text("left")
with b:
    st.text("right")
    raise KeyError("no such thing")
