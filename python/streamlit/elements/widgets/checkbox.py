"""st.checkbox and st.toggle: boolean widgets."""

from __future__ import annotations

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

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

CHECKBOX, TOGGLE = "DEFAULT", "TOGGLE"  # Checkbox.Style


class CheckboxMixin:
    __slots__ = ()

    def _checkbox(
        self: DeltaGenerator, element_type: str, style: str, label: str, value: bool, key: Any, help: Any,
        on_change: Any, args: Any, kwargs: Any, disabled: bool, label_visibility: str, width: Any, bind: Any,
        persist_state: Any,
        wrap: bool | None,
    ) -> bool:
        key = to_key(key)
        callback = callback_of(on_change)
        check_session_state_rules(None if value is False else value, key)
        lv = label_visibility_value(label_visibility)
        dg = self._active()
        label = str(label)
        default = bool(value)

        def deserialize(raw: Any) -> bool:
            return bool(raw) if raw is not None else default

        reg = register(
            element_type, user_key=key, dg=dg, key_as_main_identity=True,
            identity={"label": label, "value": default, "help": help, "width": width},
            kind="bool", deserializer=deserialize, serializer=bool,
            callback=callback, args=args, kwargs=kwargs, disabled=disabled, bind=bind,
            persist_state=persist_state,
        )
        current = bool(reg.value)
        size = widget_width(width, default="content")
        path = dg._next_path()
        _rustlit.checkbox(
            path,
            width_config=size,
            widget=wire.widget_fields(
                reg.id, label, help_text(help), bool(disabled), lv, default=wire.bool_value(default),
                value=wire.bool_value(current), set_value=reg.changed, query_param_key=reg.query_param_key,
            ),
            style=style,
            wrap=None if wrap is None else bool(wrap),
        )
        return current

    def checkbox(
        self, label: str, value: bool = False, key: Any = None, help: str | None = None, on_change: Any = "rerun",
        args: Any = None, kwargs: Any = None, *, disabled: bool = False, label_visibility: str = "visible",
        width: Any = "content", wrap: bool | None = None, bind: Any = None, persist_state: Any = None,
    ) -> bool:
        """Display a checkbox; returns whether it is checked."""
        return self._checkbox(
            "checkbox", CHECKBOX, label, value, key, help, on_change, args, kwargs, disabled, label_visibility, width,
            bind, persist_state, wrap,
        )

    def toggle(
        self, label: str, value: bool = False, key: Any = None, help: str | None = None, on_change: Any = "rerun",
        args: Any = None, kwargs: Any = None, *, disabled: bool = False, label_visibility: str = "visible",
        width: Any = "content", wrap: bool | None = None, bind: Any = None, persist_state: Any = None,
    ) -> bool:
        """Display a toggle switch; returns whether it is on."""
        return self._checkbox(
            "toggle", TOGGLE, label, value, key, help, on_change, args, kwargs, disabled, label_visibility, width,
            bind, persist_state, wrap,
        )
