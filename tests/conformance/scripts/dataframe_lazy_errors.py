# st.dataframe(lazy=True) with what it cannot serve lazily: 1.67's errors.
import pandas as pd
import streamlit as st

df = pd.DataFrame({"n": range(1500)})
for label, call in [
    ("styler", lambda: st.dataframe(df.style, lazy=True)),
    ("selection", lambda: st.dataframe(df, lazy=True, on_select="rerun", key="sel")),
    ("multiindex", lambda: st.dataframe(
        pd.DataFrame([[1, 2]] * 1500, columns=pd.MultiIndex.from_tuples([("a", "x"), ("a", "y")])), lazy=True)),
]:
    try:
        call()
    except Exception as e:
        st.text(f"{label}: {type(e).__name__}: {e}")
