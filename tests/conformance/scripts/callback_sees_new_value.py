# on_change fires before the script body and sees the new value in session_state.
# step: set "key=n" 4
# step: rerun
# step: set "key=n" 6
import streamlit as st

st.session_state.setdefault("seen", [])


def changed(tag):
    st.session_state.seen.append(f"{tag}:{st.session_state.n}")


st.number_input("n", 0, 10, 1, key="n", on_change=changed, args=("cb",))
st.write(f"seen={st.session_state.seen}")
