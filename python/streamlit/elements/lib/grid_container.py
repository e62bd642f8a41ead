"""The container st.grid returns (1.67 keeps it at this module path too)."""

from __future__ import annotations

from typing import Any

import _rustlit
from streamlit.cursor import LockedCursor, RunningCursor
from streamlit.delta_generator import DeltaGenerator
from streamlit.elements.grid import positive
from streamlit.errors import StreamlitValueOutOfRangeError


class GridContainer(DeltaGenerator):
    """The container st.grid returns: a `with` block or method calls add cells; `cell()` groups
    several elements into one cell."""

    __slots__ = ("_declared_columns",)

    def __init__(self, root: int, cursor: RunningCursor | LockedCursor | None, declared_columns: int) -> None:
        super().__init__(root, cursor)
        self._declared_columns = declared_columns

    def cell(self, *, column_span: Any = 1, row_span: Any = 1) -> DeltaGenerator:
        """A cell holding several elements, spanning `column_span` tracks ("all": a row of its own)
        and `row_span` rows."""
        span_all = isinstance(column_span, str) and column_span == "all"
        span = 1 if span_all else positive("column_span", column_span, "all")
        if self._declared_columns and span > self._declared_columns:
            raise StreamlitValueOutOfRangeError("column_span", span, 1, self._declared_columns)
        rows = positive("row_span", row_span, "")
        path = self._next_path()
        _rustlit.block_grid_cell(
            path, key="", allow_empty=True, column_span=span, column_span_all=span_all, row_span=rows,
        )
        return self._block_dg(path)
