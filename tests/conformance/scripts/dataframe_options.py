import pandas as pd
import streamlit as st

df = pd.DataFrame({"a": [1, 2], "b": ["x", "y"], "c": [0.5, 0.25]})
st.dataframe(df, hide_index=True, column_order=["c", "a"], row_height=50, placeholder="-")
st.dataframe(df, width=300, height=200, hide_index=False)
st.dataframe(df, use_container_width=False, column_order=[], row_height=0)
st.dataframe(df, height="content")
st.dataframe([1, 2], hide_index=False)
st.dataframe(df, column_config={
    "a": st.column_config.NumberColumn("A", format="%d", min_value=0, max_value=10, step=1, help="h"),
    "b": st.column_config.TextColumn("B", max_chars=5, validate="^[a-z]$", width="small", pinned=True),
    "c": st.column_config.ProgressColumn("C", min_value=0, max_value=1, color="auto"),
    0: "Index",
})
st.dataframe(df, column_config={
    "a": None,
    "b": "Bee",
    "c": st.column_config.Column(disabled=True, required=True, alignment="center", width=120),
    "_index": st.column_config.Column("row"),
})
st.dataframe(pd.DataFrame({
    "link": ["https://streamlit.io"], "img": ["https://example.com/a.png"], "ok": [True],
    "sel": ["a"], "lst": [["x"]], "line": [[1, 2, 3]], "bar": [[1, 2]], "area": [[3, 1]],
    "d": [pd.Timestamp("2024-01-01")], "js": ['{"k": 1}'],
}), column_config={
    "link": st.column_config.LinkColumn("L", display_text="open"),
    "img": st.column_config.ImageColumn("I"),
    "ok": st.column_config.CheckboxColumn("OK", default=False),
    "sel": st.column_config.SelectboxColumn("S", options=["a", "b"]),
    "lst": st.column_config.ListColumn("Ls"),
    "line": st.column_config.LineChartColumn("Line", y_min=0, y_max=5, color="red"),
    "bar": st.column_config.BarChartColumn("Bar"),
    "area": st.column_config.AreaChartColumn("Area", color="#ff0000"),
    "d": st.column_config.DatetimeColumn("D", format="YYYY-MM-DD", timezone="UTC"),
    "js": st.column_config.JsonColumn("J"),
})
st.dataframe(pd.DataFrame({"d": [pd.Timestamp("2024-01-01")]}), column_config={
    "d": st.column_config.DateColumn("Day", min_value=pd.Timestamp("2023-01-01").date(), step=1),
})
