"""Script-run control flow and the run-context helpers users import.

`RerunException` / `StopException` derive from BaseException (like
Streamlit's) so a user's `except Exception:` does not swallow st.rerun()
or st.stop().
"""

from __future__ import annotations

import threading
from typing import Any

from streamlit.runtime.run_context import RunContext, attach_to_thread, get_ctx


class ScriptControlException(BaseException):
    """Base of the exceptions that end a script run on purpose."""


class StopException(ScriptControlException):
    """st.stop(): end the run now, keep widget state of unreached widgets."""


class RerunException(ScriptControlException):
    """st.rerun(): end the run and start a new one."""

    def __init__(self, rerun_data: Any = None) -> None:
        super().__init__()
        self.rerun_data = rerun_data


ScriptRunContext = RunContext


def get_script_run_ctx(suppress_warning: bool = False) -> RunContext | None:
    """The run context of the calling thread, or None outside a script run."""
    return get_ctx()


def add_script_run_ctx(thread: Any = None, ctx: RunContext | None = None) -> Any:
    """Let `thread` (default: the current thread) use `ctx` (default: the caller's)."""
    if thread is None:
        thread = threading.current_thread()
    attach_to_thread(thread, ctx if ctx is not None else get_ctx())
    return thread


__all__ = [
    "RerunException",
    "ScriptRunContext",
    "StopException",
    "add_script_run_ctx",
    "get_script_run_ctx",
]
