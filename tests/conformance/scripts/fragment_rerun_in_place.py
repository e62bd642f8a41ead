# A widget inside a fragment reruns only the fragment: the counter of full
# runs outside stays, the fragment's own elements are rewritten in place.
# step: set "inner" true
# step: click "add"
# step: click "add"
# step: set "outer" true
# step: set "inner" false
import streamlit as st

st.session_state.setdefault("full", 0)
st.session_state.setdefault("frag", 0)
st.session_state.setdefault("clicks", 0)
st.session_state.full += 1
st.title("Fragments")
st.write(f"full runs: {st.session_state.full}")


@st.fragment
def panel():
    st.session_state.frag += 1
    inner = st.checkbox("inner")
    if st.button("add"):
        st.session_state.clicks += 1
    st.write(f"fragment runs: {st.session_state.frag}, clicks: {st.session_state.clicks}")
    if inner:
        st.info("inner is on")
    st.write(f"the fragment sees full runs: {st.session_state.full}")


panel()
outer = st.checkbox("outer")
st.write(f"outer: {outer}, clicks seen outside: {st.session_state.clicks}")
