"""Shared logic of the single-choice option widgets (selectbox, radio), and the typing filter
selectbox and multiselect share.

On the wire the browser holds the option's label, as Streamlit 1.67 does,
so a keyed widget whose options are reordered keeps the option the user
picked, and one whose option disappeared falls back to its default. The
script gets the user's option object back (or, for a selectbox with
`accept_new_options`, the text the user typed). Elements carry indexes for
the default and for session-state assignments, which are matched to an
option by equality or by their formatted label.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from streamlit.errors import (
    StreamlitAPIException,
    StreamlitIncompatibleParametersError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
    StreamlitValueOutOfRangeError,
)


def check_index(index: Any, options: list[Any]) -> None:
    if index is not None and (not isinstance(index, int) or isinstance(index, bool)):
        raise StreamlitInvalidParameterTypeError("index", type(index).__name__, ["int", "None"])
    if index is not None and options and not 0 <= index < len(options):
        raise StreamlitValueOutOfRangeError("index", index, 0, len(options) - 1)


def format_options(options: list[Any], format_func: Callable[[Any], Any]) -> list[str]:
    try:
        return [str(format_func(o)) for o in options]
    except Exception as e:
        raise StreamlitAPIException(f"`format_func` failed on an option: {e}")


class IndexSerde:
    """Index <-> option conversion for one widget registration."""

    __slots__ = ("accept_new", "default_index", "format_func", "formatted", "options")

    def __init__(
        self, options: list[Any], formatted: list[str], default_index: int | None, format_func: Callable[[Any], Any],
        accept_new: bool = False,
    ) -> None:
        self.options = options
        self.formatted = formatted
        self.default_index = default_index
        self.format_func = format_func
        self.accept_new = accept_new

    def deserialize(self, raw: Any) -> Any:
        if isinstance(raw, str):
            if raw in self.formatted:
                return self.options[self.formatted.index(raw)]
            return raw if self.accept_new else self._default()
        idx = raw
        if idx is None or not isinstance(idx, int) or isinstance(idx, bool) or not 0 <= idx < len(self.options):
            return self._default()
        return self.options[idx]

    def forced(self, value: Any) -> tuple[int | None, Any]:
        """A session-state value as the element carries it (an index) and as the
        script gets it; a value that is not an option falls back to the default."""
        index = self.serialize(value)
        if index is None and value is not None:
            return self.default_index, self._default()
        return index, value

    def _default(self) -> Any:
        return None if self.default_index is None else self.options[self.default_index]

    def wire(self, value: Any) -> str | None:
        """The value as the browser sends it: the option's label (a new option's text), or None."""
        index = self.serialize(value)
        if index is not None:
            return self.formatted[index]
        return str(value) if self.accept_new and value is not None else None

    def serialize(self, value: Any) -> int | None:
        """The index of `value` among the options (None for None or an unknown value)."""
        if value is None:
            return None
        for i, o in enumerate(self.options):
            try:
                if o is value or o == value:
                    return i
            except Exception:
                continue
        try:
            label = str(self.format_func(value))
        except Exception:
            return None
        return self.formatted.index(label) if label in self.formatted else None


_FILTER_MODES = {"fuzzy": "FUZZY", "contains": "CONTAINS", "prefix": "PREFIX", None: "NO_FILTER"}


def filter_mode_value(filter_mode: Any, accept_new_options: bool) -> str:
    """The protocol's `SelectFilterMode` for a selectbox's or multiselect's `filter_mode`, checked
    as 1.67 checks it (None means no typing at all, so it cannot go with new options)."""
    try:
        mode = _FILTER_MODES.get(filter_mode)
    except TypeError:  # an unhashable value
        mode = None
    if mode is None:
        raise StreamlitValueError("filter_mode", ["fuzzy", "contains", "prefix", "None"])
    if filter_mode is None and accept_new_options:
        raise StreamlitIncompatibleParametersError(
            "filter_mode=None", "accept_new_options=True",
            explanation=(
                "`filter_mode` cannot be `None` when `accept_new_options=True`. "
                "Set `filter_mode` to `fuzzy`, `contains`, or `prefix`."
            ),
        )
    return mode
