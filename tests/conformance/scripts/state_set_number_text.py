# Programmatic values for number_input (int and float) and text_input.
import streamlit as st

if st.button("set"):
    st.session_state.count = 42
    st.session_state.price = 9.5
    st.session_state.name = "set by script"
count = st.number_input("Count", 0, 100, 1, key="count")
price = st.number_input("Price", 0.0, 100.0, 1.0, key="price")
name = st.text_input("Name", "nobody", key="name")
st.write("count:", count, "price:", price, "name:", name)
# step: set "Count" 5
# step: click "set"
# step: rerun
