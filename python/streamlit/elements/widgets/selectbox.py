"""st.selectbox: pick one option from a drop-down."""

from __future__ import annotations

from collections.abc import Callable
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
    options_list,
    register,
    to_key,
)
from streamlit.elements.widgets.options import IndexSerde, check_index, filter_mode_value, format_options
from streamlit.runtime.state_proxy import get_session_state

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator


class SelectboxMixin:
    __slots__ = ()

    def selectbox(
        self: DeltaGenerator, label: str, options: Any, index: int | None = 0,
        format_func: Callable[[Any], Any] = str, key: Any = None, help: str | None = None,
        on_change: Any = "rerun", args: Any = None, kwargs: Any = None, *, placeholder: str | None = None,
        disabled: bool = False, required: bool = False, label_visibility: str = "visible",
        icon: str | None = None, accept_new_options: bool = False, filter_mode: str = "fuzzy",
        width: Any = "stretch", bind: Any = None, persist_state: Any = None,
    ) -> Any:
        """Display a select widget; returns the selected option (None when nothing is selected)."""
        key = to_key(key)
        callback = callback_of(on_change)
        check_session_state_rules(None if index == 0 else index, key)
        lv = label_visibility_value(label_visibility)
        opts = options_list(options)
        check_index(index, opts)
        mode = filter_mode_value(filter_mode, bool(accept_new_options))
        formatted = format_options(opts, format_func)
        shown_icon = validate_icon(icon)
        dg = self._active()
        label = str(label)
        identity = {
            "label": label, "options": formatted, "index": index, "help": help, "placeholder": placeholder,
            "accept_new_options": accept_new_options, "filter_mode": filter_mode, "width": width,
            "required": required, "icon": icon,
        }
        state = get_session_state()
        if key is not None and key in state and state[key] is None:
            index = None
        if not opts:
            index = None
        serde = IndexSerde(opts, formatted, index, format_func, accept_new=bool(accept_new_options))
        reg = register(
            "selectbox", user_key=key, dg=dg, key_as_main_identity=frozenset({"accept_new_options"}),
            identity=identity, kind="string", deserializer=serde.deserialize, serializer=serde.wire,
            callback=callback, args=args, kwargs=kwargs, disabled=disabled,
            bind=bind, persist_state=persist_state, clearable=index is None,
            options=None if accept_new_options else formatted,
        )
        value, set_to = reg.value, None
        if reg.changed:
            set_to, value = serde.forced(value)
        size = widget_width(width, default="stretch")
        path = dg._next_path()
        _rustlit.selectbox(
            path,
            width_config=size,
            widget=wire.widget_fields(
                reg.id, label, help_text(help), bool(disabled), lv, default=wire.label_at(formatted, index),
                value=wire.label_at(formatted, set_to), set_value=reg.changed, query_param_key=reg.query_param_key,
            ),
            options=formatted, placeholder="" if placeholder is None else str(placeholder),
            accept_new_options=bool(accept_new_options), required=bool(required), filter_mode=mode, icon=shown_icon,
        )
        return value
