# Reading a missing key raises with Streamlit's message.
# step: set "attribute access" true
import streamlit as st

if st.checkbox("attribute access"):
    st.session_state.nope
else:
    st.session_state["nope"]
