# The four alert kinds, with and without icons.
import streamlit as st

st.success("It worked")
st.info("For your information")
st.warning("Careful", icon="⚠️")
st.error("Something failed")
st.info("**markdown** body")
