"""st.page_link: a link to one of the app's pages, or to another site.

A link to an app page carries the page's hash: clicking it switches page in
the browser without a reload, as the navigation menu does. A page is named by
a `st.Page` or by its file path relative to the main script's folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import _rustlit
from streamlit.elements.icons import validate_icon
from streamlit.elements.widgets.common import help_text
from streamlit.errors import StreamlitAPIException, StreamlitMissingRequiredParameterError
from streamlit.navigation.page import Page
from streamlit.runtime.query_params import query_string_of
from streamlit.runtime.run_context import get_ctx
from streamlit.url_util import is_url

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator


class PageLinkMixin:
    __slots__ = ()

    def page_link(
        self: DeltaGenerator, page: str | Path | Page, *, label: str | None = None, icon: str | None = None,
        icon_position: str = "left", help: str | None = None, disabled: bool = False,
        use_container_width: bool | None = None, width: Any = "content", query_params: Any = None,
    ) -> DeltaGenerator:
        """Display a link to another page of the app (or an external URL)."""
        if icon_position not in ("left", "right"):
            from streamlit.errors import StreamlitValueError

            raise StreamlitValueError("icon_position", ["'left'", "'right'"])
        dg = self._active()
        if use_container_width is not None:
            width = "stretch" if use_container_width else "content"
        if dg._root == 1:
            width = "stretch"  # sidebar links always fill the sidebar
        query = query_string_of(query_params) if query_params else ""
        link_label = "" if label is None else str(label)
        link_icon = validate_icon(icon)
        link_help = help_text(help)
        target, page_hash, external = "", "", False
        if isinstance(page, Page):
            link_label = page.title if label is None else link_label
            link_icon = page.icon if icon is None else link_icon
            link_help = page.help if help is None else link_help
            if page.is_external:
                target, external = page.external_url or "", True
            else:
                target, page_hash = page.url_path, page._script_hash
        elif isinstance(page, str) and is_url(page):
            if not label:
                raise StreamlitMissingRequiredParameterError(
                    "label", detail="A label cannot be inferred for an external URL."
                )
            target, external = page, True
        else:
            ctx = get_ctx()
            if ctx is not None:
                from streamlit.navigation.switch_page import page_hash_for_path

                page_hash, title, target = page_hash_for_path(ctx, page)
                link_label = title if label is None else link_label
            elif not isinstance(page, (str, Path)):
                raise StreamlitAPIException("`page` must be a `st.Page`, a file path or a URL.")
        path = dg._next_path()
        _rustlit.page_link(
            path, page=target, label=link_label, icon=link_icon, page_script_hash=page_hash,
            help=link_help, disabled=bool(disabled), external=external, use_container_width=width == "stretch",
            query_string=query, icon_position=icon_position,
        )
        return self._element(path)
