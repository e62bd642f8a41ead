import datetime
import decimal

import numpy as np
import pandas as pd
import pyarrow as pa
import streamlit as st

inputs = {
    "list": [1, 2, 3],
    "tuple": (1, 2, 3),
    "set": {1, 2, 3},
    "dict_of_lists": {"a": [1, 2, 3], "b": ["x", "y", "z"]},
    "records": [{"a": 1, "b": "x"}, {"a": 2, "b": "y"}, {"a": 3, "b": "z"}],
    "rows": [[1, "x"], [2, "y"], [3, "z"]],
    "key_value": {"k1": 1, "k2": 2, "k3": 3},
    "series": pd.Series([1, 2, 3], name="a"),
    "numpy_list": np.array([1, 2, 3]),
    "numpy_matrix": np.array([[1, 2], [3, 4], [5, 6]]),
    "arrow": pa.table({"a": [1, 2, 3], "b": ["x", "y", "z"]}),
    "index_int": pd.DataFrame({"a": [1, 2, 3]}, index=[10, 20, 5]),
}
for name, data in inputs.items():
    out = st.data_editor(data, key=name, num_rows="dynamic")
    value = out.to_pydict() if isinstance(out, pa.Table) else out.tolist() if isinstance(out, np.ndarray) else out
    if isinstance(out, pd.DataFrame):
        value = (out.to_dict("list"), list(out.index))
    st.text(f"{name}: {type(out).__name__} {value!r}")

kinds = pd.DataFrame({
    "dt": pd.to_datetime(["2024-01-01 10:00", "2024-01-02 11:00"]),
    "date": [datetime.date(2024, 1, 1), datetime.date(2024, 1, 2)],
    "time": [datetime.time(10, 0), datetime.time(11, 30)],
    "td": pd.to_timedelta([1, 2], unit="s"),
    "dec": [decimal.Decimal("1.5"), decimal.Decimal("2.5")],
    "lst": [["a"], ["b", "c"]],
    "cat": pd.Categorical(["u", "v"]),
    "opt": pd.array([1, None], dtype="Int64"),
    "mixed": [1, "x"],
})
edited = st.data_editor(kinds, key="kinds")
st.text(repr(edited.to_dict("list")))
st.text(repr(edited.dtypes.astype(str).to_dict()))
# step: set "key=list" {"added_rows": [{"value": 4}], "deleted_rows": [1], "edited_rows": {"0": {"value": 10}}}
# step: set "key=tuple" {"added_rows": [{"value": 4}], "deleted_rows": [1], "edited_rows": {"0": {"value": 10}}}
# step: set "key=set" {"deleted_rows": [1], "edited_rows": {"0": {"value": 10}}}
# step: set "key=dict_of_lists" {"added_rows": [{"a": 4, "b": "w"}], "deleted_rows": [1], "edited_rows": {"0": {"a": 10}}}
# step: set "key=records" {"added_rows": [{"a": 4}], "deleted_rows": [1], "edited_rows": {"0": {"b": "q"}}}
# step: set "key=rows" {"added_rows": [{"1": "w"}], "deleted_rows": [1], "edited_rows": {"0": {"0": 10}}}
# step: set "key=key_value" {"deleted_rows": [1], "edited_rows": {"0": {"value": 10}}}
# step: set "key=series" {"added_rows": [{"a": 4}], "deleted_rows": [1], "edited_rows": {"0": {"a": 10}}}
# step: set "key=numpy_list" {"added_rows": [{"value": 4}], "deleted_rows": [1], "edited_rows": {"0": {"value": 10}}}
# step: set "key=numpy_matrix" {"added_rows": [{"1": 4}], "deleted_rows": [1], "edited_rows": {"0": {"0": 10}}}
# step: set "key=arrow" {"added_rows": [{"a": 4, "b": "w"}], "deleted_rows": [1], "edited_rows": {"0": {"a": 10}}}
# step: set "key=index_int" {"added_rows": [{"a": 4}, {"_index": 7, "a": 5}], "deleted_rows": [1], "edited_rows": {"0": {"a": 10}}}
# step: set "key=kinds" {"edited_rows": {"0": {"cat": "v", "date": "2024-05-02", "dec": 3.25, "dt": "2024-05-01T12:30:00.000", "lst": ["x", "y"], "opt": 5, "td": 90, "time": "13:45:10.000"}, "1": {"dt": null, "opt": null}}}
