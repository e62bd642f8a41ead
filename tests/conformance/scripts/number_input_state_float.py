# A float number_input set from session_state and then by the user.
# step: set "key=temp" 21.5
# step: click "reset"
import streamlit as st

st.session_state.setdefault("temp", 18.0)
if st.button("reset"):
    st.session_state.temp = 18.0
    st.rerun()
t = st.number_input("temperature", min_value=-10.0, max_value=40.0, step=0.5, key="temp")
st.write(f"t={t!r}")
