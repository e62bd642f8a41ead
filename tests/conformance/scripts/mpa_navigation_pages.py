# Multipage with st.navigation: the entrypoint's widget is shared by every
# page and keeps its value across page changes; a page's own widgets reset
# when the user leaves the page and comes back; st.page_link names a page by
# its file.
import streamlit as st

user = st.sidebar.text_input("user", "ada")
st.sidebar.write(f"visits so far: {st.session_state.setdefault('visits', 0)}")
st.session_state.visits += 1
pg = st.navigation([st.Page("mpa_pages/first.py"), st.Page("mpa_pages/second.py")])
st.write(f"hello {user}")
pg.run()

# step: set "level" 7
# step: set "user" "grace"
# step: page "mpa_pages/second.py"
# step: set "second flag" true
# step: page "mpa_pages/first.py"
