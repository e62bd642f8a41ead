# text_input(value=None) returns None until the user types.
# step: rerun
# step: set "nickname" "bob"
import streamlit as st

nick = st.text_input("nickname", value=None)
st.write(f"nick={nick!r}")
