"""Status elements: st.progress, st.spinner, st.toast, st.metric, st.balloons and st.snow.

`st.progress` returns its element, so `bar.progress(60)` updates the same
bar. `st.spinner` shows while its `with` block runs and leaves an empty slot
behind. Toasts go to the page's event root (a corner of the page), not to
the main area, whatever container they are called on.
"""

from __future__ import annotations

import contextlib
import secrets
import textwrap
from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import _rustlit
from streamlit.elements.held_spinner import held_spinner, next_place
from streamlit.elements.icons import validate_icon
from streamlit.elements.size import height_config, width_config
from streamlit.elements.widgets.common import help_text, label_visibility_value
from streamlit.errors import (
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
    StreamlitValueOutOfRangeError,
)

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

_TOAST_SECONDS = {"short": 4, "long": 10, "infinite": 0}
# Metric.Color / Metric.Direction in proto/rustlit.proto.
_GRAY, _RED, _GREEN = "GRAY", "RED", "GREEN"
_NAMED_COLORS = {"red": "RED", "green": "GREEN", "orange": "ORANGE", "yellow": "YELLOW", "blue": "BLUE",
                 "violet": "VIOLET", "gray": "GRAY", "grey": "GRAY", "primary": "PRIMARY"}
_NONE, _UP, _DOWN = "NONE", "UP", "DOWN"


def progress_value(value: Any) -> int:
    """0..=100 from an int percentage or a float fraction, as Streamlit takes them."""
    if isinstance(value, bool):
        raise StreamlitInvalidParameterTypeError("value", type(value).__name__, ["int", "float"])
    if isinstance(value, int):
        if not 0 <= value <= 100:
            raise StreamlitValueOutOfRangeError("value", value, 0, 100)
        return value
    if isinstance(value, float):
        if not 0.0 <= value <= 1.0:
            raise StreamlitValueOutOfRangeError("value", value, 0.0, 1.0)
        return int(value * 100)
    raise StreamlitInvalidParameterTypeError("value", type(value).__name__, ["int", "float"])


def _number_text(value: Any, parameter: str) -> str:
    if isinstance(value, bool) or (not isinstance(value, (int, float, Decimal)) and not hasattr(value, "item")):
        raise StreamlitInvalidParameterTypeError(
            parameter, type(value).__name__, ["int", "float", "Decimal", "NumPy number"],
            detail="Convert the value to a number type.",
        )
    if hasattr(value, "item"):  # a NumPy scalar
        value = value.item()
    return str(value)


def metric_color_and_direction(delta_color: str, delta: Any) -> tuple[str, str]:
    """The delta's colour and arrow (proto enum names) as Streamlit 1.67 picks them."""
    valid = ["normal", "inverse", "off", *_NAMED_COLORS]
    if delta_color not in valid:
        raise StreamlitValueError("delta_color", [f"'{c}'" for c in valid])
    if delta is None or delta == "":
        return _GRAY, _NONE
    text = textwrap.dedent(delta) if isinstance(delta, str) else None
    zero = text == "0" if text is not None else bool(delta == 0)
    negative = (text if text is not None else str(delta)).startswith("-")
    direction = _NONE if zero else _DOWN if negative else _UP
    if delta_color in _NAMED_COLORS:
        return _NAMED_COLORS[delta_color], direction
    if direction == _NONE or delta_color == "off":
        return _GRAY, direction
    good = not negative if delta_color == "normal" else negative
    return (_GREEN if good else _RED), direction


