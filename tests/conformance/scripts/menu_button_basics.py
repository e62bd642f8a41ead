# st.menu_button: its options after format_func, a choice returned for one run only, and 1.67's
# errors for bad arguments.
# step: set "key=export" "JSON"
# step: click "Again"
import streamlit as st

choice = st.menu_button("Export", ["csv", "json"], format_func=str.upper, key="export", icon=":material/download:")
st.write(f"chose {choice}")
st.button("Again")
for call in (
    lambda: st.menu_button("Empty", []),
    lambda: st.menu_button("Kind", ["a"], type="huge"),
    lambda: st.menu_button("Same", [1, 2], format_func=lambda _: "x"),
):
    try:
        call()
    except Exception as e:
        st.write(f"{type(e).__name__}: {e}")
