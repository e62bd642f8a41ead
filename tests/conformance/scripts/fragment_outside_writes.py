# A fragment writing into containers created outside it (a container, the
# sidebar through `with` and directly): 1.67 places its writes in a
# transparent block there, which each fragment run replaces; what the script
# writes to the same containers keeps its place.
# step: click "go"
# step: click "go"
# step: set "more" true
# step: set "more" false
import streamlit as st

st.session_state.setdefault("n", 0)
outside = st.container(border=True)
outside.write("outside first")


@st.fragment
def frag():
    st.session_state.n += 1
    st.button("go")
    more = st.checkbox("more")
    outside.write(f"from the fragment {st.session_state.n}")
    if more:
        outside.write("and more")
    with st.sidebar:
        st.write(f"sidebar from the fragment {st.session_state.n}")
    st.sidebar.caption("direct sidebar write")


frag()
outside.write("outside last")
st.sidebar.write("sidebar last")
