"""Firing widget callbacks before the script body (SPEC §3.5)."""

from __future__ import annotations

from streamlit.runtime.run_context import RunContext
from streamlit.runtime.scriptrunner import RerunException
from streamlit.runtime.session_state import WidgetMeta


def fire_callbacks(ctx: RunContext, changed: list[WidgetMeta]) -> list[str] | None:
    """Call each changed widget's callback with the args captured at its last registration.

    `st.rerun()` inside a callback ends that callback only. Any other
    exception propagates and ends the run like a script exception. A callback
    runs as part of its widget's fragment (`st.rerun(scope="fragment")` there
    names it).

    Returns the fragments to rerun instead of this run, when the callbacks
    asked for targeted reruns (`scope="fragment"` or fragment keys), as 1.67
    decides it: only when no callback wants the interaction's own rerun, or
    that rerun is a fragment run. Otherwise (None) the run goes on; a full
    run reruns every fragment anyway (1.67 queues the targeted fragments
    before it).
    """
    targeted: dict[str, None] = {}
    wants_default = False
    ctx.in_callback = True
    try:
        for meta in changed:
            if meta.callback is None:
                continue
            outer = ctx.current_fragment_id
            ctx.current_fragment_id = meta.fragment_id
            try:
                meta.callback(*meta.args, **meta.kwargs)
                wants_default = True
            except RerunException as e:
                queue = e.rerun_data if isinstance(e.rerun_data, list) else []
                if queue:
                    targeted.update(dict.fromkeys(queue))
                else:
                    wants_default = True
            finally:
                ctx.current_fragment_id = outer
    finally:
        ctx.in_callback = False
    if not targeted or (wants_default and not ctx.fragment_ids_this_run):
        return None
    return list(targeted)
