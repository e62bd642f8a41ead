"""Multipage apps: page naming rules, st.Page checks, page resolution,
st.switch_page and st.page_link (against the fake native module)."""

from __future__ import annotations

from pathlib import Path

import fake_rustlit
import pytest

from streamlit.elements.icons import split_leading_emoji
from streamlit.navigation import navigation as nav_module
from streamlit.navigation.page import page_icon_and_name, page_sort_key
from streamlit.runtime import entry
from streamlit.runtime.query_params import query_string_of


@pytest.fixture(autouse=True)
def _pages_folder_mode():
    """st.navigation switches the process out of `pages/` mode: undo it per test."""
    nav_module._app_calls_navigation = False
    yield
    nav_module._app_calls_navigation = False


@pytest.mark.parametrize(
    ("file", "icon", "name"),
    [
        ("02_📈_Plotting_Demo.py", "📈", "Plotting_Demo"),
        ("1 - My  page.py", "", "My_page"),
        ("07.py", "", "07"),
        ("plain.py", "", "plain"),
        ("3_🎉party.py", "🎉", "party"),
    ],
)
def test_a_file_name_gives_the_page_its_icon_and_url_name(file: str, icon: str, name: str) -> None:
    assert page_icon_and_name(Path(file)) == (icon, name)


def test_pages_sort_numbered_first_by_number_then_by_name() -> None:
    files = ["b.py", "10_x.py", "A.py", "2_a.py", "01_b.py"]
    assert sorted(files, key=lambda f: page_sort_key(Path(f))) == ["01_b.py", "2_a.py", "10_x.py", "A.py", "b.py"]


def test_a_leading_emoji_is_split_off_with_its_separator() -> None:
    assert split_leading_emoji("👩‍🔬_lab") == ("👩‍🔬", "lab")
    assert split_leading_emoji("lab_👩‍🔬") == ("", "lab_👩‍🔬")


def test_page_link_and_switch_page_take_query_params_as_st_query_params_does() -> None:
    assert query_string_of({"tab": ["1", "2"], "q": "x y"}) == "tab=1&tab=2&q=x+y"
    assert query_string_of("?a=1&a=2") == "a=1&a=2"
    assert query_string_of([("a", 1)]) == "a=1"
    with pytest.raises(Exception, match="cannot be set to a dictionary"):
        query_string_of({"a": {"b": 1}})


def _nav(app) -> dict:
    found = [fields for kind, fields in fake_rustlit.events if kind == "navigation"]
    assert found, "no navigation event"
    return found[-1]


def test_pages_folder_runs_the_page_the_browser_asked_for(app, tmp_path: Path) -> None:
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "1_one.py").write_text("import streamlit as st\nst.text('page one')\n")
    app.write("import streamlit as st\nst.text('main')\n")
    app.run(page=("", ""))
    nav = _nav(app)
    assert [p["page_name"] for p in nav["app_pages"]] == ["app", "one"]
    assert app.bodies() == ["main"]
    one = nav["app_pages"][1]["page_script_hash"]
    app.run(page=(one, ""))
    assert app.bodies() == ["page one"]
    # st.rerun-style runs stay on the page.
    app.run()
    assert app.bodies() == ["page one"]
    app.run(page=("", "one"))
    assert app.bodies() == ["page one"]
    app.run(page=("", "missing"))
    assert ("page_not_found", "missing") in fake_rustlit.events
    assert app.bodies() == ["main"]


def test_page_checks(make_app) -> None:
    cases = {
        "st.Page(lambda: None, title='x', url_path='a/b')": "contains a `/`",
        "st.Page('nope.py')": "could not be found",
        "st.Page('https://example.com')": "needs a title",
        "st.Page('https://example.com', title='x', default=True)": "cannot be used together",
        "st.navigation([])": "at least one",
        "st.navigation([st.Page(lambda: None, title='A', url_path='same'), st.Page(lambda: None, title='B', url_path='same')])":
            "unique URL pathname",
        "st.navigation([], position='left')": "Invalid `position` value",
    }
    for call, message in cases.items():
        app = make_app(f"import streamlit as st\n{call}\n")
        app.run(page=("", ""))
        errors = app.of("exception")
        assert errors, call
        assert message in errors[0]["message"], (call, errors[0]["message"])


def test_a_page_runs_only_when_navigation_returned_it(make_app) -> None:
    app = make_app(
        "import streamlit as st\n"
        "def a():\n    st.text('a ran')\n"
        "def b():\n    st.text('b ran')\n"
        "pg = st.navigation([st.Page(a), st.Page(b)])\n"
        "pg.run()\n"
        "st.Page(b).run()\n"
    )
    app.run(page=("", ""))
    assert app.bodies()[0] == "a ran"
    assert "cannot be called directly" in app.of("exception")[0]["message"]


def test_switch_page_and_page_link_name_pages_by_path(make_app, tmp_path: Path) -> None:
    (tmp_path / "other.py").write_text("import streamlit as st\nst.text('other page')\nst.page_link('app.py')\n")
    app = make_app(
        "import streamlit as st\n"
        "pg = st.navigation([st.Page('app_home.py', title='Home', icon='🏠'), st.Page('other.py')])\n"
        "pg.run()\n"
    )
    (tmp_path / "app_home.py").write_text(
        "import streamlit as st\n"
        "st.page_link('other.py', icon='➡️')\n"
        "st.page_link('https://example.com', label='Docs')\n"
        "if st.session_state.get('go'):\n    st.switch_page('other.py')\n"
    )
    app.run(page=("", ""))
    internal, external = app.of("page_link")
    assert (internal["label"], internal["page"], internal["icon"], internal["external"]) == ("other", "other", "➡️", False)
    assert (external["page"], external["external"]) == ("https://example.com", True)
    app.session.state["go"] = True
    assert app.run(page=("", ""), query_string="a=1&embed=true") == entry.RERUN
    assert fake_rustlit.page_infos[-1] == "embed=true"
    app.session.state["go"] = False
    app.run()
    assert app.bodies() == ["other page"]
    # app.py is not one of this app's pages (st.navigation lists its own).
    assert "Could not find page: `app.py`" in app.of("exception")[0]["message"]
