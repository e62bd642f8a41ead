"""The functions the Rust runner calls: configure, new_session, run, fragment_scope.

`run` performs one full script run on the calling runner thread (SPEC §1.4):
compile (cached by path + mtime), fresh `__main__` module, apply the browser's
widget values and fire callbacks, exec the body, then clean up widget state
unless the run stopped prematurely. Return codes:
0 finished, 1 compile error, 2 interrupted by a newer request
(RerunInterrupt), 3 st.rerun(), 4 finished early (st.stop, the Stop button,
an uncaught exception): widget state is kept as it was, so Rust keeps the
uploaded files those widgets refer to. `st.rerun(scope="fragment")` returns
`(3, fragment_ids)`: the fragments to rerun; so does a run whose widget
callbacks asked for fragment reruns instead of it (`st.rerun(scope=<key>)`,
runtime/callbacks.py).

A fragment run (`fragment_ids`) does not execute the script: it calls the
session's stored fragments again (`runtime/fragment.py`), and cleans up only
the widgets of those fragments.
"""

from __future__ import annotations

import os
import sys
import threading
import types
from typing import Any

import _rustlit
from streamlit.elements.exception import exception_fields, format_syntax_error, redact
from streamlit.navigation.navigation import run_pages_directory, uses_pages_directory
from streamlit.runtime import query_binding
from streamlit.runtime.callbacks import fire_callbacks
from streamlit.runtime.fragment import FragmentHandledException, run_fragments
from streamlit.runtime.run_context import RunContext, set_ctx
from streamlit.runtime.scriptrunner import RerunException, StopException
from streamlit.runtime.secrets import secrets as _secrets
from streamlit.runtime.session import Session
from streamlit.runtime.session_state import RUN_WITHOUT_ERRORS_KEY

FINISHED, COMPILE_ERROR, INTERRUPTED, RERUN, FINISHED_EARLY = 0, 1, 2, 3, 4

_script_path = ""
_code_cache: dict[tuple[str, int], types.CodeType] = {}
_code_lock = threading.Lock()


def configure(script_path: str, script_args: list[str]) -> None:
    """Once per process: sys.argv and sys.path[0] as `streamlit run` sets them (cwd untouched)."""
    global _script_path
    _script_path = script_path
    sys.argv = [script_path, *script_args]
    script_dir = os.path.dirname(os.path.abspath(script_path))
    if script_dir not in sys.path:
        sys.path.insert(0, script_dir)


def new_session(session_id: str) -> Session:
    """The per-session Python state, kept by Rust and passed back to `run`."""
    return Session(session_id)


def main_script_path() -> str:
    return _script_path


def compile_script(path: str) -> types.CodeType:
    """A script's code object (the main script or a page), compiled once per
    (path, mtime) for all sessions."""
    mtime = os.stat(path).st_mtime_ns
    key = (path, mtime)
    code = _code_cache.get(key)
    if code is None:
        with open(path, "rb") as f:
            source = f.read()
        code = compile(_magic_tree(source, path), path, "exec", dont_inherit=True)
        with _code_lock:
            for stale in [k for k in _code_cache if k[0] == path]:
                del _code_cache[stale]
            _code_cache[key] = code
    return code


def _magic_tree(source: bytes, path: str) -> Any:
    """The source itself, or its magic-rewritten tree when `runner.magicEnabled` (SPEC §1.8)."""
    from streamlit import config
    from streamlit.runtime.scriptrunner.magic import add_magic

    try:
        enabled = config.get_option("runner.magicEnabled")
    except RuntimeError:  # not configured by a server (tests): Streamlit's default
        enabled = True
    return add_magic(source, path) if enabled else source


def clear_code_cache() -> None:
    with _code_lock:
        _code_cache.clear()


def _report_compile_error(exc: BaseException) -> None:
    if isinstance(exc, SyntaxError):
        message = format_syntax_error(exc)
        stack: list[str] = []
    else:
        _, message, _, stack, _ = exception_fields(exc)
    type_name, message, _, stack = redact(exc, type(exc).__name__, message, False, stack)
    _rustlit.compile_error(type_name, message, stack)


def _render_exception(ctx: RunContext, exc: BaseException) -> None:
    """Show an uncaught exception at the main area's cursor.

    As in Streamlit 1.67: every `with` block has exited by the time the
    exception reaches the runner, so it renders in the main container after
    whatever was written, not inside the block it escaped from; and its type
    is the qualified class name (`streamlit.errors.X`, `__main__.MyError`).
    """
    import streamlit as st

    st._main._exception(exc, qualified_type=True, uncaught=True)


def fragment_scope(session: Session, fragment_ids: list[str]) -> list[tuple[str, tuple[int, ...]]]:
    """The fragments of `fragment_ids` a fragment run will call, with the
    paths of their containers (before the run, for its RunStarted)."""
    storage = session.fragments
    return [(f.id, path) for f in storage.to_run(fragment_ids) for path in storage.scope(f)]


def clear_caches(session: Session) -> None:
    """The menu's "Clear caches" (1.67's clear_cache request): every cached function's entries, for
    all sessions, and this session's st.session_state. Nothing is rerun."""
    from streamlit.runtime.caching import cache_data, cache_resource

    cache_data.clear()
    cache_resource.clear()
    session.state.clear()


