# A small to-do app: text input + button + session_state list.
# step: set "task" "write tests"
# step: click "add task"
# step: set "task" "fix bugs"
# step: click "add task"
# step: click "clear all"
import streamlit as st

st.session_state.setdefault("todos", [])
st.title("To do")
task = st.text_input("task")
if st.button("add task") and task:
    st.session_state.todos.append(task)
if st.button("clear all"):
    st.session_state.todos = []
for i, t in enumerate(st.session_state.todos):
    st.markdown(f"{i + 1}. {t}")
st.caption(f"{len(st.session_state.todos)} task(s)")
