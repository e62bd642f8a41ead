# st.json with objects and with JSON text.
import streamlit as st

st.json({"name": "ada", "langs": ["en", "fr"], "age": 36})
st.json([1, 2.5, None, True])
st.json('{"already": "json"}')
st.json({"nested": {"deep": {"x": 1}}}, expanded=False)
