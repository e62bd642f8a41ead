"""Scenarios 2 and 4: 100 x st.write + a slider + a button.

Only the first write depends on the slider, so moving it changes one number
on the page and leaves the other 99 lines as they were.
"""

import streamlit as st

value = st.slider("value", 0, 1_000_000, 0)
st.write(f"the slider is at {value}")
for i in range(99):
    st.write(f"line {i}: some constant text")
st.button("go")
