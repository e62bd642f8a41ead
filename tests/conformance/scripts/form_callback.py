import streamlit as st

if "saves" not in st.session_state:
    st.session_state.saves = 0


def saved(extra):
    st.session_state.saves += extra
    st.write("callback sees", st.session_state.color)


form = st.form("f")
form.selectbox("Colour", ["red", "green"], key="color")
form.form_submit_button("Go", on_click=saved, args=(2,))
st.write("saves:", st.session_state.saves)
# step: fill "Colour" "green"
# step: submit "Go"
