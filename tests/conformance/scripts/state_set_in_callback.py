# on_click callbacks set radio, checkbox and toggle through session_state.
import streamlit as st


def reset():
    st.session_state.mode = "slow"
    st.session_state.agree = True
    st.session_state.dark = True


st.button("reset", on_click=reset)
mode = st.radio("Mode", ["fast", "slow"], key="mode")
agree = st.checkbox("Agree", key="agree")
dark = st.toggle("Dark", key="dark")
st.write("mode:", mode, "agree:", agree, "dark:", dark)
# step: set "Mode" "fast"
# step: click "reset"
# step: set "Agree" false
# step: rerun
