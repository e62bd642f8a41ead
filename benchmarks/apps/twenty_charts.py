# A text input above 20 charts of mixed kinds: 4 line, 4 bar and 4 Altair
# charts (Vega-Lite), 3 Plotly figures, 3 ECharts options, st.map and a pydeck
# chart. Shared by tests/e2e/tests/chart_page_input.test.js (every keystroke
# arrives, every chart is drawn) and benchmarks/chart_input.mjs (how long the
# main thread is blocked while the page renders, next to Streamlit).
import altair as alt
import numpy as np
import pandas as pd
import plotly.express as px
import pydeck as pdk
import streamlit as st

value = st.text_input("Type here", key="typed")
st.text(f"typed={value!r}")
rng = np.random.default_rng(7)
walk = pd.DataFrame(rng.standard_normal((2000, 3)).cumsum(axis=0), columns=["a", "b", "c"])
bars = pd.DataFrame({"k": list("abcdefghij"), "v": rng.integers(1, 50, 10)})
for i in range(4):
    st.line_chart(walk + i, height=200)
for i in range(4):
    st.bar_chart(bars.assign(v=bars.v + i), x="k", y="v", height=200)
for i in range(4):
    st.altair_chart(alt.Chart((walk + i).reset_index()).mark_point().encode(x="index", y="a"), height=200)
for i in range(3):
    st.plotly_chart(px.line(walk.iloc[:500] + i, y=["a", "b"]), height=250)
for i in range(3):
    st.echarts_chart(
        {
            "xAxis": {"type": "category", "data": list("abcdefghij")},
            "yAxis": {},
            "series": [{"type": "bar", "data": [int(v) + i for v in bars.v]}],
        },
        height=250,
    )
points = pd.DataFrame({"lat": 37.76 + rng.random(200) / 20, "lon": -122.45 + rng.random(200) / 20})
st.map(points, size=80, color="#ff0000", height=300)
layer = pdk.Layer(
    "ScatterplotLayer", data=points, get_position="[lon, lat]", get_radius=90, get_fill_color=[0, 0, 255, 220]
)
view = pdk.ViewState(latitude=37.785, longitude=-122.425, zoom=11)
st.pydeck_chart(pdk.Deck(layers=[layer], initial_view_state=view), height=300)
