"""Date, time and datetime sliders: defaults and the wire conversion.

The slider protocol carries doubles; date, time and datetime values travel as
microseconds since the Unix epoch with their wall-clock fields read as UTC, so
the browser shows exactly the time the script gave, whatever the time zones.
The zone of the first value is put back on the way in (dates are naive).
Times are placed on 2000-01-01, as Streamlit places them, so the numbers on
the wire are the same as Streamlit's; only their time of day is shown.

Defaults follow Streamlit 1.67: dates and datetimes get a window of 14 days
either side of the first value (clamped to what a JavaScript number holds
exactly), a step of one day (15 minutes when the span is under a day) and
the format "YYYY-MM-DD"; times span the whole day in steps of 15 minutes,
shown as "HH:mm".
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from streamlit.errors import StreamlitJSNumberBoundsError

DATETIME, DATE, TIME = "DATETIME", "DATE", "TIME"  # Slider.DataType
TIMELIKE = (DATETIME, DATE, TIME)

_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_TIME_BASE = dt.date(2000, 1, 1)
_MAX_SAFE = 2**53 - 1
# The first and last whole days whose every instant is exactly representable.
_SAFE_SPAN = dt.timedelta(microseconds=_MAX_SAFE)
_MIN_SAFE_DAY = (dt.datetime(1970, 1, 1) - _SAFE_SPAN).date() + dt.timedelta(days=1)
_MAX_SAFE_DAY = (dt.datetime(1970, 1, 1) + _SAFE_SPAN).date() - dt.timedelta(days=1)


def timelike_type(v: Any) -> int | None:
    """DATETIME, DATE or TIME for such a value, else None (datetime before date)."""
    if isinstance(v, dt.datetime):
        return DATETIME
    if isinstance(v, dt.date):
        return DATE
    if isinstance(v, dt.time):
        return TIME
    return None


def defaults(data_type: int, first: Any) -> tuple[Any, Any, dt.timedelta, str]:
    """(min, max, step, format) defaults for a timelike slider whose first value is `first`."""
    if data_type == TIME:
        tz = first.tzinfo if first is not None else None
        return dt.time.min.replace(tzinfo=tz), dt.time.max.replace(tzinfo=tz), dt.timedelta(minutes=15), "HH:mm"
    low, high = _window(first, dt.timedelta(days=14))
    return low, high, dt.timedelta(days=1), "YYYY-MM-DD"


def _window(anchor: Any, span: dt.timedelta) -> tuple[Any, Any]:
    if isinstance(anchor, dt.datetime):
        floor: Any = dt.datetime.combine(_MIN_SAFE_DAY, dt.time.min, tzinfo=anchor.tzinfo)
        ceiling: Any = dt.datetime.combine(_MAX_SAFE_DAY, dt.time.max, tzinfo=anchor.tzinfo)
    else:
        floor, ceiling = _MIN_SAFE_DAY, _MAX_SAFE_DAY
    try:
        low = min(anchor, max(anchor - span, floor))
    except OverflowError:
        low = anchor
    try:
        high = max(anchor, min(anchor + span, ceiling))
    except OverflowError:
        high = anchor
    return low, high


def as_datetime(data_type: int, v: Any) -> dt.datetime:
    """A date or time as the naive-or-aware datetime it is placed on."""
    if data_type == DATE:
        return dt.datetime.combine(v, dt.time())
    if data_type == TIME:
        return dt.datetime.combine(_TIME_BASE, v)
    return v


def delta_micros(delta: dt.timedelta) -> int:
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def to_micros(data_type: int, v: Any) -> int:
    """A slider value as wall-clock microseconds since the epoch."""
    return delta_micros(as_datetime(data_type, v).replace(tzinfo=dt.UTC) - _EPOCH)


def from_micros(data_type: int, micros: float, tz: dt.tzinfo | None) -> Any:
    """The inverse of `to_micros`, with the zone of the script's value restored."""
    wall = (_EPOCH + dt.timedelta(microseconds=int(micros))).replace(tzinfo=tz)
    if data_type == DATE:
        return wall.date()
    if data_type == TIME:
        return wall.time().replace(tzinfo=tz)
    return wall


def check_safe(name: str, micros: int) -> None:
    if abs(micros) > _MAX_SAFE:
        raise StreamlitJSNumberBoundsError(
            f"{name} is too far from 1970 for Streamlit to represent exactly. Use a value between "
            f"{_MIN_SAFE_DAY:%Y-%m-%d} and {_MAX_SAFE_DAY:%Y-%m-%d}."
        )
