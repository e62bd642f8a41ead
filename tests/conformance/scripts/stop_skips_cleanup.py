# st.stop ends the run early and skips widget cleanup: unreached widgets keep their state.
# step: set "key=qty" 9
# step: set "halt" true
# step: set "halt" false
import streamlit as st

halt = st.checkbox("halt")
st.write(f"qty in state: {'qty' in st.session_state}")
if halt:
    st.warning("stopped")
    st.stop()
qty = st.slider("qty", 0, 10, 2, key="qty")
st.write(f"qty={qty}")
