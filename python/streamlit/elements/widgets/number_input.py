"""st.number_input: int or float input with optional bounds, step and format.

Like Streamlit 1.67: all numeric arguments must share a type; `value="min"`
means min_value (or 0 / 0.0); the data type is int when every given argument
is an int, else float; the format defaults to "%d" or "%0.2f".
"""

from __future__ import annotations

import numbers
from typing import TYPE_CHECKING, Any

import _rustlit
from streamlit.elements.icons import validate_icon
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
    StreamlitInvalidNumberFormatError,
    StreamlitJSNumberBoundsError,
    StreamlitMixedNumericTypesError,
    StreamlitValueAboveMaxError,
    StreamlitValueBelowMinError,
)
from streamlit.runtime.state_proxy import get_session_state

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

INT, FLOAT = "INT", "FLOAT"  # NumberInput.DataType


class NumberInputMixin:
    __slots__ = ()

    def number_input(
        self: DeltaGenerator, label: str, min_value: Any = None, max_value: Any = None, value: Any = "min",
        step: Any = None, format: str | None = None, key: Any = None, help: str | None = None,
        on_change: Any = "rerun", args: Any = None, kwargs: Any = None, *, placeholder: str | None = None,
        disabled: bool = False, required: bool = False, label_visibility: str = "visible", icon: str | None = None,
        width: Any = "stretch", bind: Any = None, persist_state: Any = None,
    ) -> Any:
        """Display a numeric input; returns an int or a float (or None when empty)."""
        key = to_key(key)
        callback = callback_of(on_change)
        check_session_state_rules(value if value != "min" else None, key)
        lv = label_visibility_value(label_visibility)
        dg = self._active()
        label = str(label)
        identity = {
            "label": label, "min_value": min_value, "max_value": max_value, "value": value, "step": step,
            "format": format, "help": help, "placeholder": None if placeholder is None else str(placeholder),
            "icon": icon, "width": width, "required": required,
        }
        args_ = (min_value, max_value, value, step)
        all_int = all(isinstance(a, (numbers.Integral, type(None), str)) for a in args_)
        all_float = all(isinstance(a, (float, type(None), str)) for a in args_)
        if not all_int and not all_float:
            raise StreamlitMixedNumericTypesError(value=value, min_value=min_value, max_value=max_value, step=step)

        state = get_session_state()
        if key is not None and key in state and state[key] is None:
            value = None
        if value == "min":
            if min_value is not None:
                value = min_value
            elif all_int and not all_float:
                value = 0
            else:
                value = 0.0
        if isinstance(value, str):
            raise StreamlitJSNumberBoundsError(f"`value` ({value}) is not a float")
        int_value = isinstance(value, numbers.Integral)
        if value is None:
            int_value = all_int and not all_float
        number_format = ("%d" if int_value else "%0.2f") if format is None else format
        if step is None:
            step = 1 if int_value else 0.01
        try:
            float(number_format % 2)
        except (TypeError, ValueError):
            raise StreamlitInvalidNumberFormatError(number_format)
        if min_value is not None and max_value is not None and min_value > max_value:
            raise StreamlitInvalidMinMaxError(min_value, max_value)
        if min_value is not None and value is not None and min_value > value:
            raise StreamlitValueBelowMinError(value=value, min_value=min_value)
        if max_value is not None and value is not None and max_value < value:
            raise StreamlitValueAboveMaxError(value=value, max_value=max_value)

        data_type = INT if int_value and all_int else FLOAT
        default = value
        lo = float("-inf") if min_value is None else min_value
        hi = float("inf") if max_value is None else max_value

        def deserialize(raw: Any) -> Any:
            if raw is None:
                return default
            v = int(raw) if data_type == INT else float(raw)
            if v < lo or v > hi or (data_type == FLOAT and v != v):
                return default
            return v

        reg = register(
            "number_input", user_key=key, dg=dg, key_as_main_identity=True, identity=identity,
            kind="int" if data_type == INT else "double", deserializer=deserialize, serializer=lambda v: v,
            callback=callback, args=args, kwargs=kwargs, disabled=disabled,
            bind=bind, persist_state=persist_state, clearable=value is None,
        )
        value, set_to = reg.value, None
        if reg.changed and value is not None:
            try:
                out_of_range = value < lo or value > hi
            except TypeError:
                out_of_range = False
            if out_of_range:
                # An out-of-range session-state value falls back to the default.
                value = default
            set_to = None if value is None else float(value)
        shown_icon = validate_icon(icon)
        size = widget_width(width, default="stretch")
        path = dg._next_path()
        _rustlit.number_input(
            path,
            width_config=size,
            widget=wire.widget_fields(
                reg.id, label, help_text(help), bool(disabled), lv,
                default=wire.number_value(default, data_type == INT),
                value=wire.number_value(set_to, data_type == INT), set_value=reg.changed,
                query_param_key=reg.query_param_key,
            ),
            format=number_format, data_type=data_type, step=float(step),
            has_min=min_value is not None, min=0.0 if min_value is None else float(min_value),
            has_max=max_value is not None, max=0.0 if max_value is None else float(max_value),
            required=bool(required), icon=shown_icon,
            placeholder="" if placeholder is None else str(placeholder),
        )
        return value
