# A widget with a default value whose key was also set through the Session State
# API takes the session value; Streamlit 1.67 only logs a warning (once per
# process), so no warning element appears on the page.
import datetime as dt

import streamlit as st

if "init" not in st.session_state:
    st.session_state.init = True
    st.session_state.s = 7
    st.session_state.t = "from state"
    st.session_state.sb = "c"
    st.session_state.ms = ["b"]
    st.session_state.cb = False
    st.session_state.di = dt.date(2030, 1, 1)
    st.session_state.cp = "#abcdef"
    st.session_state.pi = "y"
s = st.slider("s", 0, 10, 3, key="s")
t = st.text_input("t", "default", key="t")
sb = st.selectbox("sb", ["a", "b", "c"], index=1, key="sb")
ms = st.multiselect("ms", ["a", "b"], default=["a"], key="ms")
cb = st.checkbox("cb", value=True, key="cb")
di = st.date_input("di", dt.date(2024, 1, 1), key="di")
cp = st.color_picker("cp", "#000000", key="cp")
pi = st.pills("pi", ["x", "y"], default="x", key="pi")
st.write([s, t, sb, ms, cb, str(di), cp, pi])
# step: rerun
# step: set "s" 2
