# A callback of one widget sets another widget's value.
# step: set "mode" "advanced"
# step: set "mode" "simple"
import streamlit as st


def sync():
    st.session_state.level = 10 if st.session_state.mode == "advanced" else 1


st.radio("mode", ["simple", "advanced"], key="mode", on_change=sync)
level = st.slider("level", 1, 10, key="level")
st.write(f"mode={st.session_state.mode} level={level}")
