# Invalid slider arguments raise Streamlit's exceptions.
import streamlit as st

cases = {
    "min > max": dict(min_value=10, max_value=0),
    "value above max": dict(min_value=0, max_value=10, value=11),
    "value below min": dict(min_value=0, max_value=10, value=-1),
    "range out": dict(min_value=0, max_value=10, value=(2, 12)),
    "float step ints": dict(min_value=0, max_value=10, value=5, step=0.5),
    "zero step": dict(min_value=0, max_value=10, step=0),
    "string value": dict(value="five"),
    "three values": dict(value=(1, 2, 3)),
    "mixed int float": dict(min_value=0, max_value=1.5),
}
for label, kwargs in cases.items():
    try:
        st.write(label, "=", st.slider(label, **kwargs))
    except Exception as e:
        st.write(label, "->", type(e).__name__, str(e))
