"""st.graphviz_chart (GraphVizChart) and st.mermaid_chart (a markdown ```mermaid fence), SPEC-DATA §9."""

from __future__ import annotations

import hashlib

import pytest


def _id(path: str) -> str:
    return hashlib.blake2b(path.encode(), digest_size=16).hexdigest()


def test_a_dot_string_is_sent_with_the_dot_engine_and_the_paths_hash(make_app):
    app = make_app("""
        import streamlit as st
        st.graphviz_chart("digraph { a -> b }")
        with st.container():
            st.graphviz_chart("graph { x -- y }", alt="  pair ")
    """)
    assert app.run() == 0
    first, second = app.of("graphviz_chart")
    assert first["spec"] == "digraph { a -> b }" and first["engine"] == "dot"
    assert first["element_id"] == _id("[0, 0]") and first["alt"] is None
    assert second["element_id"] == _id("[0, 1, 0]") and second["alt"] == "pair"
    # 1.67's defaults ("content" width and height) are the kind's own: nothing is sent.
    assert first["width_config"] is None and first["height_config"] is None


def test_sizes_and_the_deprecated_use_container_width(make_app):
    app = make_app("""
        import streamlit as st
        st.graphviz_chart("digraph {}", width="stretch", height=250)
        st.graphviz_chart("digraph {}", use_container_width=True, height="stretch")
        st.graphviz_chart("digraph {}", width=120, use_container_width=False)
    """)
    assert app.run() == 0
    a, b, c = app.of("graphviz_chart")
    assert a["width_config"] == {"use_stretch": True} and a["height_config"] == {"pixel_height": 250}
    assert b["width_config"] == {"use_stretch": True} and b["height_config"] == {"use_stretch": True}
    # use_container_width wins over width, as in 1.67.
    assert c["width_config"] is None


def test_graphviz_objects_send_their_source_and_engine(make_app):
    pytest.importorskip("graphviz")
    app = make_app("""
        import graphviz, streamlit as st
        g = graphviz.Graph(engine="neato")
        g.edge("x", "y")
        st.graphviz_chart(g)
        st.graphviz_chart(graphviz.Source("digraph { s }", engine="fdp"))
    """)
    assert app.run() == 0
    graph, source = app.of("graphviz_chart")
    assert graph["spec"] == "graph {\n\tx -- y\n}\n" and graph["engine"] == "neato"
    assert source["spec"] == "digraph { s }\n" and source["engine"] == "fdp"


@pytest.mark.parametrize(("value", "message"), [
    ("42", "Invalid `figure_or_dot` type. Expected one of: graphviz.Graph, graphviz.Digraph, graphviz.Source, str. "
           "Provided type: int."),
    ("b'digraph {}'", "Provided type: bytes."),
])
def test_other_inputs_are_refused_with_1_67s_message(make_app, value, message):
    app = make_app(f"""
        import streamlit as st
        try:
            st.graphviz_chart({value})
        except Exception as e:
            st.text(type(e).__name__ + ": " + str(e))
    """)
    assert app.run() == 0
    assert app.of("graphviz_chart") == []
    (text,) = app.of("text")
    assert text["body"].startswith("StreamlitInvalidParameterTypeError") and message in text["body"]


def test_a_mermaid_chart_is_a_fenced_markdown_body(make_app):
    app = make_app("""
        import streamlit as st
        st.mermaid_chart("graph TD; A-->B")
        st.mermaid_chart("graph TD; A-->B", alt="  a\\n  flow ", width="content")
        st.mermaid_chart("graph TD; A[\\"`````code`\\"]-->B")
    """)
    assert app.run() == 0
    plain, named, ticks = app.of("markdown")
    assert plain["body"] == "````mermaid\ngraph TD; A-->B\n````" and plain["element_type"] == "NATIVE"
    assert plain["allow_html"] is False and plain["width_config"] is None
    assert named["body"] == "````mermaid\n%% stAlt: a flow\ngraph TD; A-->B\n````"
    assert named["width_config"] == {"use_content": True}
    # The fence is one backtick longer than the longest run in the source.
    assert ticks["body"].startswith("``````mermaid\n") and ticks["body"].endswith("\n``````")


def test_mermaid_alt_goes_after_the_preamble_and_replaces_an_earlier_one(make_app):
    app = make_app('''
        import streamlit as st
        st.mermaid_chart("%%{init: {}}%%\\n---\\ntitle: T\\n---\\n%% stAlt: old\\nsequenceDiagram\\n  A->>B: hi", alt="new")
    ''')
    assert app.run() == 0
    (md,) = app.of("markdown")
    assert md["body"] == (
        "````mermaid\n%%{init: {}}%%\n---\ntitle: T\n---\n%% stAlt: new\nsequenceDiagram\n  A->>B: hi\n````"
    )
