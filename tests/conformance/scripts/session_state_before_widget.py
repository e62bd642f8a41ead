# Setting a widget's key before the widget is created sets its value.
# step: set "volume" 3
# step: click "max out"
# step: rerun
import streamlit as st

if "volume" not in st.session_state:
    st.session_state.volume = 7
if st.session_state.get("max_out"):
    st.session_state.volume = 10
    st.session_state.max_out = False
v = st.slider("volume", 0, 10, key="volume")
if st.button("max out"):
    st.session_state.max_out = True
    st.rerun()
st.write(f"volume={v}")
