import datetime

import pandas as pd
import streamlit as st

df = pd.DataFrame({"a": [1, 2, 3], "b": [4.0, 5.5, 6.1], "c": ["x", "y", "x"], "d.e": [3, 1, 2]})
st.line_chart(df[["a", "b"]])
st.line_chart(df, x="a", y="b", color="c")
st.line_chart(df, x="a", y=["b", "d.e"], color=["#ff0000", (0, 255, 0)], x_label="X", y_label="Y")
st.area_chart(df, x="a", y=["b", "d.e"])
st.area_chart(df, x="c", y="b", color="red", stack="normalize")
st.bar_chart(df, x="c", y="b", color="c", stack=False)
st.bar_chart(df, x="c", y=["a", "b"], horizontal=True, sort="-b", width=300, height=200)
st.bar_chart(df, y="b", sort=False, stack="center")
st.scatter_chart(df, x="a", y="b", size="d.e", color="c")
st.scatter_chart(df, x="a", y="b", size=50, color=(0.1, 0.2, 0.3, 0.5))
st.line_chart(pd.DataFrame({"t": pd.date_range("2024-01-01", periods=3), "v": [1, 3, 2]}), x="t")
st.bar_chart(pd.DataFrame({"d": [datetime.date(2024, 1, i) for i in (1, 2, 3)], "v": [1, 3, 2]}), x="d")
st.line_chart()
st.scatter_chart(pd.DataFrame({"x": [1, 2], "y": [3, 4], "col": ["#ff0000", "#00ff00"]}), x="x", y="y", color="col")
st.area_chart(df, use_container_width=False)
