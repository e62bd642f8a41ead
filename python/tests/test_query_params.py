"""st.query_params: parsing, reading, every mutation and what it sends."""

import fake_rustlit
import pytest


def _run(make_app, body: str, query_string: str = "") -> tuple[list[str], list[str]]:
    """Runs `body` (after `import streamlit as st`); the texts it wrote and the query strings it sent."""
    app = make_app("import streamlit as st\n" + body)
    code = app.run(query_string=query_string)
    assert code == 0, fake_rustlit.calls
    return [c["body"] for c in app.of("text")], list(fake_rustlit.page_infos)


def test_reading_last_value_blank_and_get_all(make_app):
    texts, sent = _run(
        make_app,
        """
st.text(repr(st.query_params["a"]))
st.text(repr(st.query_params.b))
st.text(repr(st.query_params["blank"]))
st.text(repr(st.query_params.get_all("a")))
st.text(repr(st.query_params.get_all("missing")))
st.text(repr(st.query_params.to_dict()))
st.text(repr((len(st.query_params), list(st.query_params), "a" in st.query_params, "x" in st.query_params)))
st.text(repr(st.query_params.get("x", "dflt")))
st.text(str(st.query_params))
""",
        "a=1&a=2&b=x%20y&blank=&embed=true",
    )
    assert texts == [
        "'2'",
        "'x y'",
        "''",
        "['1', '2']",
        "[]",
        "{'a': '2', 'b': 'x y', 'blank': ''}",
        "(3, ['a', 'b', 'blank'], True, False)",
        "'dflt'",
        "{'a': ['1', '2'], 'b': 'x y', 'blank': '', 'embed': 'true'}",
    ]
    assert sent == []


def test_missing_keys_raise_streamlits_messages(make_app):
    texts, _ = _run(
        make_app,
        """
for f in (lambda: st.query_params["nope"], lambda: st.query_params.nope, lambda: st.query_params["embed"],
          lambda: st.query_params.pop("nope"), lambda: delattr(st.query_params, "nope")):
    try:
        f()
    except (KeyError, AttributeError) as e:
        st.text(f"{type(e).__name__}: {e}")
""",
        "embed=true",
    )
    assert texts == [
        "KeyError: 'st.query_params has no key \"nope\".'",
        "AttributeError: st.query_params has no attribute \"nope\".",
        "KeyError: 'st.query_params has no key \"embed\".'",
        "KeyError: 'st.query_params has no key \"nope\".'",
        "AttributeError: st.query_params has no key \"nope\".",
    ]


def test_setting_sends_the_whole_query_string(make_app):
    texts, sent = _run(
        make_app,
        """
st.query_params["n"] = 5
st.query_params.tags = ["x", 2]
st.query_params.update({"u": "1"}, v=("p", "q"))
del st.query_params["a"]
st.text(repr(st.query_params.pop("u")))
st.text(repr(st.query_params.to_dict()))
""",
        "a=1",
    )
    assert texts == ["'1'", "{'n': '5', 'tags': '2', 'v': 'q'}"]
    assert sent == [
        "a=1&n=5",
        "a=1&n=5&tags=x&tags=2",
        "a=1&n=5&tags=x&tags=2&u=1&v=p&v=q",
        "n=5&tags=x&tags=2&u=1&v=p&v=q",
        "n=5&tags=x&tags=2&v=p&v=q",
    ]


def test_clear_and_from_dict_keep_embed(make_app):
    texts, sent = _run(
        make_app,
        """
st.query_params.clear()
st.text(repr(st.query_params.to_dict()))
st.query_params.from_dict({"k": ["1", "2"]})
st.text(str(st.query_params))
""",
        "a=1&embed=true&EMBED_OPTIONS=x",
    )
    assert texts == ["{}", "{'embed': 'true', 'EMBED_OPTIONS': 'x', 'k': ['1', '2']}"]
    assert sent == ["embed=true&EMBED_OPTIONS=x", "embed=true&EMBED_OPTIONS=x&k=1&k=2"]


def test_errors_and_from_dict_is_atomic(make_app):
    texts, sent = _run(
        make_app,
        """
from streamlit.errors import StreamlitAPIException
for f in (lambda: st.query_params.__setitem__("d", {"x": 1}),
          lambda: st.query_params.__setitem__("Embed", "1"),
          lambda: st.query_params.from_dict({"ok": "1", "bad": {}})):
    try:
        f()
    except StreamlitAPIException as e:
        st.text(f"{type(e).__name__}: {e}")
st.text(repr(st.query_params.to_dict()))
""",
        "a=1",
    )
    assert texts == [
        "StreamlitQueryParamDictValueError: Query param value for `d` cannot be set to a dictionary. "
        "Provide a string or iterable of strings instead.",
        "StreamlitAPIException: Query param embed and embed_options (case-insensitive) cannot be set "
        "programmatically.",
        "StreamlitQueryParamDictValueError: Query param value for `bad` cannot be set to a dictionary. "
        "Provide a string or iterable of strings instead.",
        "{'a': '1'}",
    ]
    assert sent == []


def test_each_run_parses_its_own_query_string(make_app):
    app = make_app("import streamlit as st\nst.text(repr(st.query_params.to_dict()))\nst.query_params['seen'] = 1\n")
    app.run(query_string="a=1")
    assert app.of("text")[0]["body"] == "{'a': '1'}"
    app.run(query_string="b=2")
    assert app.of("text")[0]["body"] == "{'b': '2'}"


def test_a_mutation_updates_the_run_context_query_string(make_app):
    app = make_app("""
        import streamlit as st
        from streamlit.runtime.run_context import get_ctx
        st.query_params["x"] = "1"
        st.text(get_ctx().query_string)
        st.rerun()
    """)
    assert app.run(query_string="a=1") == 3
    assert app.of("text")[0]["body"] == "a=1&x=1"


def test_a_callback_can_set_query_params(make_app):
    app = make_app("""
        import streamlit as st
        def cb():
            st.query_params["clicked"] = "yes"
        st.button("go", on_click=cb)
        st.text(repr(st.query_params.to_dict()))
    """)
    app.run()
    button_id = app.widget("go")["id"]
    app.run([(button_id, "trigger", True)], query_string="a=1")
    assert fake_rustlit.page_infos == ["a=1&clicked=yes"]
    assert app.of("text")[0]["body"] == "{'a': '1', 'clicked': 'yes'}"


def test_removed_experimental_commands_fail_as_in_1_67():
    import streamlit as st

    for name in ("experimental_get_query_params", "experimental_set_query_params"):
        with pytest.raises(AttributeError, match=f"st.{name} has been removed. Use st.query_params instead."):
            getattr(st, name)


def test_outside_a_run_query_params_is_empty_and_silent():
    import streamlit as st

    fake_rustlit.reset()
    assert len(st.query_params) == 0
    with pytest.raises(KeyError):
        st.query_params["a"]
