# st.write_stream: string chunks end as one Markdown element, other chunks are written between them,
# the return value is the string or the list of what was written; st.write streams a generator.
import streamlit as st


def words():
    yield "Hello"
    yield " **world**"


def mixed():
    yield "a"
    yield {"k": 1}
    yield "b"


st.text(repr(st.write_stream(words, cursor="|")))
result = st.write_stream(mixed())
st.text(f"{type(result).__name__} {list(result)!r}")
st.write(c for c in ["x", "y"])
st.text(repr(st.write_stream([])))
try:
    st.write_stream("no")
except st.errors.StreamlitAPIException as e:
    st.text(str(e))
