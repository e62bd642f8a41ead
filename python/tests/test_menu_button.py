"""st.menu_button: the chosen option for exactly the run the choice caused, callbacks, errors."""

from __future__ import annotations

import pytest


def test_a_choice_is_returned_once(make_app) -> None:
    app = make_app("""
        import streamlit as st
        fmt = {1: "One", 2: "Two"}
        st.write(f"chose {st.menu_button('Pick', [1, 2], format_func=fmt.get, key='m')!r}")
    """)
    assert app.run() == 0
    el = app.of("menu_button")[0]
    assert el["options"] == ["One", "Two"] and el["type"] == "secondary"
    assert "default" not in el["widget"]
    assert app.bodies() == ["chose None"]
    assert app.run([(el["widget"]["id"], "string_trigger", "Two")]) == 0
    assert app.bodies() == ["chose 2"]
    assert app.run() == 0
    assert app.bodies() == ["chose None"]


def test_the_callback_sees_the_choice(make_app) -> None:
    app = make_app("""
        import streamlit as st
        def chosen():
            st.session_state.log = st.session_state.m
        st.menu_button("Pick", ["a", "b"], key="m", on_click=chosen)
        st.write(st.session_state.get("log", "none"))
    """)
    assert app.run() == 0
    wid = app.of("menu_button")[0]["widget"]["id"]
    assert app.run([(wid, "string_trigger", "b")]) == 0
    assert app.bodies() == ["b"]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ('st.menu_button("M", [])', "The `options` parameter is required. Provide at least one option."),
        ('st.menu_button("M", ["a"], type="big")', "Invalid `type` value."),
        ('st.menu_button("M", [1, 2], format_func=lambda _: "same")', "produced duplicate labels"),
        ('with st.form("f"):\n            st.menu_button("M", ["a"])', "can't be used in an `st.form()`"),
    ],
)
def test_bad_arguments_fail_as_in_streamlit(make_app, call, message) -> None:
    app = make_app(f"""
        import streamlit as st
        {call}
    """)
    app.run()
    assert message in app.of("exception")[0]["message"]
