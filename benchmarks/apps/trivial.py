"""Scenarios 1, 3, 4, 5: the smallest app there is."""

import streamlit as st

st.write("hello")
