"""st.column_config.ButtonColumn: keyed columns are click widgets (SPEC-DATA §3.3)."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

from streamlit import column_config as cc
from streamlit.elements.lib.button_columns import _click
from streamlit.errors import StreamlitAPIException, StreamlitMissingRequiredParameterError

SCRIPT = """
    import pandas as pd
    import streamlit as st
    df = pd.DataFrame({"go": ["Open", "Open"]})
    def hit(tag):
        st.session_state.log = (tag, st.session_state.click.row, st.session_state.click["label"])
    st.dataframe(df, column_config={"go": st.column_config.ButtonColumn("Go", key="click", on_click=hit, args=("a",))})
    st.data_editor(df, key="ed", column_config={0: st.column_config.ButtonColumn(key="edit_click")})
    st.data_editor(df, key="off", disabled=True, column_config={"go": st.column_config.ButtonColumn(key="no")})
    st.text(repr(st.session_state.get("click")))
"""


def test_a_keyed_column_is_a_click_widget_and_its_config_is_plain(make_app):
    app = make_app(SCRIPT)
    assert app.run() == 0
    frame, editor, disabled = app.of("dataframe") + app.of("data_editor")
    (widget,) = frame.fields["button_click_widgets"]
    assert widget["column"] == "go" and widget["widget_id"].endswith("-click")
    assert json.loads(frame.fields["columns"]) == {
        "go": {"label": "Go", "disabled": True, "type_config": {"type": "button", "button_type": "secondary"}}
    }
    assert [w["column"] for w in editor.fields["button_click_widgets"]] == ["_pos:0"]
    assert disabled.fields["button_click_widgets"] == []  # a disabled editor registers no clicks


def test_a_click_runs_the_callback_and_lasts_one_run(make_app):
    app = make_app(SCRIPT)
    app.run()
    wid = app.of("dataframe")[0].fields["button_click_widgets"][0]["widget_id"]
    assert app.run([(wid, "string_trigger", json.dumps({"row": 1, "label": "Open"}))]) == 0
    assert app.state["log"] == ("a", 1, "Open")
    assert app.bodies()[-1] == "{'row': 1, 'label': 'Open'}"
    app.run([])
    assert app.bodies()[-1] == "None"


def test_callbacks_need_a_key():
    assert isinstance(cc.ButtonColumn("x"), dict)
    with pytest.raises(StreamlitMissingRequiredParameterError, match="need a unique key to be registered"):
        cc.ButtonColumn("x", on_click=print)


@pytest.mark.parametrize(("raw", "message"), [
    ('{"row": "1", "label": "a"}', r"^Invalid button click state: expected \{row: int, label: str\}\.$"),
    ('{"row": true, "label": "a"}', "expected {row: int, label: str}"),
    ('[1]', "expected {row: int, label: str}"),
    ('{"row": -2, "label": "a"}', r"^Invalid button click row index: -2\. Row must be >= 0\.$"),
])
def test_bad_clicks_are_refused(raw, message):
    with pytest.raises(StreamlitAPIException, match=message):
        _click(raw)


def test_a_click_reads_like_a_dict_and_attributes():
    click = _click('{"row": 3, "label": "Go"}')
    assert click.row == 3 and click["label"] == "Go" and _click("") is None
    with pytest.raises(TypeError):
        click["row"] = 1
