"""Containers: columns, container, expander, empty (placeholders), and st.space."""

from __future__ import annotations

from collections.abc import Sequence
from numbers import Real
from typing import TYPE_CHECKING, Any

import _rustlit
from streamlit.elements.size import width_config
from streamlit.errors import (
    StreamlitIncompatibleParametersError,
    StreamlitInvalidColumnSpecError,
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)
from streamlit.runtime import unapplied

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

_GAPS = ("small", "medium", "large")
# st.space's named sizes in rem, as 1.67 sends them (a label's height is
# "small", a button's "medium", a labelled input's "large").
_SPACE_REM = {"xxsmall": 0.25, "xsmall": 0.5, "small": 0.75, "medium": 2.5, "large": 4.25, "xlarge": 6, "xxlarge": 8}
_SPACE_CHOICES = ["'stretch'", *(f"'{name}'" for name in _SPACE_REM), "a positive integer"]
_ALIGNMENTS = ("top", "center", "bottom")


_GAP_NAMES = ("xxsmall", "xsmall", "small", "medium", "large", "xlarge", "xxlarge")
_GAP_CHOICES = [*(f"'{g}'" for g in _GAP_NAMES), "None", "a non-negative integer (pixels)"]
_UINT32_MAX = 2**32 - 1


def _gap(gap: Any, *, detail: str | None = None) -> dict[str, Any]:
    """The `gap` (a size name or "none") and `gap_pixels` fields for 1.67's `gap` argument."""
    if isinstance(gap, int) and not isinstance(gap, bool) and 0 <= gap <= _UINT32_MAX:
        return {"gap": "", "gap_pixels": gap}
    if gap is None:
        return {"gap": "none"}
    if isinstance(gap, str) and gap.lower() in _GAP_NAMES:
        return {"gap": gap.lower()}
    raise StreamlitValueError("gap", _GAP_CHOICES, detail=f"Got {gap!r}." if detail is None else detail)


# 1.67's alignment words as flexbox terms ("distribute" spreads the children out).
_FLEX_TERMS = {"left": "start", "top": "start", "center": "center", "right": "end", "bottom": "end",
               "distribute": "space_between"}
_HORIZONTAL_ALIGNMENTS = ("left", "center", "right", "distribute")
_VERTICAL_ALIGNMENTS = ("top", "center", "bottom", "distribute")


