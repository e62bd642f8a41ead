"""st.container's layout options (horizontal rows, alignment, gap, width) and st.columns' gaps."""

from __future__ import annotations

import pytest


def test_a_vertical_container_sends_its_alignment_and_gap(make_app) -> None:
    app = make_app("""
        import streamlit as st
        with st.container(horizontal_alignment="center", vertical_alignment="distribute", gap="xlarge",
                          width=300, key="box"):
            st.button("a")
    """)
    assert app.run() == 0
    block = app.of("block_vertical")[0]
    assert block["justify"] == "space_between" and block["align"] == "center"
    assert block["gap"] == "xlarge" and block["width_config"] == {"pixel_width": 300}
    assert block["key"] == "box"


def test_a_horizontal_container_is_a_flex_row(make_app) -> None:
    app = make_app("""
        import streamlit as st
        with st.container(horizontal=True, horizontal_alignment="right", vertical_alignment="center",
                          gap=24, wrap=False):
            st.button("a")
            st.button("b")
    """)
    assert app.run() == 0
    row = app.of("block_horizontal")[0]
    assert row["flex"] is True and row["no_wrap"] is True
    assert row["justify"] == "end" and row["align"] == "center"
    assert row["gap"] == "" and row["gap_pixels"] == 24
    # Its children are elements, not columns.
    assert [e["label"] for e in app.of("button")] == ["a", "b"]
    assert app.of("block_column") == []


def test_distribute_across_the_cross_axis_is_left_to_the_default(make_app) -> None:
    app = make_app("""
        import streamlit as st
        st.container(horizontal_alignment="distribute")
    """)
    assert app.run() == 0
    block = app.of("block_vertical")[0]
    assert block["align"] == "" and block["justify"] == "start"


def test_no_gap_and_column_gaps(make_app) -> None:
    app = make_app("""
        import streamlit as st
        st.container(gap=None)
        st.columns(2, gap="xxsmall")
    """)
    assert app.run() == 0
    assert app.of("block_vertical")[0]["gap"] == "none"
    assert app.of("block_horizontal")[0]["gap"] == "xxsmall"
    assert {c["gap"] for c in app.of("block_column")} == {"xxsmall"}


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ('st.container(wrap=False)', "`wrap=False` and `horizontal=False` cannot be used together."),
        ('st.container(horizontal_alignment="middle")', "horizontal_alignment"),
        ('st.container(vertical_alignment="left")', "vertical_alignment"),
        ('st.container(gap="huge")', "gap"),
        ('st.container(gap=-1)', "gap"),
        ('st.container(width="wide")', "width"),
    ],
)
def test_bad_layout_arguments_fail_as_in_streamlit(make_app, call, message) -> None:
    app = make_app(f"""
        import streamlit as st
        {call}
    """)
    app.run()
    assert message in app.of("exception")[0]["message"]
