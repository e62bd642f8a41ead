# st.* calls in a callback render at the top of the page, before the script body,
# and disappear on the next run.
# step: click "greet"
# step: rerun
import streamlit as st


def greet():
    st.success("hello from the callback")
    st.session_state.greeted = True


st.title("Body")
st.button("greet", on_click=greet)
st.write(f"greeted={st.session_state.get('greeted', False)}")
