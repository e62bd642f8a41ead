"""Colours as the built-in charts take them: hex strings, RGB(A) tuples of ints (0 to 255) or
floats (0.0 to 1.0), and Streamlit's built-in colour names, turned into CSS for Vega-Lite."""

from __future__ import annotations

from typing import Any

from streamlit.errors import StreamlitInvalidColorError

BUILTIN_COLOR_NAMES = frozenset({"red", "orange", "yellow", "green", "blue", "violet", "gray", "grey", "primary"})


def is_hex_color_like(color: object) -> bool:
    return isinstance(color, str) and color.startswith("#") and color[1:].isalnum() and len(color) in (4, 5, 7, 9)


def _is_css_rgb(color: object) -> bool:
    return isinstance(color, str) and color.startswith(("rgb(", "rgba("))


def is_css_color_like(color: object) -> bool:
    return is_hex_color_like(color) or _is_css_rgb(color)


def is_color_tuple_like(color: object) -> bool:
    return (isinstance(color, (tuple, list)) and len(color) in (3, 4)
            and all(isinstance(c, (int, float)) for c in color))


def is_builtin_color_name(color: object) -> bool:
    """red, orange, ... primary: the browser paints them with the theme's colours."""
    return isinstance(color, str) and color.lower() in BUILTIN_COLOR_NAMES


def is_color_like(color: object) -> bool:
    """A hex or rgb() string or a colour tuple (built-in names are not)."""
    return is_css_color_like(color) or is_color_tuple_like(color)


def _component(value: Any, color: Any) -> int:
    if isinstance(value, float):
        value = int(value * 255)
    if isinstance(value, int):
        return min(255, max(value, 0))
    raise StreamlitInvalidColorError(color)


def _alpha(value: Any, color: Any) -> float:
    if isinstance(value, int):
        value /= 255.0
    if isinstance(value, float):
        return min(1.0, max(value, 0.0))
    raise StreamlitInvalidColorError(color)


def to_css_color(color: Any) -> str:
    """A CSS colour Vega can use: hex and rgb() strings as given, tuples as `rgb()`/`rgba()`
    (components as ints, alpha as a float)."""
    if is_css_color_like(color):
        return str(color)
    if is_color_tuple_like(color):
        r, g, b = (_component(c, color) for c in color[:3])
        if len(color) == 3:
            return f"rgb({r}, {g}, {b})"
        return f"rgba({r}, {g}, {b}, {_alpha(color[3], color)})"
    raise StreamlitInvalidColorError(color)
