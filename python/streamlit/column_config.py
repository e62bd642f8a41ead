"""`st.column_config`: column types for the `column_config` of `st.dataframe`.

Each constructor returns a plain dict, the column's JSON as Streamlit 1.67
writes it (SPEC-DATA §3.3): common keys first, then `type_config` with the
type's own options. Keys left as None are dropped when the dataframe's column
config is serialised. The browser reads these dicts (frontend `data` family).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from streamlit.errors import StreamlitMissingRequiredParameterError, StreamlitValueError

ColumnConfig = dict  # 1.67 has a TypedDict of this name; at run time both are dicts

_COLOR_NAMES = ("auto", "auto-inverse", "red", "blue", "green", "yellow", "violet", "orange", "gray", "grey",
                "primary")
_COLOR_VALID = [*_COLOR_NAMES, "a valid hex color", "an rgb() or rgba() color"]
_HEX = re.compile(r"^#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")
_RGB = re.compile(r"^rgba?\(\s*[\d.]+%?\s*,\s*[\d.]+%?\s*,\s*[\d.]+%?\s*(?:,\s*[\d.]+%?\s*)?\)$")


def _check_color(color: Any) -> Any:
    if color is None:
        return None
    if isinstance(color, str) and (color in _COLOR_NAMES or _HEX.match(color) or _RGB.match(color)):
        return color
    raise StreamlitValueError("color", _COLOR_VALID)


def _common(label: str | None, width: Any, help: str | None, **rest: Any) -> dict[str, Any]:
    return {"label": label, "width": width, "help": help, **rest}


def _iso(value: Any) -> Any:
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    return value


def _seconds(step: Any) -> Any:
    if isinstance(step, datetime.timedelta):
        return step.total_seconds()
    return step


def Column(label: str | None = None, *, width: Any = None, help: str | None = None, disabled: bool | None = None,
           required: bool | None = None, pinned: bool | None = None, alignment: str | None = None) -> dict:
    """A column of any type (the type is inferred from the data)."""
    return _common(label, width, help, disabled=disabled, required=required, pinned=pinned, alignment=alignment)


def NumberColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                 disabled: bool | None = None, required: bool | None = None, pinned: bool | None = None,
                 alignment: str | None = None, default: Any = None, format: str | None = None,
                 min_value: Any = None, max_value: Any = None, step: Any = None) -> dict:
    """A numeric column."""
    return {**_common(label, width, help, disabled=disabled, required=required, pinned=pinned,
                      alignment=alignment, default=default),
            "type_config": {"type": "number", "min_value": min_value, "max_value": max_value, "format": format,
                            "step": step}}


def TextColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
               disabled: bool | None = None, required: bool | None = None, pinned: bool | None = None,
               alignment: str | None = None, default: str | None = None, max_chars: int | None = None,
               validate: str | None = None) -> dict:
    """A text column."""
    return {**_common(label, width, help, disabled=disabled, required=required, pinned=pinned,
                      alignment=alignment, default=default),
            "type_config": {"type": "text", "max_chars": max_chars, "validate": validate}}


def LinkColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
               disabled: bool | None = None, required: bool | None = None, pinned: bool | None = None,
               alignment: str | None = None, default: str | None = None, max_chars: int | None = None,
               validate: str | None = None, display_text: str | None = None) -> dict:
    """A column of URLs shown as links."""
    if display_text is not None and display_text.startswith(":material"):
        from streamlit.elements.icons import validate_icon

        validate_icon(display_text)
    return {**_common(label, width, help, disabled=disabled, required=required, pinned=pinned,
                      alignment=alignment, default=default),
            "type_config": {"type": "link", "max_chars": max_chars, "validate": validate,
                            "display_text": display_text}}


def CheckboxColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                   disabled: bool | None = None, required: bool | None = None, pinned: bool | None = None,
                   alignment: str | None = None, default: bool | None = None) -> dict:
    """A column of checkboxes."""
    return {**_common(label, width, help, disabled=disabled, required=required, pinned=pinned,
                      alignment=alignment, default=default),
            "type_config": {"type": "checkbox"}}


def _options(options: Iterable[Any] | None, format_func: Callable[[Any], str] | None) -> Any:
    if options is None:
        return None
    values = list(options)
    if format_func is None:
        return values
    return [{"value": v, "label": format_func(v)} for v in values]


def SelectboxColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                    disabled: bool | None = None, required: bool | None = None, pinned: bool | None = None,
                    default: Any = None, options: Iterable[Any] | None = None,
                    format_func: Callable[[Any], str] | None = None) -> dict:
    """A column whose cells take one of `options`."""
    return {**_common(label, width, help, disabled=disabled, required=required, pinned=pinned, default=default),
            "type_config": {"type": "selectbox", "options": _options(options, format_func)}}


def MultiselectColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                      disabled: bool | None = None, required: bool | None = None, pinned: bool | None = None,
                      default: Iterable[Any] | None = None, options: Iterable[Any] | None = None,
                      accept_new_options: bool | None = None, color: Any = None,
                      format_func: Callable[[Any], str] | None = None) -> dict:
    """A column whose cells hold several of `options`."""
    opts = None
    if options is not None:
        colors: list[Any] = []
        if isinstance(color, str):
            colors = [color]
        elif color is not None:
            colors = list(color)
        opts = []
        for i, value in enumerate(options):
            entry: dict[str, Any] = {"value": value}
            if format_func is not None:
                entry["label"] = format_func(value)
            if colors:
                entry["color"] = colors[i % len(colors)]
            opts.append(entry)
    return {**_common(label, width, help, disabled=disabled, required=required, pinned=pinned,
                      default=None if default is None else list(default)),
            "type_config": {"type": "multiselect", "options": opts, "accept_new_options": accept_new_options}}


def ListColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
               pinned: bool | None = None, disabled: bool | None = None, required: bool | None = None,
               default: Iterable[str] | None = None) -> dict:
    """A column of lists."""
    return {**_common(label, width, help, pinned=pinned, disabled=disabled, required=required,
                      default=None if default is None else list(default)),
            "type_config": {"type": "list"}}


def DatetimeColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                   disabled: bool | None = None, required: bool | None = None, pinned: bool | None = None,
                   alignment: str | None = None, default: Any = None, format: str | None = None,
                   min_value: Any = None, max_value: Any = None, step: Any = None,
                   timezone: str | None = None) -> dict:
    """A column of datetimes."""
    return {**_common(label, width, help, disabled=disabled, required=required, pinned=pinned,
                      alignment=alignment, default=_iso(default)),
            "type_config": {"type": "datetime", "format": format, "min_value": _iso(min_value),
                            "max_value": _iso(max_value), "step": _seconds(step), "timezone": timezone}}


def DateColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
               disabled: bool | None = None, required: bool | None = None, pinned: bool | None = None,
               alignment: str | None = None, default: Any = None, format: str | None = None,
               min_value: Any = None, max_value: Any = None, step: int | None = None) -> dict:
    """A column of dates."""
    return {**_common(label, width, help, disabled=disabled, required=required, pinned=pinned,
                      alignment=alignment, default=_iso(default)),
            "type_config": {"type": "date", "format": format, "min_value": _iso(min_value),
                            "max_value": _iso(max_value), "step": step}}


def TimeColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
               disabled: bool | None = None, required: bool | None = None, pinned: bool | None = None,
               alignment: str | None = None, default: Any = None, format: str | None = None,
               min_value: Any = None, max_value: Any = None, step: Any = None) -> dict:
    """A column of times of day."""
    return {**_common(label, width, help, disabled=disabled, required=required, pinned=pinned,
                      alignment=alignment, default=_iso(default)),
            "type_config": {"type": "time", "format": format, "min_value": _iso(min_value),
                            "max_value": _iso(max_value), "step": _seconds(step)}}


def ProgressColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                   pinned: bool | None = None, format: str | None = None, min_value: Any = None,
                   max_value: Any = None, step: Any = None, color: Any = None) -> dict:
    """A read-only column of progress bars."""
    return {**_common(label, width, help, pinned=pinned),
            "type_config": {"type": "progress", "format": format, "min_value": min_value, "max_value": max_value,
                            "step": step, "color": _check_color(color)}}


def _chart(kind: str, label: str | None, width: Any, help: str | None, pinned: bool | None, y_min: Any,
           y_max: Any, color: Any) -> dict:
    return {**_common(label, width, help, pinned=pinned),
            "type_config": {"type": kind, "y_min": y_min, "y_max": y_max, "color": _check_color(color)}}


def BarChartColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                   pinned: bool | None = None, y_min: Any = None, y_max: Any = None, color: Any = None) -> dict:
    """A read-only column of small bar charts (each cell a list of numbers)."""
    return _chart("bar_chart", label, width, help, pinned, y_min, y_max, color)


def LineChartColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                    pinned: bool | None = None, y_min: Any = None, y_max: Any = None, color: Any = None) -> dict:
    """A read-only column of small line charts (each cell a list of numbers)."""
    return _chart("line_chart", label, width, help, pinned, y_min, y_max, color)


def AreaChartColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                    pinned: bool | None = None, y_min: Any = None, y_max: Any = None, color: Any = None) -> dict:
    """A read-only column of small area charts (each cell a list of numbers)."""
    return _chart("area_chart", label, width, help, pinned, y_min, y_max, color)


def _media(kind: str, label: str | None, width: Any, help: str | None, pinned: bool | None,
           alignment: str | None) -> dict:
    return {**_common(label, width, help, pinned=pinned, alignment=alignment), "type_config": {"type": kind}}


def ImageColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                pinned: bool | None = None, alignment: str | None = None) -> dict:
    """A read-only column of images (URLs or data URLs)."""
    return _media("image", label, width, help, pinned, alignment)


def AudioColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                pinned: bool | None = None, alignment: str | None = None) -> dict:
    """A read-only column of audio URLs."""
    return _media("audio", label, width, help, pinned, alignment)


def VideoColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                pinned: bool | None = None, alignment: str | None = None) -> dict:
    """A read-only column of video URLs."""
    return _media("video", label, width, help, pinned, alignment)


def JsonColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
               pinned: bool | None = None, alignment: str | None = None) -> dict:
    """A read-only column of JSON values."""
    return _media("json", label, width, help, pinned, alignment)


def MarkdownColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                   disabled: bool | None = None, required: bool | None = None, pinned: bool | None = None,
                   alignment: str | None = None, default: str | None = None) -> dict:
    """A column of Markdown text."""
    return {**_common(label, width, help, disabled=disabled, required=required, pinned=pinned,
                      alignment=alignment, default=default),
            "type_config": {"type": "markdown"}}


@dataclass(frozen=True)
class ButtonColumnResult:
    """A keyed `ButtonColumn`: its column config plus the click widget's callback (registered by the
    command that shows the column)."""

    config: dict
    on_click: Callable[..., Any] | None = None
    args: Any = None
    kwargs: Any = None
    key: str | None = None


def ButtonColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                 pinned: bool | None = None, alignment: str | None = None, type: str = "secondary",
                 on_click: Callable[..., Any] | None = None, args: Any = None, kwargs: Any = None,
                 key: str | None = None) -> dict | ButtonColumnResult:
    """A column of buttons labelled by the cell values; with `key`, clicks run `on_click` and put
    `{"row", "label"}` in `st.session_state[key]` for that run."""
    config = {**_common(label, width, help, pinned=pinned, alignment=alignment), "disabled": True,
              "type_config": {"type": "button", "button_type": type}}
    if key is not None:
        return ButtonColumnResult(config, on_click, args, kwargs, key)
    if on_click is not None or args is not None or kwargs is not None:
        raise StreamlitMissingRequiredParameterError(
            "key", detail="Callbacks passed via `on_click`, `args`, or `kwargs` need a unique key to be registered."
        )
    return config


__all__ = [
    "AreaChartColumn", "AudioColumn", "BarChartColumn", "ButtonColumn", "CheckboxColumn", "Column", "DateColumn",
    "DatetimeColumn", "ImageColumn", "JsonColumn", "LineChartColumn", "LinkColumn", "ListColumn", "MarkdownColumn",
    "MultiselectColumn", "NumberColumn", "ProgressColumn", "SelectboxColumn", "TextColumn", "TimeColumn",
    "VideoColumn",
]
