import datetime

import polars as pl
import streamlit as st

df = pl.DataFrame({
    "n": [1, 2, 3],
    "s": ["x", "y", None],
    "f": [1.5, None, 3.25],
    "when": [datetime.datetime(2024, 1, 2, 3, 4, 5)] * 3,
    "day": [datetime.date(2024, 1, 2)] * 3,
    "lst": [[1, 2], [], [3]],
    "flag": [True, False, None],
    "cat": pl.Series(["lo", "hi", "lo"], dtype=pl.Categorical),
})
st.dataframe(df)
st.dataframe(pl.Series("s", [3, 4]))
st.dataframe(df.lazy().select("n", "s"))
st.table(df.select("n", "s", "f"))
st.table(pl.Series("t", ["a", "b"]))
st.table(df.lazy().select("n"))
st.write(df.select("n"))

small = pl.DataFrame({"a": [1, 2], "b": ["x", "y"]})
for name, data in {"frame": small, "series": pl.Series("a", [1, 2]), "lazy": small.lazy()}.items():
    out = st.data_editor(data, key=name, num_rows="dynamic")
    value = out.collect() if isinstance(out, pl.LazyFrame) else out
    st.text(f"{name}: {type(out).__name__} {value.to_dicts() if isinstance(value, pl.DataFrame) else value.to_list()!r}")
# step: set "key=frame" {"added_rows": [{"a": 3, "b": "z"}], "deleted_rows": [1], "edited_rows": {"0": {"a": 10}}}
# step: set "key=series" {"added_rows": [], "deleted_rows": [], "edited_rows": {"1": {"a": 20}}}
# step: set "key=lazy" {"added_rows": [], "deleted_rows": [], "edited_rows": {"1": {"b": "q"}}}
