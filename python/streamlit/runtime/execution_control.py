"""st.stop() and st.rerun()."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NoReturn

import _rustlit
from streamlit.errors import (
    StreamlitAPIException,
    StreamlitInvalidLayoutContextError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
)
from streamlit.runtime.run_context import get_ctx
from streamlit.runtime.scriptrunner import RerunException, StopException


def stop() -> NoReturn:  # type: ignore[misc]
    """Stop the run immediately; nothing after this line runs (no-op outside a run)."""
    if get_ctx() is None:
        return  # type: ignore[return-value]
    _rustlit.check_interrupt()
    raise StopException()


def _check_scope(scope: Any) -> str | list[str]:
    """1.67's checks of `st.rerun`'s scope: "app", "fragment", a fragment key or a list of keys."""
    if isinstance(scope, int) and not isinstance(scope, bool):
        scope = str(scope)
    if isinstance(scope, (bytes, bytearray)) or not isinstance(scope, (str, Sequence)):
        raise StreamlitInvalidParameterTypeError("scope", type(scope).__name__, ["str", "int", "list[str | int]"])
    choices = ["'app'", "'fragment'", "a fragment key", "a list of keys"]
    if isinstance(scope, str):
        if scope == "":
            raise StreamlitValueError("scope", choices, detail="Got an empty string.")
        return scope
    if len(scope) == 0:
        raise StreamlitValueError("scope", choices, detail="Got an empty list.")
    names: list[str] = []
    for name in scope:
        if isinstance(name, int) and not isinstance(name, bool):
            names.append(str(name))
        elif not isinstance(name, str):
            raise StreamlitInvalidParameterTypeError("scope list items", type(name).__name__, ["str", "int"])
        elif name == "":
            raise StreamlitValueError(
                "scope list items", ["non-empty strings or ints"], detail="Found an empty string in the list."
            )
        else:
            names.append(name)
    for name in names:
        if name in ("app", "fragment"):
            raise StreamlitValueError(
                "scope", ["fragment keys"],
                detail=f"'{name}' is a reserved scope name and cannot appear inside a list. "
                f"Pass '{name}' directly as a string.",
            )
    return names


def rerun(scope: Any = "app") -> NoReturn:  # type: ignore[misc]
    """Rerun the script immediately (no-op outside a run).

    `scope`: "app"; "fragment" (the running fragment and the ones after it);
    or, from a widget callback only, a `@st.fragment(key=...)` key or a list
    of keys, which reruns those fragments instead of what the interaction
    would rerun (runtime/callbacks.py). Inside a widget callback this ends
    the callback (as in Streamlit 1.67).
    """
    scope = _check_scope(scope)
    ctx = get_ctx()
    if scope == "fragment":
        queue = ctx.fragment_ids_this_run if ctx is not None else []
        if not queue:
            raise StreamlitInvalidLayoutContextError(
                'scope="fragment" can only be specified from `@st.fragment`-decorated functions during fragment reruns.'
            )
        # The fragments of this run from the current one on (SPEC §1.5).
        current = ctx.current_fragment_id if ctx is not None else None
        rest = queue[queue.index(current):] if current in queue else list(queue)
        _rustlit.check_interrupt()
        raise RerunException(rest)
    if ctx is None:
        return  # type: ignore[return-value]
    if scope != "app":
        if not ctx.in_callback:
            raise StreamlitAPIException(
                "Passing a fragment key to `st.rerun()` is only allowed from a widget callback "
                "(e.g. `on_change` / `on_click`). Calling it from the main script body or a fragment body "
                "would abort the current run. If you meant to rerun the whole app or the current fragment, "
                "use `scope='app'` or `scope='fragment'`."
            )
        ids = ctx.session.fragments.resolve_keys([scope] if isinstance(scope, str) else list(scope))
        _rustlit.check_interrupt()
        raise RerunException(ids)
    _rustlit.check_interrupt()
    raise RerunException()
