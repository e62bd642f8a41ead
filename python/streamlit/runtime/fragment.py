"""`@st.fragment`: a function whose widgets rerun only the function (SPEC §3.9).

Calling a fragment during a run snapshots where it was called from (the
run's root cursors, the `with` stack, the forms around it), gives it an id
(its qualified name plus that place, so one function called from two places
is two fragments), stores it in the session, and runs it inside a container
of its own. Every delta its body writes carries the fragment's id
(`_rustlit.set_fragment`), so the page reruns only the fragment when one of
its widgets changes.

A fragment run (`entry.run` with fragment ids) does not execute the script:
it restores each fragment's snapshot and calls it again, so its container
is written at the same path and replaces what it held. The page and the
server's mirror rewrite only inside the fragments' containers and the
transparent blocks they write in containers created outside them (the
`RunStarted.scope` the runner sends from `fragment_scope`); a dialog a
fragment opened and no longer opens is written again closed.
"""

from __future__ import annotations

import copy
import functools
import hashlib
import inspect
import math
from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING, Any, TypeVar

import _rustlit
from streamlit.cursor import LockedCursor, RunningCursor
from streamlit.errors import StreamlitAPIException, StreamlitDuplicateElementKey, StreamlitInvalidLayoutContextError
from streamlit.runtime.parallel_fragments import OUTSIDE_PARALLEL_FRAGMENT, ParallelFragments
from streamlit.runtime.run_context import RunContext, get_ctx
from streamlit.runtime.scriptrunner import RerunException, StopException

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

F = TypeVar("F", bound=Callable[..., Any])


class FragmentHandledException(Exception):
    """An exception inside a fragment, already shown inside it."""


def run_every_seconds(run_every: Any) -> float | None:
    """`run_every` in seconds: a number, a timedelta or a string like "2s" or "1m"."""
    if run_every is None:
        return None
    if isinstance(run_every, timedelta):
        return run_every.total_seconds()
    if isinstance(run_every, str):
        from streamlit.runtime.caching.api import _parse_duration

        return _parse_duration(run_every)
    if isinstance(run_every, (int, float)) and not isinstance(run_every, bool):
        return float(run_every)
    raise StreamlitAPIException(
        f"`run_every` must be a number, a timedelta or a string, not {type(run_every).__name__}."
    )


def _copy_cursor(cursor: RunningCursor | LockedCursor | None) -> Any:
    if isinstance(cursor, RunningCursor):
        return RunningCursor(cursor.parent, cursor.index)
    return cursor


def _copy_dg(dg: DeltaGenerator) -> DeltaGenerator:
    """The DG with a cursor of its own at the same position."""
    twin = copy.copy(dg)
    twin._cursor = _copy_cursor(dg._cursor)
    return twin


def _where(ctx: RunContext) -> str:
    """The path the next element written to `st` would take, as "[0, 2]"."""
    if ctx.dg_stack:
        dg = ctx.dg_stack[-1]
        cursor = dg._cursor if dg._cursor is not None else ctx.cursors[dg._root]
    else:
        cursor = ctx.cursors[0]
    if isinstance(cursor, LockedCursor):
        return str(list(cursor.path))
    return str([*cursor.parent, cursor.index])


class Wrapper:
    """The transparent block a fragment writes into inside a container created
    outside it (1.67's "outside wrapper"): placed by the fragment's first
    write there in a full run, replaced by each fragment run."""

    __slots__ = ("dg", "outside", "path")

    def __init__(self, outside: DeltaGenerator, path: tuple[int, ...], dg: DeltaGenerator) -> None:
        self.outside = outside  # held, so its id() is not reused while the wrapper lives
        self.path = path
        self.dg = dg


_OUTSIDE_WITHOUT_SLOT = (
    "A fragment tried to write to a container created outside it, but "
    "the fragment did not write to that container during the last full "
    "app run, so Streamlit could not reserve a stable position for it.\n\n"
    "If this fragment uses `parallel=True`, writing to containers "
    "created outside it is not supported, including `st.sidebar` and "
    "`st.bottom`. Move the element inside the fragment body.\n\n"
    "Otherwise, inside the fragment function, write to the container "
    "on every full app run (e.g. `outside_container.empty()` or "
    "`with outside_container: st.empty()`), then fill it during "
    "fragment reruns."
)


def _inside(path: tuple[int, ...], block: tuple[int, ...]) -> bool:
    return len(path) > len(block) and path[: len(block)] == block


