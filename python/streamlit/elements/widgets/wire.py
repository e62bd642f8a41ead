"""The protocol's `Widget` and `WidgetValue` (proto/widgets.proto, proto/values.proto) as the dicts
`_rustlit.element` takes: every widget element starts with a `widget` field, and its default and forced
value are typed as the browser sends them back (`WidgetState`)."""

from __future__ import annotations

from typing import Any


def widget_fields(
    id: str, label: str = "", help: str = "", disabled: bool = False, label_visibility: str = "VISIBLE", *,
    default: dict[str, Any] | None = None, value: dict[str, Any] | None = None, set_value: bool = False,
    query_param_key: str | None = None,
) -> dict[str, Any]:
    """A `Widget` message; `value` is sent only when `set_value` forces it; `query_param_key` for
    a widget bound to the URL (`Registered.query_param_key`)."""
    widget: dict[str, Any] = {
        "id": id, "label": label, "help": help, "disabled": bool(disabled), "label_visibility": label_visibility,
        "set_value": bool(set_value),
    }
    if default is not None:
        widget["default"] = default
    if set_value and value is not None:
        widget["value"] = value
    if query_param_key is not None:
        widget["query_param_key"] = query_param_key
    return widget


NONE_VALUE: dict[str, Any] = {"none_value": True}


def bool_value(v: bool) -> dict[str, Any]:
    return {"bool_value": bool(v)}


def text_value(v: str | None) -> dict[str, Any]:
    """A string, or None as the protocol's none_value."""
    return NONE_VALUE if v is None else {"string_value": str(v)}


def number_value(v: float | None, is_int: bool) -> dict[str, Any]:
    if v is None:
        return NONE_VALUE
    return {"int_value": int(v)} if is_int else {"double_value": float(v)}


def labels_value(v: list[str]) -> dict[str, Any]:
    return {"string_array_value": {"data": [str(x) for x in v]}}


def doubles_value(v: list[float]) -> dict[str, Any]:
    return {"double_array_value": {"data": [float(x) for x in v]}}


def label_at(formatted: list[str], index: int | None) -> dict[str, Any]:
    """The option at `index` by its label (how radio and selectbox values travel), or none."""
    return NONE_VALUE if index is None else {"string_value": formatted[index]}


NO_FILES: dict[str, Any] = {"file_uploader_state_value": {"files": []}}


def width_config(pixels: int) -> dict[str, Any]:
    """A `WidthConfig`: so many pixels, or 0 for the container's width."""
    return {"pixel_width": pixels} if pixels else {"use_stretch": True}
