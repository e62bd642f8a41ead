# st.rerun starts the script again at once; state carries the loop.
# step: click "again"
import streamlit as st

st.session_state.setdefault("count", 0)
st.session_state.setdefault("target", 3)
st.text(f"pass {st.session_state.count}")
if st.session_state.count < st.session_state.target:
    st.session_state.count += 1
    st.rerun()
st.success(f"done after {st.session_state.count} reruns")
if st.button("again"):
    st.session_state.target += 2
    st.rerun()
