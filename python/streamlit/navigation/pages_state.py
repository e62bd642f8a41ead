"""What a session knows about the app's pages between runs.

`st.navigation` records the pages of each run here; `st.switch_page` and
`st.page_link` look pages up by file path in this record; a rerun the
server starts (st.rerun, run on save, st.switch_page) stays on, or goes to,
the page recorded here.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageInfo:
    script_hash: str
    script_path: str  # "" for a callable or an external page
    title: str
    url_pathname: str
    help: str = ""


class SessionPages:
    """The pages of the session's last navigation and the page it is on."""

    __slots__ = ("current_hash", "pages", "switch_to")

    def __init__(self) -> None:
        self.pages: dict[str, PageInfo] = {}
        # The page the last run showed ("" before any navigation).
        self.current_hash = ""
        # Set by st.switch_page for the rerun it requests.
        self.switch_to: str | None = None

    def intent(self, page_hash: str | None, page_name: str | None) -> tuple[str, str]:
        """The (hash, name) a run should show. `None` (a run the server
        started) means the page st.switch_page chose, else the current one."""
        if page_hash is not None:
            self.switch_to = None
            return page_hash, page_name or ""
        if self.switch_to is not None:
            target, self.switch_to = self.switch_to, None
            return target, ""
        return self.current_hash, ""

    def by_script_path(self, path: str) -> PageInfo | None:
        return next((p for p in self.pages.values() if p.script_path == path), None)
