"""st.grid: a responsive grid whose direct children are cells, and grid.cell() for several
elements in one cell spanning tracks. The page decides how many tracks fit; Python only checks
the arguments as 1.67 does and sends them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import _rustlit
from streamlit.cursor import RunningCursor
from streamlit.elements.layouts import _gap
from streamlit.elements.size import height_config, width_config
from streamlit.errors import (
    StreamlitIncompatibleParametersError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
    StreamlitValueOutOfRangeError,
)

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator
    from streamlit.elements.lib.grid_container import GridContainer

_MAX_COLUMNS = 24
_UINT32_MAX = 2**32 - 1
_ALIGNMENTS = ("top", "center", "bottom")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def positive(parameter: str, value: Any, word: str) -> int:
    """`value` as a positive uint32; `word` is the string alternative ("auto", "content", "all")."""
    choices = [f'"{word}"', "a positive integer"] if word else ["a positive integer"]
    if isinstance(value, str):
        raise StreamlitValueError(parameter, choices, detail=f"Got {value!r}.")
    if not _is_int(value):
        raise StreamlitInvalidParameterTypeError(
            parameter, type(value).__name__, ["int", f'"{word}"'] if word else ["int"]
        )
    if value < 1:
        raise StreamlitValueError(parameter, choices, detail=f"Got {value!r}.")
    if value > _UINT32_MAX:
        raise StreamlitValueOutOfRangeError(parameter, value, 0, _UINT32_MAX)
    return int(value)


def _columns(columns: Any) -> int:
    """The declared track count; 0 for "auto"."""
    if isinstance(columns, str) and columns == "auto":
        return 0
    if isinstance(columns, str):
        raise StreamlitValueError("columns", ['"auto"', f"an integer from 1 to {_MAX_COLUMNS}"],
                                  detail=f"Got {columns!r}.")
    if not _is_int(columns):
        raise StreamlitInvalidParameterTypeError("columns", type(columns).__name__, ["int", '"auto"'])
    if not 1 <= columns <= _MAX_COLUMNS:
        raise StreamlitValueOutOfRangeError("columns", columns, 1, _MAX_COLUMNS)
    return int(columns)


def _gaps(gap: Any) -> dict[str, Any]:
    """Row and column gap fields: one gap for both, or a (row_gap, column_gap) pair."""
    if isinstance(gap, (tuple, list)):
        if len(gap) != 2:
            raise StreamlitValueError("gap", ["a gap size", "a 2-tuple or 2-list of (row_gap, column_gap)"],
                                      detail=f"Got a sequence with {len(gap)} elements.")
        row, column = gap
        row_fields = _gap(row, detail=f"Got {row!r} for the row gap in `gap`.")
        column_fields = _gap(column, detail=f"Got {column!r} for the column gap in `gap`.")
    else:
        row_fields = column_fields = _gap(gap)
    fields: dict[str, Any] = {"row_gap": row_fields["gap"], "column_gap": column_fields["gap"]}
    if "gap_pixels" in row_fields:
        fields["row_gap_pixels"] = row_fields["gap_pixels"]
    if "gap_pixels" in column_fields:
        fields["column_gap_pixels"] = column_fields["gap_pixels"]
    return fields


class GridMixin:
    __slots__ = ()

    def grid(
        self: DeltaGenerator, columns: Any = "auto", *, min_column_width: Any = "auto", wrap: bool = True,
        gap: Any = "small", vertical_alignment: str = "top", border: bool = False, row_height: Any = "content",
        width: Any = "stretch", height: Any = "content", key: Any = None, dense: bool = False,
    ) -> GridContainer:
        """Insert a responsive grid: each direct child is a cell, reflowing with the width."""
        for name, value in (("wrap", wrap), ("border", border), ("dense", dense)):
            if not isinstance(value, bool):
                raise StreamlitInvalidParameterTypeError(name, type(value).__name__, ["bool"])
        declared = _columns(columns)
        if declared == 0 and wrap is False:
            raise StreamlitIncompatibleParametersError(
                'columns="auto"', "wrap=False",
                explanation="`wrap=False` requires an explicit column count. Pass an integer, such as "
                "`st.grid(3, wrap=False)`.",
            )
        is_auto_width = isinstance(min_column_width, str) and min_column_width == "auto"
        min_width = 0 if is_auto_width else positive("min_column_width", min_column_width, "auto")
        gaps = _gaps(gap)
        if vertical_alignment not in _ALIGNMENTS:
            raise StreamlitValueError("vertical_alignment", [f"'{a}'" for a in _ALIGNMENTS],
                                      detail=f"Got {vertical_alignment!r}.")
        is_content = isinstance(row_height, str) and row_height == "content"
        row_px = 0 if is_content else positive("row_height", row_height, "content")
        sizes: dict[str, Any] = {}
        if (width_fields := width_config(width, allow_content=False)) is not None:
            sizes["width_config"] = width_fields
        if (height_fields := height_config(height, allow_content=True, default="content")) is not None:
            sizes["height_config"] = height_fields
        path = self._next_path()
        _rustlit.block_grid(
            path, key="" if key is None else str(key), allow_empty=True, columns=declared,
            min_column_width=min_width, no_wrap=not wrap, vertical_alignment=vertical_alignment,
            border=border, row_height=row_px, dense=dense, **gaps, **sizes,
        )
        # The container class subclasses DeltaGenerator, which imports this mixin.
        from streamlit.elements.lib.grid_container import GridContainer

        return GridContainer(path[0], RunningCursor(path), declared)
