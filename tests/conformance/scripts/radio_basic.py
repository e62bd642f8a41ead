# radio with format_func and with index=None.
# step: set "size" "Large"
# step: set "unset" "b"
import streamlit as st

size = st.radio("size", ["s", "m", "l"], index=1, format_func={"s": "Small", "m": "Medium", "l": "Large"}.get)
unset = st.radio("unset", ["a", "b"], index=None, horizontal=True)
st.write(f"size={size!r} unset={unset!r}")