def _write_path(ctx: RunContext, dg: DeltaGenerator) -> tuple[int, ...]:
    """Where `dg` would write next, without advancing it."""
    cursor = dg._cursor if dg._cursor is not None else ctx.cursors[dg._root]
    if isinstance(cursor, LockedCursor):
        return cursor.path
    return (*cursor.parent, cursor.index)


def outside_wrapper(ctx: RunContext, dg: DeltaGenerator) -> DeltaGenerator:
    """The DG a fragment's write to `dg` really goes to: `dg` itself inside
    the fragment's container, else the fragment's transparent block in `dg`."""
    fragment = ctx.session.fragments.get(ctx.current_fragment_id or "")
    if fragment is None or fragment.path is None:
        return dg
    if ctx.parallel_worker:
        # A worker writes only inside its container: where else it wrote would depend on timing.
        if dg._cursor is None or not _inside(_write_path(ctx, dg), fragment.path):
            raise StreamlitInvalidLayoutContextError(OUTSIDE_PARALLEL_FRAGMENT)
        return dg
    if dg._cursor is None and dg._root in (0, 2):
        return dg  # the main area itself (a `with` block is always on the stack), the event root (dialogs)
    target = _write_path(ctx, dg)
    if _inside(target, fragment.path):
        return dg
    for wrapper in fragment.wrappers.values():
        if _inside(target, wrapper.path):
            return dg
    found = fragment.wrappers.get(id(dg))
    if found is not None and found.outside is dg:
        return found.dg
    if ctx.fragment_ids_this_run and not any(_inside(target, p) for p in ctx.fragment_paths_this_run):
        raise StreamlitInvalidLayoutContextError(_OUTSIDE_WITHOUT_SLOT)
    path = dg._advance(ctx)
    _rustlit.block_transparent(path, key="", allow_empty=True)
    from streamlit.delta_generator import DeltaGenerator

    locked = isinstance(dg._cursor, LockedCursor)
    cursor = LockedCursor((*path, 0)) if locked else RunningCursor(path)
    wrapper_dg = DeltaGenerator(path[0], cursor)
    fragment.wrappers[id(dg)] = Wrapper(dg, path, wrapper_dg)
    ctx.fragment_paths_this_run.append(path)
    return wrapper_dg


