import pandas as pd
import streamlit as st

dup = pd.DataFrame([[1, 2], [3, 4]], columns=["a", "a"])
for call in [lambda: st.dataframe(dup), lambda: st.table(dup), lambda: st.data_editor(dup)]:
    try:
        call()
    except Exception as e:
        st.text(f"{type(e).__name__}: {e}")
st.dataframe(pd.DataFrame({"mixed": [1, "two", 3.5, None], "obj": [b"x", 2, [3], {"k": 4}]}))
st.table(pd.DataFrame({"mixed": [1, "two", 3.5, None]}))
