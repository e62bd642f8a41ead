# A keyed multiselect resets when max_selections changes, not when options change.
import streamlit as st

mode = st.radio("mode", ["base", "options", "max"])
opts = ["a", "b", "c", "d"] if mode == "options" else ["a", "b", "c"]
limit = 3 if mode == "max" else None
many = st.multiselect("Many", opts, key="many", max_selections=limit)
st.write("many:", many)
# step: set "Many" ["a", "c"]
# step: set "mode" "options"
# step: set "mode" "max"