class Fragment:
    """One registered fragment: what it runs and where it was called from."""

    __slots__ = (
        "active_script_hash",
        "args",
        "cursors",
        "dg_stack",
        "dialogs",
        "form_paths",
        "func",
        "id",
        "key",
        "kwargs",
        "page_script_hash",
        "parent_id",
        "path",
        "wrappers",
    )

    def __init__(self, fragment_id: str, func: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any],
                 ctx: RunContext) -> None:
        self.id = fragment_id
        self.func = func
        self.args = args
        self.kwargs = kwargs
        self.cursors = [RunningCursor(c.parent, c.index) for c in ctx.cursors]
        self.dg_stack = [_copy_dg(dg) for dg in ctx.dg_stack]
        self.form_paths = dict(ctx.form_paths)
        self.parent_id = ctx.current_fragment_id
        self.active_script_hash = ctx.active_script_hash
        self.page_script_hash = ctx.page_script_hash
        # `@st.fragment(key=...)`: the name `st.rerun(scope=...)` reruns it by.
        self.key: str | None = None
        # The path of the fragment's container, known once it has run.
        self.path: tuple[int, ...] | None = None
        # Its blocks in containers created outside it, by id() of that container's DG.
        self.wrappers: dict[int, Wrapper] = {}
        # The dialogs its last run opened: path -> the block's fields.
        self.dialogs: dict[tuple[int, ...], dict[str, Any]] = {}

    def restore(self, ctx: RunContext) -> None:
        """Put the run back where the fragment was called from (a fragment run)."""
        ctx.cursors = [RunningCursor(c.parent, c.index) for c in self.cursors]
        ctx.dg_stack = [_copy_dg(dg) for dg in self.dg_stack]
        ctx.form_paths.update(self.form_paths)
        ctx.active_script_hash = self.active_script_hash
        ctx.page_script_hash = self.page_script_hash

    def call(self, ctx: RunContext) -> Any:
        """Runs the body inside the fragment's own container."""
        previous = ctx.current_fragment_id
        try:
            return self.run_inside(ctx, self._open(ctx))
        finally:
            ctx.current_fragment_id = previous
            _rustlit.set_fragment(previous or "")

    def start_in_parallel(self, ctx: RunContext, pool: ParallelFragments) -> None:
        """Places the fragment's container here and now; its body runs on a worker thread."""
        previous = ctx.current_fragment_id
        try:
            container = self._open(ctx)
        finally:
            ctx.current_fragment_id = previous
            _rustlit.set_fragment(previous or "")
        pool.start(ctx, self, container)

    def _open(self, ctx: RunContext) -> DeltaGenerator:
        """Writes the fragment's container where it is called; from then on `ctx` writes as the fragment."""
        import streamlit as st

        ctx.new_fragment_ids.add(self.id)
        # Placed where it is called from, as it is: a fragment's own container
        # is never redirected into the calling fragment's outside blocks (1.67).
        ctx.current_fragment_id = None
        parent = st._main._active()
        path = parent._next_path()
        ctx.current_fragment_id = self.id
        _rustlit.set_fragment(self.id)
        # The container is the fragment's: its block carries the id too.
        _rustlit.block_vertical(path, key="", allow_empty=True, border=False, height=0)
        self.path = path
        ctx.fragment_paths_this_run.append(path)
        if ctx.fragment_ids_this_run:
            # A fragment run: what it wrote outside is written again, from the start.
            for wrapper in self.wrappers.values():
                _rustlit.block_transparent(wrapper.path, key="", allow_empty=True)
                if isinstance(wrapper.dg._cursor, RunningCursor):
                    wrapper.dg._cursor = RunningCursor(wrapper.path)
                ctx.fragment_paths_this_run.append(wrapper.path)
        return parent._block_dg(path)

    def run_inside(self, ctx: RunContext, container: DeltaGenerator) -> Any:
        """The body, writing into `container` (on the script's thread or a parallel worker's)."""
        import streamlit as st

        opened_before, self.dialogs = self.dialogs, {}
        with container:
            try:
                result = self.func(*self.args, **self.kwargs)
                if ctx.fragment_ids_this_run:
                    # A dialog its last run opened and this one did not is
                    # closed (1.67 drops it with the fragment's other nodes).
                    for dialog_path, fields in opened_before.items():
                        if dialog_path not in self.dialogs:
                            _rustlit.block_dialog(dialog_path, **{**fields, "is_open": False})
                return result
            except (RerunException, StopException, _rustlit.RerunInterrupt, _rustlit.StopInterrupt):
                raise
            except FragmentHandledException:
                raise
            except Exception as e:
                # Shown inside the fragment, where it happened (1.67).
                st._main._exception(e, qualified_type=True, uncaught=True)
                raise FragmentHandledException(e) from e


class FragmentStorage:
    """A session's fragments, by id, from the last full run (and fragment runs since)."""

    __slots__ = ("_fragments",)

    def __init__(self) -> None:
        self._fragments: dict[str, Fragment] = {}

    def register(self, fragment: Fragment, keep_wrappers: bool = False) -> None:
        old = self._fragments.get(fragment.id)
        if keep_wrappers and old is not None:
            fragment.wrappers = old.wrappers
            fragment.dialogs = old.dialogs
        self._fragments[fragment.id] = fragment

    def resolve_keys(self, names: list[str]) -> list[str]:
        """The ids of the fragments `@st.fragment(key=...)` named (each call site of each), in order."""
        resolved: dict[str, None] = {}
        for name in names:
            ids = [fid for fid, f in self._fragments.items() if f.key == name]
            if not ids:
                raise StreamlitAPIException(
                    f"No fragment found for target '{name}'. Pass the same `key` you set on "
                    "`@st.fragment(key=...)`, and make sure that fragment has rendered at least once."
                )
            resolved.update(dict.fromkeys(ids))
        return list(resolved)

    def get(self, fragment_id: str) -> Fragment | None:
        return self._fragments.get(fragment_id)

    def keep_only(self, ids: set[str]) -> None:
        """After a full run: drop the fragments it did not call."""
        self._fragments = {k: v for k, v in self._fragments.items() if k in ids}

    def drop_stale_descendants(self, ran: list[str], called: set[str]) -> list[str]:
        """After a fragment run: drop the fragments nested in the ones that ran
        that were not called again (their place is gone); returns their ids."""
        roots = set(ran)
        stale = []
        for fid, fragment in self._fragments.items():
            if fid in called or fid in roots:
                continue
            parent = fragment.parent_id
            while parent is not None and parent not in roots:
                outer = self._fragments.get(parent)
                parent = outer.parent_id if outer is not None else None
            if parent is not None:
                stale.append(fid)
        for fid in stale:
            del self._fragments[fid]
        return stale

    def to_run(self, ids: list[str]) -> list[Fragment]:
        """The fragments of `ids` that exist, each once, in order, without
        those nested in another one of them (that one reruns them)."""
        found = [f for f in dict.fromkeys(ids) if f in self._fragments]
        chosen = set(found)
        out = []
        for fid in found:
            fragment = self._fragments[fid]
            parent = fragment.parent_id
            nested = False
            while parent is not None:
                if parent in chosen:
                    nested = True
                    break
                outer = self._fragments.get(parent)
                parent = outer.parent_id if outer is not None else None
            if not nested and fragment.path is not None:
                out.append(fragment)
        return out

    def scope(self, fragment: Fragment) -> list[tuple[int, ...]]:
        """What a run of `fragment` rewrites: its container and its blocks
        outside it, and those of the fragments called inside it."""
        paths = [p for p in [fragment.path] if p is not None]
        paths += [w.path for w in fragment.wrappers.values()]
        for other in self._fragments.values():
            parent = other.parent_id
            while parent is not None and parent != fragment.id:
                outer = self._fragments.get(parent)
                parent = outer.parent_id if outer is not None else None
            if parent == fragment.id:
                paths += [w.path for w in other.wrappers.values()]
        return paths

    def __len__(self) -> int:
        return len(self._fragments)


