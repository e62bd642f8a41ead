import numpy as np
import pandas as pd
import pyarrow as pa
import streamlit as st


class ArrowStream:
    """Any object exposing the Arrow PyCapsule stream interface."""

    def __init__(self, table: pa.Table) -> None:
        self._table = table

    def __arrow_c_stream__(self, requested_schema=None):
        return self._table.__arrow_c_stream__(requested_schema)


periods = pd.period_range("2024-01", periods=2, freq="M")
intervals = pd.interval_range(start=0, end=2)
st.dataframe(pd.DataFrame({"p": periods, "i": intervals}))
st.dataframe(pd.DataFrame({"v": [1, 2]}, index=periods))
st.dataframe(pd.DataFrame({"v": [1, 2]}, index=intervals))
st.dataframe(pd.DataFrame({"d": pd.period_range("2024-01-01", periods=2, freq="D")}))
st.dataframe(pa.RecordBatch.from_pydict({"r": [1, 2], "s": ["a", "b"]}))
st.dataframe(x * 2 for x in range(3))
st.dataframe(ArrowStream(pa.table({"c": [1, 2]})))
st.dataframe(pd.DataFrame({"x": [1, 2], "y": ["a", "b"]}).__dataframe__())
st.dataframe({3, 1, 2})
st.dataframe(("a", "b"))
st.dataframe({"k": 1.5})
st.dataframe(np.array([[1.5, 2.5], [3.5, 4.5]]))
st.dataframe(np.array([(1, "a"), (2, "b")], dtype=[("n", "i4"), ("s", "U1")]))
st.table(pd.DataFrame({"p": periods, "i": intervals}))
st.table(pa.RecordBatch.from_pydict({"r": [1, 2]}))
st.table(ArrowStream(pa.table({"c": [3]})))
st.table(pd.DataFrame({"c": [4]}).__dataframe__())
st.table(np.array([(1, "a")], dtype=[("n", "i4"), ("s", "U1")]))
st.table(x for x in "ab")

inputs = {
    "record_batch": pa.RecordBatch.from_pydict({"a": [1, 2]}),
    "generator": (x for x in [1, 2]),
    "stream": ArrowStream(pa.table({"a": [1, 2]})),
    "interchange": pd.DataFrame({"a": [1, 2]}).__dataframe__(),
    "structured": np.array([(1, "a"), (2, "b")], dtype=[("n", "i4"), ("s", "U1")]),
    "periods": pd.DataFrame({"p": periods}),
}
for name, data in inputs.items():
    try:
        out = st.data_editor(data, key=name)
        st.text(f"{name}: {type(out).__name__} {out!r}")
    except Exception as e:
        st.text(f"{name}: {type(e).__name__}: {e}")
# step: set "key=structured" {"added_rows": [], "deleted_rows": [], "edited_rows": {"0": {"n": 10}}}
# step: set "key=periods" {"added_rows": [], "deleted_rows": [1], "edited_rows": {}}
