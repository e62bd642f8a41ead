"""st.date_input and st.time_input.

Dates travel as ISO strings ("YYYY-MM-DD"; a range is a list of 0-2 of
them), times as "HH:MM" (or "HH:MM:SS" when the step has seconds). Bounds
default to ten years either side of the value (or of today), as in
Streamlit 1.67.
"""

from __future__ import annotations

import datetime
import re
from typing import TYPE_CHECKING, Any

import _rustlit
from streamlit.elements.size import widget_width
from streamlit.elements.widgets import wire
from streamlit.elements.widgets.common import (
    callback_of,
    check_session_state_rules,
    help_text,
    label_visibility_value,
    register,
    to_key,
)
from streamlit.errors import (
    StreamlitInvalidMinMaxError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueAboveMaxError,
    StreamlitValueBelowMinError,
    StreamlitValueError,
    StreamlitValueOutOfRangeError,
)
from streamlit.runtime.state_proxy import get_session_state

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

_DATE_FORMATS = [f"{a}{s}{b}{s}{c}" for s in "/.-" for a, b, c in
                 (("YYYY", "MM", "DD"), ("DD", "MM", "YYYY"), ("MM", "DD", "YYYY"))]
_DATE_FORMAT_RE = re.compile("^(" + "|".join(re.escape(f) for f in _DATE_FORMATS) + ")$")


def adjust_years(d: datetime.date, years: int) -> datetime.date:
    year = d.year + years
    if year > datetime.date.max.year:
        return datetime.date.max
    if year < datetime.date.min.year:
        return datetime.date.min
    try:
        return d.replace(year=year)
    except ValueError:  # 29 February in a year without one
        return d.replace(year=year, day=28)


def to_date(value: Any, parameter: str = "value") -> datetime.date:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if value == "today":
        return datetime.date.today()
    if isinstance(value, str):
        for parse in (datetime.date.fromisoformat, lambda s: datetime.datetime.fromisoformat(s).date()):
            try:
                return parse(value)
            except ValueError:
                pass
    raise StreamlitInvalidParameterTypeError(
        parameter, type(value).__name__, ["date", "datetime", "ISO string", '"today"']
    )


def to_time(value: Any) -> datetime.time:
    if value == "now":
        return datetime.datetime.now().time().replace(microsecond=0)
    if isinstance(value, str):
        for parse in (datetime.time.fromisoformat, lambda s: datetime.datetime.fromisoformat(s).time()):
            try:
                return parse(value).replace(microsecond=0)
            except ValueError:
                pass
    if isinstance(value, datetime.datetime):
        return value.time().replace(microsecond=0, tzinfo=None)
    if isinstance(value, datetime.time):
        return value
    raise StreamlitInvalidParameterTypeError("value", type(value).__name__, ["datetime", "time", "ISO string"])


def _bound(value: Any, parameter: str, fallback: datetime.date) -> datetime.date:
    if value is None:
        return fallback
    if isinstance(value, (datetime.date, str)):
        return to_date(value, parameter)
    raise StreamlitInvalidParameterTypeError(
        parameter, type(value).__name__, ["date", "datetime", "ISO string", "None"]
    )