def _alignment(parameter: str, value: Any, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise StreamlitValueError(parameter, [f"'{a}'" for a in allowed], detail=f"Got {value!r}.")
    return _FLEX_TERMS[value]


def _cross_axis(term: str) -> str:
    """Flexbox cannot distribute along the cross axis; 1.67 leaves it undefined (stretch)."""
    return "" if term == "space_between" else term


def _weights(spec: int | Sequence[float]) -> list[float]:
    if isinstance(spec, Real) and not isinstance(spec, bool):
        if spec != int(spec) or int(spec) <= 0:
            raise StreamlitInvalidColumnSpecError()
        return [1.0] * int(spec)
    if isinstance(spec, Sequence) and not isinstance(spec, str):
        weights = list(spec)
        if not weights or not all(isinstance(w, Real) and not isinstance(w, bool) and w > 0 for w in weights):
            raise StreamlitInvalidColumnSpecError()
        return [float(w) for w in weights]
    raise StreamlitInvalidColumnSpecError()


def _check_state_tracking(on_change: Any, bind: Any) -> None:
    """1.67's checks of an expander's or tabs' `on_change` and `bind` (None is no mode here)."""
    if not callable(on_change) and not (isinstance(on_change, str) and on_change in ("rerun", "ignore")):
        raise StreamlitValueError("on_change", ["'rerun'", "'ignore'", "a callback function"])
    if bind is not None and bind != "query-params":
        raise StreamlitValueError("bind", ["'query-params'", "None"])


def _block_width(width: Any) -> dict[str, Any]:
    """`width_config` for a container's `width` ("stretch", "content" or pixels)."""
    config = width_config(width, allow_content=True)
    return {} if config is None else {"width_config": config}


def _height_px(height: Any) -> int:
    """Pixel height of a scrolling container, 0 for content-sized."""
    if height is None or height == "content" or height == "stretch":
        return 0
    if isinstance(height, int) and not isinstance(height, bool) and height > 0:
        return height
    raise StreamlitValueError("height", ["a positive integer (pixels)", "'stretch'", "'content'"])


class LayoutsMixin:
    __slots__ = ()

    def container(
        self: DeltaGenerator, *, border: bool | None = None, key: Any = None, width: Any = "stretch",
        height: Any = "content", horizontal: bool = False, wrap: bool = True,
        horizontal_alignment: str = "left", vertical_alignment: str = "top", gap: str | None = "small",
        autoscroll: bool | None = None,
    ) -> DeltaGenerator:
        """Insert a multi-element container; use it in a `with` block or call methods on it."""
        unapplied.notes("st.container", autoscroll=autoscroll)
        gap_fields = _gap(gap)
        main_h = _alignment("horizontal_alignment", horizontal_alignment, _HORIZONTAL_ALIGNMENTS)
        main_v = _alignment("vertical_alignment", vertical_alignment, _VERTICAL_ALIGNMENTS)
        if wrap is False and not horizontal:
            raise StreamlitIncompatibleParametersError(
                "wrap=False", "horizontal=False",
                explanation=(
                    "A vertical container has no horizontal row of elements to keep in a single, scrolling "
                    "row. Set `horizontal=True` to use `wrap=False`, or remove the `wrap` argument."
                ),
            )
        width_fields = _block_width(width)
        px = _height_px(height)
        show_border = bool(border) if border is not None else px > 0
        path = self._next_path()
        user_key = "" if key is None else str(key)
        if horizontal:
            # A row of elements at their natural widths (1.67's horizontal flex container), wrapping
            # onto more rows unless `wrap=False` (then it scrolls sideways).
            _rustlit.block_horizontal(
                path, key=user_key, allow_empty=True, flex=True, no_wrap=not wrap, justify=main_h,
                align=_cross_axis(main_v), border=show_border, height=px, **gap_fields, **width_fields,
            )
        else:
            _rustlit.block_vertical(
                path, key=user_key, allow_empty=True, border=show_border, height=px, justify=main_v,
                align=_cross_axis(main_h), **gap_fields, **width_fields,
            )
        return self._block_dg(path)

    def columns(
        self: DeltaGenerator, spec: int | Sequence[float], *, gap: str | None = "small",
        vertical_alignment: str = "top", border: bool = False, width: Any = "stretch", wrap: bool = True,
    ) -> list[DeltaGenerator]:
        """Insert side-by-side columns; `spec` is a count or a list of relative widths."""
        unapplied.notes("st.columns", width=width, wrap=wrap)
        weights = _weights(spec)
        gap_fields = _gap(gap)
        gap_name = gap_fields["gap"]
        if vertical_alignment not in _ALIGNMENTS:
            raise StreamlitValueError("vertical_alignment", [f"'{a}'" for a in _ALIGNMENTS])
        total = sum(weights)
        path = self._next_path()
        _rustlit.block_horizontal(path, key="", allow_empty=False, **gap_fields)
        cols = []
        for i, w in enumerate(weights):
            col_path = (*path, i)
            _rustlit.block_column(
                col_path, key="", allow_empty=True, weight=w / total, gap=gap_name,
                vertical_alignment=vertical_alignment, border=bool(border),
            )
            cols.append(self._block_dg(col_path))
        return cols

    def expander(
        self: DeltaGenerator, label: str, expanded: bool = False, *, key: Any = None, icon: str | None = None,
        type: str = "default", width: Any = "stretch", on_change: Any = "ignore", args: Any = None,
        kwargs: Any = None, bind: Any = None,
    ) -> DeltaGenerator:
        """Insert a collapsible container with a label."""
        if label is None:
            raise StreamlitValueError("label", ["a non-empty string"])
        _check_state_tracking(on_change, bind)
        from streamlit.elements.lib.status_container import check_type

        kind = check_type(type)
        unapplied.notes("st.expander", type=type, width=width, on_change=on_change, bind=bind)
        path = self._next_path()
        _rustlit.block_expandable(
            path, key="" if key is None else str(key), allow_empty=True, label=str(label),
            expanded=bool(expanded), icon=icon or "", state="NOT_STATUS", type=kind,
        )
        return self._block_dg(path)

    def popover(
        self: DeltaGenerator, label: str, *, type: str = "secondary", help: str | None = None, icon: str | None = None,
        disabled: bool = False, use_container_width: bool | None = None, width: Any = "content", wrap: Any = None,
        key: Any = None, on_change: Any = "ignore", args: Any = None, kwargs: Any = None,
    ) -> DeltaGenerator:
        """A button that opens a floating container; write into it with `with` or its methods."""
        from streamlit.elements.icons import validate_icon
        from streamlit.elements.size import width_config

        if label is None:
            raise StreamlitMissingRequiredParameterError("label")
        if use_container_width is not None:
            width = "stretch" if use_container_width else "content"
        if type not in ("primary", "secondary", "tertiary"):
            raise StreamlitValueError("type", ["'primary'", "'secondary'", "'tertiary'"])
        _check_state_tracking(on_change, None)
        unapplied.notes("st.popover", on_change=on_change, wrap=wrap)
        path = self._next_path()
        _rustlit.block_popover(
            path, key="" if key is None else str(key), allow_empty=True, label=str(label), type=type,
            help="" if help is None else str(help), icon=validate_icon(icon), disabled=bool(disabled),
            width_config=width_config(width, allow_content=True, default="content"),
        )
        return self._block_dg(path)

    def status(
        self: DeltaGenerator, label: str, *, expanded: bool = False, state: str = "running", type: str = "default",
        width: Any = "stretch",
    ) -> Any:
        """A container for the output of long-running work, with a label, an icon for its state and `update()`."""
        from streamlit.elements.lib.status_container import StatusContainer, check_state, check_type
        from streamlit.elements.size import width_config

        kind = check_type(type)
        check_state(state)
        size = width_config(width, allow_content=False, default="stretch")
        unapplied.notes("st.status", type=type)
        return StatusContainer.create(self._next_path(), label or "", bool(expanded), state, kind, size)

    def tabs(
        self: DeltaGenerator, tabs: Any, *, width: Any = "stretch", height: Any = "content", default: str | None = None,
        key: Any = None, on_change: Any = "ignore", args: Any = None, kwargs: Any = None, bind: Any = None,
    ) -> list[DeltaGenerator]:
        """Insert tabs: one container per label, shown one at a time."""
        if not tabs:
            raise StreamlitMissingRequiredParameterError("tabs", detail="Provide at least one tab label.")
        labels = list(tabs)
        if default and default not in labels:
            raise StreamlitValueError(
                "default", ["a tab label from `tabs`"], detail=f"`{default}` is not in the list of tabs."
            )
        for label in labels:
            if not isinstance(label, str):
                raise StreamlitInvalidParameterTypeError("tabs", type(label).__name__, ["a string for each tab label"])
        _check_state_tracking(on_change, bind)
        unapplied.notes("st.tabs", width=width, height=height, on_change=on_change, bind=bind)
        path = self._next_path()
        _rustlit.block_tab_container(
            path, key="" if key is None else str(key), allow_empty=False,
            default_index=labels.index(default) if default else 0,
        )
        bar = self._block_dg(path)
        result = []
        for label in labels:
            tab_path = bar._next_path()
            _rustlit.block_tab(tab_path, key="", allow_empty=True, label=label)
            result.append(self._block_dg(tab_path))
        return result

    def empty(self: DeltaGenerator) -> DeltaGenerator:
        """Insert a single-element placeholder; writing to it replaces its content."""
        path = self._next_path()
        _rustlit.empty(path)
        return self._element(path)

    def space(self: DeltaGenerator, size: Any = "small") -> DeltaGenerator:
        """Add room along the parent container's direction: a named size, "stretch" or pixels."""
        if isinstance(size, str) and size == "stretch":
            fields: dict[str, Any] = {"stretch": True}
        elif isinstance(size, str) and size in _SPACE_REM:
            fields = {"rem": float(_SPACE_REM[size])}
        elif isinstance(size, int) and size > 0:  # bool too, as in 1.67
            fields = {"pixels": int(size)}
        else:
            raise StreamlitValueError("size", _SPACE_CHOICES, detail=f"Got {size!r}.")
        path = self._next_path()
        _rustlit.space(path, **fields)
        return self._element(path)
