import streamlit as st

st.write("top")
with st.container():
    inner = st.chat_input("in a container")
st.write("container:", repr(inner))
col1, col2 = st.columns(2)
with col1:
    in_col = st.chat_input("in a column")
with st.sidebar:
    side = st.chat_input("in the sidebar")
st.sidebar.write("sidebar:", repr(side))
with st.expander("more", expanded=True):
    st.chat_input("in an expander")
files = st.chat_input("with files", accept_file="multiple", file_type=["jpg", "PDF"])
st.write("files:", repr(files))
text = st.chat_input("text only", key="plain")
st.write("text:", repr(text))
with st.bottom:
    st.write("in st.bottom")

# step: set "in a container" "inline one"
# step: set "in the sidebar" "side one"
# step: set "with files" "look"
# step: set "text only" "pinned"
