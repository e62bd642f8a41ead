import datetime

import streamlit as st

if st.button("reset"):
    st.session_state.when = datetime.datetime(2000, 1, 1, 8, 15)
when = st.datetime_input("When", datetime.datetime(2024, 5, 17, 14, 30), key="when")
st.write("when:", str(when))
empty = st.datetime_input("Empty", None, format="DD.MM.YYYY", step=60)
st.write("empty:", empty)
day = st.datetime_input("Day only", datetime.date(2024, 2, 29), min_value=datetime.date(2024, 1, 1),
                        max_value=datetime.date(2024, 12, 31))
st.write("day:", str(day))
try:
    st.datetime_input("bad step", step=30)
except Exception as e:
    st.write(type(e).__name__, str(e))
try:
    st.datetime_input("bad", datetime.datetime(2024, 1, 1), max_value=datetime.datetime(2023, 1, 1))
except Exception as e:
    st.write(type(e).__name__, str(e))
# step: set "When" "2025-01-02T03:04"
# step: set "Empty" "2024-07-08T09:10"
# step: set "Empty" null
# step: click "reset"
