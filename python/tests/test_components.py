"""streamlit.components.v1: naming, registration, ids, args and values (fake runtime)."""

import hashlib

import fake_rustlit
import pytest


def _instances(app):
    return app.of("component_instance")


def test_declared_name_is_script_stem_and_module(make_app, tmp_path):
    (tmp_path / "front").mkdir()
    pkg = tmp_path / "mypkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text(
        "import os\nimport streamlit.components.v1 as c\n"
        "comp = c.declare_component('widget', path=os.path.join(os.path.dirname(__file__), '..', 'front'))\n"
    )
    app = make_app(f"""
        import sys
        sys.path.insert(0, {str(tmp_path)!r})
        import streamlit as st
        import streamlit.components.v1 as components
        mine = components.declare_component("mine", url="http://localhost:3001")
        import mypkg
        st.write(mine.name, mypkg.comp.name)
    """)
    app.run()
    assert app.bodies()[-1] == "app.mine mypkg.widget"
    assert fake_rustlit.components["app.mine"] == (None, "http://localhost:3001")
    path, url = fake_rustlit.components["mypkg.widget"]
    assert path == str((tmp_path / "front").resolve()) and url is None


def test_missing_directory_is_streamlits_error(make_app, tmp_path):
    app = make_app("""
        import streamlit.components.v1 as components
        components.declare_component("x", path="does/not/exist")
    """)
    app.run()
    exc = app.of("exception")[-1]
    assert exc["message"].startswith("No such component directory: '")
    assert exc["message"].endswith("does/not/exist'")


def test_args_default_and_key_go_to_the_frontend(make_app):
    app = make_app("""
        import streamlit as st
        import streamlit.components.v1 as components
        c = components.declare_component("c", url="http://localhost:3001")
        st.write(repr(c(label="hi", n=3, raw=b"ab", default=[1], key="k")))
    """)
    app.run()
    inst = _instances(app)[0]
    assert inst["component_name"] == "app.c"
    assert inst["json_args"] == '{"label": "hi", "n": 3, "default": [1], "key": "k"}'
    assert inst["special_args"] == [{"key": "raw", "bytes": b"ab"}]
    assert inst["url"] == "http://localhost:3001"
    assert app.bodies()[-1] == "[1]"


def test_ids_ignore_args_with_a_key_only(make_app):
    source = """
        import streamlit as st
        import streamlit.components.v1 as components
        c = components.declare_component("c", url="http://localhost:3001")
        c(label=st.session_state.get("label", "a"), key="k")
        c(label=st.session_state.get("label", "a"))
        if "label" not in st.session_state:
            st.session_state.label = "b"
    """
    app = make_app(source)
    app.run()
    keyed, unkeyed = (i["id"] for i in _instances(app))
    assert keyed.endswith("-k") and unkeyed.endswith("-None")
    app.run(None)
    keyed2, unkeyed2 = (i["id"] for i in _instances(app))
    assert keyed2 == keyed
    assert unkeyed2 != unkeyed


def test_values_from_the_browser_and_on_change(make_app):
    app = make_app("""
        import streamlit as st
        import streamlit.components.v1 as components
        c = components.declare_component("c", url="http://localhost:3001")
        def changed():
            st.session_state.calls = st.session_state.get("calls", 0) + 1
        st.write(repr(c(default="d", key="k", on_change=changed)))
        st.write(str(st.session_state.get("calls", 0)))
    """)
    app.run()
    assert app.bodies()[-2:] == ["'d'", "0"]
    wid = _instances(app)[0]["id"]
    app.run([(wid, "json", '{"a": [1, 2]}')])
    assert app.bodies()[-2:] == ["{'a': [1, 2]}", "1"]
    app.run(None)
    assert app.bodies()[-2:] == ["{'a': [1, 2]}", "1"]
    app.run([(wid, "bytes", b"\x00")])
    assert app.bodies()[-2:] == ["b'\\x00'", "2"]


def test_positional_args_are_refused(make_app):
    app = make_app("""
        import streamlit.components.v1 as components
        c = components.declare_component("c", url="http://localhost:3001")
        c("oops")
    """)
    app.run()
    assert app.of("exception")[-1]["message"] == "Argument 'oops' needs a label"


def test_dataframes_travel_as_arrow(make_app):
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    from streamlit.components.v1 import arrow

    app = make_app("""
        import pandas as pd
        import streamlit as st
        import streamlit.components.v1 as components
        c = components.declare_component("c", url="http://localhost:3001")
        v = c(data=pd.DataFrame({"x": [1, 2]}), key="k")
        st.write(type(v).__name__)
    """)
    app.run()
    inst = _instances(app)[0]
    arg = inst["special_args"][0]
    table = arg["arrow_dataframe"]["data"]
    data, index, columns = table["data"], table["index"], table["columns"]
    assert arg["key"] == "data"
    back = arrow.from_ipc(data, index, columns)
    assert list(back["x"]) == [1, 2]
    app.run([(inst["id"], "arrow", (data, index, columns))])
    assert app.bodies()[-1] == "DataFrame"
    assert isinstance(arrow.from_ipc(data, index, columns), pd.DataFrame)


def test_dataframe_args_use_32_bit_arrow_types_and_keep_labels():
    pd = pytest.importorskip("pandas")
    pa = pytest.importorskip("pyarrow")
    from streamlit.components.v1 import arrow

    # pandas 3 strings are Arrow large_string, which older components' Arrow JS cannot read.
    df = pd.DataFrame({"name": pd.array(["a", "b"], dtype="string"), "tags": [["x"], []], "n": [1, 2]},
                      index=["r1", "r2"])
    data, index, columns = arrow.to_ipc(df)
    schemas = [pa.ipc.open_stream(s).read_all().schema for s in (data, index, columns)]
    assert [str(t) for t in schemas[0].types] == ["string", "list<item: string>", "int64"]
    assert [str(t) for t in schemas[1].types] == ["string"]
    assert [str(t) for t in schemas[2].types] == ["string"]
    back = arrow.from_ipc(data, index, columns)
    assert list(back.index) == ["r1", "r2"] and list(back.columns) == ["name", "tags", "n"]
    assert back.index.name is None


def test_dataframe_args_with_mixed_columns_send_them_as_text():
    pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    import numpy as np
    import pandas as pd

    from streamlit.components.v1 import arrow

    df = pd.DataFrame({"mixed": [1, "two"], "ok": [1.5, 2.5]})
    back = arrow.from_ipc(*arrow.to_ipc(df))
    assert list(back["mixed"]) == ["1", "two"] and list(back["ok"]) == [1.5, 2.5]
    grid = arrow.from_ipc(*arrow.to_ipc(np.arange(4).reshape(2, 2)))
    assert grid.values.tolist() == [[0, 1], [2, 3]] and list(grid.columns) == [0, 1]


def test_html_is_stored_by_digest_never_inline(make_app):
    app = make_app("""
        import streamlit as st
        st.components.v1.html("<b>x</b>", scrolling=True, tab_index=0)
        st.components.v1.iframe("https://example.com", width=300, height=200)
    """)
    app.run()
    html, frame = app.of("iframe")
    digest = hashlib.sha256(b"<b>x</b>").hexdigest()
    assert html["html_path"] == f"/html/{digest}.html" and html["src"] == ""
    assert fake_rustlit.html_docs[digest] == "<b>x</b>"
    assert (html["height"], html["width"], html["scrolling"], html["tab_index"]) == (150.0, None, True, 0)
    assert (frame["src"], frame["width"], frame["height"]) == ("https://example.com", 300.0, 200.0)
