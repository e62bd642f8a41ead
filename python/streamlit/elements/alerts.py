"""Alert boxes: st.success, st.info, st.warning, st.error."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import _rustlit
from streamlit.elements.size import width_config
from streamlit.elements.text import clean_text

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

# Alert.Format values of the protocol.
ERROR, WARNING, INFO, SUCCESS = "ERROR", "WARNING", "INFO", "SUCCESS"


class AlertsMixin:
    __slots__ = ()

    def _alert(
        self: DeltaGenerator, body: Any, fmt: str, icon: str | None, title: str | None, width: Any = "stretch",
    ) -> DeltaGenerator:
        text = clean_text(body)
        if title:
            # The protocol has no title field yet: show it as a bold first line.
            text = f"**{clean_text(title)}**\n\n{text}"
        size = width_config(width, allow_content=False)
        path = self._next_path()
        _rustlit.alert(path, body=text, format=fmt, icon=icon or "", width_config=size)
        return self._element(path)

    def error(self, body: Any, *, icon: str | None = None, width: Any = "stretch", title: str | None = None):
        """Display an error message."""
        return self._alert(body, ERROR, icon, title, width)

    def warning(self, body: Any, *, icon: str | None = None, width: Any = "stretch", title: str | None = None):
        """Display a warning message."""
        return self._alert(body, WARNING, icon, title, width)

    def info(self, body: Any, *, icon: str | None = None, width: Any = "stretch", title: str | None = None):
        """Display an informational message."""
        return self._alert(body, INFO, icon, title, width)

    def success(self, body: Any, *, icon: str | None = None, width: Any = "stretch", title: str | None = None):
        """Display a success message."""
        return self._alert(body, SUCCESS, icon, title, width)
