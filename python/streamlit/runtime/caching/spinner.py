"""The spinner a cached function shows while a miss computes (1.67's cache spinner).

1.67 shows it as a *transient*: it takes no place among the elements, so the
page's element list is the same whether or not the function computed. Here it
is written at the place where the next element goes, without taking that
place: whatever the function or the script writes next replaces it. When
nothing was written there by the time the computation ends, the place is
cleared with an empty element, which the next element replaces too. As in
1.67 it shows only once the call has taken half a second: the runtime holds the
spinner back that long and drops it if the call ends first (or something else
is written in its place), so a fast call never sends one. Inside a fragment
run, and in an `st.empty()` placeholder, no spinner is shown.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import _rustlit

# 1.67 shows a cached function's spinner after this long.
SHOW_AFTER_MS = 500


def _next_place() -> tuple[object, tuple[int, ...]] | None:
    """(cursor, path) of the next element `st` writes, without advancing the cursor."""
    import streamlit as st
    from streamlit.delta_generator import _bare_cursors
    from streamlit.runtime.run_context import get_ctx

    ctx = get_ctx()
    if ctx is None or ctx.current_fragment_id is not None:
        return None
    dg = st._main._active()
    cursor = dg._cursor
    if cursor is None:
        cursor = (ctx.cursors if ctx is not None else _bare_cursors)[dg._root]
    if cursor.locked:
        return None  # a single-element placeholder: the function's output is what shows there
    return cursor, (*cursor.parent, cursor.index)


@contextlib.contextmanager
def cache_spinner(message: str, show_time: bool) -> Iterator[None]:
    place = _next_place()
    if place is None:
        yield
        return
    cursor, path = place
    _rustlit.hold_next_delta(SHOW_AFTER_MS)
    try:
        _rustlit.spinner(path, text=message, show_time=show_time, cache=True)
    except BaseException:
        _rustlit.end_held_delta()
        raise
    try:
        yield
    finally:
        shown = _rustlit.end_held_delta()
        if shown and (*cursor.parent, cursor.index) == path:  # type: ignore[attr-defined]  # nothing took the place
            # A stop or rerun request raised here would only repeat itself:
            # the next st.* call raises it again.
            with contextlib.suppress(_rustlit.RerunInterrupt, _rustlit.StopInterrupt):
                _rustlit.empty(path)
