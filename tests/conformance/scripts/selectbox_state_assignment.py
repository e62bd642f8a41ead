# Assigning a selectbox's key through session_state selects that option.
# step: click "pick last"
# step: set "key=fruit" "apple"
import streamlit as st

FRUITS = ["apple", "banana", "cherry"]


def pick_last():
    st.session_state.fruit = FRUITS[-1]


fruit = st.selectbox("fruit", FRUITS, key="fruit")
st.button("pick last", on_click=pick_last)
st.write(f"fruit={fruit}")
