# Checkbox and toggle values, defaults, and changes.
# step: set "agree" true
# step: set "dark mode" false
# step: set "agree" false
import streamlit as st

agree = st.checkbox("agree")
dark = st.toggle("dark mode", value=True)
st.write(f"agree={agree} dark={dark}")
