import pandas as pd
import streamlit as st

df = pd.DataFrame({"a": [1, 2, 3], "b": [4.0, 5.5, 6.1], "c": ["x", "y", "x"]})
for bad in (lambda: st.line_chart(df, x=1), lambda: st.line_chart(df, y="zz"), lambda: st.bar_chart(df, stack="x"),
            lambda: st.area_chart(df, stack=2), lambda: st.line_chart(df, y=["a", "b"], color="#ff0000"),
            lambda: st.line_chart(df, y="a", color=5), lambda: st.scatter_chart(df, size="nocol"),
            lambda: st.bar_chart(df, sort="-zz"), lambda: st.line_chart(df, y=["a", "b"], color=["#f00"]),
            lambda: st.line_chart(df, width="wide"), lambda: st.bar_chart(df, height=-1),
            lambda: st.line_chart(df).add_rows(df)):
    try:
        bad()
    except Exception as e:
        st.text(f"{type(e).__name__}: {e}")
st.bar_chart(df, x="c", y="a", stack=True, sort="a")
st.area_chart(df, x="a", y="b", stack="center", color="primary")
