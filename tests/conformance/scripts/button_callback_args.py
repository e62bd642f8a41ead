# on_click with args and kwargs fires before the script body.
# step: click "plus two"
# step: click "minus one"
# step: rerun
import streamlit as st

st.session_state.setdefault("total", 0)


def change(delta, *, label):
    st.session_state.total += delta
    st.session_state.last = label


st.button("plus two", on_click=change, args=(2,), kwargs={"label": "plus"})
st.button("minus one", on_click=change, args=[-1], kwargs={"label": "minus"})
st.write(f"total={st.session_state.total}")
st.write(f"last={st.session_state.get('last')}")
