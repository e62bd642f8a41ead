"""A spinner shown as 1.67 shows `st.spinner` and a cached function's spinner: as a *transient*.

It takes no place among the elements, so the page's element list (and every later element's
delta path) is the same whether or not it showed. It is written at the place where the next
element goes without taking that place: whatever the script writes next replaces it. When
nothing was written there by the time the `with` block ends, the place is cleared with an empty
element, which the next element replaces too. As in 1.67 it shows only once the block has taken
half a second: the runtime holds the spinner back that long and drops it if the block ends first
(or something else is written in its place), so fast work never flashes one.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import _rustlit

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

# 1.67 shows a spinner once its block has run this long.
SHOW_AFTER_MS = 500


def next_place(dg: DeltaGenerator) -> tuple[Any, tuple[int, ...]] | None:
    """(cursor, path) of the next element `dg` writes, without advancing its cursor; None inside a
    fragment run (whose writes may go through a wrapper block) and in a single-element placeholder."""
    from streamlit.delta_generator import _bare_cursors
    from streamlit.runtime.run_context import get_ctx

    ctx = get_ctx()
    if ctx is None or ctx.current_fragment_id is not None:
        return None
    dg = dg._active()
    cursor = dg._cursor
    if cursor is None:
        cursor = (ctx.cursors if ctx is not None else _bare_cursors)[dg._root]
    if cursor.locked:
        return None
    return cursor, (*cursor.parent, cursor.index)


@contextlib.contextmanager
def held_spinner(
    place: tuple[Any, tuple[int, ...]], text: str, *, show_time: bool, cache: bool,
    width_config: dict[str, Any] | None = None,
) -> Iterator[None]:
    """Show a spinner at `place` (from `next_place`) after half a second, until the block ends."""
    cursor, path = place
    _rustlit.hold_next_delta(SHOW_AFTER_MS)
    try:
        _rustlit.spinner(path, text=text, show_time=show_time, cache=cache, width_config=width_config)
    except BaseException:
        _rustlit.end_held_delta()
        raise
    try:
        yield
    finally:
        shown = _rustlit.end_held_delta()
        if shown and (*cursor.parent, cursor.index) == path:  # nothing took the place
            # A stop or rerun request raised here would only repeat itself:
            # the next st.* call raises it again.
            with contextlib.suppress(_rustlit.RerunInterrupt, _rustlit.StopInterrupt):
                _rustlit.empty(path)
