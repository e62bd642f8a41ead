# st.grid: cells from direct children, grid.cell() spans, and 1.67's errors for bad arguments.
# step: click "Add"
import streamlit as st

if "n" not in st.session_state:
    st.session_state.n = 2
g = st.grid(3, min_column_width=120, gap=("medium", 10), vertical_alignment="bottom", border=True, key="g")
for i in range(st.session_state.n):
    g.metric(f"Metric {i}", i)
with g.cell(column_span=2):
    st.write("two tracks")
    st.caption("in one cell")
g.cell(column_span="all", row_span=2).write("a row of its own")
with st.grid(row_height=80, dense=True):
    st.write("auto grid")
if st.button("Add"):
    st.session_state.n += 1
for call in (
    lambda: st.grid(0),
    lambda: st.grid("four"),
    lambda: st.grid(wrap=False),
    lambda: st.grid(min_column_width=-5),
    lambda: st.grid(gap=(1, 2, 3)),
    lambda: st.grid(gap=("small", "huge")),
    lambda: st.grid(vertical_alignment="middle"),
    lambda: st.grid(row_height=0),
    lambda: st.grid(3).cell(column_span=4),
    lambda: st.grid().cell(column_span="most"),
    lambda: st.grid().cell(row_span=0),
):
    try:
        call()
    except Exception as e:
        st.write(f"{type(e).__name__}: {e}")
