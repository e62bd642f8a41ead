import altair as alt
import pandas as pd
import streamlit as st

df = pd.DataFrame({"a": list("abc"), "b": [1, 5, 3]})
st.altair_chart(alt.Chart(df).mark_bar().encode(x="a", y="b"))
st.altair_chart(alt.Chart(df).mark_point().encode(x="a", y="b").interactive(), theme=None, width="content")
st.altair_chart(alt.hconcat(alt.Chart(df).mark_bar().encode(x="a", y="b"), alt.Chart(df).mark_line().encode(x="a", y="b")))
st.altair_chart(alt.Chart(df).mark_bar().encode(x="a", y="b", color=alt.Color("a", title=None)), use_container_width=True)
st.vega_lite_chart(df, {"mark": "point", "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative"}}})
st.vega_lite_chart({"data": {"values": [{"x": 1, "y": 2}, {"x": 2, "y": 1}]}, "mark": "line",
                    "encoding": {"x": {"field": "x"}, "y": {"field": "y"}}}, height=200)
st.vega_lite_chart({"data": {"url": "data/cars.json"}, "mark": "point", "autosize": "pad"}, width=300)
st.vega_lite_chart({"vconcat": [{"mark": "bar"}, {"mark": "line"}], "datasets": {"d1": [{"u": 1}]}})
for bad in (lambda: st.vega_lite_chart(df, {}), lambda: st.vega_lite_chart(df, {"mark": "bar"}, theme="dark"),
            lambda: st.vega_lite_chart(df, {"mark": "bar"}, on_select="rerun"),
            lambda: st.vega_lite_chart(df, {"mark": "bar"}, width="wide")):
    try:
        bad()
    except Exception as e:
        st.text(f"{type(e).__name__}: {e}")
