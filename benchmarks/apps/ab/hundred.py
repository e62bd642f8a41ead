"""A/B app: the 100-element page (benchmarks/apps/hundred_elements.py without widgets, whose
messages differ between builds); the script thread's CPU per run, as cpu_us (benchmarks/ab.py)."""

import time

import streamlit as st

start = time.thread_time()
n = st.session_state.get("n", 0) + 1
st.session_state["n"] = n
st.write(f"the counter is at {n}")
for i in range(99):
    st.write(f"line {i}: some constant text")
st.text(f"cpu_us={(time.thread_time() - start) * 1e6:.4f}")