def _fragment_id(func: Callable[..., Any], ctx: RunContext) -> str:
    name = f"{getattr(func, '__module__', '')}.{getattr(func, '__qualname__', repr(func))}{_where(ctx)}"
    return hashlib.md5(name.encode(), usedforsecurity=False).hexdigest()


def fragment(
    func: F | None = None,
    *,
    run_every: int | float | timedelta | str | None = None,
    parallel: bool = False,
    key: str | int | None = None,
) -> Any:
    """Turn a function into a fragment that reruns on its own (`@st.fragment`)."""
    if key is not None and str(key) in ("app", "fragment"):
        raise StreamlitAPIException(
            f"`{key}` is a reserved name and cannot be used as a fragment key, because "
            "`st.rerun(scope=...)` reads it as a rerun level. Choose a different key for `@st.fragment(key=...)`."
        )
    if key is not None:
        from streamlit.runtime.state_proxy import require_valid_user_key

        key = str(key)
        require_valid_user_key(key)
    if func is None:
        def decorator(f: F) -> F:
            return fragment(f, run_every=run_every, parallel=parallel, key=key)  # type: ignore[no-any-return]

        return decorator
    body: Callable[..., Any] = func

    @functools.wraps(body)
    def wrap(*args: Any, **kwargs: Any) -> Any:
        ctx = get_ctx()
        if ctx is None:
            return None
        interval = run_every_seconds(run_every)
        fragment_id = _fragment_id(body, ctx)
        if key is not None:
            # One key, one fragment definition per run (its call sites share it).
            definition = f"{getattr(body, '__module__', '')}.{getattr(body, '__qualname__', repr(body))}"
            if ctx.fragment_keys_this_run.setdefault(key, definition) != definition:
                raise StreamlitDuplicateElementKey(key)
        record = Fragment(fragment_id, body, args, kwargs, ctx)
        record.key = key
        # Called again inside a fragment run: its outside blocks stay its own.
        ctx.session.fragments.register(record, keep_wrappers=bool(ctx.fragment_ids_this_run))
        if interval and interval != math.inf:
            _rustlit.auto_rerun(interval, fragment_id)
        # Parallel only in the script's body of a full run: a fragment run stays sequential (1.67),
        # and a widget callback runs before the script's run, whose end waits for the workers.
        if parallel and not ctx.fragment_ids_this_run and not ctx.in_callback:
            pool = ParallelFragments.of(ctx)
            if pool is not None:
                record.start_in_parallel(ctx, pool)
                return None
        return record.call(ctx)

    try:
        wrap.__signature__ = inspect.signature(body)  # type: ignore[attr-defined]
    except (TypeError, ValueError):
        pass
    return wrap


def run_fragments(ctx: RunContext, ids: list[str]) -> None:
    """A fragment run: each fragment again, from where it was called.

    An exception inside one is already shown inside it and does not stop the
    others (as in Streamlit); st.rerun and st.stop end the run.
    """
    storage = ctx.session.fragments
    ran = storage.to_run(ids)
    for record in ran:
        record.restore(ctx)
        try:
            record.call(ctx)
        except FragmentHandledException:
            pass
    # A nested fragment its parent no longer calls is gone, and so is its timer.
    for fid in storage.drop_stale_descendants([r.id for r in ran], ctx.new_fragment_ids):
        _rustlit.auto_rerun(0.0, fid)
