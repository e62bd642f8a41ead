"""Which form (if any) a DeltaGenerator writes into.

A form is a block; everything written below it, at any depth (columns,
containers, expanders), belongs to it. Rather than threading the form
through every DeltaGenerator, the run remembers the path of each form block
it created, and a DG is in a form when the path of the container it writes
into starts with that form's path. Forms cannot nest, so at most one matches.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from streamlit.runtime.run_context import get_ctx

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator


def container_path(dg: DeltaGenerator) -> tuple[int, ...]:
    """The path of the container the next element written through `dg` goes into."""
    dg = dg._active()
    cursor = dg._cursor
    if cursor is None:
        return (dg._root,)
    if cursor.locked:
        return cursor.path[:-1]
    return cursor.parent


def current_form_id(dg: DeltaGenerator) -> str:
    """The id of the form `dg` writes into, or "" outside any form."""
    ctx = get_ctx()
    if ctx is None or not ctx.form_paths:
        return ""
    where = container_path(dg)
    for path, form_id in ctx.form_paths.items():
        if where[: len(path)] == path:
            return form_id
    return ""


def register_form(path: tuple[int, ...], form_id: str) -> None:
    ctx = get_ctx()
    if ctx is not None:
        ctx.form_paths[path] = form_id
