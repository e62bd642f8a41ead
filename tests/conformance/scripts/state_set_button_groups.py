# Programmatic values for pills (single and multi) and segmented_control.
import streamlit as st

if st.button("set"):
    st.session_state.size = "L"
    st.session_state.tops = ["egg", "ham"]
    st.session_state.view = "grid"
size = st.pills("Size", ["S", "M", "L"], key="size")
tops = st.pills("Toppings", ["ham", "egg", "cheese"], selection_mode="multi", key="tops")
view = st.segmented_control("View", ["list", "grid"], key="view")
st.write("size:", size, "tops:", tops, "view:", view)
# step: set "Size" "S"
# step: click "set"
# step: rerun
