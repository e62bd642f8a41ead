"""st.color_picker: pick a colour; the value is a hex string."""

from __future__ import annotations

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
from streamlit.errors import StreamlitAPIException, StreamlitInvalidParameterTypeError

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

_HEX = re.compile(r"^#(?:[0-9a-fA-F]{3}){1,2}$")


def _check_hex(value: Any) -> str:
    if not isinstance(value, str):
        raise StreamlitInvalidParameterTypeError(
            "value", type(value).__name__, ["str"], detail="Pass a hex string like `'#00FFAA'` or `'#000'`."
        )
    if not _HEX.match(value):
        raise StreamlitAPIException(
            f"'{value}' is not a valid hex code for colors. Valid ones are like '#00FFAA' or '#000'."
        )
    return value


class ColorPickerMixin:
    __slots__ = ()

    def color_picker(
        self: DeltaGenerator, label: str, value: str | None = None, key: Any = None, help: str | None = None,
        on_change: Any = "rerun", args: Any = None, kwargs: Any = None, *, disabled: bool = False,
        label_visibility: str = "visible", width: Any = "content", bind: Any = None, persist_state: Any = None,
    ) -> str:
        """Display a colour picker; returns the selected colour as a hex string."""
        key = to_key(key)
        callback = callback_of(on_change)
        check_session_state_rules(value, key)
        lv = label_visibility_value(label_visibility)
        dg = self._active()
        label = str(label)
        identity = {"label": label, "value": value, "help": help, "width": width}
        default = _check_hex("#000000" if value is None else value)

        def deserialize(raw: Any) -> str:
            return default if raw is None else str(raw)

        reg = register(
            "color_picker", user_key=key, dg=dg, key_as_main_identity=True, identity=identity,
            kind="string", deserializer=deserialize, serializer=lambda v: v,
            callback=callback, args=args, kwargs=kwargs, disabled=disabled,
            bind=bind, persist_state=persist_state,
        )
        current = reg.value
        if reg.changed:
            current = _check_hex(current)
        size = widget_width(width, default="content")
        path = dg._next_path()
        _rustlit.color_picker(
            path,
            width_config=size,
            widget=wire.widget_fields(
                reg.id, label, help_text(help), bool(disabled), lv, default=wire.text_value(default),
                value=wire.text_value(current), set_value=reg.changed, query_param_key=reg.query_param_key,
            ),
        )
        return current
