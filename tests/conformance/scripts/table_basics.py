import pandas as pd
import pyarrow as pa
import streamlit as st

st.table(pd.DataFrame({"a": [1, 2], "b": ["x", "y"]}))
st.table(pd.DataFrame({"a": [1, 2]}, index=["r1", "r2"]), border="horizontal")
st.table([1, 2, 3], border=False)
st.table({"k1": 1, "k2": 2})
st.table(pa.table({"p": [1]}), hide_header=True)
st.table(pd.DataFrame({"a": [1]}), hide_index=False)
st.table([[1, 2], [3, 4]])
st.table()
