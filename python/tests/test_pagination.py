"""st.pagination: the page as an int, callbacks, session state, and 1.67's errors."""

from __future__ import annotations

import pytest


def test_the_default_page_then_the_browser_value(make_app) -> None:
    app = make_app("""
        import streamlit as st
        st.write(f"page {st.pagination(10, default=4, max_visible_pages=5, key='p')}")
    """)
    assert app.run() == 0
    el = app.of("pagination")[0]
    assert el["num_pages"] == 10 and el["max_visible_pages"] == 5 and el["ignore_rerun"] is False
    assert el["widget"]["default"] == {"int_value": 4}
    assert app.bodies() == ["page 4"]
    assert app.run([(el["widget"]["id"], "int_value", 9)]) == 0
    assert app.bodies() == ["page 9"]
    assert app.state["p"] == 9


def test_a_page_beyond_a_shrunk_count_falls_back_to_the_default(make_app) -> None:
    app = make_app("""
        import streamlit as st
        st.write(f"page {st.pagination(st.session_state.get('n', 10), key='p')}")
    """)
    assert app.run() == 0
    wid = app.of("pagination")[0]["widget"]["id"]
    assert app.run([(wid, "int_value", 8)]) == 0
    assert app.bodies() == ["page 8"]


def test_responsive_and_ignore(make_app) -> None:
    app = make_app("""
        import streamlit as st
        st.pagination(3, max_visible_pages=None, on_change="ignore", width=200)
    """)
    assert app.run() == 0
    el = app.of("pagination")[0]
    assert "max_visible_pages" not in el.fields and el["ignore_rerun"] is True
    assert el["width_config"] == {"pixel_width": 200}


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.pagination(0)", "`num_pages` must be an integer of at least 1. Got 0."),
        ("st.pagination(True)", "`num_pages` must be an integer of at least 1. Got True."),
        ("st.pagination(5, default=0)", "The `default` parameter, set to 0, is outside the required range [1, 5]."),
        ("st.pagination(5, default=2.0)", "Invalid `default` type."),
        ("st.pagination(5, max_visible_pages=-2)", "`max_visible_pages` must be a non-negative integer or None."),
    ],
)
def test_bad_arguments_fail_as_in_streamlit(make_app, call, message) -> None:
    app = make_app(f"""
        import streamlit as st
        {call}
    """)
    app.run()
    assert message in app.of("exception")[0]["message"]


def test_a_bound_pagination_starts_from_the_url_and_drops_pages_it_cannot_show(make_app) -> None:
    import fake_rustlit

    script = """
        import streamlit as st
        st.write(f"page {st.pagination(10, key='page', bind='query-params')}")
    """
    app = make_app(script)
    assert app.run(query_string="page=7") == 0
    assert app.bodies() == ["page 7"]
    assert app.of("pagination")[0]["widget"]["query_param_key"] == "page"
    fresh = make_app(script)
    assert fresh.run(query_string="page=42&keep=1") == 0
    assert fresh.bodies() == ["page 1"]
    assert fake_rustlit.page_infos[-1] == "keep=1"
