"""`streamlit.components.v1`: importable so component packages load; calls raise for now.

Components run in iframes served from a distinct origin (DESIGN.md); that
server side lands in a later issue, so every entry point raises a clear
StreamlitAPIException instead of failing obscurely.
"""

from __future__ import annotations

from typing import Any

from streamlit.errors import StreamlitNotSupportedError


def _unsupported(what: str) -> StreamlitNotSupportedError:
    return StreamlitNotSupportedError(f"{what} is not supported yet in rustlit")


def html(html: str, width: int | None = None, height: int | None = None, scrolling: bool = False, *,
         tab_index: int | None = None) -> None:
    raise _unsupported("st.components.v1.html")


def iframe(src: str, width: int | None = None, height: int | None = None, scrolling: bool = False, *,
           tab_index: int | None = None) -> None:
    raise _unsupported("st.components.v1.iframe")


class CustomComponent:
    """A declared component; calling it raises until rustlit serves components."""

    def __init__(self, name: str, path: str | None = None, url: str | None = None) -> None:
        self.name = name
        self.path = path
        self.url = url

    def __call__(self, *args: Any, default: Any = None, key: Any = None, on_change: Any = None, **kwargs: Any):
        raise _unsupported(f"Custom component {self.name!r}")


def declare_component(name: str, path: str | None = None, url: str | None = None) -> CustomComponent:
    """Declare a custom component (it can be declared, not rendered, for now)."""
    return CustomComponent(name, path=path, url=url)


__all__ = ["CustomComponent", "declare_component", "html", "iframe"]
