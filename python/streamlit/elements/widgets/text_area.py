"""st.text_area: a multi-line text widget."""

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
from streamlit.errors import StreamlitAPIException
from streamlit.runtime.state_proxy import get_session_state

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

_MIN_HEIGHT = 68  # px: Streamlit's smallest text area (about two lines)


def _height_px(height: Any) -> int:
    if height is None or height == "content" or height == "stretch":
        return 0
    if isinstance(height, int) and not isinstance(height, bool) and height > 0:
        # Streamlit accepts any positive height; the page shows at least two lines.
        return max(height, _MIN_HEIGHT)
    raise StreamlitAPIException(
        f"Invalid height value: {height!r}. Height must be either an integer (pixels), 'stretch', or 'content'."
    )


class TextAreaMixin:
    __slots__ = ()

    def text_area(
        self: DeltaGenerator, label: str, value: Any = "", height: Any = None, max_chars: int | None = None,
        key: Any = None, help: str | None = None, on_change: Any = "rerun", args: Any = None,
        kwargs: Any = None, *, placeholder: str | None = None, disabled: bool = False, required: bool = False,
        label_visibility: str = "visible", width: Any = "stretch", bind: Any = None, persist_state: Any = None,
    ) -> str | None:
        """Display a multi-line text input; returns its text (None if value=None and untouched)."""
        key = to_key(key)
        callback = callback_of(on_change)
        check_session_state_rules(None if value == "" else value, key)
        lv = label_visibility_value(label_visibility)
        px = _height_px(height)
        dg = self._active()
        label = str(label)
        identity = {
            "label": label, "value": value, "height": height, "max_chars": max_chars, "help": help,
            "placeholder": str(placeholder), "width": width, "required": required,
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
            "text_area", user_key=key, dg=dg, key_as_main_identity=frozenset({"max_chars"}), identity=identity,
            kind="string", deserializer=deserialize, serializer=lambda v: v,
            callback=callback, args=args, kwargs=kwargs, disabled=disabled,
            bind=bind, persist_state=persist_state, clearable=True,
        )
        current = reg.value
        size = widget_width(width, default="stretch")
        path = dg._next_path()
        _rustlit.text_area(
            path,
            width_config=size,
            widget=wire.widget_fields(
                reg.id, label, help_text(help), bool(disabled), lv, default=wire.text_value(default),
                value=wire.text_value(current), set_value=reg.changed, query_param_key=reg.query_param_key,
            ),
            max_chars=int(max_chars or 0), placeholder="" if placeholder is None else str(placeholder), height=px,
            required=bool(required),
        )
        return current
