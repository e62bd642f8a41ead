# Invalid widget arguments raise Streamlit API exceptions.
# step: set "which" "slider"
# step: set "which" "number"
import streamlit as st

which = st.radio("which", ["selectbox", "slider", "number"])
if which == "selectbox":
    st.selectbox("bad index", ["a", "b"], index=5)
elif which == "slider":
    st.slider("bad range", 10, 0, 20)
else:
    st.number_input("mixed", min_value=0, max_value=1.5)
