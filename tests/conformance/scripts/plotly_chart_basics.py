import pandas as pd
import plotly.express as px
import plotly.graph_objects as go
import streamlit as st

df = pd.DataFrame({"x": [1, 2, 3, 4], "y": [10.5, 11.0, 12.25, 13.0], "c": list("abab")})
st.plotly_chart(px.scatter(df, x="x", y="y", color="c"))
st.plotly_chart(go.Figure(go.Bar(x=["a", "b"], y=[3, 1]), layout={"width": 400, "height": 300}), width="content",
                theme=None, config={"displayModeBar": False})
st.plotly_chart({"data": [{"type": "scatter", "x": [1, 2], "y": [3, 4]}], "layout": {"title": {"text": "Dict"}}},
                height=250, alt="  a   dict  figure ")
st.plotly_chart([go.Scatter(x=[1, 2], y=[2, 1])], use_container_width=False)
st.plotly_chart(px.imshow([[1, 2], [3, 4]]), width=300, height="stretch")
state = st.plotly_chart(px.line(df, x="x", y="y"), key="sel", on_select="rerun", selection_mode=["box", "points"])
st.text(repr(dict(state)))
st.text(repr(state.selection.points) + repr(state["selection"]["box"]))
st.plotly_chart(px.bar(df, x="c", y="y"), on_select=lambda: None, selection_mode="lasso")
for bad in (lambda: st.plotly_chart(px.bar(df, x="c", y="y"), theme="dark"),
            lambda: st.plotly_chart(px.bar(df, x="c", y="y"), on_select="rerun", selection_mode="circle"),
            lambda: st.plotly_chart(px.bar(df, x="c", y="y"), width="wide"),
            lambda: st.plotly_chart(px.bar(df, x="c", y="y"), on_select="always"),
            lambda: st.plotly_chart({"data": [{"type": "nonsense"}]})):
    try:
        bad()
    except Exception as e:
        st.text(f"{type(e).__name__}: {str(e)[:120]}")
# step: set "key=sel" {"selection": {"box": [{"x": [1.5, 2.5], "xref": "x", "y": [10.0, 12.0], "yref": "y"}], "lasso": [], "point_indices": [1], "points": [{"curve_number": 0, "point_index": 1, "point_number": 1, "x": 2, "y": 11.0}]}}
