# st.chat_input inside a fragment: it stays inside the fragment's container
# and a message reruns only the fragment.
# step: set "Say something" "hi"
# step: set "Say something" "there"
import streamlit as st

st.session_state.setdefault("full", 0)
st.session_state.setdefault("log", [])
st.session_state.full += 1
st.write(f"full runs {st.session_state.full}")


@st.fragment
def chat():
    for line in st.session_state.log:
        with st.chat_message("user"):
            st.write(line)
    said = st.chat_input("Say something")
    if said:
        st.session_state.log.append(said)
        st.write(f"got {said}")


chat()
