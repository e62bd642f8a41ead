"""Elements land at the right paths with the right fields."""

import fake_rustlit


def test_text_elements_in_order(make_app):
    app = make_app("""
        import streamlit as st
        st.title("T", anchor=False)
        st.header("H", divider="blue")
        st.subheader("S", help="tip")
        st.markdown("**m**", unsafe_allow_html=True)
        st.caption("c")
        st.text("  t  ")
        st.code("x = 1", language=None, line_numbers=True)
        st.divider()
    """)
    assert app.run() == 0
    kinds = [(c.name, c.path) for c in app.calls]
    assert kinds == [
        ("heading", (0, 0)), ("heading", (0, 1)), ("heading", (0, 2)), ("markdown", (0, 3)),
        ("markdown", (0, 4)), ("text", (0, 5)), ("code", (0, 6)), ("markdown", (0, 7)),
    ]
    t, h, s, m, cap, txt, code, div = app.calls
    assert t["hide_anchor"] and t["tag"] == "h1"
    assert h["divider"] == "blue" and s["help"] == "tip"
    assert m["allow_html"] and cap["element_type"] == "CAPTION" and div["element_type"] == "DIVIDER"
    assert txt["body"] == "t"
    assert code["language"] == "" and code["show_line_numbers"]


def test_write_dispatch(make_app):
    app = make_app("""
        import streamlit as st
        st.write("a", "b")
        st.write(3)
        st.write({"k": [1, 2]})
        st.write(ValueError("bad"))
    """)
    app.run()
    names = [c.name for c in app.calls]
    assert names == ["markdown", "markdown", "json", "exception"]
    assert app.calls[0]["body"] == "a b"
    assert app.calls[1]["body"] == "`3`"
    assert app.calls[2]["body"] == '{"k": [1, 2]}'
    assert app.calls[3]["type"] == "ValueError"


def test_write_joins_plain_values_into_one_markdown(make_app):
    # Streamlit 1.67: plain objects go into the Markdown buffer as inline code.
    app = make_app("""
        import streamlit as st
        st.write("count:", 7, "items")
        st.write(True, None, 2.5)
        st.write((1, 2), {3})
        st.write("a", [1], "b")
    """)
    app.run()
    bodies = [(c.name, c["body"]) for c in app.calls]
    assert bodies == [
        ("markdown", "count: `7` items"),
        ("markdown", "`True` `None` `2.5`"),
        ("markdown", "`(1, 2)` `{3}`"),
        ("markdown", "a"),
        ("json", "[1]"),
        ("markdown", "b"),
    ]


def test_alerts_and_json(make_app):
    app = make_app("""
        import streamlit as st
        st.success("ok", icon="✅")
        st.error("no")
        st.json('{"a": 1}', expanded=False)
    """)
    app.run()
    assert [(c["format"], c["icon"]) for c in app.of("alert")] == [("SUCCESS", "✅"), ("ERROR", "")]
    assert app.of("json")[0].fields == {"body": '{"a": 1}', "expanded": False, "max_expand_depth": None, "width_config": None}


def test_containers_and_placeholders(make_app):
    app = make_app("""
        import streamlit as st
        a, b = st.columns([1, 3], gap="large")
        b.text("right")
        with a:
            st.text("left")
            with st.expander("more", expanded=True):
                st.text("inside")
        with st.sidebar:
            st.text("side")
        st.sidebar.text("side2")
        ph = st.empty()
        ph.text("first")
        ph.text("second")
        box = ph.container(border=True)
        box.text("in box")
        st.text("after")
    """)
    app.run()
    tree = fake_rustlit.tree()
    assert tree["[0, 0]"]["kind"] == "block_horizontal" and tree["[0, 0]"]["gap"] == "large"
    assert tree["[0, 0, 1]"]["weight"] == 0.75
    assert tree["[0, 0, 1, 0]"]["body"] == "right"
    assert tree["[0, 0, 0, 0]"]["body"] == "left"
    assert tree["[0, 0, 0, 1]"]["kind"] == "block_expandable"
    assert tree["[0, 0, 0, 1, 0]"]["body"] == "inside"
    assert tree["[1, 0]"]["body"] == "side" and tree["[1, 1]"]["body"] == "side2"
    assert tree["[0, 1]"]["kind"] == "block_vertical" and tree["[0, 1]"]["border"]
    assert tree["[0, 1, 0]"]["body"] == "in box"
    assert tree["[0, 2]"]["body"] == "after"


def test_unsupported_command_is_a_clear_api_error(make_app):
    app = make_app("""
        import streamlit as st
        st.connection("db")
    """)
    assert app.run() == 4  # an uncaught exception finishes the run early
    exc = app.of("exception")[0]
    assert exc["type"] == "streamlit.errors.StreamlitNotSupportedError"
    assert exc["message"] == "st.connection is not supported by rustlit yet"


def test_imports_people_use():
    import streamlit as st
    import streamlit.components.v1 as components
    from streamlit.delta_generator import DeltaGenerator
    from streamlit.errors import StreamlitAPIException
    from streamlit.runtime.scriptrunner import add_script_run_ctx, get_script_run_ctx

    assert st.__version__ == "1.67.0"
    assert isinstance(st.sidebar, DeltaGenerator)
    assert get_script_run_ctx() is None
    assert add_script_run_ctx() is not None
    comp = components.declare_component("x", url="http://localhost:3001")
    assert comp.name == "test_elements.x"
    # Outside a run a component renders nothing and returns its default.
    assert comp(a=1, default=5) == 5
    assert issubclass(components.MarshallComponentException, StreamlitAPIException)


def test_get_option_and_set_option(make_app):
    from streamlit import config

    config.configure({"server.port": 8501, "client.showErrorDetails": "full", "theme.primaryColor": None})
    app = make_app("""
        import streamlit as st
        st.write(str(st.get_option("server.port")))
        st.set_option("client.showErrorDetails", "type")
        st.write(st.get_option("client.showErrorDetails"))
        for bad in ("server.port", "nope.nothing"):
            try:
                st.set_option(bad, 1)
            except st.errors.StreamlitAPIException as e:
                st.write(str(e))
        try:
            st.get_option("nope.nothing")
        except RuntimeError as e:
            st.write(str(e))
    """)
    app.run()
    assert app.bodies() == [
        "8501",
        "type",
        "server.port cannot be set on the fly. Set it with the command-line flag --server.port or in config.toml"
        " instead.",
        "Unrecognized config option: nope.nothing",
        'Config key "nope.nothing" not defined.',
    ]
