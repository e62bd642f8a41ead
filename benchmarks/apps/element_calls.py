"""Scenario 6: the cost of one st.* element call, timed inside the script."""

import time

import streamlit as st

CALLS = 10_000

start = time.perf_counter()
for _ in range(CALLS):
    st.text("x")
elapsed = time.perf_counter() - start
st.text(f"element_call_us={elapsed / CALLS * 1e6:.3f}")
