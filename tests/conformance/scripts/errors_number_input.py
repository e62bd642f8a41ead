# Invalid number_input arguments raise Streamlit's exceptions.
import streamlit as st

cases = {
    "min > max": dict(min_value=10, max_value=0),
    "value below min": dict(min_value=5, value=1),
    "value above max": dict(max_value=5, value=9),
    "float step ints": dict(min_value=0, value=1, step=0.5),
    "int step floats": dict(value=1.0, step=1),
    "bad format": dict(value=1.0, format="%x"),
    "string value": dict(value="one"),
}
for label, kwargs in cases.items():
    try:
        st.write(label, "=", st.number_input(label, **kwargs))
    except Exception as e:
        st.write(label, "->", type(e).__name__, str(e))
