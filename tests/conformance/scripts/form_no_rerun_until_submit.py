# Values of widgets in a form reach the script only on submit.
import datetime as dt

import streamlit as st

with st.form("f"):
    tags = st.multiselect("Tags", ["a", "b", "c"])
    day = st.date_input("Day", dt.date(2024, 1, 1))
    colour = st.color_picker("Colour", "#000000")
    size = st.pills("Size", ["S", "M"])
    agree = st.checkbox("Agree")
    n = st.number_input("N", 0, 10, 0)
    sent = st.form_submit_button("Send")
st.write([sent, tags, str(day), colour, size, agree, n])
# step: fill "Tags" ["c"]
# step: fill "Day" "2024-05-05"
# step: fill "Colour" "#0000ff"
# step: fill "Size" "M"
# step: fill "Agree" true
# step: fill "N" 4
# step: submit "Send"
# step: rerun
