"""st.stop() and st.rerun()."""

from __future__ import annotations

from typing import NoReturn

import _rustlit
from streamlit.errors import StreamlitAPIException, StreamlitInvalidLayoutContextError, StreamlitValueError
from streamlit.runtime.run_context import get_ctx
from streamlit.runtime.scriptrunner import RerunException, StopException


def stop() -> NoReturn:  # type: ignore[misc]
    """Stop the run immediately; nothing after this line runs (no-op outside a run)."""
    if get_ctx() is None:
        return  # type: ignore[return-value]
    _rustlit.check_interrupt()
    raise StopException()


def rerun(scope: str = "app") -> NoReturn:  # type: ignore[misc]
    """Rerun the script immediately (no-op outside a run).

    Inside a widget callback this ends the callback (as in Streamlit 1.67);
    the script body then runs as the requested rerun.
    """
    if scope not in ("app", "fragment"):
        if not isinstance(scope, (str, list, tuple)):
            raise StreamlitValueError("scope", ["'app'", "'fragment'", "a fragment key", "a list of keys"])
        raise StreamlitAPIException("Fragment keys in `st.rerun()` are not supported by rustlit yet.")
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
    _rustlit.check_interrupt()
    raise RerunException()
