"""Containers: columns, container, expander, empty (placeholders), and st.space."""

from __future__ import annotations

from collections.abc import Sequence
from numbers import Real
from typing import TYPE_CHECKING, Any

import _rustlit
from streamlit.elements.form_context import current_form_id
from streamlit.elements.size import config_fields, height_config, width_config
from streamlit.elements.widgets.common import Registered, check_session_state_rules, register
from streamlit.errors import (
    StreamlitIncompatibleParametersError,
    StreamlitInvalidColumnSpecError,
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)
from streamlit.runtime.run_context import get_ctx
from streamlit.runtime.state_proxy import get_session_state
from streamlit.runtime.widget_ids import compute_element_id, register_element_id

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator
    from streamlit.elements.lib.open_containers import ExpanderContainer, PopoverContainer, TabContainer


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


def _register_container(
    dg: DeltaGenerator, element_type: str, key: str | None, identity: dict[str, Any], kind: str, default: Any,
    on_change: Any, args: Any, kwargs: Any, bind: Any, *, disabled: bool = False, options: list[str] | None = None,
) -> Registered:
    """A container that tracks its state (1.67: `on_change` other than "ignore", or `bind`): a widget
    whose value is the open state (expander, popover) or the selected label (tabs)."""
    callback = on_change if callable(on_change) else None
    check_session_state_rules(None, key)

    def deserialize(raw: Any) -> Any:
        return default if raw is None else raw

    return register(
        element_type, user_key=key, dg=dg, key_as_main_identity=False, identity=identity, kind=kind,
        deserializer=deserialize, serializer=lambda v: v, callback=callback,
        args=args if callback else None, kwargs=kwargs if callback else None, disabled=disabled,
        bind=bind, clearable=False, options=options,
    )


def _claim_key(dg: DeltaGenerator, element_type: str, key: str, identity: dict[str, Any]) -> None:
    """A keyed container that tracks no state still claims its key (a second one is a duplicate)."""
    ctx = get_ctx()
    wid = compute_element_id(element_type, key, False, dg._root, identity, form_id=current_form_id(dg))
    register_element_id(ctx, element_type, wid, key)


