import streamlit as st

st.space()
for size in ["xxsmall", "xsmall", "small", "medium", "large", "xlarge", "xxlarge", "stretch", 30, True]:
    st.space(size)

for size in ["huge", 0, -5, 1.5, None, "Small"]:
    try:
        st.space(size)
    except Exception as e:
        st.write(f"{size!r} -> {type(e).__name__}: {e}")

left, right = st.columns(2)
left.space("medium")
left.button("Left button")
right.text_input("Right input")
with st.sidebar:
    st.space(size=12)
    st.write("sidebar")
