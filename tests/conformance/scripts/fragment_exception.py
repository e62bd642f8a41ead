# An exception inside a fragment is shown inside it; on a fragment run the
# page around it stays; on a full run the script stops at the fragment.
# step: set "fail" true
# step: set "fail" false
# step: rerun
import streamlit as st

st.write("above")


@st.fragment
def risky():
    fail = st.checkbox("fail")
    st.write("before the error")
    if fail:
        raise ValueError("boom in the fragment")
    st.write("after the check")


risky()
st.write("below")
