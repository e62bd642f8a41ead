"""st.html: HTML in the page, as 1.67 takes it (a string, a `Path` to an
.html or .css file, or anything with `_repr_html_`).

The browser sanitises the body. With `unsafe_allow_javascript=True` 1.67
runs the scripts in the app's own page; rustlit instead stores the document
for the component origin and shows it in a sandboxed iframe there (sized to
its content by a few lines appended to it), so a script can never act as
the app. A body of <style> tags only goes to the event container, where it
takes no room, as in 1.67.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import _rustlit
from streamlit.elements.lib.deprecation import show_deprecation
from streamlit.elements.size import width_config
from streamlit.elements.text import clean_text
from streamlit.errors import StreamlitMissingRequiredParameterError

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

_STRING_FILE_PATH_WARNING = (
    "Passing a local file path as a string to `st.html` is no longer supported. "
    "To load a local file, pass a `pathlib.Path` object instead."
)
_MAX_PATH_LENGTH = 4096
_COMMENTS = re.compile(r"<!--.*?-->", re.DOTALL)
_STYLES = re.compile(r"<style[^>]*>.*?</style>", re.DOTALL | re.IGNORECASE)

# Appended to an unsafe_allow_javascript document: tells the page its height
# (the page only takes a number from this iframe's own window).
REPORT_HEIGHT = (
    "\n<script>(function(){var last=-1;function post(){var h=Math.ceil(document.documentElement"
    ".getBoundingClientRect().height);if(h!==last){last=h;parent.postMessage({rustlitHtmlHeight:h},'*');}}"
    "new ResizeObserver(post).observe(document.documentElement);addEventListener('load',post);post();})();"
    "</script>\n"
)


def _is_file(text: str) -> bool:
    if len(text) > _MAX_PATH_LENGTH or "<" in text:
        return False
    try:
        return Path(text).is_file()
    except (OSError, ValueError):
        return False


def _content(body: Any) -> str:
    if callable(getattr(body, "_repr_html_", None)):
        return str(body._repr_html_())
    if isinstance(body, Path):
        text = body.read_text(encoding="utf-8")
        return f"<style>{text}</style>" if body.suffix.lower() == ".css" else text
    if isinstance(body, str) and _is_file(body):
        show_deprecation(_STRING_FILE_PATH_WARNING, show_in_browser=True)
    return clean_text(body)


def _only_styles(html: str) -> bool:
    return _STYLES.sub("", _COMMENTS.sub("", html)).strip() == ""


class HtmlMixin:
    __slots__ = ()

    def html(self: DeltaGenerator, body: Any, *, width: Any = "stretch", unsafe_allow_javascript: bool = False):
        """Insert HTML into the app (sanitised; scripts only in a sandboxed iframe)."""
        content = _content(body)
        if content == "":
            raise StreamlitMissingRequiredParameterError("body")
        size = width_config(width, allow_content=True, default="stretch")
        if _only_styles(content):
            from streamlit.delta_generator import DeltaGenerator

            path = DeltaGenerator(2)._next_path()
            _rustlit.html(path, body=content, html_path="")
            return self._element(path)
        path = self._next_path()
        if unsafe_allow_javascript:
            html_path = _rustlit.component_store_html(content + REPORT_HEIGHT)
            _rustlit.html(path, body="", html_path=html_path, width_config=size)
        else:
            _rustlit.html(path, body=content, html_path="", width_config=size)
        return self._element(path)
