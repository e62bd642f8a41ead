# st.switch_page from a button on one page runs the other page, which starts
# with its own widgets at their defaults. (The switch is the last step: after
# it AppTest keeps sending the old page, where a browser follows the switch.)
import streamlit as st

st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
pg = st.navigation([st.Page("mpa_pages/second.py"), st.Page("mpa_pages/first.py")])
st.write(f"runs: {st.session_state.runs}")
pg.run()

# step: set "second flag" true
# step: click "back to first"