class StatusMixin:
    __slots__ = ()

    def progress(self: DeltaGenerator, value: Any, text: Any = None, width: Any = "stretch") -> DeltaGenerator:
        """Display a progress bar (0-100 as an int, or 0.0-1.0 as a float)."""
        size = width_config(width, allow_content=False)
        percent = progress_value(value)
        if text is not None and not isinstance(text, str):
            raise StreamlitInvalidParameterTypeError("text", type(text).__name__, ["str"])
        path = self._active()._next_path()
        _rustlit.progress(path, value=percent, text=text or "", width_config=size)
        return self._element(path)

    @contextlib.contextmanager
    def spinner(
        self: DeltaGenerator, text: str = "In progress...", *, show_time: bool = False, _cache: bool = False,
        width: Any = "content",
    ) -> Iterator[None]:
        """Show a spinner with `text` while the `with` block runs: after half a second and in no
        place of its own, as 1.67 shows it (elements/held_spinner.py)."""
        size = width_config(width, allow_content=True, default="content")
        if not isinstance(text, str):
            raise StreamlitInvalidParameterTypeError("text", type(text).__name__, ["str"])
        place = next_place(self)
        if place is not None:
            with held_spinner(place, text, show_time=bool(show_time), cache=bool(_cache), width_config=size):
                yield
            return
        # In a fragment run or a placeholder: shown at once, in the place it takes.
        path = self._active()._next_path()
        _rustlit.spinner(path, text=text, show_time=bool(show_time), cache=bool(_cache), width_config=size)
        try:
            yield
        finally:
            # A stop or rerun request raised here would only repeat itself:
            # the next st.* call raises it again.
            with contextlib.suppress(_rustlit.RerunInterrupt, _rustlit.StopInterrupt):
                _rustlit.empty(path)

    def balloons(self: DeltaGenerator) -> DeltaGenerator:
        """Draw celebratory balloons."""
        path = self._next_path()
        _rustlit.balloons(path, nonce=secrets.randbits(63))
        return self._element(path)

    def snow(self: DeltaGenerator) -> DeltaGenerator:
        """Draw celebratory snowfall."""
        path = self._next_path()
        _rustlit.snow(path, nonce=secrets.randbits(63))
        return self._element(path)

    def toast(self: DeltaGenerator, body: Any, *, icon: str | None = None, duration: Any = "short") -> DeltaGenerator:
        """Show a short notice in the corner of the page."""
        if str(body) == "":
            raise StreamlitMissingRequiredParameterError("body", detail="Please provide a message.")
        if isinstance(duration, str) and duration in _TOAST_SECONDS:
            seconds = _TOAST_SECONDS[duration]
        elif isinstance(duration, int) and not isinstance(duration, bool) and duration > 0:
            seconds = duration
        else:
            raise StreamlitValueError("duration", ["short", "long", "infinite", "a positive integer"])
        from streamlit.delta_generator import DeltaGenerator

        event_root = DeltaGenerator(2)
        path = event_root._next_path()
        _rustlit.toast(path, body=str(body), icon=validate_icon(icon), duration_ms=seconds * 1000)
        return self._element(path)

    def metric(
        self: DeltaGenerator, label: Any, value: Any, delta: Any = None, delta_color: str = "normal", *,
        help: str | None = None, icon: str | None = None, label_visibility: str = "visible", border: bool = False,
        width: Any = "stretch", height: Any = "content", chart_data: Any = None, chart_type: str = "line",
        delta_arrow: str = "auto", format: str | None = None, delta_description: str | None = None,
    ) -> DeltaGenerator:
        """Display a metric: a label, a big value and an optional delta."""
        size = width_config(width, allow_content=True)
        tall = height_config(height, allow_content=True, default="content")
        chart: list[float] = []
        if chart_data is not None:
            from streamlit import dataframe_util
            from streamlit.errors import StreamlitAPIException

            for val in dataframe_util.convert_anything_to_list(chart_data):
                try:
                    chart.append(float(val))
                except Exception as ex:
                    raise StreamlitAPIException(
                        "Only numeric values are supported for chart data sequence. The "
                        f"value '{val}' is of type {type(val)} and cannot be converted to float."
                    ) from ex
        if delta_arrow not in ("auto", "up", "down", "off"):
            raise StreamlitValueError("delta_arrow", ["'auto'", "'up'", "'down'", "'off'"])
        body = "—" if value is None else value if isinstance(value, str) else _number_text(value, "value")
        delta_text = "" if delta is None or delta == "" else (
            textwrap.dedent(delta) if isinstance(delta, str) else _number_text(delta, "delta")
        )
        color, direction = metric_color_and_direction(delta_color, delta)
        if delta_text and delta_arrow != "auto":
            direction = {"up": _UP, "down": _DOWN, "off": _NONE}[delta_arrow]
        path = self._active()._next_path()
        _rustlit.metric(
            path, label=str(label), body=body, delta=delta_text, color=color, direction=direction,
            help=help_text(help), label_visibility=label_visibility_value(label_visibility), border=bool(border),
            icon=validate_icon(icon), delta_description=delta_description or "",
            chart_data=chart, chart_type={"bar": "BAR", "area": "AREA"}.get(chart_type, "LINE"),
            width_config=size, height_config=tall, format=None if format is None else str(format),
        )
        return self._element(path)
