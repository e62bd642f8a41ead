# Fragments inside columns and an expander, with a form, st.empty and a
# container inside the fragment: a fragment run rewrites the fragment's
# container in place wherever it is.
# step: fill "qty" 4
# step: submit "order"
# step: set "mode" "b"
# step: set "side" true
import streamlit as st

st.session_state.setdefault("full", 0)
st.session_state.full += 1
left, right = st.columns([1, 2])
left.write(f"left column, full runs {st.session_state.full}")


@st.fragment
def orders():
    with st.form("f"):
        qty = st.number_input("qty", 0, 10, 1)
        submitted = st.form_submit_button("order")
    placeholder = st.empty()
    if submitted:
        placeholder.success(f"ordered {qty}")
    else:
        placeholder.write("nothing ordered")


@st.fragment
def modes():
    mode = st.radio("mode", ["a", "b"])
    with st.container(border=True):
        st.write(f"mode {mode}")


with right:
    orders()
    with st.expander("more", expanded=True):
        modes()
side = st.toggle("side")
st.write(f"side {side}, full runs {st.session_state.full}")
