import streamlit as st

if "tags" not in st.session_state:
    st.session_state.tags = ["b"]
if st.button("all"):
    st.session_state.tags = ["a", "b", "c"]
tags = st.multiselect("Tags", ["a", "b", "c"], key="tags")
st.write(len(tags))
# step: click "all"
# step: set "Tags" ["c"]
