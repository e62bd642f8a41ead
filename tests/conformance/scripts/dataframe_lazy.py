# st.dataframe(lazy=...): which frames keep their rows on the server, and the element a lazy
# one is sent as (the first 1,000 rows carry the schema; the source id is new each run).
import pandas as pd
import pyarrow as pa
import streamlit as st

df = pd.DataFrame({"n": range(2500), "s": [f"row {i}" for i in range(2500)]})
st.dataframe(df, lazy=True)
st.dataframe(df.head(1000), lazy=True)  # 1,000 rows or fewer stay eager
st.dataframe(df, lazy=None)  # lazy only above 150,000 rows
st.dataframe(pa.Table.from_pandas(df.head(1500), preserve_index=True), lazy=True, column_order=["s"])
st.dataframe([[i, i % 7] for i in range(1200)], lazy=True, row_height=40)
st.dataframe(pa.Table.from_pandas(pd.DataFrame({"x": range(1001)}, index=pd.RangeIndex(5, 1006))), lazy=True)
