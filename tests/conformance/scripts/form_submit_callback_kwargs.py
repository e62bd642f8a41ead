# The submit button's on_click gets args/kwargs and sees the submitted values.
import streamlit as st

st.session_state.setdefault("saved", [])


def save(prefix, *, sep):
    st.session_state.saved.append(prefix + sep + st.session_state.who + sep + str(st.session_state.qty))


with st.form("order"):
    st.text_input("Who", key="who")
    st.number_input("Qty", 1, 9, 1, key="qty")
    st.form_submit_button("Order", on_click=save, args=("order",), kwargs={"sep": "|"})
st.write("saved:", st.session_state.saved)
# step: fill "Who" "Bo"
# step: fill "Qty" 3
# step: submit "Order"
# step: submit "Order"
