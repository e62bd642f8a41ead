import json

import pandas as pd
import streamlit as st

bar = {"xAxis": {"type": "category", "data": ["A", "B", "C"]}, "yAxis": {"type": "value"},
       "series": [{"type": "bar", "data": [5, 20, 36]}]}


class Chart:
    """Duck-typed like a pyecharts chart."""

    width = "640px"
    height = "500px"

    def dump_options(self):
        return json.dumps(bar)


df = pd.DataFrame({"product": ["Matcha", "Milk Tea"], "2015": [43.3, 83.1], "2016": [85.8, 73.4]})
st.echarts_chart(bar)
st.echarts_chart(json.dumps(bar), theme=None, renderer="svg", alt=" Bars ")
st.echarts_chart(Chart(), width="content")
st.echarts_chart({"dataset": {"source": df}, "xAxis": {"type": "category"}, "yAxis": {},
                  "series": [{"type": "bar"}, {"type": "bar"}]}, width="content", height=300)
st.echarts_chart({"dataset": [{"source": df}, {"source": df, "id": "again"}], "series": []}, width=400)
st.echarts_chart({"baseOption": {"dataset": {"source": df}}, "options": [{"series": [{"type": "line"}]}]},
                 height="stretch")
sel = {"xAxis": {"type": "category", "data": ["A", "B", "C"]}, "yAxis": {},
       "series": [{"type": "bar", "data": [1, 2, 3], "selectedMode": "multiple"}]}
state = st.echarts_chart(sel, on_select="rerun", key="sel")
st.text(repr(dict(state)))
st.text(repr((state.selection.selected, state["selection"]["areas"], st.session_state.sel.selection.selected)))
brush = st.echarts_chart({**sel, "brush": {"xAxisIndex": "all"}}, on_select=lambda: None, key="brush")
st.text(repr(brush.selection))
for bad in (lambda: st.echarts_chart({}, theme="dark"),
            lambda: st.echarts_chart({}, renderer="webgl"),
            lambda: st.echarts_chart({}, on_select="always"),
            lambda: st.echarts_chart({}, width="wide"),
            lambda: st.echarts_chart({}, height=0),
            lambda: st.echarts_chart([1, 2]),
            lambda: st.echarts_chart("[1, 2]"),
            lambda: st.echarts_chart('{"tooltip": {"formatter": function (p) { return p.name; }}}'),
            lambda: st.echarts_chart('{"title": {"text": "--x_x--function(){}--x_x--"}}'),
            lambda: st.echarts_chart('{"title": '),
            lambda: st.echarts_chart({"series": [{"type": "scatter3D"}]}),
            lambda: st.echarts_chart({"globe": {}}),
            lambda: st.echarts_chart({"series": [{"type": "liquidFill"}]}),
            lambda: st.echarts_chart({"series": [{"type": "custom"}]}),
            lambda: st.echarts_chart({"series": [{"type": "map"}]}),
            lambda: st.echarts_chart({"options": {"a": 1}}),
            lambda: st.echarts_chart({"series": [{"data": [float("nan")]}]}),
            lambda: st.echarts_chart({"series": [{"data": [pd.Timestamp("2024-01-01")]}]}),
            lambda: st.echarts_chart({"title": {"text": print}}),
            lambda: state.selection.__setitem__("selected", 1)):
    try:
        bad()
    except Exception as e:
        st.text(f"{type(e).__name__}: {e}")

# (keys in sorted order: the rustlit test client sends the step's JSON with its keys sorted)
# step: set "key=sel" {"selection": {"areas": [], "selected": [{"data_indices": [0, 2], "data_type": "main", "series_id": null, "series_index": 0, "series_name": null}]}}
# step: set "key=brush" {"selection": {"areas": [{"brush_index": 0, "brush_type": "lineX", "coord_range": [0.5, 2.5]}], "selected": []}}
