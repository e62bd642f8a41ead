"""st.data_editor: what it sends, the edit state as widget value, and the edits applied to the
data in the input's type (SPEC-DATA §4)."""

from __future__ import annotations

import json

import fake_rustlit
import pytest

pd = pytest.importorskip("pandas")
pa = pytest.importorskip("pyarrow")
np = pytest.importorskip("numpy")


def decode(data: bytes):
    return pa.ipc.open_stream(data).read_all()


def state(edited=None, added=None, deleted=None) -> str:
    return json.dumps({"edited_rows": edited or {}, "added_rows": added or [], "deleted_rows": deleted or []})


def test_sends_a_data_editor_widget(make_app):
    app = make_app("""
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"a": [1, 2], "b": ["x", "y"]})
        st.data_editor(df, key="ed", num_rows="dynamic", disabled=["b"], column_order=["b", "a"],
                       on_change="ignore", row_height=40, placeholder="-")
        st.data_editor([1, 2], disabled=True)
    """)
    assert app.run() == 0
    first, second = app.of("data_editor")
    assert first["widget"]["id"].endswith("-ed")
    assert "default" not in first["widget"] and not first["widget"]["disabled"]
    assert first["editing_mode"] == "DYNAMIC" and first["ignore_rerun"]
    assert json.loads(first["columns"]) == {"b": {"disabled": True}, "_index": {"hidden": True}}
    assert first["column_order"] == ["b", "a"] and first["row_height"] == 40 and first["placeholder"] == "-"
    assert decode(first["arrow_data"]["data"]).column_names == ["a", "b"]
    assert second["widget"]["disabled"] and second["editing_mode"] == "FIXED"
    assert json.loads(second["columns"]) == {"_index": {"hidden": True}}


def test_edits_reach_the_script_and_session_state(make_app):
    app = make_app("""
        import pandas as pd
        import streamlit as st
        def changed():
            st.session_state.seen = dict(st.session_state.ed)
        df = pd.DataFrame({"a": [1, 2, 3], "b": ["x", "y", "z"], "c": [True, False, True]})
        out = st.data_editor(df, key="ed", num_rows="dynamic", on_change=changed)
        st.text(repr(out.to_dict("list")))
        st.text(repr(list(out.index)))
        st.text(repr(dict(st.session_state.ed)))
        st.text(repr(st.session_state.get("seen")))
    """)
    assert app.run() == 0
    wid = app.of("data_editor")[0]["widget"]["id"]
    texts = [c["body"] for c in app.of("text")]
    assert texts[0] == "{'a': [1, 2, 3], 'b': ['x', 'y', 'z'], 'c': [True, False, True]}"
    assert texts[2] == "{'edited_rows': {}, 'added_rows': [], 'deleted_rows': []}"
    fake_rustlit.reset()
    value = state({"0": {"a": 10, "b": 5}}, [{"a": 7, "c": False}], [1])
    app.run([(wid, "string", value)])
    texts = [c["body"] for c in app.of("text")]
    assert texts[0] == "{'a': [10, 3, 7], 'b': ['5', 'z', nan], 'c': [True, True, False]}"
    assert texts[1] == "[0, 2, 3]"
    assert texts[2] == ("{'edited_rows': {0: {'a': 10, 'b': 5}}, 'added_rows': [{'a': 7, 'c': False}], "
                        "'deleted_rows': [1]}")
    assert texts[3] == texts[2]


def test_state_is_read_only_and_cannot_be_assigned(make_app):
    app = make_app("""
        import streamlit as st
        st.data_editor({"a": [1]}, key="ed")
        try:
            st.session_state.ed["edited_rows"] = {}
        except TypeError:
            st.text("read-only")
    """)
    app.run()
    assert [c["body"] for c in app.of("text")] == ["read-only"]
    app = make_app("""
        import streamlit as st
        st.session_state.ed = {}
        st.data_editor({"a": [1]}, key="ed")
    """)
    app.run()
    assert "is read-only and cannot be assigned through session state" in app.calls[-1]["message"]


@pytest.mark.parametrize(("source", "column", "expected"), [
    ("[1, 2, 3]", "value", "[10, 3]"),
    ("(1, 2, 3)", "value", "(10, 3)"),
    ("{'a': [1, 2, 3]}", "a", "{'a': [10, 3]}"),
    ("[{'a': 1}, {'a': 2}, {'a': 3}]", "a", "[{'a': 10}, {'a': 3}]"),
    ("pd.Series([1, 2, 3], name='a')", "a", "[10, 3]"),
    ("np.array([1, 2, 3])", "value", "[10, 3]"),
])
def test_returns_the_input_type(make_app, source, column, expected):
    app = make_app(f"""
        import numpy as np
        import pandas as pd
        import streamlit as st
        out = st.data_editor({source})
        st.text(type(out).__name__)
        st.text(repr(out.tolist() if hasattr(out, "tolist") else out))
    """)
    app.run()
    wid = app.of("data_editor")[0]["widget"]["id"]
    fake_rustlit.reset()
    app.run([(wid, "string", state({"0": {column: 10}}, deleted=[1]))])
    texts = [c["body"] for c in app.of("text")]
    assert texts[1] == expected, texts


