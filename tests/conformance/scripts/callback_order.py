# A callback runs before the body, so the body sees what it did; state from
# several callbacks accumulates in firing order.
# step: set "key=first" true
# step: set "key=second" "x"
# step: click "third"
import streamlit as st

st.session_state.setdefault("events", [])


def record(name):
    st.session_state.events.append(name)
    st.session_state.events_at_callback = list(st.session_state.events)


st.write(f"events at body start={st.session_state.events}")
st.checkbox("first", key="first", on_change=record, args=("first",))
st.text_input("second", key="second", on_change=record, args=("second",))
st.button("third", on_click=record, args=("third",))
st.write(f"events at body end={st.session_state.events}")
