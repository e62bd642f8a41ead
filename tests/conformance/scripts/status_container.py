# st.status: running, complete and error icons; `with` completes a running status (error when an
# exception leaves it); update() changes label and state in place, keeping what was written inside.
import streamlit as st

with st.status("Downloading") as done:
    st.write("step 1")
running = st.status("Still going", expanded=True)
running.write("work")
failed = st.status("Broken", state="error")
changed = st.status("Before")
changed.write("kept")
changed.update(label="After", state="complete", expanded=False)
try:
    with st.status("Raising"):
        raise ValueError("boom")
except ValueError:
    st.text("caught")
try:
    st.status("x", state="done")
except st.errors.StreamlitAPIException as e:
    st.text(str(e))
