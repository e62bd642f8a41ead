# Expanders and containers nest; writing to a container later puts elements inside it.
# step: set "inside" true
import streamlit as st

box = st.container()
st.text("after the box")
with st.expander("More", expanded=True):
    st.text("in the expander")
    with st.container(border=True):
        flag = st.checkbox("inside")
box.text(f"written into the box later: {flag}")
with st.expander("Empty"):
    pass
