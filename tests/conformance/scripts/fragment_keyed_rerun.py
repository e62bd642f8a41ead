# Event-scoped reruns (1.67): st.rerun(scope=<key>) in a widget callback reruns only the fragments with
# that `@st.fragment(key=...)` key (a list: each), not the app; st.rerun(scope="fragment") in the callback
# of a widget inside a fragment reruns that fragment; a key outside a callback, an unknown key, bad scopes
# and reserved or duplicate keys are errors.
# step: click "refresh charts"
# step: click "refresh both"
# step: click "again"
# step: click "plain"
# step: click "unknown"
import streamlit as st

st.session_state.setdefault("app_runs", 0)
st.session_state.app_runs += 1
st.session_state.setdefault("runs", {"charts": 0, "table": 0})


@st.fragment(key="charts")
def charts():
    st.session_state.runs["charts"] += 1
    st.text(f"charts ran {st.session_state.runs['charts']}")
    st.button("again", on_click=lambda: st.rerun(scope="fragment"))


@st.fragment(key="table")
def table():
    st.session_state.runs["table"] += 1
    st.text(f"table ran {st.session_state.runs['table']}")


charts()
table()
st.button("refresh charts", on_click=lambda: st.rerun(scope="charts"))
st.button("refresh both", on_click=lambda: st.rerun(scope=["charts", "table"]))
st.button("plain")
st.button("unknown", on_click=lambda: st.rerun(scope="nope"))
st.text(f"app runs {st.session_state.app_runs}")
for attempt in (
    lambda: st.rerun(scope="charts"),
    lambda: st.rerun(scope=""),
    lambda: st.rerun(scope=[]),
    lambda: st.rerun(scope=["app"]),
    lambda: st.rerun(scope=[1.5]),
    lambda: st.rerun(scope=b"x"),
    lambda: st.fragment(key="fragment"),
):
    try:
        attempt()
    except Exception as e:
        st.text(f"{type(e).__name__}: {e}")


@st.fragment(key="table")
def other():
    st.text("never")


try:
    other()
except Exception as e:
    st.text(f"{type(e).__name__}: {e}")
