"""st.slider: numeric sliders, single value or (start, end) range.

Type inference, default bounds/step/format and bound widening follow
Streamlit 1.67: ints default to 0..100 step 1 "%d", floats to 0.0..1.0 step
0.01 "%0.2f"; bounds are swapped when reversed and widened to include the
value. Dates, times and datetimes travel as microseconds (see slider_time).
"""

from __future__ import annotations

import datetime
from numbers import Integral, Real
from typing import TYPE_CHECKING, Any

import _rustlit
from streamlit.elements.size import widget_width
from streamlit.elements.widgets import slider_time, wire
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
)
from streamlit.runtime.state_proxy import get_session_state

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

INT, FLOAT = "INT", "FLOAT"  # Slider.DataType
_DEFAULTS = {INT: (0, 100, 1, "%d"), FLOAT: (0.0, 1.0, 0.01, "%0.2f")}
_TIMELIKE = (datetime.date, datetime.time, datetime.datetime)


def _data_type(v: Any) -> str:
    timelike = slider_time.timelike_type(v)
    if timelike is not None:
        return timelike
    if isinstance(v, Integral):
        return INT
    if isinstance(v, Real):
        return FLOAT
    raise StreamlitInvalidParameterTypeError(
        "value", type(v).__name__, ["int", "float", "date", "time", "datetime", "list", "tuple"]
    )


