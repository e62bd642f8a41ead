# st.rerun(scope="fragment") reruns the fragment alone; st.rerun() from a
# fragment reruns the whole app; scope="fragment" outside a fragment run is
# an error.
# step: click "again"
# step: click "app"
# step: set "misuse" true
import streamlit as st

st.session_state.setdefault("full", 0)
st.session_state.setdefault("frag", 0)
st.session_state.full += 1
st.write(f"full runs {st.session_state.full}")


@st.fragment
def counter():
    st.session_state.frag += 1
    if st.button("again") and st.session_state.frag < 4:
        st.rerun(scope="fragment")
    if st.button("app"):
        st.rerun()
    st.write(f"fragment runs {st.session_state.frag}")


counter()
if st.checkbox("misuse"):
    st.rerun(scope="fragment")
