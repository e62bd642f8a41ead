# Invalid button, download_button, link_button, checkbox and toggle arguments.
import streamlit as st

cases = [
    ("button type", lambda: st.button("b1", type="huge")),
    ("button icon", lambda: st.button("b2", icon="not-an-icon")),
    ("download data", lambda: st.download_button("d1", data=12345)),
    ("download type", lambda: st.download_button("d2", b"x", type="giant")),
    ("link type", lambda: st.link_button("l1", "https://example.com", type="odd")),
    ("checkbox visibility", lambda: st.checkbox("c1", label_visibility="gone")),
    ("toggle visibility", lambda: st.toggle("t1", label_visibility=None)),
    ("checkbox value", lambda: st.checkbox("c2", value="yes")),
    ("button args", lambda: st.button("b3", on_click=print, args="x")),
    ("bad key", lambda: st.checkbox("c3", key="$$ID-abc")),
]
for label, make in cases:
    try:
        st.write(label, "=", repr(make()))
    except Exception as e:
        st.write(label, "->", type(e).__name__, str(e))
