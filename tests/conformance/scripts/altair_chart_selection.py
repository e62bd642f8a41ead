import altair as alt
import pandas as pd
import streamlit as st

df = pd.DataFrame({"a": list("abc"), "b": [1, 5, 3]})
base = alt.Chart(df).mark_point().encode(x="a", y="b")
ev = st.altair_chart(base.add_params(alt.selection_point(name="pick"), alt.selection_interval(name="brush")),
                     on_select="rerun", key="chart")
st.text(repr(ev))
st.text(repr((ev.selection.pick, ev["selection"]["brush"], st.session_state.chart.selection.pick)))
ev2 = st.altair_chart(base.add_params(alt.selection_point()), on_select=lambda: None, selection_mode="param_1")
st.text(repr(ev2.selection))
st.vega_lite_chart(df, {"mark": "bar", "params": [{"name": "p", "select": "point"}]}, on_select="rerun")
for bad in (lambda: st.altair_chart(base.add_params(alt.selection_point(name="p")), on_select="rerun", selection_mode="q"),
            lambda: ev.selection.__setitem__("pick", 1)):
    try:
        bad()
    except Exception as e:
        st.text(f"{type(e).__name__}: {e}")
# step: set "key=chart" {"selection": {"brush": {"a": ["a", "b"], "b": [1, 5]}, "pick": [{"a": "b"}]}}