def run(
    session: Session,
    widget_states: list[tuple[str, str, Any]] | None,
    query_string: str,
    page_hash: str | None = None,
    page_name: str | None = None,
    fragment_ids: list[str] | None = None,
    is_auto_rerun: bool = False,
) -> int | tuple[int, list[str]]:
    """One script run; see the module docstring for the return codes.

    `page_hash`/`page_name`: the page the browser asks for (multipage apps);
    None for a run the server started, which stays on the session's page.
    `fragment_ids`: a fragment run of these fragments instead of the script.
    """
    if fragment_ids:
        return _run_fragments(session, widget_states, query_string, fragment_ids)
    path = _script_path
    _secrets.check_for_changes()
    try:
        code = compile_script(path)
    except (SyntaxError, OSError, ValueError) as e:
        _report_compile_error(e)
        return COMPILE_ERROR

    session.upload_cache.next_run()
    switching = page_hash is None and session.pages.switch_to is not None
    ctx = RunContext(session, query_string)
    ctx.intended_page = session.pages.intent(page_hash, page_name)
    set_ctx(ctx)
    state = session.state
    if switching:
        # As in Streamlit 1.67, st.switch_page's run starts with no widget
        # values at all: it carries none from the browser, and a page change
        # drops the values the browser did not send.
        state.on_script_finished(set(), page=ctx.intended_page[0])
    premature = False
    errored = False
    result = FINISHED
    try:
        try:
            module = types.ModuleType("__main__")
            module.__file__ = path
            module.__dict__["__builtins__"] = __builtins__
            sys.modules["__main__"] = module
            if widget_states is not None:
                changed = state.on_script_will_rerun(widget_states)
                targeted = fire_callbacks(ctx, changed)
                if targeted:
                    # Callbacks asked for fragment reruns instead of this run (1.67's event-scoped
                    # rerun): nothing of the script runs, and no widget state is cleaned up.
                    return (RERUN, targeted)
            # The script's body runs: lazy dataframes it does not write again go when it ends.
            session.lazy_sources.begin_run(None)
            ended_by = None
            try:
                if uses_pages_directory(path):
                    run_pages_directory(path)
                else:
                    exec(code, module.__dict__)
            finally:
                # Parallel fragments' workers end before the run does, however it ends.
                if ctx.parallel is not None:
                    ended_by = ctx.parallel.wait()
            if ended_by is not None:
                raise ended_by
            _rustlit.check_interrupt()
            session.fragments.keep_only(ctx.new_fragment_ids)
        except _rustlit.RerunInterrupt:
            return INTERRUPTED
        except (_rustlit.StopInterrupt, StopException):
            premature = True
        except RerunException:
            result = RERUN
        except (SystemExit, KeyboardInterrupt):
            premature = True
        except FragmentHandledException:
            # Already shown inside the fragment; the run ends there.
            premature = errored = True
        except Exception as e:
            premature = errored = True
            if _show_uncaught(ctx, e):
                return INTERRUPTED
        state.old[RUN_WITHOUT_ERRORS_KEY] = not errored
        session.lazy_sources.prune()
        if premature:
            return FINISHED_EARLY
        query_binding.finish_run(ctx, state, ctx.widget_ids_this_run, None)
        state.on_script_finished(ctx.widget_ids_this_run, page=ctx.page_script_hash)
        return result
    finally:
        set_ctx(None)


def _show_uncaught(ctx: RunContext, e: Exception) -> bool:
    """Shows an exception the script did not catch; True when a rerun
    request interrupted the showing (the run then ends as interrupted)."""
    try:
        _render_exception(ctx, e)
    except _rustlit.RerunInterrupt:
        return True
    except _rustlit.StopInterrupt:
        pass
    return False


def _run_fragments(
    session: Session,
    widget_states: list[tuple[str, str, Any]] | None,
    query_string: str,
    fragment_ids: list[str],
) -> int | tuple[int, list[str]]:
    """A fragment run: the fragments again, not the script (SPEC §1.4 8c)."""
    ctx = RunContext(session, query_string)
    ctx.fragment_ids_this_run = list(fragment_ids)
    ctx.page_script_hash = ctx.active_script_hash = session.pages.current_hash
    set_ctx(ctx)
    state = session.state
    premature = False
    errored = False
    result: int | tuple[int, list[str]] = FINISHED
    try:
        try:
            if widget_states is not None:
                changed = state.on_script_will_rerun(widget_states)
                targeted = fire_callbacks(ctx, changed)
                if targeted:
                    return (RERUN, targeted)
            session.lazy_sources.begin_run(fragment_ids)
            run_fragments(ctx, fragment_ids)
            _rustlit.check_interrupt()
        except _rustlit.RerunInterrupt:
            return INTERRUPTED
        except (_rustlit.StopInterrupt, StopException, SystemExit, KeyboardInterrupt):
            premature = True
        except RerunException as e:
            queue = e.rerun_data if isinstance(e.rerun_data, list) else []
            result = (RERUN, queue) if queue else RERUN
        except Exception as e:
            # A callback's exception (the fragments show their own).
            premature = errored = True
            if _show_uncaught(ctx, e):
                return INTERRUPTED
        state.old[RUN_WITHOUT_ERRORS_KEY] = not errored
        session.lazy_sources.prune()
        if premature:
            return FINISHED_EARLY
        ran = set(ctx.fragment_ids_this_run) | ctx.new_fragment_ids
        query_binding.finish_run(ctx, state, ctx.widget_ids_this_run, ran)
        state.on_script_finished(ctx.widget_ids_this_run, fragment_ids=ran, page=ctx.page_script_hash)
        return result
    finally:
        set_ctx(None)
