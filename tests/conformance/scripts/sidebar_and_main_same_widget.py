# The same unkeyed widget in the sidebar and the main area are distinct widgets.
# step: set "sidebar:flag" true
import streamlit as st

side = st.sidebar.checkbox("flag")
main = st.checkbox("flag")
st.write(f"side={side} main={main}")
with st.sidebar:
    st.header("Sidebar")
    st.text("in the sidebar")
