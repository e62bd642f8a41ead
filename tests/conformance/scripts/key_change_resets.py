# A widget whose key changes is a new widget and starts from its default.
import streamlit as st

version = st.number_input("version", 1, 5, 1)
text = st.text_input("Text", "default", key=f"text_v{version}")
st.write("text:", text, "keys:", sorted(k for k in st.session_state if k.startswith("text")))
# step: set "Text" "edited"
# step: rerun
# step: set "version" 2
