# Re-assigning a widget key at the top keeps its value while the widget is hidden;
# keys that never belonged to a widget are never cleaned up.
import streamlit as st

if "level" in st.session_state:
    st.session_state.level = st.session_state.level
st.session_state.setdefault("plain", "kept")
page = st.radio("page", ["one", "two"])
if page == "one":
    level = st.slider("level", 0, 10, 2, key="level")
st.write("level" in st.session_state and st.session_state.level, st.session_state.plain)
# step: set "level" 9
# step: set "page" "two"
# step: set "page" "one"
