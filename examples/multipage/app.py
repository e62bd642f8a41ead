"""A multipage app: this script is the home page, every file in pages/ is
another page, listed in the sidebar in file-name order."""

import streamlit as st

st.title("Home")
st.write("Pick a page in the sidebar, or follow a link.")
st.page_link("pages/1_📈_Plotting.py", label="Go to the plotting page", icon="📈")
st.page_link("pages/2_⚙️_Settings.py")
st.page_link("https://docs.streamlit.io", label="Streamlit docs", icon="🌎")

st.session_state.setdefault("visits", 0)
st.session_state.visits += 1
st.caption(f"Runs of any page in this session: {st.session_state.visits}")