def test_errors(make_app):
    app = make_app("""
        import pandas as pd
        import streamlit as st
        for data, kw in [("text", {}), (pd.DataFrame([[1, 2]], columns=["a", "a"]), {}),
                         (pd.DataFrame({"_index": [1]}), {}),
                         (pd.DataFrame({"a": [1]}, index=pd.MultiIndex.from_tuples([(1, 2)])), {}),
                         (pd.DataFrame({"a": [1]}), {"column_config": {"a": st.column_config.TextColumn()}}),
                         ([1], {"on_change": 5})]:
            try:
                st.data_editor(data, **kw)
            except Exception as e:
                st.text(str(e))
    """)
    app.run()
    assert [c["body"] for c in app.of("text")] == [
        "The data type (str) or format is not supported by the data editor. Please convert your data into a "
        "Pandas Dataframe or another supported data format.",
        "All column names are required to be unique for usage with data editor. The following column names are "
        "duplicated: ['a']. Please rename the duplicated columns in the provided data.",
        "The column name '_index' is reserved for the index column and can't be used for data columns. Please "
        "rename the column in the provided data.",
        "The type of the dataframe index - MultiIndex - is not yet supported by the data editor.",
        "The configured column type `text` for column `a` is not compatible for editing the underlying data type "
        "`integer`.\n\nYou have following options to fix this: 1) choose a compatible type 2) disable the column "
        "3) convert the column into a compatible data type.",
        "Invalid `on_change` value. Supported values: 'rerun', 'ignore', a callback function.",
    ]


def test_experimental_data_editor_is_gone():
    import streamlit as st

    with pytest.raises(AttributeError, match=r"st\.experimental_data_editor has been removed\. Use st\.data_editor"):
        st.experimental_data_editor


def test_keyed_fixed_editor_keeps_its_id_when_only_values_change(make_app):
    app = make_app("""
        import pandas as pd
        import streamlit as st
        n = st.session_state.get("n", 1)
        st.data_editor(pd.DataFrame({"a": [n, 2]}), key="keyed")
        st.data_editor(pd.DataFrame({"a": [n, 2]}), key="dyn", num_rows="dynamic")
        st.data_editor(pd.DataFrame({"a": [n, 2]}))
        st.data_editor(pd.DataFrame({"a": [n, 2, 3]}), key="rows")
        st.session_state.n = n + 1
    """)
    app.run()
    first = [e["widget"]["id"] for e in app.of("data_editor")]
    fake_rustlit.reset()
    app.run()
    second = [e["widget"]["id"] for e in app.of("data_editor")]
    assert first[0] == second[0]
    assert first[1] != second[1] and first[2] != second[2]


def test_callback_args_and_kwargs(make_app):
    app = make_app("""
        import streamlit as st
        def changed(x, y=None):
            st.session_state.got = (x, y, st.session_state.ed["edited_rows"])
        st.data_editor({"a": [1, 2]}, key="ed", on_change=changed, args=(1,), kwargs={"y": 2})
        st.text(repr(st.session_state.get("got")))
    """)
    app.run()
    wid = app.of("data_editor")[0]["widget"]["id"]
    fake_rustlit.reset()
    app.run([(wid, "string", state({"1": {"a": 5}}))])
    assert app.of("text")[0]["body"] == "(1, 2, {1: {'a': 5}})"


def test_in_a_form_a_callback_is_refused(make_app):
    app = make_app("""
        import streamlit as st
        with st.form("f"):
            st.data_editor({"a": [1]}, on_change=lambda: None)
            st.form_submit_button()
    """)
    app.run()
    assert app.of("exception")[0]["type"] == "streamlit.errors.StreamlitInvalidFormCallbackError"


def test_whole_editor_disabled_ignores_the_browser(make_app):
    app = make_app("""
        import streamlit as st
        out = st.data_editor({"a": [1, 2]}, key="ed", disabled=True)
        st.text(repr(out))
    """)
    app.run()
    wid = app.of("data_editor")[0]["widget"]["id"]
    fake_rustlit.reset()
    app.run([(wid, "string", state({"0": {"a": 5}}))])
    assert app.of("text")[0]["body"] == "{'a': [1, 2]}"


def test_bad_values_from_the_browser_are_skipped(make_app):
    app = make_app("""
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"n": [1, 2], "td": pd.to_timedelta([1, 2], unit="s")})
        out = st.data_editor(df, key="ed", num_rows="dynamic")
        st.text(repr(out["n"].tolist()))
        st.text(repr([str(x) for x in out["td"]]))
    """)
    app.run()
    wid = app.of("data_editor")[0]["widget"]["id"]
    fake_rustlit.reset()
    app.run([(wid, "string", state({"0": {"n": "x", "td": float("inf")}, "1": {"nope": 1}}, [{"n": [1]}]))])
    # Unparseable values become None (the added row too); a non-finite duration and an unknown column
    # are skipped.
    assert [c["body"] for c in app.of("text")] == ["[nan, 2.0, nan]", "['0 days 00:00:01', '0 days 00:00:02', 'NaT']"]
