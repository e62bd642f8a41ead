import datetime
import decimal

import numpy as np
import pandas as pd
import pyarrow as pa
import streamlit as st

st.dataframe(pd.DataFrame({"a": [1, 2, 3], "b": ["x", "y", None], "c": [1.5, None, 3.25]}))
st.dataframe(pd.DataFrame({"v": [10, 20]}, index=pd.Index(["r1", "r2"], name="key")))
st.dataframe(pd.DataFrame({"v": [1, 2, 3]}).iloc[1:])
st.dataframe(pd.DataFrame({"x": [1, 2]}, index=pd.MultiIndex.from_tuples([("a", 1), ("b", 2)])))
st.dataframe(pd.DataFrame([[1, 2]], columns=pd.MultiIndex.from_tuples([("A", "x"), ("A", "y")])))
st.dataframe(pd.DataFrame({
    "when": pd.to_datetime(["2024-01-02 03:04:05"]),
    "tz": pd.to_datetime(["2024-01-02"]).tz_localize("Europe/Berlin"),
    "day": [datetime.date(2024, 1, 2)],
    "t": [datetime.time(12, 30)],
    "dur": pd.to_timedelta([90], unit="s"),
    "cat": pd.Categorical(["lo"], categories=["lo", "hi"]),
    "dec": [decimal.Decimal("1.25")],
    "lst": [[1, 2]],
    "flag": [True],
    "nint": pd.array([None], dtype="Int64"),
}))
st.dataframe(pd.DataFrame({"mixed": [1, "two", 3.0], "cplx": [1 + 2j, 0j, 3j]}))
st.dataframe(pd.Series([1, 2], name="s"))
st.dataframe(pd.Series([3, 4]))
st.dataframe(pa.table({"p": [1, 2], "q": ["a", "b"]}))
st.dataframe(np.array([[1, 2], [3, 4]]))
st.dataframe(np.array([5, 6]))
st.dataframe([1, 2, 3])
st.dataframe([{"a": 1, "b": "x"}, {"a": 2, "b": "y"}])
st.dataframe([[1, "x"], [2, "y"]])
st.dataframe({"a": [1, 2], "b": [3, 4]})
st.dataframe({"k1": 1, "k2": "two"})
st.dataframe((7, 8))
st.dataframe({9, 10})
st.dataframe(pd.DataFrame({"a": [1.5, 2.25]}).style.format("{:.1f}"))
st.dataframe(None)
st.write(pd.DataFrame({"w": [1]}))
