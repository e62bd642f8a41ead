import streamlit as st

cases = {
    "accept_file": dict(accept_file="x"),
    "submit_mode": dict(submit_mode="bad"),
    "max_upload_size 0": dict(max_upload_size=0),
    "max_upload_size bool": dict(max_upload_size=True),
    "audio_sample_rate": dict(audio_sample_rate=1234),
    "width content": dict(width="content"),
    "width 0": dict(width=0),
    "on_submit rerun": dict(on_submit="rerun"),
    "on_submit int": dict(on_submit=3),
}
for name, kw in cases.items():
    try:
        st.chat_input("p", key=name, **kw)
        st.write(name, "ok")
    except Exception as e:
        st.write(name, type(e).__name__, str(e))

with st.form("f"):
    try:
        st.chat_input("in form")
    except Exception as e:
        st.write("form:", type(e).__name__, str(e))
    try:
        st.chat_input("in form cb", on_submit=lambda: None)
    except Exception as e:
        st.write("form cb:", type(e).__name__, str(e))
    st.form_submit_button()

st.chat_input("dup")
try:
    st.chat_input("dup")
except Exception as e:
    st.write("dup:", type(e).__name__)
