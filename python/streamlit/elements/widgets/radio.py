"""st.radio: pick one option from a list of radio buttons."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import _rustlit
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
from streamlit.elements.widgets.options import IndexSerde, check_index, format_options
from streamlit.errors import StreamlitAPIException
from streamlit.runtime.state_proxy import get_session_state

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator


class RadioMixin:
    __slots__ = ()

    def radio(
        self: DeltaGenerator, label: str, options: Any, index: int | None = 0,
        format_func: Callable[[Any], Any] = str, key: Any = None, help: str | None = None,
        on_change: Any = "rerun", args: Any = None, kwargs: Any = None, *, disabled: bool = False,
        horizontal: bool = False, captions: Sequence[str] | None = None, label_visibility: str = "visible",
        width: Any = "content", bind: Any = None, persist_state: Any = None,
    ) -> Any:
        """Display radio buttons; returns the selected option (None when nothing is selected)."""
        key = to_key(key)
        callback = callback_of(on_change)
        check_session_state_rules(None if index == 0 else index, key)
        lv = label_visibility_value(label_visibility)
        opts = options_list(options)
        dg = self._active()
        label = str(label)
        formatted = format_options(opts, format_func)
        caption_list = [str(c) for c in captions] if captions is not None else []
        if captions is not None and len(caption_list) != len(opts):
            raise StreamlitAPIException("The number of captions has to match number of options!")
        identity = {
            "label": label, "options": formatted, "index": index, "help": help, "horizontal": horizontal,
            "captions": captions, "width": width,
        }
        check_index(index, opts)
        state = get_session_state()
        if key is not None and key in state and state[key] is None:
            index = None
        if not opts:
            index = None
        serde = IndexSerde(opts, formatted, index, format_func)
        reg = register(
            "radio", user_key=key, dg=dg, key_as_main_identity=True, identity=identity,
            kind="string", deserializer=serde.deserialize, serializer=serde.wire,
            callback=callback, args=args, kwargs=kwargs, disabled=disabled,
            bind=bind, persist_state=persist_state, clearable=index is None, options=formatted,
        )
        value, set_to = reg.value, None
        if reg.changed:
            set_to, value = serde.forced(value)
        size = widget_width(width, default="content")
        path = dg._next_path()
        _rustlit.radio(
            path,
            width_config=size,
            widget=wire.widget_fields(
                reg.id, label, help_text(help), bool(disabled), lv, default=wire.label_at(formatted, index),
                value=wire.label_at(formatted, set_to), set_value=reg.changed, query_param_key=reg.query_param_key,
            ),
            options=formatted, horizontal=bool(horizontal), captions=caption_list,
        )
        return value
