"""st.select_slider: a slider over arbitrary options, single value or range."""

from __future__ import annotations

from collections.abc import Callable
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
from streamlit.elements.widgets.label_options import LabelSerde, forced_labels, option_index
from streamlit.errors import StreamlitMissingRequiredParameterError

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator


def _index(options: list[Any], value: Any) -> int:
    i = option_index(options, value)
    if i is None:
        raise ValueError(f"{value} is not in iterable")
    return i


class SelectSliderMixin:
    __slots__ = ()

    def select_slider(
        self: DeltaGenerator, label: str, options: Any = (), value: Any = None,
        format_func: Callable[[Any], Any] = str, key: Any = None, help: str | None = None,
        on_change: Any = "rerun", args: Any = None, kwargs: Any = None, *, disabled: bool = False,
        label_visibility: str = "visible", width: Any = "stretch", bind: Any = None, persist_state: Any = None,
    ) -> Any:
        """Display a slider over `options`; returns an option, or a tuple of two for a range."""
        key = to_key(key)
        callback = callback_of(on_change)
        check_session_state_rules(value, key)
        lv = label_visibility_value(label_visibility)
        opts = options_list(options)
        if not opts:
            raise StreamlitMissingRequiredParameterError("options", detail="Provide at least one option.")
        is_range = isinstance(value, (list, tuple))
        if is_range:
            indices = [_index(opts, v) for v in value]
            if len(indices) == 2 and indices[0] > indices[1]:
                indices = [indices[1], indices[0]]
        elif value is None:
            indices = [0]
        else:
            indices = [_index(opts, value)]
        serde = LabelSerde(opts, format_func, indices)
        dg = self._active()
        label = str(label)
        identity = {"label": label, "options": serde.formatted, "value": indices, "help": help, "width": width}

        def deserialize(raw: Any) -> Any:
            values = serde.deserialize(raw)
            if len(values) != len(indices):
                values = serde.deserialize(None)
            return tuple(values) if is_range else values[0]

        def serialize(v: Any) -> list[str]:
            return serde.serialize(list(v) if isinstance(v, (list, tuple)) else [v])

        reg = register(
            "select_slider", user_key=key, dg=dg, key_as_main_identity=True, identity=identity,
            kind="string_array", deserializer=deserialize, serializer=serialize,
            callback=callback, args=args, kwargs=kwargs, disabled=disabled,
            bind=bind, persist_state=persist_state,
        )
        value, set_to = reg.value, []
        if reg.changed:
            set_to, value = forced_labels(value, serialize, deserialize, serde.default_labels)
        size = widget_width(width, default="stretch")
        path = dg._next_path()
        _rustlit.select_slider(
            path,
            width_config=size,
            widget=wire.widget_fields(
                reg.id, label, help_text(help), bool(disabled), lv, default=wire.labels_value(serde.default_labels),
                value=wire.labels_value(set_to), set_value=reg.changed, query_param_key=reg.query_param_key,
            ),
            options=serde.formatted,
        )
        return value
