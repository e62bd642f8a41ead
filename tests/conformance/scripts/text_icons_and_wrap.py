# 1.67's heading icons, wrap=False and text_alignment on every text element, and their errors.
import streamlit as st

st.title("Iconic", icon=":material/info:", text_alignment="center")
st.header("Rocket", icon="🚀", divider="blue", wrap=False)
st.subheader("Plain", text_alignment="right")
st.markdown("One long line " * 20, wrap=False, text_alignment="justify")
st.markdown("# Inside\n\ntext", anchors=False)
st.caption("Cut caption", wrap=False, text_alignment=None)
st.text("Cut text", wrap=False)

for call in (
    lambda: st.title("x", text_alignment="middle"),
    lambda: st.markdown("x", text_alignment="CENTER"),
    lambda: st.header("x", icon="notanemoji"),
):
    try:
        call()
    except Exception as error:
        st.write(f"{type(error).__name__}: {error}")
