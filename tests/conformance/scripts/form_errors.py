import streamlit as st

with st.form("outer"):
    st.text_input("x")
    try:
        st.button("nope")
    except Exception as e:
        st.write(type(e).__name__)
    try:
        st.checkbox("cb", on_change=lambda: None)
    except Exception as e:
        st.write(type(e).__name__, str(e))
    try:
        st.form("inner")
    except Exception as e:
        st.write(type(e).__name__, str(e))
    st.form_submit_button()
try:
    st.form("outer")
except Exception as e:
    st.write(type(e).__name__)
try:
    st.form_submit_button("outside")
except Exception as e:
    st.write(type(e).__name__)
