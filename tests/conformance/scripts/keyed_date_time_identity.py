# Keyed date_input resets when format changes and time_input when step changes;
# both keep their value when min/max or the label change.
import datetime as dt

import streamlit as st

mode = st.radio("mode", ["base", "bounds", "format"])
fmt = "DD/MM/YYYY" if mode == "format" else "YYYY/MM/DD"
lo = dt.date(2023, 1, 1) if mode == "bounds" else dt.date(2020, 1, 1)
d = st.date_input("d", dt.date(2024, 1, 1), min_value=lo, format=fmt, key="d")
step = 1800 if mode == "format" else 900
t = st.time_input("t" if mode == "base" else "t!", dt.time(8, 0), step=step, key="t")
st.write(str(d), str(t))
# step: set "d" "2024-03-03"
# step: set "t" "09:15"
# step: set "mode" "bounds"
# step: set "mode" "format"
