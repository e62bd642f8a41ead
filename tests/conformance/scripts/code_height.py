import streamlit as st

# st.code(height=...): "content" (and None, which 1.67 reads as "content"), "stretch" and pixels
# are accepted; anything else is 1.67's StreamlitInvalidHeightError. A bad width is reported first.
for height in ("content", None, "stretch", 200, True, 0, -5, "big", 2.5, "auto"):
    try:
        st.code("x = 1", height=height)
        st.write(repr(height), "ok")
    except Exception as e:
        st.write(repr(height), type(e).__name__, str(e))
try:
    st.code("x = 1", height="big", width="wide")
except Exception as e:
    st.write("both", type(e).__name__, str(e))
