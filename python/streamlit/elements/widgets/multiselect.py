"""st.multiselect: pick any number of options (optionally type new ones)."""

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
from streamlit.elements.widgets.label_options import LabelSerde, check_defaults, default_list, forced_labels
from streamlit.elements.widgets.options import filter_mode_value
from streamlit.errors import (
    StreamlitAPIException,
    StreamlitInvalidParameterTypeError,
    StreamlitSelectionCountExceedsMaxError,
    StreamlitValueError,
)

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator


def _check_max_selections(max_selections: Any, count: int) -> None:
    if max_selections is None:
        return
    if not isinstance(max_selections, int) or isinstance(max_selections, bool):
        raise StreamlitInvalidParameterTypeError("max_selections", type(max_selections).__name__, ["int", "None"])
    if count > max_selections:
        raise StreamlitSelectionCountExceedsMaxError(count, max_selections)


# 1.67's `select_all`: True shows the row for any number of options (-1 on the wire), False never
# (0), an int up to that many selectable options; the wire's field is an int32.
_SELECT_ALL_ALWAYS = -1
_INT32_MAX = 2**31 - 1


def _select_all_value(select_all: Any) -> int:
    if isinstance(select_all, bool):
        return _SELECT_ALL_ALWAYS if select_all else 0
    if isinstance(select_all, int):
        if select_all < 0:
            raise StreamlitValueError(
                "select_all", ["True", "False", "a non-negative integer"],
                detail="When using an int, `select_all` must be a non-negative integer.",
            )
        return min(select_all, _INT32_MAX)
    raise StreamlitInvalidParameterTypeError("select_all", type(select_all).__name__, ["bool", "int"])


class MultiselectMixin:
    __slots__ = ()

    def multiselect(
        self: DeltaGenerator, label: str, options: Any, default: Any = None,
        format_func: Callable[[Any], Any] = str, key: Any = None, help: str | None = None,
        on_change: Any = "rerun", args: Any = None, kwargs: Any = None, *, max_selections: int | None = None,
        placeholder: str | None = None, disabled: bool = False, label_visibility: str = "visible",
        accept_new_options: bool = False, filter_mode: Any = "fuzzy", select_all: Any = 1000,
        width: Any = "stretch", wrap: bool | None = None, bind: Any = None, persist_state: Any = None,
    ) -> list[Any]:
        """Display a multi-select widget; returns the list of selected options."""
        key = to_key(key)
        callback = callback_of(on_change)
        check_session_state_rules(default, key)
        lv = label_visibility_value(label_visibility)
        mode = filter_mode_value(filter_mode, bool(accept_new_options))
        bulk = _select_all_value(select_all)
        opts = options_list(options)
        defaults = default_list(default)
        indices = [] if accept_new_options and not opts else check_defaults(opts, defaults)
        _check_max_selections(max_selections, len(indices))
        serde = LabelSerde(opts, format_func, indices, bool(accept_new_options))
        dg = self._active()
        label = str(label)
        identity = {
            "label": label, "options": serde.formatted, "default": indices, "help": help,
            "max_selections": max_selections, "placeholder": placeholder,
            "accept_new_options": accept_new_options, "filter_mode": filter_mode, "width": width,
        }
        reg = register(
            "multiselect", user_key=key, dg=dg,
            key_as_main_identity=frozenset({"max_selections", "accept_new_options"}),
            identity=identity, kind="string_array", deserializer=serde.deserialize, serializer=serde.serialize,
            callback=callback, args=args, kwargs=kwargs, disabled=disabled,
            bind=bind, persist_state=persist_state, clearable=True,
            options=None if accept_new_options else serde.formatted,
            max_items=max_selections or None,
        )
        value = reg.value
        set_to: list[str] = []
        if reg.changed:
            set_to, value = forced_labels(value, serde.serialize, serde.deserialize, serde.default_labels)
            _check_max_selections(max_selections, len(set_to))
            value = serde.to_options(set_to)
        size = widget_width(width, default="stretch")
        path = dg._next_path()
        if placeholder is None:
            placeholder = "Choose or add options" if accept_new_options else "Choose options"
        if not opts and not accept_new_options:
            placeholder = "No options to select"
        _rustlit.multiselect(
            path,
            width_config=size,
            widget=wire.widget_fields(
                reg.id, label, help_text(help), bool(disabled), lv, default=wire.labels_value(serde.default_labels),
                value=wire.labels_value(set_to), set_value=reg.changed, query_param_key=reg.query_param_key,
            ),
            options=serde.formatted, max_selections=int(max_selections or 0), placeholder=str(placeholder),
            accept_new_options=bool(accept_new_options), filter_mode=mode, select_all=bulk,
            wrap=None if wrap is None else bool(wrap),
        )
        if not isinstance(value, list):
            raise StreamlitAPIException("The multiselect value must be a list.")
        return list(value)
