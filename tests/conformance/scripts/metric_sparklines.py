# st.metric chart_data: any sequence of numbers (lists, Series, a frame's first column, a lone value),
# line/bar/area, none when empty, and the error for a value that is not a number.
import pandas as pd
import streamlit as st

st.metric("Line", 10, 2, chart_data=[1, 2.5, 3])
st.metric("Bar", "7 kg", "-1 kg", chart_data=pd.Series([4, 5, 1]), chart_type="bar")
st.metric("Area", 3, chart_data=(7,), chart_type="area")
st.metric("Frame", 1, chart_data=pd.DataFrame({"x": [9, 8], "y": [0, 0]}))
st.metric("Plain", 5, chart_data=[])
if st.checkbox("bad"):
    st.metric("Bad", 1, chart_data=[1, "x"])
# step: set "bad" true