class SliderMixin:
    __slots__ = ()

    def slider(
        self: DeltaGenerator, label: str, min_value: Any = None, max_value: Any = None, value: Any = None,
        step: Any = None, format: str | None = None, key: Any = None, help: str | None = None,
        on_change: Any = "rerun", args: Any = None, kwargs: Any = None, *, disabled: bool = False,
        label_visibility: str = "visible", width: Any = "stretch", bind: Any = None, persist_state: Any = None,
    ) -> Any:
        """Display a slider; returns a number, or a tuple for a range slider."""
        key = to_key(key)
        callback = callback_of(on_change)
        check_session_state_rules(value, key)
        lv = label_visibility_value(label_visibility)
        dg = self._active()
        label = str(label)
        identity = {
            "label": label, "min_value": min_value, "max_value": max_value, "value": value, "step": step,
            "format": format, "help": help, "width": width,
        }
        # The id is computed from the arguments as given, before any inference.
        ctx_id_args = dict(identity)

        if value is None:
            single = True
            state = get_session_state()
            if key is not None and key in state:
                single = not isinstance(state[key], (list, tuple))
            if single:
                value = min_value if min_value is not None else 0
            else:
                value = [min_value if min_value is not None else 0, max_value if max_value is not None else 100]

        single_value = isinstance(value, (Real, *_TIMELIKE)) and not isinstance(value, bool)
        range_value = isinstance(value, (list, tuple)) and len(value) in (0, 1, 2)
        if not single_value and not range_value:
            if isinstance(value, (list, tuple)):
                raise StreamlitValueError(
                    "value",
                    ["int", "float", "date", "time", "datetime", "a list containing up to two such values",
                     "a tuple containing up to two such values"],
                )
            raise StreamlitInvalidParameterTypeError(
                "value", type(value).__name__, ["int", "float", "date", "time", "datetime", "list", "tuple"]
            )
        values = [value] if single_value else list(value)
        types = {_data_type(v) for v in values}
        if len(types) > 1:
            raise StreamlitInvalidParameterTypeError(
                "value", ", ".join(type(v).__name__ for v in values),
                ["list or tuple containing values of the same type"],
            )
        data_type = types.pop() if types else INT
        timelike = data_type in slider_time.TIMELIKE
        if timelike:
            d_min, d_max, d_step, d_format = slider_time.defaults(data_type, values[0])
        else:
            d_min, d_max, d_step, d_format = _DEFAULTS[data_type]
        min_value = d_min if min_value is None else min_value
        max_value = d_max if max_value is None else max_value
        if step is None:
            step = d_step
            dated = data_type in (slider_time.DATE, slider_time.DATETIME)
            if dated and abs(max_value - min_value) < datetime.timedelta(days=1):
                step = datetime.timedelta(minutes=15)
        format = d_format if format is None else format
        if isinstance(step, datetime.timedelta):
            if step == datetime.timedelta(0):
                raise StreamlitValueError("step", ["a timedelta"], detail="Zero is not allowed.")
        elif step == 0:
            raise StreamlitValueError("step", ["a number"], detail="Zero is not allowed.")

        bound_args = (min_value, max_value, step)
        int_args = all(isinstance(a, Integral) for a in bound_args)
        float_args = all(isinstance(a, Real) and not isinstance(a, Integral) for a in bound_args)
        timelike_args = timelike and isinstance(step, datetime.timedelta) and type(min_value) is type(max_value)
        if not int_args and not float_args and not timelike_args:
            raise StreamlitInvalidParameterTypeError(
                "value",
                f"min_value={type(min_value).__name__}, max_value={type(max_value).__name__}, "
                f"step={type(step).__name__}",
                ["matching numeric types", "matching date/time types"],
            )
        if not ((data_type == INT and int_args) or (data_type == FLOAT and float_args) or timelike_args):
            raise StreamlitInvalidParameterTypeError(
                "value",
                f"value={type(value).__name__}, min_value={type(min_value).__name__}, "
                f"max_value={type(max_value).__name__}",
                ["value and arguments with matching types"],
            )

        if min_value > max_value:
            min_value, max_value = max_value, min_value
        if len(values) == 1:
            min_value = min(values[0], min_value)
            max_value = max(values[0], max_value)
        elif len(values) == 2:
            start, end = values
            if start > end:
                values = [end, start]
            min_value = min(values[0], min_value)
            max_value = max(values[1], max_value)
        else:
            values = [min_value, max_value]
        if timelike:
            # Compared as the datetimes they travel as, which the message shows.
            if slider_time.as_datetime(data_type, min_value) == slider_time.as_datetime(data_type, max_value):
                raise StreamlitInvalidMinMaxError(
                    slider_time.as_datetime(data_type, min_value), slider_time.as_datetime(data_type, max_value)
                )
        elif min_value == max_value:
            raise StreamlitInvalidMinMaxError(min_value, max_value)

        to_wire, to_py, wire_step = _wire(data_type, values, step)
        default = [to_wire(v) for v in values]
        expected_len = 1 if single_value else 2
        lo, hi = to_wire(min_value), to_wire(max_value)
        if timelike:
            slider_time.check_safe("`min_value`", int(lo))
            slider_time.check_safe("`max_value`", int(hi))

        def deserialize(raw: Any) -> Any:
            vals = default
            if raw is not None and len(raw) == expected_len and all(lo <= v <= hi for v in raw):
                vals = raw
            out = [to_py(v) for v in vals]
            return out[0] if single_value else tuple(out)

        def serialize(v: Any) -> list[float]:
            return [to_wire(x) for x in v] if isinstance(v, (list, tuple)) else [to_wire(v)]

        reg = register(
            "slider", user_key=key, dg=dg,
            key_as_main_identity=frozenset({"min_value", "max_value", "step"}),
            identity=ctx_id_args, kind="double_array", deserializer=deserialize, serializer=serialize,
            callback=callback, args=args, kwargs=kwargs, disabled=disabled,
            bind=bind, persist_state=persist_state,
        )
        set_to: list[float] = []
        if reg.changed:
            set_to = serialize(reg.value)
            for v in set_to:
                if v < lo:
                    raise StreamlitValueBelowMinError(value=to_py(v), min_value=to_py(lo))
                if v > hi:
                    raise StreamlitValueAboveMaxError(value=to_py(v), max_value=to_py(hi))
        size = widget_width(width, default="stretch")
        path = dg._next_path()
        _rustlit.slider(
            path,
            width_config=size,
            widget=wire.widget_fields(
                reg.id, label, help_text(help), bool(disabled), lv, default=wire.doubles_value(default),
                value=wire.doubles_value(set_to), set_value=reg.changed, query_param_key=reg.query_param_key,
            ),
            format=format, data_type=data_type, min=lo, max=hi, step=wire_step,
        )
        return reg.value


def _wire(data_type: str, values: list[Any], step: Any) -> tuple[Any, Any, float]:
    """(to_wire, to_py, step on the wire) for a slider of `data_type`."""
    if data_type in slider_time.TIMELIKE:
        tz = values[0].tzinfo if values and data_type != slider_time.DATE else None

        def to_wire(v: Any) -> float:
            return float(slider_time.to_micros(data_type, v))

        def to_py(f: float) -> Any:
            return slider_time.from_micros(data_type, f, tz)

        return to_wire, to_py, float(slider_time.delta_micros(step))
    cast = int if data_type == INT else float
    return float, cast, float(step)
