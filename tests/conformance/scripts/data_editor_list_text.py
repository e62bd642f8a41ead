import pandas as pd
import streamlit as st

df = pd.DataFrame({"m": ["a,b", "c", ""], "l": ["x, y", "z", None], "t": [["p"], ["q", "r"], []]})
out = st.data_editor(df, column_config={
    "m": st.column_config.MultiselectColumn(options=["a", "b", "c"]),
    "l": st.column_config.ListColumn(),
}, key="ed", num_rows="dynamic")
st.text(repr(out.to_dict("list")))
st.text(repr(out.dtypes.astype(str).to_dict()))
# step: set "key=ed" {"added_rows": [], "deleted_rows": [], "edited_rows": {"1": {"m": ["c", "a"]}}}
# step: set "key=ed" {"added_rows": [{"l": ["n"], "m": ["b"]}], "deleted_rows": [], "edited_rows": {"0": {"l": ["x", "w"]}, "2": {"m": []}}}
