# st.empty holds one element: each write replaces it; .empty() clears it.
# step: set "clear" true
import streamlit as st

slot = st.empty()
slot.text("first")
slot.markdown("second")
slot.info("third")
st.text("after the slot")
other = st.empty()
other.text("will it stay?")
if st.checkbox("clear"):
    other.empty()
unfilled = st.empty()
