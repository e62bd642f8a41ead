# Widgets appearing and disappearing with a radio choice; each keeps its own state.
# step: set "shape" "circle"
# step: set "radius" 4
# step: set "shape" "square"
# step: set "shape" "circle"
import streamlit as st

shape = st.radio("shape", ["square", "circle"])
if shape == "square":
    side = st.slider("side", 1, 10, 2)
    st.write(f"area={side * side}")
else:
    r = st.slider("radius", 1, 10, 1)
    st.write(f"area~{3 * r * r}")
