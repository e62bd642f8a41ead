# st.balloons and st.snow are elements in the flow; they return a DG and can be placed in containers.
import streamlit as st

st.balloons()
with st.sidebar:
    st.snow()
st.text("after")
# step: rerun
