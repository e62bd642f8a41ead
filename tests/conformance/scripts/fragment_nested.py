# Nested fragments and a fragment called twice with arguments: each reruns
# alone; the outer one reruns the inner one with it.
# step: set "inner n" 3
# step: set "outer n" 5
# step: click "second"
# step: set "inner n" 7
import streamlit as st

st.session_state.setdefault("runs", {"full": 0, "outer": 0, "inner": 0, "first": 0, "second": 0})
runs = st.session_state.runs
runs["full"] += 1


@st.fragment
def inner():
    runs["inner"] += 1
    n = st.slider("inner n", 0, 10, 1)
    st.write(f"inner n = {n}, inner runs {runs['inner']}")


@st.fragment
def outer():
    runs["outer"] += 1
    n = st.number_input("outer n", 0, 10, 2)
    st.write(f"outer n = {n}, outer runs {runs['outer']}")
    inner()


@st.fragment
def twice(name, *, note=""):
    runs[name] += 1
    st.button(name)
    st.write(f"{name}{note} runs {runs[name]}")


outer()
twice("first", note="!")
twice("second")
st.write(f"full runs {runs['full']}")
