# Options from pandas Series, a DataFrame column, a whole DataFrame (its first
# column) and an Index; values come back as the option objects.
import pandas as pd
import streamlit as st

df = pd.DataFrame({"city": ["Oslo", "Rome", "Lima"], "pop": [0.7, 2.8, 10.0]})
sb = st.selectbox("sb", df["city"])
ra = st.radio("ra", pd.Series([10, 20, 30]))
ms = st.multiselect("ms", df, default=["Rome"])
ss = st.select_slider("ss", df.index)
pi = st.pills("pi", pd.Series(["a", "b"]))
st.write(repr([sb, ra, ms, ss, pi]), type(ra).__name__)
# step: set "sb" "Lima"
# step: set "ra" "30"
# step: set "ms" ["Oslo", "Lima"]
# step: set "ss" "2"
# step: set "pi" "b"
