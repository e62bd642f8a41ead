"""A/B app: script-thread CPU per `st.write("x")` (10,000 a run), as cpu_us (benchmarks/ab.py)."""

import time

import streamlit as st

CALLS = 10_000
start = time.thread_time()
for _ in range(CALLS):
    st.write("x")
st.text(f"cpu_us={(time.thread_time() - start) / CALLS * 1e6:.4f}")
