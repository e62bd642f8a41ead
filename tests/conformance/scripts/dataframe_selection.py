import pandas as pd
import streamlit as st

df = pd.DataFrame({"a": [1, 2, 3], "b": ["x", "y", "z"]})
ev = st.dataframe(df, on_select="rerun", selection_default={"selection": {"rows": [2, 0, 9], "columns": ["b"]}})
st.text(repr((ev.selection.rows, ev.selection.columns, ev.selection.cells)))
ev2 = st.dataframe(df, key="k", on_select="rerun", selection_mode=["single-row-required", "multi-column"])
st.text(repr(dict(ev2["selection"])))
if "w" not in st.session_state:
    st.session_state.w = {"selection": {"rows": [1, 1, 7], "columns": ["a", "zz"], "cells": [[0, "a"]]}}
ev3 = st.dataframe(df, key="w", on_select="rerun", selection_mode=["multi-row", "multi-column", "single-cell"])
st.text(repr((ev3.selection.rows, ev3.selection.columns, ev3.selection.cells)))
try:
    ev3.selection.rows = [0]
except Exception as e:
    st.text(type(e).__name__)
