# A widget not rendered in a run loses its state (and its key leaves session_state).
# step: set "key=nick" "zed"
# step: set "show" false
# step: rerun
# step: set "show" true
import streamlit as st

if st.checkbox("show", value=True):
    st.text_input("nick", key="nick")
st.write(f"nick in state: {'nick' in st.session_state}")
st.write(f"nick={st.session_state.get('nick')!r}")
