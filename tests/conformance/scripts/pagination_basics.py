# st.pagination: the page comes back as an int, a callback sees it, session state sets it, and
# 1.67's errors for bad arguments.
# step: set "key=pages" 7
# step: set "key=small" 2
import streamlit as st


def changed():
    st.session_state.log = f"changed to {st.session_state.pages}"


page = st.pagination(20, default=3, key="pages", on_change=changed)
st.write(f"page {page}; {st.session_state.get('log', 'no change')}")
if "small" not in st.session_state:
    st.session_state.small = 3
small = st.pagination(3, key="small")
st.write(f"small {small}")
for call in (
    lambda: st.pagination(0),
    lambda: st.pagination(5, default=6),
    lambda: st.pagination(5, default="2"),
    lambda: st.pagination(5, max_visible_pages=-1),
):
    try:
        call()
    except Exception as e:
        st.write(f"{type(e).__name__}: {e}")
