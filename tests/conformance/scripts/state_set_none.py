# Session state can clear widgets that accept None.
import datetime as dt

import streamlit as st

if st.button("clear"):
    for k in ("pick", "num", "txt", "day", "at"):
        st.session_state[k] = None
pick = st.selectbox("Pick", ["a", "b"], key="pick")
num = st.number_input("Num", value=3, key="num")
txt = st.text_input("Txt", "x", key="txt")
day = st.date_input("Day", dt.date(2024, 5, 1), key="day")
at = st.time_input("At", dt.time(10, 0), key="at")
st.write([pick, num, txt, day, at])
# step: click "clear"
# step: rerun
