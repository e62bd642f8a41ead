# selectbox returns the option object itself; format_func only changes the label.
# step: set "planet" "MARS"
# step: rerun
import streamlit as st

PLANETS = [{"name": "earth", "moons": 1}, {"name": "mars", "moons": 2}]
choice = st.selectbox("planet", PLANETS, format_func=lambda p: p["name"].upper())
st.write(f"{choice['name']} has {choice['moons']} moon(s)")
