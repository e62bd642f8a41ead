"""Element replay: what a cached function wrote is written again on cache hits.

While a cached function runs on a miss, every element or block call it makes
through `_rustlit` is recorded together with *where* it went, relative to the
caller (SPEC §5.1):

- the container `st.*` wrote to when the function was called (the innermost
  `with` block, or the main area) → on a hit, the current `st` container;
- the sidebar or bottom root (`st.sidebar.x`) → that root again;
- a block or element created by the function itself → the block or element
  the replay created in its place (placeholders, columns, expanders nest);
- anything else (a container or placeholder made outside the function and
  written to explicitly) cannot be found again: the hit raises
  CacheReplayClosureError, as Streamlit does.

Recording works by wrapping `_rustlit`'s element functions (those whose first
argument is the element's `path`) once, when caching is first used; the
wrappers cost one thread-local lookup when nothing is being recorded.
Captures nest: an outer cached function also records what an inner one
wrote or replayed. Files stored through `_rustlit.media_url` (st.image,
st.audio, st.video, downloads) are recorded too: a hit stores them again,
which keeps them alive for this run and gives this session's URLs, and the
replayed elements get those URLs in place of the recorded ones. Widgets are replayed as the element they showed (their
value at record time), after the CachedWidgetWarning the miss rendered.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import _rustlit
from streamlit.runtime.caching.cache_errors import CachedWidgetWarning, CacheReplayClosureError
from streamlit.runtime.run_context import get_ctx

MAIN, INSIDE, OUTSIDE = "main", "inside", "outside"
# One recorded call: (native function name, path, args, kwargs, target). A stored
# media file is ("media_url", (), args, kwargs, the URL it got).
Message = tuple[str, tuple[int, ...], tuple[Any, ...], dict[str, Any], Any]
_MEDIA = "media_url"

_local = threading.local()
_install_lock = threading.Lock()
_WRAPPED = "_rustlit_replay_original"


class _Capture:
    """What one running cached function wrote, and where the caller stood."""

    __slots__ = ("known", "main_locked", "main_parent", "main_start", "messages", "root_starts")

    def __init__(self) -> None:
        self.messages: list[Message] = []
        self.known: set[tuple[int, ...]] = set()
        main = _cursor_of_main()
        self.main_locked: tuple[int, ...] | None = main.path if main.locked else None
        self.main_parent: tuple[int, ...] = () if main.locked else main.parent
        self.main_start = 0 if main.locked else main.index
        cursors = _root_cursors()
        self.root_starts = {1: cursors[1].index, 3: cursors[3].index}

    def record(self, name: str, path: tuple[int, ...], args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        if path in self.known or path[:-1] in self.known:
            target: Any = INSIDE
        elif path == self.main_locked or (path[:-1] == self.main_parent and path[-1] >= self.main_start):
            target = MAIN
        elif len(path) == 2 and path[0] in self.root_starts and path[1] >= self.root_starts[path[0]]:
            target = path[0]
        else:
            target = OUTSIDE
        self.known.add(path)
        self.messages.append((name, path, args, kwargs, target))


def _root_cursors() -> list[Any]:
    from streamlit.delta_generator import _bare_cursors

    ctx = get_ctx()
    return ctx.cursors if ctx is not None else _bare_cursors


def _cursor_of_main() -> Any:
    import streamlit as st

    dg = st._main._active()
    return dg._cursor if dg._cursor is not None else _root_cursors()[dg._root]


def in_cached_function() -> bool:
    return bool(getattr(_local, "captures", None))


@contextmanager
def recording() -> Iterator[list[Message]]:
    """Record what the body writes; yields the list the messages land in."""
    install()
    captures: list[_Capture] = _local.__dict__.setdefault("captures", [])
    capture = _Capture()
    captures.append(capture)
    try:
        yield capture.messages
    finally:
        captures.remove(capture)


def replay(messages: list[Message], decorator: str, func: Any) -> None:
    """Write the recorded calls again at the caller's current positions."""
    import streamlit as st
    from streamlit.delta_generator import DeltaGenerator

    mapped: dict[tuple[int, ...], tuple[int, ...]] = {}
    urls: dict[str, str] = {}
    for name, path, args, kwargs, target in messages:
        if name == _MEDIA:
            url = _rustlit.media_url(*args, **kwargs)
            if isinstance(target, str) and target and url:
                urls[target] = url
            continue
        if path in mapped:
            new = mapped[path]
        elif path[:-1] in mapped:
            new = (*mapped[path[:-1]], path[-1])
        elif target == MAIN:
            new = st._main._next_path()
        elif target in (1, 3):
            new = DeltaGenerator(target)._next_path()
        else:
            raise CacheReplayClosureError(decorator, func)
        mapped[path] = new
        if urls:
            args, kwargs = _with_urls(args, urls), _with_urls(kwargs, urls)
        getattr(_rustlit, name)(new, *args, **kwargs)


def _with_urls(value: Any, urls: dict[str, str]) -> Any:
    """`value` with every recorded media URL (also as "/media/...") replaced by this run's."""
    if isinstance(value, str):
        if value in urls:
            return urls[value]
        if value.startswith("/") and value[1:] in urls:
            return "/" + urls[value[1:]]
        return value
    if isinstance(value, dict):
        return {k: _with_urls(v, urls) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_with_urls(v, urls) for v in value)
    return value


def warn_if_cached_widget() -> None:
    """Widgets inside a cached function render Streamlit's CachedWidgetWarning first."""
    if in_cached_function():
        import streamlit as st

        st.exception(CachedWidgetWarning())


def _takes_path_first(fn: Any) -> bool:
    sig = getattr(fn, "__text_signature__", None)
    if isinstance(sig, str):
        return sig.startswith(("(path,", "(path)"))
    code = getattr(fn, "__code__", None)
    return code is not None and code.co_argcount > 0 and code.co_varnames[0] == "path"


def _wrap(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def emit(path: tuple[int, ...], *args: Any, **kwargs: Any) -> Any:
        captures = _local.__dict__.get("captures")
        if captures:
            key = tuple(path)
            for capture in captures:
                capture.record(name, key, args, kwargs)
        return fn(path, *args, **kwargs)

    emit.__name__ = name
    setattr(emit, _WRAPPED, fn)
    return emit


def _wrap_media(fn: Callable[..., Any]) -> Callable[..., Any]:
    def media_url(*args: Any, **kwargs: Any) -> Any:
        url = fn(*args, **kwargs)
        captures = _local.__dict__.get("captures")
        if captures:
            for capture in captures:
                capture.messages.append((_MEDIA, (), args, kwargs, url))
        return url

    media_url.__name__ = _MEDIA
    setattr(media_url, _WRAPPED, fn)
    return media_url


def install() -> None:
    """Wrap `_rustlit`'s element functions for recording (once per module object)."""
    if getattr(_rustlit, "_rustlit_replay_installed", False):
        return
    with _install_lock:
        if getattr(_rustlit, "_rustlit_replay_installed", False):
            return
        for name in dir(_rustlit):
            fn = getattr(_rustlit, name)
            if not name.startswith("_") and callable(fn) and not hasattr(fn, _WRAPPED) and _takes_path_first(fn):
                setattr(_rustlit, name, _wrap(name, fn))
        media = getattr(_rustlit, _MEDIA, None)
        if media is not None and not hasattr(media, _WRAPPED):
            setattr(_rustlit, _MEDIA, _wrap_media(media))
        _rustlit._rustlit_replay_installed = True