def _block_width(width: Any, *, allow_content: bool = True) -> dict[str, Any]:
    """`width_config` for a block's `width`: "stretch", pixels, and "content" where 1.67 allows it."""
    return config_fields(width_config(width, allow_content=allow_content))


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
                **({} if autoscroll is None else {"autoscroll": bool(autoscroll)}),
            )
        return self._block_dg(path)

    def columns(
        self: DeltaGenerator, spec: int | Sequence[float], *, gap: str | None = "small",
        vertical_alignment: str = "top", border: bool = False, width: Any = "stretch", wrap: bool = True,
    ) -> list[DeltaGenerator]:
        """Insert side-by-side columns; `spec` is a count or a list of relative widths."""
        weights = _weights(spec)
        if not isinstance(wrap, bool):  # 1.67 checks it right after the spec
            raise StreamlitValueError("wrap", ["True", "False"])
        gap_fields = _gap(gap)
        gap_name = gap_fields["gap"]
        if vertical_alignment not in _ALIGNMENTS:
            raise StreamlitValueError("vertical_alignment", [f"'{a}'" for a in _ALIGNMENTS])
        size = _block_width(width, allow_content=False)
        total = sum(weights)
        path = self._next_path()
        # wrap=False: the columns never stack on a narrow screen; they shrink to a minimum and the row scrolls.
        no_wrap = {} if wrap else {"no_wrap": True}
        _rustlit.block_horizontal(path, key="", allow_empty=False, **gap_fields, **no_wrap, **size)
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
    ) -> ExpanderContainer:
        """Insert a collapsible container with a label; with `on_change` or `bind` its open state is a widget."""
        if label is None:
            raise StreamlitValueError("label", ["a non-empty string"])
        _check_state_tracking(on_change, bind)
        from streamlit.elements.lib.status_container import check_type

        kind = check_type(type)
        size = _block_width(width, allow_content=False)
        key = None if key is None else str(key)
        dg = self._active()
        stateful = on_change != "ignore" or bind is not None
        current: bool = bool(expanded)
        fields: dict[str, Any] = {}
        if stateful:
            reg = _register_container(
                dg, "expander", key,
                {"label": label, "expanded": expanded, "icon": icon, "width": width, "type": type},
                "bool", bool(expanded), on_change, args, kwargs, bind,
            )
            current = bool(reg.value)
            fields["id"] = reg.id
            if reg.query_param_key is not None:
                fields["query_param_key"] = reg.query_param_key
                fields["default_expanded"] = bool(expanded)
        elif key is not None:
            _claim_key(dg, "expander", key, {"type": type})
        path = dg._next_path()
        _rustlit.block_expandable(
            path, key="" if key is None else key, allow_empty=True, label=str(label),
            expanded=current, icon=icon or "", state="NOT_STATUS", type=kind, **fields, **size,
        )
        from streamlit.elements.lib.open_containers import ExpanderContainer

        return ExpanderContainer.at(path, current if stateful else None)

    def popover(
        self: DeltaGenerator, label: str, *, type: str = "secondary", help: str | None = None, icon: str | None = None,
        disabled: bool = False, use_container_width: bool | None = None, width: Any = "content", wrap: Any = None,
        key: Any = None, on_change: Any = "ignore", args: Any = None, kwargs: Any = None,
    ) -> PopoverContainer:
        """A button that opens a floating container; write into it with `with` or its methods.
        With `on_change` other than "ignore" its open state is a widget."""
        from streamlit.elements.icons import validate_icon

        if label is None:
            raise StreamlitMissingRequiredParameterError("label")
        if use_container_width is not None:
            width = "stretch" if use_container_width else "content"
        if type not in ("primary", "secondary", "tertiary"):
            raise StreamlitValueError("type", ["'primary'", "'secondary'", "'tertiary'"])
        _check_state_tracking(on_change, None)
        key = None if key is None else str(key)
        dg = self._active()
        stateful = on_change != "ignore"
        current = False
        fields: dict[str, Any] = {}
        if stateful:
            reg = _register_container(
                dg, "popover", key,
                {"label": label, "type": type, "help": help, "icon": icon, "disabled": disabled, "width": width},
                "bool", False, on_change, args, kwargs, None, disabled=bool(disabled),
            )
            current = bool(reg.value)
            fields = {"id": reg.id, "open": current}
        elif key is not None:
            _claim_key(dg, "popover", key, {})
        path = dg._next_path()
        _rustlit.block_popover(
            path, key="" if key is None else key, allow_empty=True, label=str(label), type=type,
            help="" if help is None else str(help), icon=validate_icon(icon), disabled=bool(disabled),
            width_config=width_config(width, allow_content=True, default="content"),
            wrap=None if wrap is None else bool(wrap), **fields,
        )
        from streamlit.elements.lib.open_containers import PopoverContainer

        return PopoverContainer.at(path, current if stateful else None)

    def status(
        self: DeltaGenerator, label: str, *, expanded: bool = False, state: str = "running", type: str = "default",
        width: Any = "stretch",
    ) -> Any:
        """A container for the output of long-running work, with a label, an icon for its state and `update()`."""
        from streamlit.elements.lib.status_container import StatusContainer, check_state, check_type

        kind = check_type(type)
        check_state(state)
        size = width_config(width, allow_content=False, default="stretch")
        return StatusContainer.create(self._next_path(), label or "", bool(expanded), state, kind, size)

    def tabs(
        self: DeltaGenerator, tabs: Any, *, width: Any = "stretch", height: Any = "content", default: str | None = None,
        key: Any = None, on_change: Any = "ignore", args: Any = None, kwargs: Any = None, bind: Any = None,
    ) -> tuple[TabContainer, ...]:
        """Insert tabs: one container per label, shown one at a time. With `on_change` or `bind` the
        selected label is a widget's value and each tab's `.open` says whether it is selected."""
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
        if bind is not None:
            if any(not label for label in labels):
                raise StreamlitValueError(
                    "tabs", ["non-empty labels"], detail="Tab labels must be non-empty when bind='query-params'."
                )
            if len(set(labels)) != len(labels):
                raise StreamlitValueError(
                    "tabs", ["unique labels"], detail="Tab labels must be unique when bind='query-params'."
                )
        size = config_fields(
            width_config(width, allow_content=False), height_config(height, allow_content=True, default="content")
        )
        key = None if key is None else str(key)
        dg = self._active()
        default_index = labels.index(default) if default else 0
        default_label = labels[default_index]
        stateful = on_change != "ignore" or bind is not None
        current = default_label
        fields: dict[str, Any] = {}
        if stateful:
            reg = _register_container(
                dg, "tabs", key, {"tabs": tuple(labels), "width": width, "height": height, "default": default},
                "string", default_label, on_change, args, kwargs, bind, options=labels,
            )
            current = reg.value
            if current not in labels:
                # A label no tab has (set through session_state): the default tab, in state and URL too.
                current = default_label
                if key is not None:
                    get_session_state().new_session[key] = default_label
                    ctx = get_ctx()
                    if bind is not None and ctx is not None:
                        ctx.query_params.remove(key)
            fields["id"] = reg.id
            if reg.query_param_key is not None:
                fields["query_param_key"] = reg.query_param_key
                fields["default_tab_label"] = default_label
        elif key is not None:
            _claim_key(dg, "tabs", key, {})
        path = dg._next_path()
        _rustlit.block_tab_container(
            path, key="" if key is None else key, allow_empty=False,
            default_index=labels.index(current), **fields, **size,
        )
        from streamlit.elements.lib.open_containers import TabContainer

        bar = self._block_dg(path)
        result = []
        for label in labels:
            tab_path = bar._next_path()
            _rustlit.block_tab(tab_path, key="", allow_empty=True, label=label)
            result.append(TabContainer.at(tab_path, label == current if stateful else None))
        return tuple(result)

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
