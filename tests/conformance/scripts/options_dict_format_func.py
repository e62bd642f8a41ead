# A dict's keys are the options; format_func=d.get shows its values as labels.
import streamlit as st

CODES = {"fr": "French", "de": "German", "it": "Italian"}
sb = st.selectbox("sb", CODES, format_func=CODES.get)
ra = st.radio("ra", CODES.keys(), format_func=CODES.get, index=1)
pi = st.pills("pi", CODES, format_func=CODES.get, selection_mode="multi")
st.write(sb, ra, pi)
# step: set "sb" "Italian"
# step: set "ra" "French"
# step: set "pi" ["German", "French"]
