import streamlit as st

for name in ["user", "assistant", "ai", "human", "USER", "Assistant", "bob", "🦜"]:
    with st.chat_message(name):
        st.write(name)
for avatar in ["user", "ai", "🦜", ":material/star:", "https://example.com/a.png"]:
    with st.chat_message("carol", avatar=avatar):
        st.write(avatar)
for bad in ["nonexistent-file", "AI", b"not an image"]:
    try:
        st.chat_message("dave", avatar=bad)
    except Exception as e:
        st.write(repr(bad), type(e).__name__, str(e))
try:
    st.chat_message(None)
except Exception as e:
    st.write(type(e).__name__, str(e))
msg = st.chat_message("assistant")
msg.write("written through the returned container")
with st.chat_message("user"), st.chat_message("assistant"):
    st.write("nested")
