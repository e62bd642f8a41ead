# Int and float sliders infer their type, bounds and step from the arguments.
# step: set "age" 40
# step: set "ratio" 0.75
# step: set "plain" 99
import streamlit as st

age = st.slider("age", 0, 130, 25)
ratio = st.slider("ratio", 0.0, 1.0, 0.5)
plain = st.slider("plain")
st.write(f"age={age!r} ratio={ratio!r} plain={plain!r}")
st.write(type(age).__name__, type(ratio).__name__)
