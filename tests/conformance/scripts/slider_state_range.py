# A keyed range slider set through session_state and by the user.
# step: set "key=window" [2, 4]
# step: click "widen"
import streamlit as st


def widen():
    lo, hi = st.session_state.window
    st.session_state.window = (max(0, lo - 1), min(10, hi + 1))


st.slider("window", 0, 10, (3, 6), key="window")
st.button("widen", on_click=widen)
st.write(f"window={st.session_state.window!r}")
