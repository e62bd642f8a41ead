# Columns with elements and widgets, addressed via `with` and via the column object.
# step: set "right value" 4
import streamlit as st

left, mid, right = st.columns([1, 2, 1])
left.text("left")
with mid:
    st.header("middle")
    a, b = st.columns(2)
    a.text("nested a")
    b.text("nested b")
with right:
    v = st.number_input("right value", value=1)
st.write(f"v={v}")
