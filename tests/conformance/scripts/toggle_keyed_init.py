# session_state initialised before the widget decides its first value.
# step: set "key=notify" false
# step: rerun
import streamlit as st

if "notify" not in st.session_state:
    st.session_state.notify = True
on = st.toggle("notifications", key="notify")
st.write(f"notifications are {'on' if on else 'off'}")
