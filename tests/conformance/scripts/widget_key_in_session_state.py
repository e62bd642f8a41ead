# Keyed widgets appear in session_state under their key; callbacks may write them.
# step: set "key=word" "hello"
# step: click "shout"
# step: click "reset"
import streamlit as st


def shout():
    st.session_state.word = st.session_state.word.upper() + "!"


def reset():
    st.session_state.word = "reset"


st.text_input("word", key="word")
st.button("shout", on_click=shout)
st.button("reset", on_click=reset)
st.write(f"state={st.session_state.word!r}")
