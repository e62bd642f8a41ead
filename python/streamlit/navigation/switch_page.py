"""`st.switch_page`: end this run and run another page of the app."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, NoReturn

import _rustlit
from streamlit.errors import NoSessionContext, StreamlitAPIException, StreamlitPageNotFoundError
from streamlit.navigation.navigation import uses_pages_directory
from streamlit.navigation.page import Page, main_script_directory
from streamlit.runtime.parallel_fragments import check_not_parallel_worker
from streamlit.runtime.query_params import params_input
from streamlit.runtime.run_context import RunContext, get_ctx
from streamlit.runtime.scriptrunner import RerunException


def page_hash_for_path(ctx: RunContext, page: str | Path) -> tuple[str, str, str]:
    """(hash, title, url pathname) of the app page at `page`, a path relative
    to the main script's folder; StreamlitPageNotFoundError if it is none."""
    from streamlit.runtime import entry

    text = str(page)
    if "\x00" in text:
        raise StreamlitAPIException("Page paths must not contain null bytes.")
    directory = main_script_directory()
    wanted = os.path.realpath(directory / text)
    info = ctx.session.pages.by_script_path(wanted)
    if info is None and wanted == os.path.realpath(entry.main_script_path()) and not ctx.session.pages.pages:
        # A single-page app: its only page is the main script.
        return ctx.session.pages.current_hash, "", ""
    if info is None:
        raise StreamlitPageNotFoundError(
            page=text,
            main_script_directory=str(directory),
            uses_pages_directory=uses_pages_directory(entry.main_script_path()),
        )
    return info.script_hash, info.title, info.url_pathname


def switch_page(page: str | Path | Page, *, query_params: Any = None) -> NoReturn:  # type: ignore[misc]
    """Stops this run and runs `page` next (a `st.Page` or a path relative to
    the main script's folder). The URL's query parameters are dropped, or
    replaced by `query_params`."""
    check_not_parallel_worker("st.switch_page")
    ctx = get_ctx()
    if ctx is None:
        raise NoSessionContext()
    if isinstance(page, Page):
        if page.is_external:
            raise StreamlitAPIException(
                "Cannot use st.switch_page with external URL pages. Use st.page_link instead to create a "
                "link to external pages."
            )
        target = page._script_hash
    else:
        target, _, _ = page_hash_for_path(ctx, page)
    _rustlit.check_interrupt()
    # Only embed options survive a page change; the browser hears of it now,
    # and the rerun below runs with this query string.
    ctx.query_params.from_dict(params_input(query_params))
    ctx.session.pages.switch_to = target
    raise RerunException()
