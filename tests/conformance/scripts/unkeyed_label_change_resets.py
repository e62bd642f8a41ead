# An unkeyed widget whose label changes is a new widget and starts from its default.
# step: set "level" 8
# step: set "metric" true
# step: set "level (metric)" 3
import streamlit as st

metric = st.checkbox("metric")
level = st.slider("level (metric)" if metric else "level", 0, 10, 1)
st.write(f"level={level}")
