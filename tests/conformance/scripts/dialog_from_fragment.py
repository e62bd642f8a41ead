# A dialog opened by a button inside a fragment: the fragment run opens it,
# its own widgets rerun only the dialog, and the page around stays; the
# fragment's next run that does not open it again closes it.
# step: click "Edit"
# step: set "Name" "Ada"
# step: set "Name" "Grace"
# step: set "compact" true
# step: click "Edit"
import streamlit as st

st.session_state.setdefault("full", 0)
st.session_state.full += 1
st.write(f"full runs {st.session_state.full}")


@st.dialog("Edit name")
def edit():
    name = st.text_input("Name")
    st.write(f"hello {name}")


@st.fragment
def toolbar():
    if st.button("Edit"):
        edit()
    st.checkbox("compact")
    st.write("toolbar")


toolbar()
