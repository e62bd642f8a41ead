# Every text element once, in order.
import streamlit as st

st.title("The title")
st.header("A header")
st.subheader("A subheader")
st.markdown("Some **bold** and *italic* text")
st.caption("A caption")
st.text("Fixed width text")
st.code("print('hello')")
st.code("SELECT 1", language="sql")
st.divider()
st.markdown("""
    Dedented
    markdown
""")
