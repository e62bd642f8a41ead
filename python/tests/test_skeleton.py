"""st.skeleton: sizes, the placeholder it returns, the context manager, and 1.67's errors."""

from __future__ import annotations

import pytest


def test_sizes_and_the_placeholder(make_app) -> None:
    app = make_app("""
        import streamlit as st
        st.skeleton()
        st.skeleton(height=120, width=300)
        st.skeleton(height="stretch")
        st.skeleton(height=50).write("filled")
    """)
    assert app.run() == 0
    plain, sized, stretched, _filled = app.of("skeleton")
    assert plain["style"] == "ELEMENT" and "height_config" not in plain.fields
    assert sized["height_config"] == {"pixel_height": 120} and sized["width_config"] == {"pixel_width": 300}
    assert stretched["height_config"] == {"use_stretch": True}
    assert app.bodies() == ["filled"]


def test_as_a_context_manager_it_leaves_an_empty_slot(make_app) -> None:
    app = make_app("""
        import streamlit as st
        with st.skeleton():
            st.write("inside")
        st.write("after")
    """)
    import fake_rustlit

    held = len(fake_rustlit.held_delays)
    assert app.run() == 0
    assert [n["kind"] for n in fake_rustlit.tree().values()] == ["empty", "markdown", "markdown"]
    # The `with` form's skeleton is held back half a second, as in 1.67.
    assert fake_rustlit.held_delays[held:] == [500]


def test_a_with_subject_skips_the_write_it_would_clear(make_app) -> None:
    app = make_app("""
        import streamlit as st
        with st.skeleton(height=80) as held:
            st.write("inside")
        kept = st.skeleton()
        with kept:
            pass
    """)
    import fake_rustlit

    assert app.run() == 0
    writes = [(c.name, c.path) for c in fake_rustlit.calls if c.name in ("skeleton", "empty")]
    first, second = (0, 0), (0, 2)
    # `with st.skeleton():` sends no skeleton before the held one (a busy page could flash it);
    # a placeholder kept in a variable showed at once, so entering it clears it, as in 1.67.
    # (The fake runtime reports every held skeleton as shown, so each exit clears it.)
    assert writes == [
        ("empty", first), ("skeleton", first), ("empty", first),
        ("skeleton", second), ("empty", second), ("skeleton", second), ("empty", second),
    ]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ('st.skeleton(height="content")',
         "Invalid height value: 'content'. Height must be either a positive integer (pixels) or 'stretch'."),
        ("st.skeleton(height=0)", "Invalid height value: 0. Height must be either a positive integer (pixels) or 'stretch'."),
        ('st.skeleton(width="content")',
         "Invalid width value: 'content'. Width must be either a positive integer (pixels) or 'stretch'."),
    ],
)
def test_bad_sizes_fail_as_in_streamlit(make_app, call, message) -> None:
    app = make_app(f"""
        import streamlit as st
        {call}
    """)
    app.run()
    assert message in app.of("exception")[0]["message"]
