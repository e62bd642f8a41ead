# Session-state values a widget cannot show raise when the widget renders.
import streamlit as st

cases = [
    ("sb", "zz", lambda: st.selectbox("sb", ["a", "b"], key="sb")),
    ("ra", "zz", lambda: st.radio("ra", ["a", "b"], key="ra")),
    ("ms", ["zz"], lambda: st.multiselect("ms", ["a", "b"], key="ms")),
    ("ss", "zz", lambda: st.select_slider("ss", ["a", "b"], key="ss")),
    ("pi", "zz", lambda: st.pills("pi", ["a", "b"], key="pi")),
    ("sl", 50, lambda: st.slider("sl", 0, 10, key="sl")),
    ("ni", 50, lambda: st.number_input("ni", 0, 10, key="ni")),
]
for key, value, make in cases:
    st.session_state[key] = value
    try:
        st.write(key, "=", make())
    except Exception as e:
        st.write(key, "->", type(e).__name__, str(e))