class DateTimeInputMixin:
    __slots__ = ()

    def date_input(
        self: DeltaGenerator, label: str, value: Any = "today", min_value: Any = None, max_value: Any = None,
        key: Any = None, help: str | None = None, on_change: Any = "rerun", args: Any = None,
        kwargs: Any = None, *, format: str = "YYYY/MM/DD", disabled: bool = False, required: bool = False,
        label_visibility: str = "visible", width: Any = "stretch", bind: Any = None, persist_state: Any = None,
    ) -> Any:
        """Display a date picker; returns a date (or None), or a tuple of dates for a range."""
        key = to_key(key)
        callback = callback_of(on_change)
        check_session_state_rules(None if value == "today" else value, key)
        lv = label_visibility_value(label_visibility)
        if not isinstance(format, str):
            raise StreamlitInvalidParameterTypeError("format", type(format).__name__, ["str"])
        if not _DATE_FORMAT_RE.match(format):
            raise StreamlitValueError(
                "format", [repr(f) for f in _DATE_FORMATS], detail=f"Provided value: {format!r}."
            )
        if value is None:
            dates, is_range = None, False
        elif isinstance(value, (list, tuple)):
            if len(value) > 2:
                raise StreamlitInvalidParameterTypeError(
                    "value", type(value).__name__, ["date", "datetime", "sequence of 0 to 2 date or datetime values"]
                )
            dates, is_range = [to_date(v) for v in value], True
        else:
            dates, is_range = [to_date(value)], False
        today = datetime.date.today()
        lo = _bound(min_value, "min_value", adjust_years(dates[0] if dates else today, -10))
        hi = _bound(max_value, "max_value", adjust_years(dates[-1] if dates else today, 10))
        if lo > hi:
            raise StreamlitInvalidMinMaxError(lo, hi)
        for d in dates or []:
            if d < lo:
                raise StreamlitValueBelowMinError(d, lo)
            if d > hi:
                raise StreamlitValueAboveMaxError(d, hi)
        default = [d.isoformat() for d in dates or []]
        dg = self._active()
        label = str(label)
        identity = {
            "label": label, "value": default, "min_value": lo.isoformat(), "max_value": hi.isoformat(),
            "help": help, "format": format, "width": width, "required": required,
        }

        def from_strings(items: list[str]) -> Any:
            parsed = []
            for s in items:
                try:
                    parsed.append(datetime.date.fromisoformat(s))
                except ValueError:
                    return None
            if is_range:
                return tuple(parsed)
            return parsed[0] if parsed else None

        def deserialize(raw: Any) -> Any:
            return from_strings(default if raw is None else list(raw))

        def serialize(v: Any) -> list[str]:
            if v is None:
                return []
            items = list(v) if isinstance(v, (list, tuple)) else [v]
            return [to_date(x).isoformat() for x in items]

        reg = register(
            "date_input", user_key=key, dg=dg, key_as_main_identity=frozenset({"format"}), identity=identity,
            kind="string_array", deserializer=deserialize, serializer=serialize,
            callback=callback, args=args, kwargs=kwargs, disabled=disabled, bind=bind, clearable=value is None,
            persist_state=persist_state,
        )
        value = reg.value
        set_to: list[str] = []
        if reg.changed:
            set_to = serialize(value)
            value = from_strings(set_to)
        size = widget_width(width, default="stretch")
        path = dg._next_path()
        _rustlit.date_input(
            path,
            width_config=size,
            widget=wire.widget_fields(
                reg.id, label, help_text(help), bool(disabled), lv, default=wire.labels_value(default),
                value=wire.labels_value(set_to), set_value=reg.changed, query_param_key=reg.query_param_key,
            ),
            min=lo.isoformat(), max=hi.isoformat(), is_range=is_range, format=format, required=bool(required),
        )
        return value

    def time_input(
        self: DeltaGenerator, label: str, value: Any = "now", key: Any = None, help: str | None = None,
        on_change: Any = "rerun", args: Any = None, kwargs: Any = None, *, disabled: bool = False,
        required: bool = False, label_visibility: str = "visible",
        step: Any = datetime.timedelta(minutes=15), format: str = "24h", width: Any = "stretch",
        bind: Any = None, persist_state: Any = None,
    ) -> datetime.time | None:
        """Display a time picker; returns a time, or None when empty."""
        key = to_key(key)
        callback = callback_of(on_change)
        check_session_state_rules(None if value == "now" else value, key)
        lv = label_visibility_value(label_visibility)
        if isinstance(step, datetime.timedelta):
            step_secs = int(step.total_seconds())
        elif isinstance(step, int) and not isinstance(step, bool):
            step_secs = step
        else:
            raise StreamlitInvalidParameterTypeError("step", type(step).__name__, ["int", "timedelta"])
        if not 1 <= step_secs <= 23 * 3600:
            raise StreamlitValueOutOfRangeError("step", f"{step_secs} seconds", "1 second", "23 hours")
        if format not in ("12h", "24h", "localized"):
            raise StreamlitValueError("format", ["'12h'", "'24h'", "'localized'"])
        parsed = None if value is None else to_time(value)
        state = get_session_state()
        if key is not None and key in state and state[key] is None:
            # Cleared (by the user or through session_state): the browser then
            # sends no value, which must not bring the default back.
            parsed = None
        wire_fmt = "%H:%M" if step_secs % 60 == 0 else "%H:%M:%S"
        if parsed is not None and step_secs % 60 == 0:
            parsed = parsed.replace(second=0, microsecond=0)
        default = None if parsed is None else parsed.strftime(wire_fmt)
        dg = self._active()
        label = str(label)
        identity = {
            "label": label, "value": default, "help": help, "step": step_secs, "format": format,
            "width": width, "required": required,
        }

        def deserialize(raw: Any) -> datetime.time | None:
            text = default if raw is None else raw
            if text is None:
                return None
            try:
                return datetime.time.fromisoformat(str(text))
            except ValueError:
                return parsed

        def serialize(v: Any) -> str | None:
            return None if v is None else to_time(v).strftime(wire_fmt)

        reg = register(
            "time_input", user_key=key, dg=dg, key_as_main_identity=frozenset({"step"}), identity=identity,
            kind="string", deserializer=deserialize, serializer=serialize,
            callback=callback, args=args, kwargs=kwargs, disabled=disabled, bind=bind, clearable=parsed is None,
            persist_state=persist_state,
        )
        value = reg.value
        set_to = serialize(value) if reg.changed else None
        if reg.changed and value is not None:
            value = to_time(value)
        size = widget_width(width, default="stretch")
        path = dg._next_path()
        _rustlit.time_input(
            path,
            width_config=size,
            widget=wire.widget_fields(
                reg.id, label, help_text(help), bool(disabled), lv, default=wire.text_value(default),
                value=wire.text_value(set_to), set_value=reg.changed, query_param_key=reg.query_param_key,
            ),
            step=step_secs, required=bool(required),
        )
        return value
