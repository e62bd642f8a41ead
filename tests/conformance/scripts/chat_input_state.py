import streamlit as st

if "log" not in st.session_state:
    st.session_state.log = []


def on_submit(tag, suffix=""):
    st.session_state.log.append(f"{tag}:{st.session_state.msg}{suffix}")


if st.button("prefill"):
    st.session_state.msg = "prefilled text"

value = st.chat_input(key="msg", max_chars=5, on_submit=on_submit, args=("cb",), kwargs={"suffix": "!"})
st.write("returned:", repr(value))
st.write("state:", repr(st.session_state.get("msg", "<missing>")))
st.write("log:", st.session_state.log)

# step: set "Your message" "hi"
# step: rerun
# step: set "Your message" "much too long"
# step: click "prefill"
# step: rerun
