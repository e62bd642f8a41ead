import io

import streamlit as st


def note():
    st.session_state.notes = st.session_state.get("notes", 0) + 1


clicked = st.download_button("Get CSV", "a,b\n1,2\n", file_name="t.csv", mime="text/csv", on_click=note)
st.write("clicked:", clicked, "notes:", st.session_state.get("notes", 0))
raw = st.download_button("Get bytes", io.BytesIO(b"\x00\x01"), key="raw")
st.write("raw:", raw)
try:
    st.download_button("Bad", 3.5)
except Exception as e:
    st.write("bad:", type(e).__name__)
with st.form("f"):
    try:
        st.download_button("In form", "x")
    except Exception as e:
        st.write("form:", type(e).__name__)
    st.form_submit_button()
# step: click "Get CSV"
# step: rerun
# step: click "key=raw"
