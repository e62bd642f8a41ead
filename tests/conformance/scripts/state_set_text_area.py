# A button sets a text_area's key before the widget renders: the widget shows it.
import streamlit as st

if st.button("fill"):
    st.session_state.notes = "filled by the script"
notes = st.text_area("Notes", key="notes")
st.write("notes:", notes)
# step: set "Notes" "typed"
# step: click "fill"
# step: rerun
