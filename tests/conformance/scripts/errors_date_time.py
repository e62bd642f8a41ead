# Invalid date_input/time_input arguments raise Streamlit's exceptions.
import datetime as dt

import streamlit as st

D = dt.date
cases = [
    ("min > max", lambda: st.date_input("min > max", D(2024, 1, 5), min_value=D(2024, 2, 1), max_value=D(2024, 1, 1))),
    ("above max", lambda: st.date_input("above max", D(2025, 1, 1), max_value=D(2024, 1, 1))),
    ("range below", lambda: st.date_input("range below", (D(2019, 1, 1), D(2024, 1, 1)), min_value=D(2020, 1, 1))),
    ("three dates", lambda: st.date_input("three dates", (D(2024, 1, 1), D(2024, 1, 2), D(2024, 1, 3)))),
    ("string date", lambda: st.date_input("string date", "2024-03-04")),
    ("bad string", lambda: st.date_input("bad string", "yesterday-ish")),
    ("bad format", lambda: st.date_input("bad format", D(2024, 1, 1), format="DD-MM-YY")),
    ("step type", lambda: st.time_input("step type", dt.time(1, 0), step="60")),
    ("step small", lambda: st.time_input("step small", dt.time(1, 0), step=30)),
    ("step large", lambda: st.time_input("step large", dt.time(1, 0), step=dt.timedelta(days=1))),
    ("time string", lambda: st.time_input("time string", "12:34")),
    ("time bad", lambda: st.time_input("time bad", "noon")),
]
for label, make in cases:
    try:
        st.write(label, "=", str(make()))
    except Exception as e:
        st.write(label, "->", type(e).__name__, str(e))
