import streamlit as st

with st.expander("Compact", type="compact"):
    st.write("compact body")
with st.expander("Step one", type="step", expanded=True):
    st.write("first step")
with st.expander("Step two", type="step", icon=":material/star:"):
    st.write("second step")
st.expander("Empty step", type="step")
with st.status("Working", type="step", expanded=True) as status:
    st.write("status body")
    status.update(label="Done", state="complete")
with st.status("Quiet", type="compact"):
    st.write("compact status")
try:
    st.expander("bad", type="primary")
except Exception as e:
    st.write(type(e).__name__, str(e))
st.markdown("Made with :streamlit: and :material/favorite:")
