import streamlit as st

# 1.67's `wrap` on the widgets whose labels, chips or options can keep one row, and on st.columns
# (a strict bool there: anything else is 1.67's StreamlitValueError, checked right after the spec).
for i, wrap in enumerate((None, True, False)):
    st.checkbox(f"check {i}", key=f"c{i}", wrap=wrap)
    st.toggle(f"toggle {i}", key=f"t{i}", wrap=wrap)
    st.multiselect(f"multi {i}", ["a", "b"], default=["a"], key=f"m{i}", wrap=wrap)
    st.pills(f"pills {i}", ["a", "b"], key=f"p{i}", wrap=wrap)
    st.segmented_control(f"seg {i}", ["a", "b"], key=f"s{i}", wrap=wrap)
    st.menu_button(f"menu {i}", options=["a", "b"], key=f"mb{i}", wrap=wrap)
    with st.popover(f"pop {i}", wrap=wrap):
        st.write("inside")

for spec, wrap in ((2, True), (2, False), (2, "no"), (2, None), (2, 0), (0, "no"), ([1, 2], False)):
    try:
        cols = st.columns(spec, wrap=wrap)
        cols[0].write(f"columns {spec!r} wrap={wrap!r} ok")
    except Exception as e:
        st.write(f"columns {spec!r} wrap={wrap!r}", type(e).__name__, str(e))
