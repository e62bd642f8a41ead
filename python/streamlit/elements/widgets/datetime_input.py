"""st.datetime_input: a date and a time of day in one widget.

Values travel as a list of zero or one local wall-clock strings
"YYYY-MM-DDTHH:MM" (1.67's wire form; the legacy "YYYY/MM/DD, HH:MM" is
also read back). Seconds, microseconds and time zones are dropped, as in
1.67. Bounds default to ten years either side of the value (or of today), at
00:00 and 23:59.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

import _rustlit
from streamlit.elements.size import width_config
from streamlit.elements.widgets import wire
from streamlit.elements.widgets.common import (
    callback_of,
    check_session_state_rules,
    help_text,
    label_visibility_value,
    register,
    to_key,
)
from streamlit.elements.widgets.date_time import _DATE_FORMAT_RE, _DATE_FORMATS, adjust_years
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

_MIN_BOUND_TIME = datetime.time(0, 0)
_MAX_BOUND_TIME = datetime.time(23, 59)
_WIRE_FORMATS = ("%Y-%m-%dT%H:%M", "%Y/%m/%d, %H:%M")
_STRING_FORMATS = ("%Y/%m/%d %H:%M", "%Y/%m/%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S")


def _normal(value: datetime.datetime) -> datetime.datetime:
    """Without seconds, microseconds or time zone (1.67 keeps the wall-clock fields)."""
    return value.replace(second=0, microsecond=0, tzinfo=None)


def _combine(day: datetime.date, tod: datetime.time) -> datetime.datetime:
    return datetime.datetime.combine(day, tod.replace(second=0, microsecond=0, tzinfo=None))


def wire_text(value: datetime.datetime) -> str:
    """"YYYY-MM-DDTHH:MM" with a four-digit year (strftime does not pad years below 1000)."""
    v = _normal(value)
    return f"{v.year:04d}-{v.month:02d}-{v.day:02d}T{v.hour:02d}:{v.minute:02d}"


def to_datetime(value: Any, *, fallback_date: datetime.date, fallback_time: datetime.time) -> datetime.datetime:
    """A datetime, date, time, ISO string or "now" as a datetime; a date or a time alone takes the fallback."""
    if value == "now":
        return _normal(datetime.datetime.now())
    if isinstance(value, datetime.datetime):
        return _normal(value)
    if isinstance(value, datetime.date):
        return _combine(value, fallback_time)
    if isinstance(value, datetime.time):
        return _combine(fallback_date, value)
    if isinstance(value, str):
        text = value.strip()
        try:
            return _normal(datetime.datetime.fromisoformat(text))
        except ValueError:
            pass
        for fmt in _STRING_FORMATS:
            try:
                return _normal(datetime.datetime.strptime(text, fmt))
            except ValueError:
                pass
        try:
            return _combine(datetime.date.fromisoformat(text), fallback_time)
        except ValueError:
            pass
        try:
            return _combine(fallback_date, datetime.time.fromisoformat(text))
        except ValueError:
            pass
    raise StreamlitInvalidParameterTypeError(
        "value", type(value).__name__, ["datetime", "date", "time", "ISO string", '"now"']
    )


def parse_wire(text: str) -> datetime.datetime | None:
    for fmt in _WIRE_FORMATS:
        try:
            return _normal(datetime.datetime.strptime(text, fmt))
        except ValueError:
            continue
    return None


class DateTimeWidgetMixin:
    __slots__ = ()

    def datetime_input(
        self: DeltaGenerator, label: str, value: Any = "now", min_value: Any = None, max_value: Any = None, *,
        key: Any = None, help: str | None = None, on_change: Any = "rerun", args: Any = None, kwargs: Any = None,
        format: str = "YYYY/MM/DD", step: Any = datetime.timedelta(minutes=15), disabled: bool = False,
        required: bool = False, label_visibility: str = "visible", width: Any = "stretch", bind: Any = None,
        persist_state: Any = None,
    ) -> datetime.datetime | None:
        """Display a date and time input; returns a datetime (naive, minutes), or None when empty."""
        key = to_key(key)
        callback = callback_of(on_change)
        check_session_state_rules(None if value == "now" else value, key)
        lv = label_visibility_value(label_visibility)

        today = datetime.date.today()
        parsed = None if value is None else to_datetime(
            value, fallback_date=today, fallback_time=_MIN_BOUND_TIME)
        base = parsed.date() if parsed is not None else today
        lo = (_combine(adjust_years(base, -10), _MIN_BOUND_TIME) if min_value is None
              else to_datetime(min_value, fallback_date=base, fallback_time=_MIN_BOUND_TIME))
        hi = (_combine(adjust_years(base, 10), _MAX_BOUND_TIME) if max_value is None
              else to_datetime(max_value, fallback_date=base, fallback_time=_MAX_BOUND_TIME))
        if lo > hi:
            raise StreamlitInvalidMinMaxError(lo, hi)
        if parsed is not None:
            if parsed < lo:
                raise StreamlitValueBelowMinError(parsed, lo)
            if parsed > hi:
                raise StreamlitValueAboveMaxError(parsed, hi)
        has_explicit_bounds = min_value is not None or max_value is not None
        if isinstance(value, (datetime.date, datetime.time)):
            value_for_id: Any = None if parsed is None else wire_text(parsed)
        else:
            value_for_id = value
        fields: dict[str, Any] = {}
        width_fields = width_config(width, allow_content=False)
        if width_fields is not None:
            fields["width_config"] = width_fields

        dg = self._active()
        label = str(label)
        lo_text, hi_text = wire_text(lo), wire_text(hi)
        identity = {
            "label": label, "value": value_for_id, "min_value": lo_text, "max_value": hi_text, "help": help,
            "format": format, "step": step, "width": width, "required": required,
        }
        # 1.67 checks format and step only after the id is claimed (a duplicate id is reported first).
        id_checks = _IdChecks(format, step)

        state = get_session_state()
        default = parsed
        if key is not None and key in state and state[key] is None:
            default = None  # emptied (by the user or through session_state): the page shows it empty

        def deserialize(raw: Any) -> datetime.datetime | None:
            if raw is None or len(raw) == 0:
                return default
            got = parse_wire(str(next(iter(raw))))
            if got is None or got < lo or got > hi:
                return default  # an unreadable or out-of-range URL value: the default
            return got

        def serialize(v: Any) -> list[str]:
            if v is None:
                return []
            return [wire_text(to_datetime(v, fallback_date=base, fallback_time=_MIN_BOUND_TIME))]

        reg = register(
            "date_time_input", user_key=key, dg=dg, key_as_main_identity=frozenset({"format", "step"}),
            identity=identity, kind="string_array", deserializer=deserialize, serializer=serialize,
            callback=callback, args=args, kwargs=kwargs, disabled=disabled, bind=bind, clearable=parsed is None,
            persist_state=persist_state,
            before_register=id_checks.run,
        )
        current = reg.value
        if isinstance(current, datetime.datetime):
            current = _normal(current)
        reset = has_explicit_bounds and current is not None and (current < lo or current > hi)
        if reset:
            # Out of the new bounds: back to the default, as 1.67 does.
            current = parsed
            state.new_widget[reg.id] = current
            if key is not None:
                state.new_session.pop(key, None)
        send = reset or reg.changed
        path = dg._next_path()
        _rustlit.date_time_input(
            path,
            widget=wire.widget_fields(
                reg.id, label, help_text(help), bool(disabled), lv,
                default=wire.labels_value([] if default is None else [wire_text(default)]),
                value=wire.labels_value(serialize(current)) if send else None, set_value=send,
                query_param_key=reg.query_param_key,
            ),
            min=lo_text, max=hi_text, format=format, step=id_checks.step_seconds, required=bool(required),
            ignore_rerun=on_change == "ignore", **fields,
        )
        return current


class _IdChecks:
    """format and step, checked after the widget's id is claimed (1.67's order)."""

    def __init__(self, format: Any, step: Any) -> None:
        self.format = format
        self.step = step
        self.step_seconds = 900

    def run(self) -> None:
        fmt = self.format
        if not isinstance(fmt, str):
            raise StreamlitInvalidParameterTypeError("format", type(fmt).__name__, ["str"])
        if not _DATE_FORMAT_RE.match(fmt):
            raise StreamlitValueError("format", [repr(f) for f in _DATE_FORMATS], detail=f"Provided value: {fmt!r}.")
        step = self.step
        if isinstance(step, bool) or not isinstance(step, (int, datetime.timedelta)):
            raise StreamlitInvalidParameterTypeError("step", type(step).__name__, ["int", "timedelta"])
        seconds = int(step.total_seconds()) if isinstance(step, datetime.timedelta) else step
        if not 60 <= seconds <= 23 * 3600:
            raise StreamlitValueOutOfRangeError("step", f"{seconds} seconds", "60 seconds", "23 hours")
        self.step_seconds = seconds
