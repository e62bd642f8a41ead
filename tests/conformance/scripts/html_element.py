# st.html: strings (dedented and stripped), Path files (.css wrapped in <style>), _repr_html_ objects,
# style-only bodies to the event container, unsafe_allow_javascript, st.write(obj, unsafe_allow_html=True),
# and the empty-body error.
import tempfile
from pathlib import Path

import streamlit as st


class Card:
    def _repr_html_(self):
        return "<div class='card'>card</div>"


st.html("""
    <p>Hello <b>world</b></p>
""")
folder = Path(tempfile.mkdtemp())
(folder / "part.html").write_text("<i>from a file</i>")
(folder / "look.css").write_text("p { color: red; }")
st.html(folder / "part.html")
st.html(folder / "look.css")
st.html("<style>.x { color: blue }</style><!-- only style -->")
st.html(Card())
st.html("<script>document.title = 'x'</script><p>scripted</p>", unsafe_allow_javascript=True)
st.write(Card(), unsafe_allow_html=True)
try:
    st.html("")
except st.errors.StreamlitAPIException as e:
    st.text(str(e))
