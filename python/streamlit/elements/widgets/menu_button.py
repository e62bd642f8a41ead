"""st.menu_button: a button that opens a menu; the chosen option is returned for exactly the run
the choice caused (None otherwise), as a button's True is."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import _rustlit
from streamlit.elements.form_context import current_form_id
from streamlit.elements.icons import validate_icon
from streamlit.elements.size import button_width
from streamlit.elements.widgets import wire
from streamlit.elements.widgets.button import FORM_DOCS_INFO
from streamlit.elements.widgets.common import (
    callback_of,
    check_session_state_rules,
    help_text,
    options_list,
    register,
    to_key,
)
from streamlit.errors import (
    StreamlitAPIException,
    StreamlitInvalidLayoutContextError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)
from streamlit.runtime.run_context import get_ctx

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

_TYPES = ("primary", "secondary", "tertiary")


class MenuButtonMixin:
    __slots__ = ()

    def menu_button(
        self: DeltaGenerator, label: str, options: Any, *, key: Any = None, help: str | None = None,
        on_click: Any = None, args: Any = None, kwargs: Any = None, type: str = "secondary",
        icon: str | None = None, disabled: bool = False, width: Any = "content",
        format_func: Callable[[Any], str] = str, wrap: bool | None = None,
    ) -> Any:
        """Display a menu button; returns the option chosen in the run the choice caused, else None."""
        key = to_key(key)
        label = "" if label is None else str(label)
        if on_click is not None and not callable(on_click):
            raise StreamlitValueError("on_click", ["a callable", "None"])
        check_session_state_rules(None, key, writes_allowed=False)
        if get_ctx() is not None and current_form_id(self):
            raise StreamlitInvalidLayoutContextError(
                f"`st.menu_button()` can't be used in an `st.form()`.{FORM_DOCS_INFO}"
            )
        if type not in _TYPES:
            raise StreamlitValueError("type", [f"'{t}'" for t in _TYPES])
        options = options_list(options)
        if not options:
            raise StreamlitMissingRequiredParameterError("options", detail="Provide at least one option.")
        labels = [str(format_func(option)) for option in options]
        by_label = {text: i for i, text in enumerate(labels)}
        if len(by_label) != len(labels):
            raise StreamlitAPIException(
                "The `format_func` produced duplicate labels for the menu button options. Each formatted "
                "option label must be unique."
            )
        dg = self._active()
        reg = register(
            "menu_button", user_key=key, dg=dg, key_as_main_identity=True,
            identity={"label": label, "options": labels, "help": help, "type": type, "icon": icon, "width": width},
            kind="string_trigger",
            deserializer=lambda raw: options[by_label[raw]] if isinstance(raw, str) and raw in by_label else None,
            serializer=lambda v: "" if v is None else str(format_func(v)),
            callback=callback_of(on_click), args=args, kwargs=kwargs, disabled=disabled,
        )
        fill, size = button_width(width)
        path = dg._next_path()
        _rustlit.menu_button(
            path, widget=wire.widget_fields(reg.id, label, help_text(help), bool(disabled)), options=labels,
            type=type, icon=validate_icon(icon), use_container_width=fill, width_config=size,
            wrap=None if wrap is None else bool(wrap),
        )
        return reg.value
