"""`st.navigation` and the `pages/` folder (MPA v1), which is built on it.

`st.navigation` declares the app's pages for this run, picks the page the
browser asked for (by hash, or by URL name on a first load; the default page
otherwise), tells the browser the pages and that choice, and returns the
page for the script to `.run()`. An app with a `pages/` folder that never
calls `st.navigation` gets the same through `run_pages_directory`: the main
script and every `pages/*.py` become pages, listed in the sidebar.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import _rustlit
from streamlit import config
from streamlit.errors import (
    StreamlitAPIException,
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)
from streamlit.navigation.page import Page, page_sort_key
from streamlit.navigation.pages_state import PageInfo
from streamlit.runtime.run_context import RunContext, get_ctx

_POSITIONS = ("sidebar", "hidden", "top")
# Once the app calls st.navigation itself, a `pages/` folder is just a folder.
_app_calls_navigation = False


def uses_pages_directory(main_script_path: str) -> bool:
    return not _app_calls_navigation and (Path(main_script_path).resolve().parent / "pages").is_dir()


def _as_page(page: Any) -> Page:
    if isinstance(page, Page):
        return page
    if isinstance(page, (str, Path)) or callable(page):
        return Page(page)
    raise StreamlitInvalidParameterTypeError("pages", type(page).__name__, ["str", "Path", "callable", "st.Page"])


def navigation(pages: Any, *, position: str = "sidebar", expanded: bool | int = False) -> Page:
    """Declares the app's pages and returns the one to run (call `.run()` on it)."""
    global _app_calls_navigation
    if not isinstance(position, str) or position not in _POSITIONS:
        raise StreamlitValueError("position", ["'sidebar'", "'hidden'", "'top'"])
    _app_calls_navigation = True
    return _navigation(pages, position=position, expanded=expanded)


def _sections(pages: Any) -> dict[str, list[Page]]:
    if isinstance(pages, Mapping):
        return {str(section): [_as_page(p) for p in section_pages] for section, section_pages in pages.items()}
    if isinstance(pages, Sequence) and not isinstance(pages, str):
        return {"": [_as_page(p) for p in pages]}
    raise StreamlitInvalidParameterTypeError("pages", type(pages).__name__, ["list", "dict"])


def _default_page(all_pages: list[Page]) -> Page:
    defaults = [p for p in all_pages if p._default]
    if len(defaults) > 1:
        raise StreamlitAPIException(
            "Multiple Pages specified with `default=True`. At most one Page can be set to default."
        )
    if defaults:
        return defaults[0]
    internal = [p for p in all_pages if not p.is_external]
    if not internal:
        raise StreamlitAPIException(
            "At least one non-external page is required. External URL pages cannot be the default page."
        )
    internal[0]._default = True
    return internal[0]


def _visible_items(expanded: Any) -> tuple[bool, int]:
    if isinstance(expanded, bool):
        return expanded, 0
    if isinstance(expanded, int):
        if expanded < 0:
            raise StreamlitValueError(
                "expanded", ["True", "False", "a non-negative integer"], detail=f"Provided value: {expanded!r}."
            )
        return False, expanded
    raise StreamlitInvalidParameterTypeError("expanded", type(expanded).__name__, ["bool", "int"])


def _resolve(ctx: RunContext, by_hash: dict[str, Page], default: Page) -> Page | None:
    """The page the run was asked for; None when a URL name matched nothing."""
    wanted_hash, wanted_name = ctx.intended_page
    if wanted_hash:
        return by_hash.get(wanted_hash, default)
    if wanted_name:
        return next((p for p in by_hash.values() if p.url_path == wanted_name), None)
    return default


def _navigation(pages: Any, *, position: str, expanded: Any) -> Page:
    sections = _sections(pages)
    all_pages = [p for section in sections.values() for p in section]
    if not all_pages:
        raise StreamlitMissingRequiredParameterError("pages", detail="Provide at least one `st.Page`.")
    default = _default_page(all_pages)
    is_expanded, visible_items = _visible_items(expanded)
    ctx = get_ctx()
    if ctx is None:
        default._can_be_called = True
        return default

    by_hash: dict[str, Page] = {}
    for page in all_pages:
        if page._script_hash in by_hash:
            raise StreamlitAPIException(
                f"Multiple pages resolve to the URL pathname `/{page._url_path}`. Each page passed to "
                "`st.navigation` needs a unique URL pathname: set a unique `url_path` in `st.Page` for one "
                "of them."
            )
        by_hash[page._script_hash] = page

    chosen = _resolve(ctx, by_hash, default)
    if chosen is not None and chosen.is_external:
        chosen = None
    if chosen is None:
        _rustlit.page_not_found(ctx.intended_page[1])
        chosen = default
    chosen._can_be_called = True

    if position == "sidebar" and config.get_option("client.showSidebarNavigation") is False:
        position = "hidden"
    app_pages = [
        {
            "page_script_hash": p._script_hash, "page_name": p.title, "icon": p.icon, "is_default": p._default,
            "section_header": section, "url_pathname": p.url_path, "is_hidden": p.visibility == "hidden",
            "help": p.help, "external_url": p.external_url or "",
        }
        for section, section_pages in sections.items()
        for p in section_pages
    ]
    _rustlit.navigation(
        sections=list(sections), app_pages=app_pages, position=position.upper(),
        page_script_hash=chosen._script_hash, expanded=is_expanded, visible_items=visible_items,
    )

    record = ctx.session.pages
    record.pages = {
        h: PageInfo(h, p._script_path, p.title, p.url_path, p.help) for h, p in by_hash.items()
    }
    record.current_hash = chosen._script_hash
    ctx.page_script_hash = chosen._script_hash
    return chosen


def run_pages_directory(main_script_path: str) -> None:
    """An app with a `pages/` folder: the main script is the default page,
    every `pages/*.py` (not hidden, not `__init__.py`) another, in file order."""
    main = Path(main_script_path).resolve()
    folder = main.parent / "pages"
    files = sorted(
        (p for p in folder.glob("*.py") if not p.name.startswith(".") and p.name != "__init__.py"),
        key=page_sort_key,
    )
    pages = [Page(main, default=True)] + [Page(p) for p in files]
    _navigation(pages, position="sidebar", expanded=False).run()
