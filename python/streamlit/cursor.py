"""Cursors: where the next element of a container goes.

A *running* cursor belongs to a container (a root or a block) and advances
by one after each element; a *locked* cursor belongs to the DeltaGenerator an
element call returned and always points at that element, so writing to it
replaces the element in place (`placeholder = st.empty(); placeholder.text(..)`).

Paths are tuples `(root, i1, ..., ik)`, as `_rustlit` takes them.
"""

from __future__ import annotations


class RunningCursor:
    """Hands out consecutive child paths of one container."""

    __slots__ = ("index", "parent")
    locked = False

    def __init__(self, parent: tuple[int, ...], index: int = 0) -> None:
        self.parent = parent
        self.index = index

    def next_path(self) -> tuple[int, ...]:
        """The path for the next child; advances the cursor."""
        i = self.index
        self.index = i + 1
        return (*self.parent, i)


class LockedCursor:
    """Always the same path: the element a DeltaGenerator stands for."""

    __slots__ = ("path",)
    locked = True

    def __init__(self, path: tuple[int, ...]) -> None:
        self.path = path

    def next_path(self) -> tuple[int, ...]:
        return self.path


def root_cursors() -> list[RunningCursor]:
    """Fresh cursors for the four root containers (main, sidebar, event, bottom)."""
    return [RunningCursor((0,)), RunningCursor((1,)), RunningCursor((2,)), RunningCursor((3,))]
