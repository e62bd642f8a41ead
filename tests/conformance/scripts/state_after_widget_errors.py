# Assigning a key after its widget rendered in this run raises, for every widget family.
import datetime as dt

import streamlit as st

widgets = [
    ("k_cb", lambda k: st.checkbox("cb", key=k), True),
    ("k_ra", lambda k: st.radio("ra", ["a", "b"], key=k), "b"),
    ("k_ms", lambda k: st.multiselect("ms", ["a", "b"], key=k), ["a"]),
    ("k_ss", lambda k: st.select_slider("ss", ["a", "b"], key=k), "b"),
    ("k_ta", lambda k: st.text_area("ta", key=k), "x"),
    ("k_ni", lambda k: st.number_input("ni", key=k), 2.0),
    ("k_di", lambda k: st.date_input("di", dt.date(2024, 1, 1), key=k), dt.date(2024, 1, 2)),
    ("k_ti", lambda k: st.time_input("ti", dt.time(1, 0), key=k), dt.time(2, 0)),
    ("k_cp", lambda k: st.color_picker("cp", key=k), "#ffffff"),
    ("k_pi", lambda k: st.pills("pi", ["a", "b"], key=k), "a"),
    ("k_fb", lambda k: st.feedback("thumbs", key=k), 1),
]
for key, make, value in widgets:
    make(key)
    try:
        st.session_state[key] = value
    except Exception as e:
        st.write(key, "->", type(e).__name__, str(e))
with st.form("f"):
    st.text_input("in form")
    st.form_submit_button()
try:
    st.session_state.f = 1
except Exception as e:
    st.write("form ->", type(e).__name__, str(e))
