# Keyed widgets keep their value when their default or label changes.
import datetime as dt

import streamlit as st

alt = st.checkbox("alt")
t = st.text_input("t2" if alt else "t", "B" if alt else "A", key="t")
n = st.number_input("n", value=5 if alt else 1, key="n")
c = st.color_picker("c", "#222222" if alt else "#111111", key="c")
d = st.date_input("d", dt.date(2024, 2, 2) if alt else dt.date(2024, 1, 1), key="d")
tg = st.toggle("tg", value=alt, key="tg")
st.write([t, n, c, str(d), tg])
# step: set "t" "typed"
# step: set "n" 3
# step: set "c" "#ffffff"
# step: set "d" "2024-12-12"
# step: set "tg" true
# step: set "alt" true
