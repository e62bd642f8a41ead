import datetime as dt

import streamlit as st

day = st.slider("Day", value=dt.date(2024, 5, 17))
st.write("day:", day, type(day).__name__)
span = st.slider("Span", dt.date(2024, 1, 1), dt.date(2024, 12, 31), (dt.date(2024, 3, 1), dt.date(2024, 4, 1)))
st.write("span:", span)
at = st.slider("At", value=dt.time(9, 30))
st.write("at:", at)
when = st.slider("When", value=dt.datetime(2024, 5, 17, 12, 0), step=dt.timedelta(hours=1), format="MM/DD HH:mm")
st.write("when:", when)
short = st.slider("Short", dt.datetime(2024, 1, 1, 8), dt.datetime(2024, 1, 1, 18), dt.datetime(2024, 1, 1, 9))
st.write("short:", short)
# step: set "Day" 1716508800000000
# step: set "Span" [1709251200000000, 1735603200000000]
# step: set "At" 946733400000000
# step: set "When" 1716048000000000
