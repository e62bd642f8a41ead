"""st.skeleton: a pulsing placeholder where content will appear.

Called alone it works like `st.empty()`: the placeholder it returns is
replaced by the first element written through it. As a context manager it
stands in while the `with` block runs and leaves an empty slot behind; what
the block writes goes to the parent container, after the slot. As in 1.67 the
`with` form shows it only once the block has run for half a second: entering
clears the slot and the skeleton is written again, held back by the runtime
(as a cached function's spinner is), so a fast block never shows one. Called
directly as a `with` subject, it skips the first write altogether: sent and
cleared a moment later, it could reach a busy page in separate frames and
flash (1.67's send queue merges the two). A cached
function that computes inside the block takes that hold for its own spinner,
and the skeleton is not shown then.
"""

from __future__ import annotations

import contextlib
from typing import Any

import _rustlit
from streamlit.cursor import LockedCursor
from streamlit.elements.call_site import result_enters_with
from streamlit.elements.size import height_config, width_config

# 1.67 shows the skeleton of a `with` block after this long.
SHOW_AFTER_MS = 500


def _placeholder_class() -> type:
    from streamlit.delta_generator import DeltaGenerator

    class SkeletonPlaceholder(DeltaGenerator):
        """The DG of a skeleton: writing through it replaces the skeleton; `with` clears it afterwards."""

        __slots__ = ("_skeleton_fields",)

        def _slot(self) -> Any:
            return self._cursor.path if isinstance(self._cursor, LockedCursor) else None

        def __enter__(self) -> SkeletonPlaceholder:  # not a container: the block writes to the parent
            path = self._slot()
            if path is not None:
                _rustlit.empty(path)
                _rustlit.hold_next_delta(SHOW_AFTER_MS)
                try:
                    _rustlit.skeleton(path, style="ELEMENT", **self._skeleton_fields)
                except BaseException:
                    _rustlit.end_held_delta()
                    raise
            return self

        def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> bool:
            path = self._slot()
            if path is not None and _rustlit.end_held_delta():  # the skeleton showed: clear it
                with contextlib.suppress(_rustlit.RerunInterrupt, _rustlit.StopInterrupt):
                    _rustlit.empty(path)
            return False

    return SkeletonPlaceholder


_PLACEHOLDER: type | None = None


class SkeletonMixin:
    __slots__ = ()

    def skeleton(self, height: Any = None, *, width: Any = "stretch") -> Any:
        """A pulsing placeholder: as tall as an input widget, or `height` pixels or "stretch"."""
        global _PLACEHOLDER
        fields: dict[str, Any] = {}
        w = width_config(width, allow_content=False)
        if w is not None:
            fields["width_config"] = w
        if height is not None:
            h = height_config(height, allow_content=False, default="")
            if h is not None:
                fields["height_config"] = h
        path = self._next_path()  # type: ignore[attr-defined]
        if not result_enters_with():  # `with st.skeleton():` would clear it straight away
            _rustlit.skeleton(path, style="ELEMENT", **fields)
        if _PLACEHOLDER is None:
            _PLACEHOLDER = _placeholder_class()
        placeholder = _PLACEHOLDER(path[0], LockedCursor(path))
        placeholder._skeleton_fields = fields
        return placeholder
