"""The containers `st.tabs`, `st.expander` and `st.popover` return: DeltaGenerators with 1.67's `.open`."""

from __future__ import annotations

from typing import Self

from streamlit.cursor import RunningCursor
from streamlit.delta_generator import DeltaGenerator


class _OpenContainer(DeltaGenerator):
    """A container with 1.67's `.open`: its state when it tracks one, else None."""

    __slots__ = ("_open",)

    @classmethod
    def at(cls, path: tuple[int, ...], open: bool | None) -> Self:
        """The container of the block at `path` (its children start at index 0)."""
        dg = cls(path[0], RunningCursor(path))
        dg._open = open
        return dg

    @property
    def open(self) -> bool | None:
        return self._open

    @open.setter
    def open(self, value: bool | None) -> None:
        self._open = value


class TabContainer(_OpenContainer):
    """One tab of `st.tabs`; `.open`: whether it is the selected tab (None without state)."""

    __slots__ = ()


class ExpanderContainer(_OpenContainer):
    """`st.expander`'s container; `.open`: whether it is expanded (None without state)."""

    __slots__ = ()


class PopoverContainer(_OpenContainer):
    """`st.popover`'s container; `.open`: whether it is open (None without state)."""

    __slots__ = ()
