# number_input infers int or float from its arguments; value=None starts empty.
# step: set "count" 7
# step: set "price" 2.5
# step: set "maybe" 3
import streamlit as st

count = st.number_input("count", min_value=0, max_value=10, value=1)
price = st.number_input("price", value=1.0)
maybe = st.number_input("maybe", value=None, min_value=0)
default = st.number_input("default")
st.write(f"count={count!r} price={price!r} maybe={maybe!r} default={default!r}")
