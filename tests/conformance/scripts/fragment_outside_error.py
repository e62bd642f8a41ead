# On a fragment run, writing to a container created outside the fragment
# that the fragment did not write to in the full run is 1.67's error.
# step: set "late" true
import streamlit as st

box = st.container()
box.write("box")


@st.fragment
def frag():
    if st.checkbox("late"):
        box.write("too late")
    st.write("fragment end")


frag()
