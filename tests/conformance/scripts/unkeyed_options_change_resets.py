# Unkeyed selectbox and multiselect are new widgets when their options change.
import streamlit as st

more = st.checkbox("more")
opts = ["a", "b", "c", "d"] if more else ["a", "b", "c"]
pick = st.selectbox("Pick", opts)
many = st.multiselect("Many", opts)
st.write("pick:", pick, "many:", many)
# step: set "Pick" "c"
# step: set "Many" ["b"]
# step: set "more" true
