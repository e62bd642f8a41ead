import streamlit as st

st.latex(r"a + ar + a r^2 + a r^3 + \cdots + a r^{n-1} = \sum_{k=0}^{n-1} ar^k")
st.latex(
    r"""
    \frac{1}{2}
        + x
    """,
    help="A **fraction**",
)
st.latex(42)
st.latex("x", width="content")
st.latex("y", width=200)

for width in ["wide", 0, -3, None]:
    try:
        st.latex("z", width=width)
    except Exception as e:
        st.write(f"width {width!r} -> {type(e).__name__}: {e}")

try:
    st.latex()
except TypeError:
    st.write("latex() needs a body")

n = st.slider("n", 1, 5, 2)
st.latex(f"x^{{{n}}}")
# step: set "n" 4
