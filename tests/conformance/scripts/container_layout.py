# st.container's layout options: horizontal rows, alignment, gaps, width, and st.space in a row;
# then the errors for bad layout arguments.
# step: click "Go"
import streamlit as st

with st.container(horizontal=True, horizontal_alignment="right", gap="large", key="row"):
    st.button("Go")
    st.button("Stop")
    st.write("text in a row")
with st.container(horizontal=True, wrap=False, vertical_alignment="center"):
    st.text_input("Name")
    st.space("stretch")
    st.button("Send")
with st.container(horizontal_alignment="center", vertical_alignment="distribute", gap=None, width=300):
    st.write("centred")
with st.container(horizontal_alignment="distribute", gap=12):
    st.write("spread")
with st.container(border=True):
    st.write("plain")
left, right = st.columns(2, gap="xsmall")
left.write("left")
right.write("right")
for call in (
    lambda: st.container(wrap=False),
    lambda: st.container(horizontal_alignment="middle"),
    lambda: st.container(vertical_alignment="left"),
    lambda: st.container(gap="huge"),
    lambda: st.container(width="wide"),
):
    try:
        call()
    except Exception as e:
        st.write(f"{type(e).__name__}: {e}")
