# Selection widgets return the user's option objects (an Enum here), not labels.
import enum

import streamlit as st


class Colour(enum.Enum):
    RED = "r"
    GREEN = "g"
    BLUE = "b"


name = lambda c: c.name.title()  # noqa: E731
sb = st.selectbox("sb", Colour, format_func=name)
ra = st.radio("ra", list(Colour), index=2, format_func=name)
ms = st.multiselect("ms", Colour, default=[Colour.GREEN], format_func=name)
ss = st.select_slider("ss", list(Colour), format_func=name)
pi = st.pills("pi", Colour, format_func=name)
sc = st.segmented_control("sc", Colour, default=Colour.RED, format_func=name)
st.write(repr([sb, ra, ms, ss, pi, sc]))
# step: set "sb" "Blue"
# step: set "ms" ["Green", "Red"]
# step: set "ss" "Green"
# step: set "pi" "Blue"
# step: set "sc" "Green"
