# Stateful tabs (1.67: on_change or bind): the selected label is in st.session_state and in each tab's
# `.open`; selecting a tab runs the callback with its args; the script selects a tab through
# st.session_state; a label no tab has falls back to the default; keyed tabs without state have no value.
# step: set "container:animals" "Owl"
# step: click "dog"
# step: set "container:animals" "Cat"
# step: click "nowhere"
import streamlit as st


def changed(tag, who="?"):
    st.session_state["log"] = f"{tag}:{who}:{st.session_state.animals}"


if st.button("dog"):
    st.session_state.animals = "Dog"
if st.button("nowhere"):
    st.session_state.animals = "Emu"
tabs = st.tabs(["Cat", "Dog", "Owl"], key="animals", default="Dog", on_change=changed, args=("tabs",),
               kwargs={"who": "me"})
for tab in tabs:
    tab.text("inside")
st.text(f"selected {st.session_state.animals}; open {[t.open for t in tabs]}; {type(tabs).__name__}")
st.text(f"log {st.session_state.get('log')}")
plain = st.tabs(["One", "Two"], key="plain")
st.text(f"plain {[t.open for t in plain]} {'plain' in st.session_state}")
