# More form misuse: download_button in a form, a duplicate form key, callbacks on
# form widgets, a form nested through columns.
import streamlit as st

with st.form("a"):
    st.text_input("x")
    try:
        st.download_button("dl", b"x")
    except Exception as e:
        st.write("download_button ->", type(e).__name__, str(e))
    try:
        st.multiselect("ms", ["a"], on_change=print)
    except Exception as e:
        st.write("on_change ->", type(e).__name__, str(e))
    col, _ = st.columns(2)
    try:
        col.form("inner")
    except Exception as e:
        st.write("nested ->", type(e).__name__, str(e))
    st.form_submit_button()
try:
    with st.form("a"):
        st.form_submit_button()
except Exception as e:
    st.write("duplicate ->", type(e).__name__, str(e))
