# A keyed slider is a new widget when min_value, max_value or step change,
# but keeps its value when only the label or default change.
import streamlit as st

mode = st.radio("mode", ["base", "label", "max", "step"])
top = 20 if mode == "max" else 10
step = 2 if mode == "step" else 1
label = "Level!" if mode == "label" else "Level"
default = 4 if mode == "label" else 2
level = st.slider(label, 0, top, default, step=step, key="level")
st.write("level:", level)
# step: set "key=level" 6
# step: set "mode" "label"
# step: set "mode" "max"
# step: set "key=level" 8
# step: set "mode" "step"
