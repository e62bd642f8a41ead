"""st.slider: numeric sliders, single value or (start, end) range.

Type inference, default bounds/step/format and bound widening follow
Streamlit 1.67: ints default to 0..100 step 1 "%d", floats to 0.0..1.0 step
0.01 "%0.2f"; bounds are swapped when reversed and widened to include the
value. Date and time sliders are not supported by rustlit yet.
"""

from __future__ import annotations

import datetime
from numbers import Integral, Real
from typing import TYPE_CHECKING, Any

import _rustlit
from streamlit.elements.widgets.common import (
    callback_of,
    check_session_state_rules,
    help_text,
    label_visibility_value,
    register,
    to_key,
)
from streamlit.errors import (
    StreamlitAPIException,
    StreamlitInvalidMinMaxError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueAboveMaxError,
    StreamlitValueBelowMinError,
    StreamlitValueError,
)
from streamlit.runtime.state_proxy import get_session_state

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

INT, FLOAT = 0, 1
_DEFAULTS = {INT: (0, 100, 1, "%d"), FLOAT: (0.0, 1.0, 0.01, "%0.2f")}
_TIMELIKE = (datetime.date, datetime.time, datetime.datetime, datetime.timedelta)


def _data_type(v: Any) -> int:
    if isinstance(v, _TIMELIKE):
        raise StreamlitAPIException("Date and time sliders are not supported by rustlit yet.")
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
        d_min, d_max, d_step, d_format = _DEFAULTS[data_type]
        min_value = d_min if min_value is None else min_value
        max_value = d_max if max_value is None else max_value
        step = d_step if step is None else step
        format = d_format if format is None else format
        if step == 0:
            raise StreamlitValueError("step", ["a number"], detail="Zero is not allowed.")

        bound_args = (min_value, max_value, step)
        int_args = all(isinstance(a, Integral) for a in bound_args)
        float_args = all(isinstance(a, Real) and not isinstance(a, Integral) for a in bound_args)
        if not int_args and not float_args:
            raise StreamlitInvalidParameterTypeError(
                "value",
                f"min_value={type(min_value).__name__}, max_value={type(max_value).__name__}, "
                f"step={type(step).__name__}",
                ["matching numeric types", "matching date/time types"],
            )
        if not ((data_type == INT and int_args) or (data_type == FLOAT and float_args)):
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
        if min_value == max_value:
            raise StreamlitInvalidMinMaxError(min_value, max_value)

        default = [float(v) for v in values]
        expected_len = 1 if single_value else 2
        lo, hi = float(min_value), float(max_value)
        cast = int if data_type == INT else float

        def deserialize(raw: Any) -> Any:
            vals = default
            if raw is not None and len(raw) == expected_len and all(lo <= v <= hi for v in raw):
                vals = raw
            out = [cast(v) for v in vals]
            return out[0] if single_value else tuple(out)

        def serialize(v: Any) -> list[float]:
            return [float(x) for x in v] if isinstance(v, (list, tuple)) else [float(v)]

        reg = register(
            "slider", user_key=key, dg=dg,
            key_as_main_identity=frozenset({"min_value", "max_value", "step"}),
            identity=ctx_id_args, kind="double_array", deserializer=deserialize, serializer=serialize,
            callback=callback, args=args, kwargs=kwargs, disabled=disabled,
        )
        set_to: list[float] = []
        if reg.changed:
            set_to = serialize(reg.value)
            for v in set_to:
                if v < lo:
                    raise StreamlitValueBelowMinError(value=cast(v), min_value=min_value)
                if v > hi:
                    raise StreamlitValueAboveMaxError(value=cast(v), max_value=max_value)
        path = dg._next_path()
        _rustlit.slider(
            path, reg.id, label, format, data_type, default, lo, hi, float(step), set_to, reg.changed,
            help_text(help), bool(disabled), lv,
        )
        return reg.value
