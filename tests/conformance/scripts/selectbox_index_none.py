# index=None selects nothing; picking an option returns it.
# step: set "color" "green"
import streamlit as st

color = st.selectbox("color", ["red", "green", "blue"], index=None, placeholder="pick one")
st.write(f"color={color!r}")
