# Keyed pills keep their value when options change but reset when selection_mode
# changes; keyed feedback resets when its options change.
import streamlit as st

mode = st.radio("mode", ["base", "options", "multi", "faces"])
opts = ["a", "b", "c", "d"] if mode == "options" else ["a", "b", "c"]
sel = "multi" if mode == "multi" else "single"
p = st.pills("P", opts, selection_mode=sel, key="p")
f = st.feedback("faces" if mode == "faces" else "stars", key="f")
st.write("p:", p, "f:", f)
# step: set "P" "b"
# step: set "key=f" 2
# step: set "mode" "options"
# step: set "mode" "multi"
# step: set "mode" "faces"
