# 1.67's text_input types, validate, required and live: what the script gets, and the errors for
# arguments it refuses (checked before anything is shown).
import streamlit as st

st.text_input("Email", type="email", key="email")
st.text_input("Search", type="search", value="cats")
st.text_input("Code", validate=(r"^\d{3}$", "Three digits, please."), required=True, value="123")
st.text_input("Live", live="0.5s", icon="🔍")
st.text_input("Turned off", type="url", validate="", icon="", placeholder="")

for call in (
    lambda: st.text_input("a", live=300),
    lambda: st.text_input("b", live="2m"),
    lambda: st.text_input("c", validate=("only one",)),
    lambda: st.text_input("d", validate=3),
    lambda: st.text_input("e", type="password", bind="query-params", key="secret"),
    lambda: st.text_input("f", type="mail"),
):
    try:
        call()
    except Exception as error:
        st.write(f"{type(error).__name__}: {error}")
# step: set "Email" "ada@example.org"
