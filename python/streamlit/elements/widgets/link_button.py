"""st.link_button: a button that opens a URL in a new tab.

With the default `on_click="ignore"` it is not a widget: clicking only opens
the URL and the call returns the element's DeltaGenerator. With "rerun" or a
callable it is also a trigger widget, like st.button.
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
        wid = ""
        clicked = False
        if is_widget:
            key = to_key(key)
            callback = callback_of(on_click)
            check_session_state_rules(None, key, writes_allowed=False)
            reg = register(
                "link_button", user_key=key, dg=dg, key_as_main_identity=True,
                identity={"label": label, "url": url, "icon": icon, "help": help, "type": type, "width": width},
                kind="trigger", deserializer=_deserialize, serializer=bool,
                callback=callback, args=args, kwargs=kwargs, disabled=disabled,
            )
            wid, clicked = reg.id, bool(reg.value)
        fill, size = button_width(width)
        path = dg._next_path()
        _rustlit.link_button(
            path, widget=wire.widget_fields(wid, label, help_text(help), bool(disabled)),
            url=str(url), type=type, icon=validate_icon(icon), use_container_width=fill, width_config=size,
            shortcut=shortcut or "", icon_position=icon_position, wrap=None if wrap is None else bool(wrap),
        )
        return clicked if is_widget else self._element(path)
