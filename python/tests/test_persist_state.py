"""persist_state: a keyed widget's value outlives runs that skip it ("session"), or only while the
viewer stays on its page ("page"); 1.67's errors (against the fake native module)."""

from __future__ import annotations

import pytest

from streamlit.navigation import navigation as nav_module


@pytest.fixture(autouse=True)
def _pages_folder_mode():
    """st.navigation switches the process out of `pages/` mode: undo it per test."""
    nav_module._app_calls_navigation = False
    yield
    nav_module._app_calls_navigation = False


HIDE_AND_SHOW = """
    import streamlit as st
    if st.checkbox("show", value=True, key="show"):
        st.text_input("kept", key="kept", persist_state="session")
        st.text_input("page", key="page", persist_state="page")
        st.text_input("plain", key="plain")
"""


def test_a_hidden_widget_keeps_its_value_only_with_persist_state(make_app) -> None:
    app = make_app(HIDE_AND_SHOW)
    app.run()
    show, kept, page, plain = (app.widget(label)["id"] for label in ("show", "kept", "page", "plain"))
    typed = [(kept, "string", "Ann"), (page, "string", "Bea"), (plain, "string", "Cy")]
    app.run([(show, "bool", True), *typed])
    # Hidden: the persisted values stay readable under their keys; the plain one is gone.
    app.run([(show, "bool", False), *typed])
    assert app.state == {"show": False, "kept": "Ann", "page": "Bea"}
    app.run([(show, "bool", False)])
    assert app.state == {"show": False, "kept": "Ann", "page": "Bea"}
    # Shown again (the browser holds no value for them): the page is told the kept values.
    app.run([(show, "bool", True)])
    assert (app.widget("kept")["value"], app.widget("kept")["set_value"]) == ("Ann", True)
    assert (app.widget("page")["value"], app.widget("page")["set_value"]) == ("Bea", True)
    assert not app.widget("plain")["set_value"] and not app.widget("plain").fields.get("value")
    assert app.state == {"show": True, "kept": "Ann", "page": "Bea", "plain": ""}


TWO_PAGES = """
    import streamlit as st
    def form():
        st.text_input("kept", key="kept", persist_state="session")
        st.text_input("page", key="page", persist_state="page")
    def other():
        st.text("other page")
    st.navigation([st.Page(form), st.Page(other)]).run()
"""


def test_a_page_scoped_value_goes_with_a_page_change_and_a_session_one_comes_back(make_app) -> None:
    app = make_app(TWO_PAGES)
    app.run(page=("", ""))
    kept, page = app.widget("kept")["id"], app.widget("page")["id"]
    typed = [(kept, "string", "Ann"), (page, "string", "Bea")]
    app.run(typed, page=("", "form"))
    app.run(typed, page=("", "other"))
    assert app.bodies() == ["other page"]
    assert app.state == {"kept": "Ann"}
    app.run([], page=("", "form"))
    assert (app.widget("kept")["value"], app.widget("kept")["set_value"]) == ("Ann", True)
    # Coming back does not restore a "page" value.
    assert not app.widget("page")["set_value"] and not app.widget("page").fields.get("value")


def test_switch_page_keeps_session_values_too(make_app) -> None:
    app = make_app("""
        import streamlit as st
        def form():
            st.text_input("kept", key="kept", persist_state="session")
            st.text_input("page", key="page", persist_state="page")
            if st.button("go"):
                st.switch_page(st.Page(other))
        def other():
            st.text("other page")
        st.navigation([st.Page(form), st.Page(other)]).run()
    """)
    app.run(page=("", ""))
    kept, page, go = (app.widget(label)["id"] for label in ("kept", "page", "go"))
    app.run([(kept, "string", "Ann"), (page, "string", "Bea"), (go, "trigger", True)], page=("", "form"))
    app.run()  # the run st.switch_page asked for
    assert app.bodies() == ["other page"]
    assert app.state == {"kept": "Ann"}


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ('st.checkbox("a", key="a", persist_state="forever")',
         "Invalid `persist_state` value. Supported values: 'page', 'session', None."),
        ('st.slider("a", persist_state="page")',
         "The `key` parameter is required. When using persist_state, the widget must have a unique 'key' "
         "parameter specified so its value can be preserved across reruns and page switches."),
    ],
)
def test_persist_state_fails_as_in_streamlit(make_app, call: str, message: str) -> None:
    app = make_app(f"""
        import streamlit as st
        {call}
    """)
    app.run()
    assert app.of("exception")[0]["message"] == message
