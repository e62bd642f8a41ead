import graphviz
import streamlit as st

st.graphviz_chart("digraph { run -> intr; intr -> runbl; runbl -> run }")
g = graphviz.Digraph(comment="states")
g.node("A", "Alpha", shape="box")
g.edge("A", "B", label="next")
st.graphviz_chart(g, alt="  two   states ")
undirected = graphviz.Graph(engine="neato")
undirected.edge("x", "y")
st.graphviz_chart(undirected, width="stretch", height=300)
st.graphviz_chart(graphviz.Source("graph { a -- b }", engine="circo"), use_container_width=True)
left, right = st.columns(2)
with left:
    st.graphviz_chart("digraph { in_column -> left }", alt="   ")
right.graphviz_chart("digraph { in_column -> right }", width=200, height="stretch")
with st.container():
    st.graphviz_chart("digraph { nested }")
for bad in (lambda: st.graphviz_chart(42),
            lambda: st.graphviz_chart(["digraph {}"]),
            lambda: st.graphviz_chart("digraph {}", width="wide"),
            lambda: st.graphviz_chart("digraph {}", height=0)):
    try:
        bad()
    except Exception as e:
        st.text(f"{type(e).__name__}: {e}")
