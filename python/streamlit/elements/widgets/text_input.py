"""st.text_input: a single-line text widget (optionally a password field)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import _rustlit
from streamlit.elements.widgets import wire
from streamlit.elements.widgets.common import (
    callback_of,
    check_session_state_rules,
    help_text,
    label_visibility_value,
    register,
    to_key,
)
from streamlit.errors import StreamlitValueError
from streamlit.runtime import unapplied
from streamlit.runtime.state_proxy import get_session_state

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

_TYPES = ("default", "password", "email", "url", "phone", "search")


class TextInputMixin:
    __slots__ = ()

    def text_input(
        self: DeltaGenerator, label: str, value: Any = "", max_chars: int | None = None, key: Any = None,
        type: str = "default", help: str | None = None, autocomplete: str | None = None, on_change: Any = "rerun",
        args: Any = None, kwargs: Any = None, *, placeholder: str | None = None, disabled: bool = False,
        required: bool = False, label_visibility: str = "visible", icon: str | None = None, validate: Any = None,
        live: Any = False, width: Any = "stretch", bind: Any = None, persist_state: Any = None,
    ) -> str | None:
        """Display a single-line text input; returns its text (None if value=None and untouched)."""
        unapplied.notes(
            "st.text_input", persist_state=persist_state, validate=validate, type=type, live=live,
            autocomplete=autocomplete, required=required, icon=icon, width=width,
        )
        key = to_key(key)
        callback = callback_of(on_change)
        check_session_state_rules(None if value == "" else value, key)
        lv = label_visibility_value(label_visibility)
        if type not in _TYPES:
            raise StreamlitValueError("type", [f"'{t}'" for t in _TYPES])
        dg = self._active()
        label = str(label)
        identity = {
            "label": label, "value": value, "max_chars": max_chars, "type": type, "help": help,
            "autocomplete": autocomplete, "placeholder": str(placeholder), "icon": icon, "width": width,
            "live": live, "validate": validate, "required": required,
        }
        state = get_session_state()
        if key is not None and key in state and state[key] is None:
            value = None
        default = None if value is None else str(value)
        # Like Streamlit, text longer than max_chars is cut, not refused.
        if max_chars is not None and default is not None:
            default = default[:max_chars]

        def deserialize(raw: Any) -> str | None:
            if raw is None:
                return default
            return str(raw) if max_chars is None else str(raw)[:max_chars]

        reg = register(
            "text_input", user_key=key, dg=dg,
            key_as_main_identity=frozenset({"max_chars", "validate"}), identity=identity,
            kind="string", deserializer=deserialize, serializer=lambda v: v,
            callback=callback, args=args, kwargs=kwargs, disabled=disabled,
            bind=bind, clearable=True,
        )
        current = reg.value
        path = dg._next_path()
        _rustlit.text_input(
            path,
            widget=wire.widget_fields(
                reg.id, label, help_text(help), bool(disabled), lv, default=wire.text_value(default),
                value=wire.text_value(current), set_value=reg.changed, query_param_key=reg.query_param_key,
            ),
            password=type == "password", max_chars=int(max_chars or 0),
            placeholder="" if placeholder is None else str(placeholder),
        )
        return current
