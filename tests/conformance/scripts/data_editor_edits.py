import pandas as pd
import streamlit as st

df = pd.DataFrame({"a": [1, 2, 3], "b": ["x", "y", "z"], "c": [True, False, True], "d": [1.5, 2.5, 3.5]})
out = st.data_editor(df, key="ed", num_rows="dynamic")
st.text(repr(out.to_dict("list")))
st.text(repr(list(out.index)))
st.text(repr(out.dtypes.astype(str).to_dict()))
st.text(repr(dict(st.session_state.ed)))
st.text(type(st.session_state.ed).__name__)
fixed = st.data_editor(df.set_index("b"), key="fx", disabled=["c"], column_order=["a", "d"])
st.text(repr(fixed.reset_index().to_dict("list")))
st.write("other")
st.checkbox("rerun me")
# step: set "key=ed" {"added_rows": [{"a": 7, "c": false}], "deleted_rows": [1], "edited_rows": {"0": {"a": 10, "b": 5, "d": "7"}}}
# step: set "rerun me" true
# step: set "key=fx" {"added_rows": [{"_index": "w", "a": 4}], "deleted_rows": [0], "edited_rows": {"1": {"_index": "q", "a": 20}}}
# step: set "key=ed" {"added_rows": [{"a": 1}, {"b": "n"}], "deleted_rows": [0, 1], "edited_rows": {"2": {"a": null}}}
