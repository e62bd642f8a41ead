# Names st does not have: removed commands give their successor, typos a suggestion, feature checks
# with hasattr/getattr fall back; on a container an unknown name fails only when called.
import streamlit as st

for name in ["experimental_rerun", "beta_columns", "cache", "bokeh_chart", "input", "buton", "colums", "zzz", "_x"]:
    st.text(f"{name}: {hasattr(st, name)} {getattr(st, name, 'fallback')}")
    try:
        getattr(st, name)
    except AttributeError as e:
        st.text(str(e))

for name in ["rerun", "nonexistent", "add_rows"]:
    try:
        getattr(st.sidebar, name)()
    except st.errors.StreamlitAPIException as e:
        st.text(f"sidebar {name}: {e}")
    try:
        getattr(st.container(), name)()
    except st.errors.StreamlitAPIException as e:
        st.text(f"container {name}: {e}")
