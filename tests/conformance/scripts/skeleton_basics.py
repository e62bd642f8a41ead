import streamlit as st

st.skeleton()
st.skeleton(height=120, width=300)
st.skeleton(height="stretch")
filled = st.skeleton(height=50)
filled.write("filled in place")
with st.skeleton():
    st.write("written while it stands in")
st.write("after")
for bad in ({"height": "content"}, {"height": 0}, {"width": "content"}):
    try:
        st.skeleton(**bad)
    except Exception as e:
        st.write(type(e).__name__, str(e))
