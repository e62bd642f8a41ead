"""Accepted-but-not-applied parameters: one table, one warning per parameter, the README made from it."""

from __future__ import annotations

import ast
import logging
from pathlib import Path

import pytest

from streamlit.runtime import unapplied

PACKAGE = Path(__file__).resolve().parent.parent / "streamlit"
README = Path(__file__).resolve().parents[2] / "README.md"


@pytest.fixture(autouse=True)
def _fresh_process():
    """Each test starts as a new server process would: nothing warned yet."""
    unapplied._warned.clear()
    yield
    unapplied._warned.clear()


def _warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "streamlit.unapplied"]


def test_a_used_parameter_warns_once_per_process(monkeypatch, caplog) -> None:
    # Rows come and go as parameters get applied: this checks the mechanism on rows of its own.
    table = {
        ("st.checkbox", "demo"): unapplied.Unapplied("st.checkbox", "demo", bool, "True", "nothing happens."),
        ("st.text_input", "demo"): unapplied.Unapplied("st.text_input", "demo", bool, "True", "nothing happens."),
    }
    monkeypatch.setattr(unapplied, "TABLE", table)
    with caplog.at_level(logging.WARNING, logger="streamlit.unapplied"):
        for _ in range(2):
            unapplied.note("st.checkbox", "demo", True)
            unapplied.note("st.checkbox", "demo", True)
            unapplied.note("st.text_input", "demo", False)
            unapplied.note("st.text_input", "demo", True)
    messages = _warnings(caplog)
    assert messages == [
        "st.checkbox(demo=...) is accepted but not applied by rustlit: nothing happens.",
        "st.text_input(demo=...) is accepted but not applied by rustlit: nothing happens.",
    ]


def test_defaults_and_explicit_defaults_do_not_warn(make_app, caplog) -> None:
    app = make_app("""
        import streamlit as st
        st.checkbox("a", bind=None, persist_state=None, width="content")
        st.button("b", icon_position="left", shortcut=None, wrap=None)
        st.multiselect("m", ["x"], select_all=1000)
        st.container(horizontal=False, gap="small")
        with st.expander("e", on_change="ignore"):
            st.text_input("t", validate=None, type="password", required=False)
        st.tabs(["A"])
        st.markdown("x", text_alignment="left", wrap=True)
    """)
    with caplog.at_level(logging.WARNING, logger="streamlit.unapplied"):
        assert app.run() == 0
    assert _warnings(caplog) == []


def test_issue_parameters_warn(make_app, caplog) -> None:
    app = make_app("""
        import streamlit as st
        st.text_input("t", persist_state="session", key="t")
        st.metric("m", 1, format="%d")
        st.code("x", height=100)
        st.columns(2, wrap=False)
        st.checkbox("c", wrap=False)
        st.expander("e", on_change="rerun")
        st.tabs(["A"], on_change=lambda: None)
    """)
    with caplog.at_level(logging.WARNING, logger="streamlit.unapplied"):
        assert app.run() == 0
    said = {m.split(" is accepted")[0] for m in _warnings(caplog)}
    # Every parameter of these calls is applied now: nothing is reported.
    assert said == set()


def test_tabs_and_expander_with_state_tracking_still_render(make_app) -> None:
    app = make_app("""
        import streamlit as st
        a, b = st.tabs(["A", "B"], on_change="rerun", key="tabs", bind="query-params")
        b.text("in b")
        with st.expander("E", on_change="rerun", key="exp"):
            st.text("inside")
    """)
    assert app.run() == 0
    assert not app.of("exception")
    assert app.of("block_tab_container")[0]["key"] == "tabs"
    assert app.of("block_expandable")[0]["key"] == "exp"
    assert len(app.of("text")) == 2


@pytest.mark.parametrize("call", ["st.tabs(['A'], on_change=None)", "st.expander('e', on_change='sometimes')",
                                  "st.tabs(['A'], bind='url')"])
def test_tabs_and_expander_check_on_change_and_bind_as_1_67(make_app, call) -> None:
    app = make_app(f"import streamlit as st\n{call}\n")
    app.run()
    exc, = app.of("exception")
    assert exc["type"].endswith(".StreamlitValueError")


def test_width_is_applied_to_text_elements(make_app) -> None:
    app = make_app("""
        import streamlit as st
        st.info("i", width=300)
        st.caption("c", width="content")
        st.text("t")
        st.text("s", width="stretch")
        st.markdown("m")
        st.title("T", width="stretch")
        st.code("x", width=120)
        st.json({}, width=200)
        st.divider(width=50)
        st.exception(ValueError("v"), width=400)
    """)
    assert app.run() == 0
    sizes = [c.fields.get("width_config") for c in app.calls]
    # A command's default width is sent as nothing (the browser's registry knows st.text is
    # content-wide by default), so st.text("s", width="stretch") says so explicitly.
    assert sizes == [
        {"pixel_width": 300}, {"use_content": True}, None, {"use_stretch": True}, None, None,
        {"pixel_width": 120}, {"pixel_width": 200}, {"pixel_width": 50}, {"pixel_width": 400},
    ]


@pytest.mark.parametrize("call", ["st.error('e', width='content')", "st.text('t', width=0)",
                                  "st.markdown('m', width='wide')", "st.json({}, width=1.5)"])
def test_invalid_widths_raise_as_in_1_67(make_app, call) -> None:
    app = make_app(f"import streamlit as st\n{call}\n")
    app.run()
    exc, = app.of("exception")
    assert exc["type"].endswith(".StreamlitInvalidWidthError")


def _noted_in_package() -> set[tuple[str, str]]:
    """Every (command, parameter) a command hands to `unapplied.notes(...)`."""
    found = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "notes"
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "unapplied"
            ):
                command = node.args[0]
                assert isinstance(command, ast.Constant), path
                found |= {(command.value, k.arg) for k in node.keywords}
    return found


def test_every_row_is_noted_by_its_command_and_every_note_has_a_row() -> None:
    # A row no command notes would list a difference that is not there (or no longer is).
    assert _noted_in_package() == set(unapplied.TABLE)


def test_readme_lists_the_table() -> None:
    text = README.read_text(encoding="utf-8")
    assert unapplied.updated_readme(text) == text, (
        "README.md is out of date with streamlit/runtime/unapplied.py: run "
        "`python3 scripts/readme_unapplied.py`"
    )
