"""st.iframe (1.67): a URL, an HTML string, or a local file in an iframe.

A URL (http, https, data, or an absolute path on the app) is loaded as is.
HTML (a string, or a `Path` to an .html file) is where 1.67 uses `srcdoc`,
which runs the document in the app's origin; rustlit stores it for the
component origin instead, as `components.html` does, with a few lines that
report its height so `height="content"` fits it. Any other local file is
served from the session's media store.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path
from typing import TYPE_CHECKING, Any

import _rustlit
from streamlit.components.v1.iframes import validate_tab_index
from streamlit.components.v1.permissions import granted
from streamlit.elements.html import REPORT_HEIGHT
from streamlit.elements.lib.deprecation import show_deprecation
from streamlit.elements.lib.image_utils import normalize_alt
from streamlit.elements.size import height_config, width_config
from streamlit.errors import StreamlitAPIException

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

_HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_STRING_FILE_PATH_WARNING = (
    "Passing a local file path as a string to `st.iframe` is no longer supported. "
    "To load a local file, pass a `pathlib.Path` object instead."
)
_URL_HEIGHT = 400  # 1.67's height for a URL when asked for "content", which it cannot measure


def _read(path: Path, binary: bool) -> Any:
    try:
        return path.read_bytes() if binary else path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise StreamlitAPIException(f"Unable to read file '{path}': {e}") from e


def _is_file(text: str) -> bool:
    if len(text) > 4096 or "<" in text:
        return False
    try:
        return Path(text).is_file()
    except (OSError, ValueError):
        return False


def _source(src: Any) -> tuple[str, str]:
    """(url, html): exactly one is set."""
    if isinstance(src, Path):
        if src.suffix.lower() in _HTML_SUFFIXES:
            return "", _read(src, binary=False)
        mime = mimetypes.guess_type(str(src))[0] or "application/octet-stream"
        return _rustlit.media_url(_read(src, binary=True), mime, src.name, False) or "", ""
    text = str(src)
    if text.startswith(("http://", "https://", "data:")) or text.startswith("/"):
        return text, ""
    if _is_file(text):
        show_deprecation(_STRING_FILE_PATH_WARNING, show_in_browser=True)
    return "", text


class IframeMixin:
    __slots__ = ()

    def iframe(
        self: DeltaGenerator, src: Any, *, width: Any = "stretch", height: Any = "content", tab_index: Any = None,
        alt: str | None = None,
    ) -> DeltaGenerator:
        """Embed a URL, an HTML string or a local file in an iframe."""
        width_config(width, allow_content=True)
        height_config(height, allow_content=True, default="")
        url, html = _source(src)
        tab = validate_tab_index(tab_index)
        if url and width == "content":
            width = "stretch"
        if url and height == "content":
            height = _URL_HEIGHT
        pixels = height if isinstance(height, int) and not isinstance(height, bool) else 0
        html_path = _rustlit.component_store_html(html + REPORT_HEIGHT) if html else ""
        path = self._next_path()
        _rustlit.iframe(
            path, src=url, html_path=html_path, height=float(pixels), scrolling=True, tab_index=tab,
            allow=granted("html" if html_path else "iframe"), alt=normalize_alt(alt),
            width_config=width_config(width, allow_content=True, default="stretch"),
            height_config=height_config(height, allow_content=True, default=""),
        )
        return self._element(path)
