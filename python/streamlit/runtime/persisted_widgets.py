"""`persist_state`: keyed widgets whose value outlives a run that does not render them.

Without it (None) a widget's value goes with the first run that skips the
widget, as always. With "session" the value is kept under the widget's user
key until the widget comes back, on any page. With "page" it is kept only
while the viewer stays on the page where the widget last rendered: the first
run of another page drops it, and coming back does not restore it.

The tracker only decides; `SessionState` moves the values. A kept value lives
under the user key (not the widget id) because a widget that comes back may
get a new id, as it does on another page.
"""

from __future__ import annotations

from typing import Any

from streamlit.errors import StreamlitMissingRequiredParameterError, StreamlitValueError

SCOPES = ("page", "session")


def check_persist_state(persist_state: Any, user_key: str | None) -> str | None:
    """1.67's checks, made once the widget's id is known; returns the scope."""
    if persist_state is None:
        return None
    if persist_state not in SCOPES:
        raise StreamlitValueError("persist_state", ["'page'", "'session'", "None"])
    if user_key is None:
        raise StreamlitMissingRequiredParameterError(
            "key",
            detail=(
                "When using persist_state, the widget must have a unique 'key' parameter specified so its "
                "value can be preserved across reruns and page switches."
            ),
        )
    return str(persist_state)


class PersistedWidgets:
    """Which widgets persist, where they last rendered, and which user keys hold a kept value."""

    __slots__ = ("kept", "pages", "scopes")

    def __init__(self) -> None:
        # widget id -> its scope, from its last registration.
        self.scopes: dict[str, str] = {}
        # "page" widget id -> the page of the last run that rendered it.
        self.pages: dict[str, str] = {}
        # user key -> the page a kept "page" value belongs to (None: kept for the session).
        self.kept: dict[str, str | None] = {}

    def clear(self) -> None:
        self.scopes.clear()
        self.pages.clear()
        self.kept.clear()

    def register(self, widget_id: str, scope: str | None) -> None:
        if scope is None:
            self.forget(widget_id)
        else:
            self.scopes[widget_id] = scope

    def forget(self, widget_id: str) -> None:
        self.scopes.pop(widget_id, None)
        self.pages.pop(widget_id, None)

    def may_adopt(self, user_key: str, page: str) -> bool:
        """Whether a widget registering on `page` takes the value kept under `user_key`.

        A "page" value never crosses to another page, even when the same
        keyed widget is on both. ("" is a page not chosen yet: the entry
        script's widgets before `st.navigation`.)
        """
        origin = self.kept.pop(user_key, None)
        return origin is None or not page or origin == page

    def holds(self, user_key: str) -> bool:
        return user_key in self.kept

    def rendered(self, active: set[str], page: str) -> None:
        """Records the page of every "page" widget this run rendered."""
        for wid, scope in self.scopes.items():
            if scope == "page" and wid in active:
                self.pages[wid] = page

    def unrendered(self, active: set[str], page: str) -> list[tuple[str, str | None, bool]]:
        """The widgets the run skipped: (widget id, the page its value belongs to, whether it stays)."""
        verdicts = []
        for wid, scope in list(self.scopes.items()):
            if wid in active:
                continue
            origin = self.pages.get(wid, page) if scope == "page" else None
            verdicts.append((wid, origin, origin is None or origin == page))
            self.forget(wid)
        return verdicts

    def left_pages(self, page: str, just_kept: set[str]) -> list[str]:
        """User keys whose kept "page" value belongs to a page other than `page`: they go."""
        gone = [uk for uk, origin in self.kept.items()
                if uk not in just_kept and origin is not None and origin != page]
        for uk in gone:
            del self.kept[uk]
        return gone
