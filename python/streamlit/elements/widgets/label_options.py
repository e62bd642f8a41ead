"""Shared logic of the option widgets whose wire value is option labels.

multiselect, pills, segmented_control and select_slider send the formatted
labels of the selected options (Streamlit 1.67's encoding); the script gets
the user's option objects back. A label that matches no option is a value
the user typed (multiselect with accept_new_options) and comes back as str,
or is dropped when new options are not accepted.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from streamlit.elements.widgets.common import options_list
from streamlit.elements.widgets.options import format_options
from streamlit.errors import StreamlitDefaultNotInOptionsError


def option_index(options: Sequence[Any], value: Any) -> int | None:
    """The index of the first option equal to `value` (None when there is none)."""
    for i, o in enumerate(options):
        try:
            if o is value or o == value:
                return i
        except Exception:
            continue
    return None


def default_list(default: Any) -> list[Any]:
    """`default` as a list: None is empty, a single value is one item, sequences are their items."""
    if default is None:
        return []
    if isinstance(default, (str, bytes)) or not hasattr(default, "__iter__"):
        return [default]
    if isinstance(default, dict):
        return list(default.keys())
    return options_list(default)


def check_defaults(options: Sequence[Any], defaults: list[Any]) -> list[int]:
    """The indices of the defaults; a default that is not an option is an API error."""
    indices = []
    for value in defaults:
        i = option_index(options, value)
        if i is None:
            raise StreamlitDefaultNotInOptionsError(value)
        indices.append(i)
    return indices


class LabelSerde:
    """Labels <-> option objects for one widget registration."""

    __slots__ = ("accept_new", "default_labels", "format_func", "formatted", "options")

    def __init__(
        self, options: list[Any], format_func: Callable[[Any], Any], default_indices: list[int],
        accept_new: bool = False,
    ) -> None:
        self.options = options
        self.format_func = format_func
        self.formatted = format_options(options, format_func)
        self.default_labels = [self.formatted[i] for i in default_indices]
        self.accept_new = accept_new

    def to_options(self, labels: list[str]) -> list[Any]:
        out = []
        for label in labels:
            if label in self.formatted:
                out.append(self.options[self.formatted.index(label)])
            elif self.accept_new:
                out.append(label)
        return out

    def deserialize(self, raw: Any) -> list[Any]:
        labels = self.default_labels if raw is None else list(raw)
        return self.to_options(labels)

    def label_of(self, value: Any) -> str:
        i = option_index(self.options, value)
        if i is not None:
            return self.formatted[i]
        if self.accept_new:
            return str(value)
        raise StreamlitDefaultNotInOptionsError(value)

    def serialize(self, values: Any) -> list[str]:
        return [self.label_of(v) for v in default_list(values)]


def forced_labels(
    value: Any, serialize: Callable[[Any], list[str]], deserialize: Callable[[Any], Any], default_labels: list[str]
) -> tuple[list[str], Any]:
    """A session-state value as the element carries it (labels) and as the
    script gets it; a value that is not an option falls back to the default."""
    try:
        return serialize(value), value
    except StreamlitDefaultNotInOptionsError:
        return list(default_labels), deserialize(None)
