# st.dialog: a button opens it (the event root); its widgets rerun only the
# dialog's fragment; st.rerun() from inside closes it.
# step: click "Vote for A"
# step: set "Because" "it is tasty"
# step: click "Submit"
# step: rerun
import streamlit as st

st.session_state.setdefault("full", 0)
st.session_state.full += 1


@st.dialog("Cast your vote", width="medium")
def vote(item):
    st.write(f"Why is {item} your favorite?")
    reason = st.text_input("Because")
    st.write(f"so far: {reason}")
    if st.button("Submit"):
        st.session_state.vote = {"item": item, "reason": reason}
        st.rerun()


if "vote" not in st.session_state:
    if st.button("Vote for A"):
        vote("A")
else:
    st.write(f"You voted for {st.session_state.vote['item']} because {st.session_state.vote['reason']}")
st.write(f"full runs {st.session_state.full}")
