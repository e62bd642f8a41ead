# Numeric options keep their types: ints, floats, None, bools.
import streamlit as st

sb = st.selectbox("sb", [1, 2.5, None, True])
ms = st.multiselect("ms", [0.1, 0.2, 3], default=[3])
ss = st.select_slider("ss", [1, 2, 3, 4], value=(2, 3))
st.write(repr([sb, ms, ss]))
# step: set "sb" "2.5"
# step: set "ms" ["0.1", "3"]
# step: set "ss" ["1", "4"]
