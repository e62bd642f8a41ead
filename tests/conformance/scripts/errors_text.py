# Invalid text_input/text_area arguments raise Streamlit's exceptions.
import streamlit as st

cases = [
    ("ti too long", lambda: st.text_input("ti too long", "abcdef", max_chars=3)),
    ("ta too long", lambda: st.text_area("ta too long", "abcdef", max_chars=3)),
    ("ti type", lambda: st.text_input("ti type", type="secret")),
    ("ti int value", lambda: st.text_input("ti int value", 42)),
    ("ta int value", lambda: st.text_area("ta int value", 7)),
    ("ta small height", lambda: st.text_area("ta small height", height=10)),
]
for label, make in cases:
    try:
        st.write(label, "=", repr(make()))
    except Exception as e:
        st.write(label, "->", type(e).__name__, str(e))
