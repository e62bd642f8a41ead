"""st.pills, st.segmented_control and st.feedback: rows of toggle buttons.

pills and segmented_control select one option (returned as the option, or
None) or several (`selection_mode="multi"`, returned as a list); their wire
value is the selected labels. st.feedback shows thumbs, faces or stars and
returns the index of the chosen one (None when nothing is chosen).
"""

from __future__ import annotations

from collections.abc import Callable
from numbers import Integral
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
from streamlit.elements.widgets.label_options import LabelSerde, check_defaults, default_list, forced_labels
from streamlit.errors import (
    StreamlitAPIException,
    StreamlitValueError,
    StreamlitValueOutOfRangeError,
)

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

_FEEDBACK = {"thumbs": ("THUMBS", 2), "faces": ("FACES", 5), "stars": ("STARS", 5)}  # Feedback.Type, count


def _button_group(
    dg: DeltaGenerator, style: str, label: str, options: Any, selection_mode: str, default: Any,
    required: bool, format_func: Callable[[Any], Any] | None, key: Any, help: str | None, on_change: Any,
    args: Any, kwargs: Any, disabled: bool, label_visibility: str, width: Any, bind: Any = None,
    persist_state: Any = None,
    wrap: bool | None = None,
) -> Any:
    if selection_mode not in ("single", "multi"):
        raise StreamlitValueError("selection_mode", ["'single'", "'multi'"])
    multi = selection_mode == "multi"
    if not multi and default is not None and isinstance(default, (list, tuple)) and len(default) > 1:
        raise StreamlitAPIException(
            f"The default argument to `st.{style}` must be a single value when `selection_mode='single'`."
        )
    key = to_key(key)
    callback = callback_of(on_change)
    check_session_state_rules(default, key)
    lv = label_visibility_value(label_visibility)
    opts = options_list(options)
    indices = check_defaults(opts, default_list(default))
    serde = LabelSerde(opts, format_func or str, indices)
    dg = dg._active()
    label = str(label)
    identity = {
        "options": serde.formatted, "default": indices, "click_mode": 1 if multi else 0,
        "style": style, "label": label, "help": help, "required": required, "width": width,
    }

    def deserialize(raw: Any) -> Any:
        values = serde.deserialize(raw)
        if multi:
            return values
        return values[0] if values else None

    def serialize(v: Any) -> list[str]:
        if v is None:
            return []
        return serde.serialize(v if multi else [v])

    reg = register(
        style, user_key=key, dg=dg, key_as_main_identity=frozenset({"click_mode"}), identity=identity,
        kind="string_array", deserializer=deserialize, serializer=serialize,
        callback=callback, args=args, kwargs=kwargs, disabled=disabled,
        bind=bind, persist_state=persist_state, clearable=True, options=serde.formatted, max_items=None if multi else 1,
    )
    value, set_to = reg.value, []
    if reg.changed:
        set_to, value = forced_labels(value, serialize, deserialize, serde.default_labels)
    size = widget_width(width, default="content")
    path = dg._next_path()
    _rustlit.button_group(
        path,
        width_config=size,
        widget=wire.widget_fields(
            reg.id, label, help_text(help), bool(disabled), lv, default=wire.labels_value(serde.default_labels),
            value=wire.labels_value(set_to), set_value=reg.changed, query_param_key=reg.query_param_key,
        ),
        options=serde.formatted, multi_select=multi, style="PILLS" if style == "pills" else "SEGMENTED_CONTROL",
        required=bool(required), wrap=None if wrap is None else bool(wrap),
    )
    return list(value) if multi else value


class ButtonGroupMixin:
    __slots__ = ()

    def pills(
        self: DeltaGenerator, label: str, options: Any, *, selection_mode: str = "single", default: Any = None,
        required: bool = False, format_func: Callable[[Any], Any] | None = None, key: Any = None,
        help: str | None = None, on_change: Any = "rerun", args: Any = None, kwargs: Any = None,
        disabled: bool = False, label_visibility: str = "visible", width: Any = "content",
        wrap: bool | None = None, bind: Any = None, persist_state: Any = None,
    ) -> Any:
        """Display pill buttons; returns the selected option (single) or list of options (multi)."""
        return _button_group(
            self, "pills", label, options, selection_mode, default, required, format_func, key, help,
            on_change, args, kwargs, disabled, label_visibility, width, bind, persist_state, wrap,
        )

    def segmented_control(
        self: DeltaGenerator, label: str, options: Any, *, selection_mode: str = "single", default: Any = None,
        required: bool = False, format_func: Callable[[Any], Any] | None = None, key: Any = None,
        help: str | None = None, on_change: Any = "rerun", args: Any = None, kwargs: Any = None,
        disabled: bool = False, label_visibility: str = "visible", width: Any = "content",
        wrap: bool | None = None, bind: Any = None, persist_state: Any = None,
    ) -> Any:
        """Display a segmented control; returns the selected option (single) or list of options (multi)."""
        return _button_group(
            self, "segmented_control", label, options, selection_mode, default, required, format_func, key,
            help, on_change, args, kwargs, disabled, label_visibility, width, bind, persist_state, wrap,
        )

    def feedback(
        self: DeltaGenerator, options: str = "thumbs", *, key: Any = None, default: int | None = None,
        disabled: bool = False, on_change: Any = "rerun", args: Any = None, kwargs: Any = None,
        width: Any = "content", bind: Any = None, persist_state: Any = None,
    ) -> int | None:
        """Display a feedback widget; returns the index of the chosen symbol, or None."""
        if options not in _FEEDBACK:
            raise StreamlitValueError("options", ["'thumbs'", "'faces'", "'stars'"])
        kind, count = _FEEDBACK[options]
        if default is not None and not 0 <= default < count:
            raise StreamlitValueOutOfRangeError("default", default, 0, count - 1)
        key = to_key(key)
        callback = callback_of(on_change)
        check_session_state_rules(default, key)
        dg = self._active()

        def valid(v: Any) -> bool:
            return isinstance(v, Integral) and not isinstance(v, bool) and 0 <= int(v) < count

        def deserialize(raw: Any) -> int | None:
            # None: no browser value yet; -1: the user cleared the selection.
            if raw is None:
                return default
            return int(raw) if valid(raw) else None

        reg = register(
            "feedback", user_key=key, dg=dg, key_as_main_identity=frozenset({"options"}),
            identity={"options": options, "default": default, "width": width},
            kind="int", deserializer=deserialize, serializer=lambda v: -1 if v is None else v,
            callback=callback, args=args, kwargs=kwargs, disabled=disabled, bind=bind, clearable=True,
            persist_state=persist_state,
        )
        value = reg.value
        changed = reg.changed
        if value is not None and not valid(value):
            value, changed = default, True
        size = widget_width(width, default="content")
        path = dg._next_path()
        _rustlit.feedback(
            path, type=kind,
            width_config=size,
            # -1 on the wire: nothing chosen (what the browser sends when the user clears it).
            widget=wire.widget_fields(
                reg.id, disabled=bool(disabled), default={"int_value": -1 if default is None else default},
                value={"int_value": -1 if value is None else value}, set_value=changed,
                query_param_key=reg.query_param_key,
            ),
        )
        return None if value is None else int(value)
