# Programmatic values for date_input (single and range) and time_input.
import datetime as dt

import streamlit as st

if st.button("set"):
    st.session_state.day = dt.date(2025, 12, 24)
    st.session_state.trip = (dt.date(2025, 7, 1), dt.date(2025, 7, 14))
    st.session_state.alarm = dt.time(6, 15)
day = st.date_input("Day", dt.date(2024, 1, 1), key="day")
trip = st.date_input("Trip", (dt.date(2024, 1, 1), dt.date(2024, 1, 2)), key="trip")
alarm = st.time_input("Alarm", dt.time(7, 0), key="alarm")
st.write("day:", str(day), "trip:", [str(x) for x in trip], "alarm:", str(alarm))
# step: click "set"
# step: rerun
# step: set "Day" "2025-01-31"
