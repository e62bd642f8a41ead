# A keyed widget keeps its value when only its label changes (key_as_main_identity).
# step: set "key=level" 8
# step: set "metric" true
# step: rerun
import streamlit as st

metric = st.checkbox("metric")
level = st.slider("level (metric)" if metric else "level", 0, 10, 1, key="level")
st.write(f"level={level} state={st.session_state.level}")
