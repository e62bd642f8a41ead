# Programmatic values for select_slider, single and range.
import streamlit as st

SIZES = ["XS", "S", "M", "L", "XL"]
if st.button("set"):
    st.session_state.size = "XL"
    st.session_state.span = ("S", "L")
size = st.select_slider("Size", SIZES, key="size")
span = st.select_slider("Span", SIZES, value=("XS", "M"), key="span")
st.write("size:", size, "span:", list(span))
# step: set "Size" "M"
# step: click "set"
# step: rerun
