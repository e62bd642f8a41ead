"""`st.Page`: one page of a multipage app, a script file or a function.

A page's identity is its URL pathname: its hash (what the browser sends to
ask for it, and what widget ids of the page include) is the hash of that
pathname, so the same page keeps its identity across runs and sessions.
"""

from __future__ import annotations

import hashlib
import re
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

from streamlit.elements.icons import split_leading_emoji, validate_icon
from streamlit.errors import (
    StreamlitAPIException,
    StreamlitIncompatibleParametersError,
    StreamlitMissingRequiredParameterError,
    StreamlitPageNotFoundError,
    StreamlitValueError,
)
from streamlit.runtime.run_context import get_ctx
from streamlit.url_util import is_url

# `01_📈_My Page.py` -> number "01", label "📈_My Page"
_FILENAME = re.compile(r"([0-9]*)[_ -]*(.*)\.py")


def calc_hash(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


def page_sort_key(path: Path) -> tuple[float, str]:
    """`pages/` order: numbered files by number, then the rest by name."""
    match = _FILENAME.fullmatch(path.name)
    if match is None:
        return float("inf"), path.name.lower()
    number, label = match.groups()
    return (float(number) if number else float("inf")), label.lower()


def page_icon_and_name(path: Path) -> tuple[str, str]:
    """The icon and URL name a file name gives a page: `02_📈_Plotting_Demo.py`
    -> ("📈", "Plotting_Demo"). Runs of `_` and spaces become one `_`."""
    match = _FILENAME.fullmatch(path.name)
    if match is None:
        return "", ""
    number, label = match.groups()
    name = re.sub(r"[_ ]+", "_", label).strip() or number
    return split_leading_emoji(name)


def _url_path_from_title(title: str) -> str:
    path = re.sub(r"\s+", "_", title.lower())
    path = re.sub(r"[&#?/\\:*\"<>|']", "", path).strip("_")
    return re.sub(r"_+", "_", path)


def _check_single_segment(url_path: str) -> None:
    if "/" in url_path:
        raise StreamlitAPIException(
            f"The URL path `{url_path}` contains a `/`. A page's URL path must be a single segment, "
            "such as `my_page`."
        )


def _help_text(help: str | None) -> str:
    if help is None:
        return ""
    import textwrap

    text = textwrap.dedent(str(help)).strip()
    return text


def main_script_directory() -> Path:
    from streamlit.runtime import entry

    return Path(entry.main_script_path()).resolve().parent


class Page:
    """One page: a script path (relative to the main script's folder), a
    callable, or an external URL (a link in the navigation only)."""

    def __init__(
        self,
        page: str | Path | Callable[[], Any],
        *,
        title: str | None = None,
        icon: str | None = None,
        url_path: str | None = None,
        default: bool = False,
        visibility: str = "visible",
        help: str | None = None,
    ) -> None:
        if visibility not in ("visible", "hidden"):
            raise StreamlitValueError("visibility", ["visible", "hidden"])
        self._default = bool(default)
        self._visibility = visibility
        self._help = _help_text(help)
        self._external_url: str | None = None
        self._can_be_called = False
        if isinstance(page, str) and is_url(page):
            self._init_external(page, title, icon, url_path)
            return
        if isinstance(page, (str, Path)):
            if "\x00" in str(page):
                raise StreamlitAPIException("Unable to create Page. Page paths must not contain null bytes.")
            resolved = (main_script_directory() / Path(page)).resolve()
            if not resolved.is_file():
                raise StreamlitPageNotFoundError(resolved.name)
            self._page: Path | Callable[[], Any] | None = resolved
            inferred_icon, inferred_name = page_icon_and_name(resolved)
        elif callable(page):
            self._page = page
            inferred_icon = ""
            inferred_name = str(getattr(page, "__name__", ""))
            if not inferred_name and title is None:
                raise StreamlitMissingRequiredParameterError(
                    "title", detail="A title cannot be inferred from this callable."
                )
        else:
            from streamlit.errors import StreamlitInvalidParameterTypeError

            raise StreamlitInvalidParameterTypeError("page", type(page).__name__, ["str", "Path", "callable"])
        self._title = title or inferred_name.replace("_", " ")
        self._icon = validate_icon(icon if icon is not None else inferred_icon)
        if self._title.strip() == "":
            raise StreamlitMissingRequiredParameterError(
                "title", detail="It cannot be empty or consist of underscores/spaces only."
            )
        self._url_path = inferred_name
        if url_path is not None:
            stripped = url_path.strip().strip("/")
            if stripped == "" and not default:
                raise StreamlitMissingRequiredParameterError(
                    "url_path", detail="It can only be empty for the default page."
                )
            _check_single_segment(stripped)
            self._url_path = stripped

    def _init_external(self, url: str, title: str | None, icon: str | None, url_path: str | None) -> None:
        if title is None or title.strip() == "":
            raise StreamlitMissingRequiredParameterError(
                "title", detail=f"A page that links to an external URL needs a title: {url}"
            )
        if self._default:
            raise StreamlitIncompatibleParametersError(
                "page=<external URL>", "default=True",
                explanation="A page that links to an external URL cannot be the default page.",
            )
        self._external_url = url
        self._page = None
        self._title = title
        self._icon = validate_icon(icon)
        path = (_url_path_from_title(title) if url_path is None else url_path).strip().strip("/")
        if path == "":
            raise StreamlitMissingRequiredParameterError(
                "url_path", detail="Give a non-empty `url_path`, or a title that gives one."
            )
        _check_single_segment(path)
        self._url_path = path

    @property
    def title(self) -> str:
        return self._title

    @property
    def icon(self) -> str:
        return self._icon

    @property
    def url_path(self) -> str:
        """The page's URL pathname ("" for the default page)."""
        return "" if self._default else self._url_path

    @property
    def help(self) -> str:
        return self._help

    @property
    def visibility(self) -> str:
        return self._visibility

    @property
    def is_external(self) -> bool:
        return self._external_url is not None

    @property
    def external_url(self) -> str | None:
        return self._external_url

    @property
    def _script_hash(self) -> str:
        return calc_hash(self._url_path)

    @property
    def _script_path(self) -> str:
        return str(self._page) if isinstance(self._page, Path) else ""

    def run(self) -> None:
        """Runs the page: only the page `st.navigation` returned, once."""
        if not self._can_be_called:
            raise StreamlitAPIException(
                "This page cannot be called directly. Only the page returned from st.navigation can be "
                "called once."
            )
        self._can_be_called = False
        if self.is_external:
            return
        ctx = get_ctx()
        if ctx is None:
            return
        previous = ctx.active_script_hash
        ctx.active_script_hash = self._script_hash
        try:
            if isinstance(self._page, Path):
                _run_file(self._page)
            elif self._page is not None:
                self._page()
        finally:
            ctx.active_script_hash = previous

    def __repr__(self) -> str:
        return f"StreamlitPage(title={self._title!r}, url_path={self.url_path!r})"


def _run_file(path: Path) -> None:
    """Executes a page file as Streamlit does: a fresh `__main__` namespace."""
    from streamlit.runtime import entry, reload

    code = entry.compile_script(str(path))
    reload.note_page_file(str(path))
    module = types.ModuleType("__main__")
    module.__dict__["__file__"] = str(path)
    module.__dict__["__builtins__"] = __builtins__
    exec(code, module.__dict__)


# The name Streamlit's own code and type hints use.
StreamlitPage = Page
