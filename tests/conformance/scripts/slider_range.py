# A tuple value makes a range slider that returns a tuple.
# step: set "range" [10, 90]
# step: set "frange" [0.25, 0.5]
import streamlit as st

r = st.slider("range", 0, 100, (25, 75))
f = st.slider("frange", 0.0, 1.0, (0.1, 0.9))
st.write(f"range={r!r}")
st.write(f"frange={f!r}")
