# Unkeyed widgets reset when their default value changes.
import datetime as dt

import streamlit as st

alt = st.checkbox("alt")
t = st.text_input("t", "B" if alt else "A")
c = st.color_picker("c", "#222222" if alt else "#111111")
d = st.date_input("d", dt.date(2024, 2, 2) if alt else dt.date(2024, 1, 1))
p = st.pills("p", ["x", "y", "z"], default="z" if alt else "x")
st.write([t, c, str(d), p])
# step: set "t" "typed"
# step: set "c" "#ffffff"
# step: set "d" "2024-12-12"
# step: set "p" "y"
# step: set "alt" true
