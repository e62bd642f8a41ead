# A keyed selection widget whose held value is no longer among the options.
import streamlit as st

swap = st.checkbox("swap")
opts = ["x", "y"] if swap else ["a", "b"]
pick = st.selectbox("Pick", opts, key="pick")
one = st.radio("One", opts, key="one")
many = st.multiselect("Many", opts, key="many")
st.write("pick:", pick, "one:", one, "many:", many)
# step: set "Pick" "b"
# step: set "One" "b"
# step: set "Many" ["a"]
# step: set "swap" true
