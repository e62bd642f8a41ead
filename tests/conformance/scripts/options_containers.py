# Options from tuples, dicts (keys), ranges, generators and strings.
import streamlit as st

sb = st.selectbox("sb", ("x", "y", "z"), index=2)
ra = st.radio("ra", {"k1": "v1", "k2": "v2"})
ms = st.multiselect("ms", range(3), default=[1])
ss = st.select_slider("ss", range(10, 60, 10), value=30)
pi = st.pills("pi", (c for c in "abc"), default="b")
str_opts = st.selectbox("str", "abc")
sc = st.segmented_control("sc", ("on", "off"), default="off")
st.write(repr([sb, ra, ms, ss, pi, sc, str_opts]))
# step: set "ra" "k2"
# step: set "ms" ["0", "2"]
# step: set "ss" "50"
