import datetime as dt

import streamlit as st

for label, kwargs in [
    ("zero step", {"value": dt.date(2024, 1, 1), "step": dt.timedelta(0)}),
    ("number step", {"value": dt.date(2024, 1, 1), "step": 1}),
    ("mixed bounds", {"min_value": dt.date(2024, 1, 1), "max_value": dt.datetime(2024, 2, 1), "value": dt.date(2024, 1, 5)}),
    ("mixed values", {"value": (dt.date(2024, 1, 1), 3)}),
    ("equal bounds", {"min_value": dt.time(9), "max_value": dt.time(9), "value": dt.time(9)}),
    ("timedelta value", {"value": dt.timedelta(hours=1)}),
]:
    try:
        st.slider(label, **kwargs)
    except Exception as e:
        st.write(label, "->", type(e).__name__, str(e))
