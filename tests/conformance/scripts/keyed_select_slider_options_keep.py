# A keyed select_slider keeps its value when its options change (key is its identity).
import streamlit as st

more = st.checkbox("more")
opts = ["S", "M", "L", "XL"] if more else ["S", "M", "L"]
size = st.select_slider("Size", opts, key="size")
st.write("size:", size)
# step: set "Size" "L"
# step: set "more" true
