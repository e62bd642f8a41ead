# on_change for slider, select_slider, text_area, time_input, segmented_control, toggle.
import datetime as dt

import streamlit as st

st.session_state.setdefault("log", [])


def changed(key):
    st.session_state.log.append(f"{key}={st.session_state[key]}")


st.slider("sl", 0, 10, key="sl", on_change=changed, args=("sl",))
st.select_slider("ss", ["a", "b", "c"], key="ss", on_change=changed, args=("ss",))
st.text_area("ta", key="ta", on_change=changed, args=("ta",))
st.time_input("ti", dt.time(12, 0), key="ti", on_change=changed, args=("ti",))
st.segmented_control("sc", ["x", "y"], key="sc", on_change=changed, kwargs={"key": "sc"})
st.toggle("tg", key="tg", on_change=changed, args=["tg"])
st.write("log:", st.session_state.log)
# step: set "sl" 3
# step: set "ss" "c"
# step: set "ta" "hello"
# step: set "ti" "13:45"
# step: set "sc" "y"
# step: set "tg" true
