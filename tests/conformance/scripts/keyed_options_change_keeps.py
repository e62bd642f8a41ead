# Keyed selectbox, radio and multiselect keep their selection when the options change.
import streamlit as st

more = st.checkbox("more")
opts = ["d", "c", "b", "a"] if more else ["a", "b", "c"]
pick = st.selectbox("Pick", opts, key="pick")
one = st.radio("One", opts, key="one")
many = st.multiselect("Many", opts, key="many")
st.write("pick:", pick, "one:", one, "many:", many)
# step: set "Pick" "b"
# step: set "One" "c"
# step: set "Many" ["c", "a"]
# step: set "more" true
