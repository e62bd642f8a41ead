"""st.status's container: an expandable block whose label, icon and state
the script changes as work goes on.

`update()` writes the block again at its own path: the session keeps the
children of a block re-sent with the same type. `expanded` always carries
the script's last request: the page applies it when it changes, so a viewer
who opened or closed the container keeps that choice until the script asks
for something else (and a quick `update(expanded=True)` is not lost when
later updates of the same run arrive in one frame). Leaving a
`with st.status(...)` block marks a still-running status complete (error if
an exception is leaving it), as 1.67 does. Imported only from
`LayoutsMixin.status`, after DeltaGenerator exists.
"""

from __future__ import annotations

from typing import Any

import _rustlit
from streamlit.cursor import RunningCursor
from streamlit.delta_generator import DeltaGenerator
from streamlit.errors import StreamlitValueError

STATE_ICONS = {"running": "spinner", "complete": ":material/check:", "error": ":material/error:"}
EXPANDABLE_TYPES = {"default": "DEFAULT", "compact": "COMPACT", "step": "STEP"}


def check_state(state: Any) -> str:
    if state not in STATE_ICONS:
        raise StreamlitValueError("state", [repr(name) for name in STATE_ICONS])
    return state


def check_type(type: Any) -> str:
    if type not in EXPANDABLE_TYPES:
        raise StreamlitValueError("type", [repr(name) for name in EXPANDABLE_TYPES])
    return EXPANDABLE_TYPES[type]


class StatusContainer(DeltaGenerator):
    """The DG `st.status` returns: a container with `update(label=, expanded=, state=)`."""

    __slots__ = ("_expanded", "_label", "_path", "_state", "_type", "_width")

    @classmethod
    def create(
        cls, path: tuple[int, ...], label: str, expanded: bool, state: str, type: str, width: dict[str, Any] | None,
    ) -> StatusContainer:
        status = cls(path[0], RunningCursor(path))
        status._path, status._label, status._state = path, label, state
        status._type, status._width, status._expanded = type, width, expanded
        status._write()
        return status

    def _write(self) -> None:
        _rustlit.block_expandable(
            self._path, key="", allow_empty=True, label=self._label, expanded=self._expanded,
            icon=STATE_ICONS[self._state], state=self._state.upper(), type=self._type, width_config=self._width,
        )

    def update(self, *, label: str | None = None, expanded: bool | None = None, state: str | None = None) -> None:
        """Change the label, open or close the container, or set its state."""
        if state is not None:
            self._state = check_state(state)
        if label is not None:
            self._label = str(label)
        if expanded is not None:
            self._expanded = bool(expanded)
        self._write()

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> bool:
        if self._state == "running":
            self.update(state="error" if exc_type is not None else "complete")
        return super().__exit__(exc_type, exc, tb)
