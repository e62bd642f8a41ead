# Widgets whose value cannot be set through session_state refuse a key that was assigned.
import streamlit as st

st.session_state.dl = True
try:
    st.download_button("dl", b"data", key="dl")
except Exception as e:
    st.write("download_button ->", type(e).__name__, str(e))
st.session_state.sub = True
with st.form("f"):
    st.text_input("x")
    try:
        st.form_submit_button("go", key="sub")
    except Exception as e:
        st.write("form_submit_button ->", type(e).__name__, str(e))
    st.form_submit_button("real")
st.session_state.btn = False
try:
    st.button("btn", key="btn")
except Exception as e:
    st.write("button ->", type(e).__name__, str(e))
