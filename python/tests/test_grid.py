"""st.grid and grid.cell(): the arguments as the page receives them, and 1.67's errors."""

from __future__ import annotations

import pytest


def test_a_grid_and_its_cells(make_app) -> None:
    app = make_app("""
        import streamlit as st
        g = st.grid(3, min_column_width=150, gap=("large", 8), vertical_alignment="center", border=True,
                    row_height=120, key="cards", dense=True)
        for i in range(4):
            g.metric(f"m{i}", i)
        with g.cell(column_span=2, row_span=2):
            st.write("wide")
        g.cell(column_span="all").write("row")
    """)
    assert app.run() == 0
    grid = app.of("block_grid")[0]
    assert grid["columns"] == 3 and grid["min_column_width"] == 150 and grid["no_wrap"] is False
    assert grid["row_gap"] == "large" and grid["column_gap"] == "" and grid["column_gap_pixels"] == 8
    assert grid["vertical_alignment"] == "center" and grid["border"] is True
    assert grid["row_height"] == 120 and grid["dense"] is True and grid["key"] == "cards"
    cells = app.of("block_grid_cell")
    assert [(c["column_span"], c["column_span_all"], c["row_span"]) for c in cells] == [(2, False, 2), (1, True, 1)]
    # Direct children of the grid sit at its path; a cell's children inside the cell.
    grid_path = grid.path
    assert [m.path[:-1] for m in app.of("metric")] == [grid_path] * 4
    assert app.of("markdown")[0].path[:-1] == cells[0].path


def test_auto_grid_defaults(make_app) -> None:
    app = make_app("""
        import streamlit as st
        with st.grid():
            st.write("a")
    """)
    assert app.run() == 0
    grid = app.of("block_grid")[0]
    assert grid["columns"] == 0 and grid["min_column_width"] == 0 and grid["row_height"] == 0
    assert grid["row_gap"] == grid["column_gap"] == "small"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.grid(0)", "The `columns` parameter, set to 0, is outside the required range [1, 24]."),
        ("st.grid(25)", "[1, 24]"),
        ('st.grid("four")', 'Invalid `columns` value. Supported values: "auto", an integer from 1 to 24.'),
        ("st.grid(2.5)", "Invalid `columns` type."),
        ("st.grid(wrap=False)", '`columns="auto"` and `wrap=False` cannot be used together.'),
        ("st.grid(min_column_width=0)", "Invalid `min_column_width` value."),
        ("st.grid(gap=(1, 2, 3))", "Got a sequence with 3 elements."),
        ('st.grid(gap=("small", "huge"))', "Got 'huge' for the column gap in `gap`."),
        ('st.grid(vertical_alignment="middle")', "Invalid `vertical_alignment` value."),
        ('st.grid(row_height="auto")', "Invalid `row_height` value."),
        ("st.grid(3).cell(column_span=4)", "The `column_span` parameter, set to 4, is outside the required range [1, 3]."),
        ("st.grid().cell(row_span=0)", "Invalid `row_span` value."),
        ('st.grid(border="yes")', "Invalid `border` type."),
    ],
)
def test_bad_grid_arguments_fail_as_in_streamlit(make_app, call, message) -> None:
    app = make_app(f"""
        import streamlit as st
        {call}
    """)
    app.run()
    assert message in app.of("exception")[0]["message"]


def test_the_module_path_packages_import() -> None:
    from streamlit.elements.lib.grid_container import GridContainer

    assert callable(GridContainer.cell)
