"""`components.html` and `components.iframe`: plain iframes, not widgets.

`html` never becomes a `srcdoc` in the app's page: the document is stored
by the runtime under its SHA-256 digest and the iframe loads it from the
component origin, so its scripts cannot reach the app (docs/architecture.md).
"""

from __future__ import annotations

from typing import Any

import _rustlit
from streamlit.components.v1.permissions import granted
from streamlit.errors import StreamlitInvalidParameterTypeError, StreamlitValueError

DEFAULT_HEIGHT = 150


def validate_tab_index(tab_index: Any) -> int | None:
    """Streamlit's rule: None, -1 or a non-negative int."""
    if tab_index is None:
        return None
    if isinstance(tab_index, bool) or not isinstance(tab_index, int):
        raise StreamlitInvalidParameterTypeError("tab_index", type(tab_index).__name__, ["int"])
    if tab_index < -1:
        raise StreamlitValueError("tab_index", ["None", "-1", "a non-negative integer"])
    return tab_index


def _size(value: Any) -> float | None:
    return None if value is None else float(value)


def _emit(src: str, html_path: str, width: Any, height: Any, scrolling: bool, tab_index: Any) -> None:
    import streamlit as st

    allow = granted("html" if html_path else "iframe")
    tab = validate_tab_index(tab_index)
    h = float(DEFAULT_HEIGHT if height is None else height)
    path = st._main._next_path()
    _rustlit.iframe(
        path, src=src, html_path=html_path, width=_size(width), height=h, scrolling=bool(scrolling),
        tab_index=tab, allow=allow,
    )


def html(html: str, width: int | None = None, height: int | None = None, scrolling: bool = False, *,
         tab_index: int | None = None) -> None:
    """Display an HTML string in an iframe served from the component origin.

    height defaults to 150 px; width None fills the container.
    """
    text = str(html)
    html_path = _rustlit.component_store_html(text)
    _emit("", html_path, width, height, scrolling, tab_index)


def iframe(src: str, width: int | None = None, height: int | None = None, scrolling: bool = False, *,
           tab_index: int | None = None) -> None:
    """Display the page at `src` in an iframe (height defaults to 150 px)."""
    _emit(str(src), "", width, height, scrolling, tab_index)
