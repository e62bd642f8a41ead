# Stateful expander and popover (1.67: on_change other than "ignore"): the open state is a widget value
# in st.session_state and in `.open`; the script opens and closes them through st.session_state.
# step: set "container:exp" true
# step: set "container:menu" true
# step: click "close both"
# step: rerun
import streamlit as st


def opened(which):
    st.session_state.log = f"{which} is {st.session_state[which]}"


if st.button("close both"):
    st.session_state.exp = False
    st.session_state.menu = False
with st.expander("Details", key="exp", on_change=opened, args=("exp",)) as exp:
    st.text("details")
pop = st.popover("Menu", key="menu", on_change="rerun")
pop.text("menu")
plain = st.expander("Plain", expanded=True)
st.text(f"exp {exp.open} {st.session_state.exp}; pop {pop.open} {st.session_state.menu}; plain {plain.open}")
st.text(f"log {st.session_state.get('log')}")
