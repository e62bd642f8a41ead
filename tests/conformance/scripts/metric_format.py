import streamlit as st

# st.metric(format=...): the page applies the format; the value and delta go out as the script
# gave them (numbers as text), whatever the format.
for fmt in (None, "plain", "dollar", "bytes", "%.2f", "%,d", "nonsense"):
    st.metric(f"m {fmt}", 1234.567, -12.5, format=fmt)
st.metric("text", "12 apples", "3 pears", format="dollar")
st.metric("none", None, format="percent")
