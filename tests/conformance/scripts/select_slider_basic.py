import streamlit as st

size = st.select_slider("Size", ["S", "M", "L", "XL"], value="M")
st.write("size:", size)
lo, hi = st.select_slider("Range", options=[1, 2, 3, 4, 5], value=(2, 4))
st.write("range:", lo, hi, type(lo).__name__)
# step: set "Size" "XL"
# step: set "Range" ["1", "3"]
