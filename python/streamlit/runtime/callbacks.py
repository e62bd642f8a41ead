"""Firing widget callbacks before the script body (SPEC §3.5)."""

from __future__ import annotations

from streamlit.runtime.run_context import RunContext
from streamlit.runtime.scriptrunner import RerunException
from streamlit.runtime.session_state import WidgetMeta


def fire_callbacks(ctx: RunContext, changed: list[WidgetMeta]) -> None:
    """Call each changed widget's callback with the args captured at its last registration.

    `st.rerun()` inside a callback ends that callback only. Any other
    exception propagates and ends the run like a script exception.
    """
    ctx.in_callback = True
    try:
        for meta in changed:
            if meta.callback is None:
                continue
            try:
                meta.callback(*meta.args, **meta.kwargs)
            except RerunException:
                pass
    finally:
        ctx.in_callback = False
