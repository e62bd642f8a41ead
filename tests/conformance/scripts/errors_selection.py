# Invalid arguments of the option widgets raise Streamlit's exceptions.
import streamlit as st

cases = [
    ("sb index", lambda: st.selectbox("sb index", ["a"], index=3)),
    ("sb index type", lambda: st.selectbox("sb index type", ["a"], index="0")),
    ("sb negative", lambda: st.selectbox("sb negative", ["a", "b"], index=-1)),
    ("ra index", lambda: st.radio("ra index", ["a"], index=1)),
    ("ra index type", lambda: st.radio("ra index type", ["a"], index=0.5)),
    ("ms default", lambda: st.multiselect("ms default", ["a"], default="q")),
    ("pi default", lambda: st.pills("pi default", ["a"], default="q")),
    ("pi mode", lambda: st.pills("pi mode", ["a"], selection_mode="many")),
    ("pi single list", lambda: st.pills("pi single list", ["a", "b"], default=["a", "b"])),
    ("sc default", lambda: st.segmented_control("sc default", ["a"], default="q")),
    ("sc empty", lambda: st.segmented_control("sc empty", [])),
    ("sb empty", lambda: st.selectbox("sb empty", [])),
    ("ra empty", lambda: st.radio("ra empty", [])),
]
for label, make in cases:
    try:
        st.write(label, "=", repr(make()))
    except Exception as e:
        st.write(label, "->", type(e).__name__, str(e))
