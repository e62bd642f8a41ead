# Tuples as options come back as the same tuples; format_func only makes labels.
import streamlit as st

PAIRS = [(1, "one"), (2, "two"), (3, "three")]
label = lambda p: f"{p[0]}: {p[1]}"  # noqa: E731
sb = st.selectbox("sb", PAIRS, format_func=label)
ms = st.multiselect("ms", PAIRS, format_func=label)
ss = st.select_slider("ss", PAIRS, value=(PAIRS[0], PAIRS[2]), format_func=label)
st.write(repr(sb), repr(ms), repr(ss))
# step: set "sb" "3: three"
# step: set "ms" ["2: two"]
# step: set "ss" ["2: two", "3: three"]
