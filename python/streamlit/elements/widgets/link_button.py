"""st.link_button: a button that opens a URL in a new tab.

With the default `on_click="ignore"` it is not a widget: clicking only opens
the URL and the call returns the element's DeltaGenerator. With "rerun" or a
callable it is also a trigger widget, like st.button. As in 1.67, a `key` or a
`shortcut` gives even an "ignore" link button an element id, so two alike are
a duplicate error (the id is not sent: the page would take it for a widget).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import _rustlit
from streamlit.elements.icons import validate_icon
from streamlit.elements.lib.shortcut_utils import normalize_icon_position, normalize_shortcut
from streamlit.elements.size import button_width
from streamlit.elements.widgets import wire
from streamlit.elements.widgets.common import callback_of, check_session_state_rules, help_text, register, to_key
from streamlit.errors import StreamlitValueError
from streamlit.runtime.run_context import get_ctx
from streamlit.runtime.widget_ids import compute_element_id, register_element_id

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

_TYPES = ("primary", "secondary", "tertiary")


def _deserialize(raw: Any) -> bool:
    return bool(raw) if raw is not None else False


class LinkButtonMixin:
    __slots__ = ()

    def link_button(
        self: DeltaGenerator, label: str, url: str, *, key: Any = None, on_click: Any = "ignore",
        args: Any = None, kwargs: Any = None, help: str | None = None, type: str = "secondary",
        icon: str | None = None, icon_position: str = "left", disabled: bool = False,
        use_container_width: bool | None = None, width: Any = "content", shortcut: str | None = None,
        wrap: bool | None = None,
    ) -> Any:
        """Display a link button; returns True in the run its click caused when on_click is not "ignore"."""
        if type not in _TYPES:
            raise StreamlitValueError("type", [f"'{t}'" for t in _TYPES])
        icon_position = normalize_icon_position(icon_position)
        dg = self._active()
        label = str(label)
        if use_container_width is not None:
            width = "stretch" if use_container_width else "content"
        is_widget = on_click != "ignore"
        shortcut = normalize_shortcut(shortcut) if shortcut is not None else None
        key = to_key(key)
        identity = {
            "label": label, "url": url, "icon": icon, "help": help, "type": type, "width": width,
            "icon_position": icon_position, "shortcut": shortcut,
        }
        wid = ""
        clicked = False
        if is_widget:
            callback = callback_of(on_click)
            check_session_state_rules(None, key, writes_allowed=False)
            reg = register(
                "link_button", user_key=key, dg=dg, key_as_main_identity=True, identity=identity,
                kind="trigger", deserializer=_deserialize, serializer=bool,
                callback=callback, args=args, kwargs=kwargs, disabled=disabled,
            )
            wid, clicked = reg.id, bool(reg.value)
        elif key is not None or shortcut is not None:
            if key is not None:
                check_session_state_rules(None, key, writes_allowed=False)
            element_id = compute_element_id("link_button", key, key is not None, dg._root, identity)
            register_element_id(get_ctx(), "link_button", element_id, key)
        fill, size = button_width(width)
        path = dg._next_path()
        _rustlit.link_button(
            path, widget=wire.widget_fields(wid, label, help_text(help), bool(disabled)),
            url=str(url), type=type, icon=validate_icon(icon), use_container_width=fill, width_config=size,
            shortcut=shortcut or "", icon_position=icon_position, wrap=None if wrap is None else bool(wrap),
        )
        return clicked if is_widget else self._element(path)
