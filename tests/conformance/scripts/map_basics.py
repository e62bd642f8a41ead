import pandas as pd
import streamlit as st

df = pd.DataFrame({"lat": [37.76, 37.77, 37.78], "lon": [-122.4, -122.41, -122.43],
                   "s": [10.0, 20.5, 30.0], "c": ["#ff0000", "#00ff0080", "#00f"]})
st.map(df)
st.map(df, size="s", color="c", zoom=9, alt="  three   points ")
st.map(df, size=42, color=(0.5, 0.25, 1.0), height=300, width=400)
st.map(df.rename(columns={"lat": "LATITUDE", "lon": "longitude"}), color="#0044ff", use_container_width=False)
st.map(pd.DataFrame({"y": [1.5, 2.5], "x": [3.0, 4.0], "col": [[10, 20, 30], [40, 50, 60, 70]]}),
       latitude="y", longitude="x", color="col", height="stretch")
st.map(pd.DataFrame({"lat": [0.0, 80.0], "lon": [-170.0, 170.0]}), color="primary")
st.map(pd.DataFrame({"lat": [48.85], "lon": [2.35]}))
st.map()
st.map(pd.DataFrame({"lat": [], "lon": []}))
st.map({"lat": [1.0, 2.0], "lon": [3.0, 4.0]})
for bad in (lambda: st.map(pd.DataFrame({"a": [1.0], "lon": [2.0]})),
            lambda: st.map(pd.DataFrame({"lat": [1.0, None], "lon": [2.0, 3.0]})),
            lambda: st.map(df, color="s"),
            lambda: st.map(df, color="red"),
            lambda: st.map(df, color="#zzz"),
            lambda: st.map(df, width="content"),
            lambda: st.map(df, height="content"),
            lambda: st.map(df, height=0)):
    try:
        bad()
    except Exception as e:
        st.text(f"{type(e).__name__}: {str(e)[:160]}")
