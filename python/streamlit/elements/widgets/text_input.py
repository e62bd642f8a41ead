"""st.text_input: a single-line text widget: plain, password, email, URL, phone or search, with 1.67's
in-browser `required` and `validate` checks and `live` commits (text_input_options.py)."""

from __future__ import annotations

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
from streamlit.elements.widgets.text_input_options import live_debounce_ms, type_defaults, validate_rule
from streamlit.errors import StreamlitIncompatibleParametersError
from streamlit.runtime.state_proxy import get_session_state

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator


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
        key = to_key(key)
        callback = callback_of(on_change)
        check_session_state_rules(None if value == "" else value, key)
        lv = label_visibility_value(label_visibility)
        defaults = type_defaults(type)
        # None takes the type's default, "" turns it off, anything else is the app's own.
        regex, message = validate_rule(defaults.validate if validate is None else validate)
        debounce = live_debounce_ms(live)
        shown_icon = validate_icon(defaults.icon if icon is None else icon)
        shown_placeholder = defaults.placeholder if placeholder is None else str(placeholder)
        if bind == "query-params" and type == "password":
            raise StreamlitIncompatibleParametersError(
                "bind='query-params'", "type='password'", explanation="Password values must not appear in URLs.",
            )
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
            bind=bind, persist_state=persist_state, clearable=True,
        )
        current = reg.value
        size = widget_width(width, default="stretch")
        path = dg._next_path()
        _rustlit.text_input(
            path,
            width_config=size,
            widget=wire.widget_fields(
                reg.id, label, help_text(help), bool(disabled), lv, default=wire.text_value(default),
                value=wire.text_value(current), set_value=reg.changed, query_param_key=reg.query_param_key,
            ),
            type=defaults.wire, max_chars=int(max_chars or 0), placeholder=shown_placeholder or "",
            icon=shown_icon, autocomplete=defaults.autocomplete if autocomplete is None else str(autocomplete),
            validate_regex=regex or None, validate_message=message, required=bool(required),
            live_debounce_ms=debounce,
        )
        return current
