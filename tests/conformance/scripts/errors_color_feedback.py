# Invalid color_picker and feedback arguments raise Streamlit's exceptions.
import streamlit as st

cases = [
    ("named colour", lambda: st.color_picker("named colour", "blue")),
    ("short hex", lambda: st.color_picker("short hex", "#abc")),
    ("no hash", lambda: st.color_picker("no hash", "abcdef")),
    ("bad hex", lambda: st.color_picker("bad hex", "#ggg000")),
    ("int colour", lambda: st.color_picker("int colour", 123)),
    ("fb options", lambda: st.feedback("smileys")),
    ("fb default", lambda: st.feedback("thumbs", default=5)),
    ("fb stars default", lambda: st.feedback("stars", default=4)),
]
for label, make in cases:
    try:
        st.write(label, "=", repr(make()))
    except Exception as e:
        st.write(label, "->", type(e).__name__, str(e))
