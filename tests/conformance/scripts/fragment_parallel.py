# @st.fragment(parallel=True) (1.67): in a full run each card's body runs on a worker thread while the
# script goes on (each waits until the other has started, which only works if they run at the same
# time), inside its own container; a widget in a card reruns that card alone, sequentially; writing
# to a container created outside a parallel fragment is 1.67's error, shown inside the fragment.
# step: click "more A"
# step: set "pick B" true
# step: rerun
import threading

import streamlit as st

st.session_state.setdefault("full_runs", 0)
st.session_state.full_runs += 1
started = {"A": threading.Event(), "B": threading.Event()}


@st.fragment(parallel=True)
def card(name, other):
    started[name].set()
    together = started[other].wait(timeout=20)
    st.session_state[f"runs {name}"] = st.session_state.get(f"runs {name}", 0) + 1
    st.text(f"{name}: {'together' if together else 'alone'}, run {st.session_state[f'runs {name}']}")
    st.button(f"more {name}")
    st.checkbox(f"pick {name}")


@st.fragment(parallel=True)
def strays():
    st.sidebar.text("never shown")


card("A", "B")
card("B", "A")
strays()
st.text(f"full runs {st.session_state.full_runs}")
