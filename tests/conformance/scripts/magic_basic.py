"""Magic writes bare expressions; this docstring is not written."""

import streamlit as st

x = 41
"A bare **string**"
x + 1
st.write("explicit write")
len("not written: a call")
("a", "tuple", 3)
[1, 2]
{"k": "v"}


def helper():
    """Function docstring: not written."""
    "inside a function"
    return None


helper()

with st.sidebar:
    "in the sidebar"

with st.expander("more"):
    "in the expander"

for i in range(2):
    i

if st.checkbox("flag"):
    "flag is on"
else:
    "flag is off"

try:
    "in try"
    raise ValueError("boom")
except ValueError as e:
    e
# step: set "flag" true
