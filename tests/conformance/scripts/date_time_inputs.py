import datetime

import streamlit as st

d = st.date_input("Day", datetime.date(2024, 3, 15))
st.write("day:", str(d))
r = st.date_input("Trip", (datetime.date(2024, 1, 1), datetime.date(2024, 1, 7)), format="DD.MM.YYYY")
st.write("trip:", [str(x) for x in r])
none = st.date_input("Maybe", value=None)
st.write("maybe:", none)
t = st.time_input("Alarm", datetime.time(8, 45))
st.write("alarm:", str(t))
try:
    st.date_input("bad", datetime.date(2024, 1, 1), min_value=datetime.date(2024, 2, 1))
except Exception as e:
    st.write(type(e).__name__, str(e))
try:
    st.date_input("fmt", format="YY/MM/DD")
except Exception as e:
    st.write(type(e).__name__)
# step: set "Day" "2024-04-01"
# step: set "Trip" ["2024-02-01", "2024-02-03"]
# step: set "Alarm" "09:30"
