import streamlit as st

st.title("Echo")
if "messages" not in st.session_state:
    st.session_state.messages = []
for m in st.session_state.messages:
    with st.chat_message(m["role"]):
        st.markdown(m["content"])
prompt = st.chat_input("Say something")
st.write("returned:", repr(prompt))
if prompt:
    st.session_state.messages.append({"role": "user", "content": prompt})
    with st.chat_message("user"):
        st.markdown(prompt)
    st.session_state.messages.append({"role": "assistant", "content": f"Echo: {prompt}"})
    with st.chat_message("assistant"):
        st.markdown(f"Echo: {prompt}")

# step: set "Say something" "hello"
# step: set "Say something" "hello"
# step: rerun
# step: set "Say something" "multi\nline"
