"""The per-run context: what `st.*` calls on a runner thread need to know.

One `RunContext` exists per script run. It is found through a thread-local,
so several sessions running on different runner threads never see each
other's cursors, container stacks or widget registrations. A user thread can
borrow a run's context with `add_script_run_ctx` (see scriptrunner).
"""

from __future__ import annotations

import copy
import threading
from typing import TYPE_CHECKING, Any

from streamlit.cursor import RunningCursor, root_cursors
from streamlit.runtime.query_params import QueryParams, send_to_browser

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator
    from streamlit.runtime.session import Session

_THREAD_ATTR = "_rustlit_script_run_ctx"


class RunContext:
    """State of one script run: cursors, `with` stack, ids seen this run."""

    __slots__ = (
        "active_script_hash",
        "current_fragment_id",
        "cursors",
        "dg_stack",
        "form_ids_this_run",
        "form_paths",
        "fragment_ids_this_run",
        "fragment_keys_this_run",
        "fragment_paths_this_run",
        "has_dialog_opened",
        "in_callback",
        "intended_page",
        "new_fragment_ids",
        "page_script_hash",
        "parallel",
        "parallel_worker",
        "query_params",
        "query_string",
        "session",
        "widget_ids_this_run",
        "widget_user_keys_this_run",
    )

    def __init__(self, session: Session, query_string: str = "") -> None:
        self.session = session
        self.query_string = query_string
        # st.query_params of this run; mutations update query_string.
        self.query_params = QueryParams(query_string, send_to_browser, session.state.bound)
        self.cursors: list[RunningCursor] = root_cursors()
        # `with container:` pushes here; calls on `st` go to the top entry.
        self.dg_stack: list[DeltaGenerator] = []
        # Forms created in this run: block path -> form id (see elements/form_context).
        self.form_paths: dict[tuple[int, ...], str] = {}
        self.form_ids_this_run: set[str] = set()
        self.widget_ids_this_run: set[str] = set()
        self.widget_user_keys_this_run: set[str] = set()
        self.in_callback = False
        # Fragments: the one whose body runs now (None = the script's body),
        # the fragments a fragment run reruns (empty in a full run), and
        # every fragment called in this run.
        self.current_fragment_id: str | None = None
        self.fragment_ids_this_run: list[str] = []
        self.new_fragment_ids: set[str] = set()
        # `@st.fragment(key=...)` keys called in this run -> the fragment definition that has each.
        self.fragment_keys_this_run: dict[str, str] = {}
        # The containers and outside blocks the fragments of this run wrote.
        self.fragment_paths_this_run: list[tuple[int, ...]] = []
        # st.dialog: only one may be opened per run.
        self.has_dialog_opened = False
        # Multipage apps: the page the browser asked for (hash, URL name),
        # the page this run shows, and the page whose code is running now
        # (widget ids include it, so each page has its own widgets).
        self.intended_page: tuple[str, str] = ("", "")
        self.page_script_hash = ""
        self.active_script_hash = ""
        # `@st.fragment(parallel=True)` bodies this run started on worker threads
        # (runtime/parallel_fragments.py), and whether this context is a worker's.
        self.parallel: Any = None
        self.parallel_worker = False

    def for_worker(self, fragment_id: str, container: DeltaGenerator) -> RunContext:
        """The context of a parallel fragment's worker thread: the run's registries
        (widget ids, keys, fragments) shared, its own cursors and `with` stack,
        writing only inside `container`."""
        worker = copy.copy(self)
        worker.cursors = [RunningCursor(c.parent, c.index) for c in self.cursors]
        worker.dg_stack = [container]
        worker.form_paths = dict(self.form_paths)
        worker.current_fragment_id = fragment_id
        worker.in_callback = False
        worker.parallel_worker = True
        return worker

    @property
    def session_id(self) -> str:
        return self.session.session_id

    @property
    def session_state(self) -> Any:
        return self.session.state


_local = threading.local()


def get_ctx() -> RunContext | None:
    """The run context of the calling thread, or None outside a run."""
    ctx = _local.__dict__.get("ctx")
    if ctx is None:
        ctx = getattr(threading.current_thread(), _THREAD_ATTR, None)
    return ctx


def set_ctx(ctx: RunContext | None) -> None:
    """Attach (or detach, with None) the run context of the calling thread."""
    _local.ctx = ctx


def attach_to_thread(thread: threading.Thread, ctx: RunContext | None) -> None:
    """Let another thread use `ctx` (Streamlit's add_script_run_ctx)."""
    setattr(thread, _THREAD_ATTR, ctx)
