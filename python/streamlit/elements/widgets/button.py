"""st.button: a trigger widget, True for exactly the run its click caused."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import _rustlit
from streamlit.elements.form_context import current_form_id
from streamlit.elements.icons import validate_icon
from streamlit.elements.lib.shortcut_utils import normalize_icon_position, normalize_shortcut
from streamlit.elements.size import button_width
from streamlit.elements.widgets import wire
from streamlit.elements.widgets.common import (
    callback_of,
    check_session_state_rules,
    help_text,
    register,
    to_key,
)
from streamlit.errors import StreamlitInvalidLayoutContextError, StreamlitValueError
from streamlit.runtime.run_context import get_ctx

FORM_DOCS_INFO = """

For more information, refer to the
[documentation for forms](https://docs.streamlit.io/develop/api-reference/execution-flow/st.form)."""

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

_TYPES = ("primary", "secondary", "tertiary")


def _deserialize(raw: Any) -> bool:
    return bool(raw) if raw is not None else False


class ButtonMixin:
    __slots__ = ()

    def button(
        self: DeltaGenerator, label: str, key: Any = None, help: str | None = None, on_click: Any = None,
        args: Any = None, kwargs: Any = None, *, type: str = "secondary", icon: str | None = None,
        icon_position: str = "left", disabled: bool = False, use_container_width: bool | None = None,
        width: Any = "content", shortcut: str | None = None, wrap: bool | None = None,
    ) -> bool:
        """Display a button; returns True only in the run caused by its click."""
        if type not in _TYPES:
            raise StreamlitValueError("type", [f"'{t}'" for t in _TYPES])
        icon_position = normalize_icon_position(icon_position)
        if get_ctx() is not None and current_form_id(self):
            raise StreamlitInvalidLayoutContextError(
                "`st.button()` can't be used in an `st.form()`. Use "
                f"`st.form_submit_button()` instead to submit the form.{FORM_DOCS_INFO}"
            )
        key = to_key(key)
        callback = callback_of(on_click)
        shortcut = normalize_shortcut(shortcut) if shortcut is not None else None
        check_session_state_rules(None, key, writes_allowed=False)
        dg = self._active()
        label = str(label)
        if use_container_width is not None:
            width = "stretch" if use_container_width else "content"
        reg = register(
            "button", user_key=key, dg=dg, key_as_main_identity=True,
            identity={
                "label": label, "icon": icon, "help": help, "is_form_submitter": False, "type": type,
                "width": width, "icon_position": icon_position, "shortcut": shortcut,
            },
            kind="trigger", deserializer=_deserialize, serializer=bool,
            callback=callback, args=args, kwargs=kwargs, disabled=disabled,
        )
        fill, size = button_width(width)
        path = dg._next_path()
        _rustlit.button(
            path, widget=wire.widget_fields(reg.id, label, help_text(help), bool(disabled)), type=type,
            icon=validate_icon(icon), use_container_width=fill, width_config=size, shortcut=shortcut or "",
            icon_position=icon_position, wrap=None if wrap is None else bool(wrap),
        )
        return bool(reg.value)
