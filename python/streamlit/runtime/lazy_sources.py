"""The rows of lazy `st.dataframe`s, kept per session and served in chunks (SPEC-DATA §1.8).

A lazy dataframe's whole table stays here, in the session's Python state
(`Session.lazy_sources`), and the browser asks for row ranges over the
websocket. The runner's chunk loader threads (`src/runner/chunks.rs`) call
`load_chunk` with the requesting session's own state, so a session can only
ever read its own sources: another session's `source_id` is refused with
1.67's "does not belong to session" (the owners index holds no tables).

Lifecycle, as 1.67's source manager: each source is referenced by its
element's path. A full run drops every reference when it starts, a fragment
run only those its fragments made; sources nobody references any more are
pruned when a run that reached the script ends (an interrupted run prunes
nothing: the page keeps what it showed). The session's connection ending
drops everything (`session_ended`).
"""

from __future__ import annotations

import threading
import uuid
import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from streamlit.runtime.session import Session

# Rows per chunk the browser asks for, and the first chunk sent in the element.
DEFAULT_PAGE_SIZE = 1_000
# A request for more rows than this is clamped (a modified page gets no more).
MAX_CHUNK_ROWS = 10_000


# A sorted chunk ends with this column: each row's position in the unsorted data, which the
# browser reports for a button click (as a non-lazy grid reports its rows whatever the sort).
ROW_POSITION_FIELD = "__rustlit_row_position__"


class ChunkError(Exception):
    """A chunk request that cannot be served; the message goes to the browser."""


@dataclass(frozen=True)
class SortSpec:
    column: str
    descending: bool = False


class DataframeSource(Protocol):
    """Rows the server can serve in any range: a known row count, one schema."""

    @property
    def row_count(self) -> int | None: ...

    @property
    def schema(self) -> Any: ...

    @property
    def sortable(self) -> bool: ...

    def load_rows(self, offset: int, limit: int, *, sort: SortSpec | None = None) -> Any:
        """The rows; sorted, with the `ROW_POSITION_FIELD` column last."""
        ...


@dataclass(frozen=True)
class _Entry:
    source: DataframeSource
    path: tuple[int, ...]
    fragment_id: str | None


# source id -> the LazySources that registered it (weak: a dropped session leaves nothing here).
_owners: weakref.WeakValueDictionary[str, LazySources] = weakref.WeakValueDictionary()


class LazySources:
    """One session's lazy dataframe sources, by id, and the paths that reference them."""

    __slots__ = ("__weakref__", "_lock", "_refs", "_sources")

    def __init__(self) -> None:
        # Script threads register, loader threads read: every map change under the lock.
        self._lock = threading.Lock()
        self._sources: dict[str, _Entry] = {}
        self._refs: dict[tuple[int, ...], str] = {}

    def __len__(self) -> int:
        with self._lock:
            return len(self._sources)

    def register(self, source: DataframeSource, path: tuple[int, ...], fragment_id: str | None) -> str:
        """A new id for `source` at `path`; an older source there loses its reference."""
        source_id = uuid.uuid4().hex
        with self._lock:
            self._sources[source_id] = _Entry(source, tuple(path), fragment_id)
            self._refs[tuple(path)] = source_id
        _owners[source_id] = self
        return source_id

    def begin_run(self, fragment_ids: list[str] | None) -> None:
        """A run starts: a full run drops every reference, a fragment run those of its fragments."""
        with self._lock:
            if fragment_ids is None:
                self._refs.clear()
                return
            ran = set(fragment_ids)
            for path, source_id in list(self._refs.items()):
                entry = self._sources.get(source_id)
                if entry is not None and entry.fragment_id in ran:
                    del self._refs[path]

    def prune(self) -> None:
        """Drops the sources no path references any more."""
        with self._lock:
            referenced = set(self._refs.values())
            for source_id in [s for s in self._sources if s not in referenced]:
                del self._sources[source_id]

    def clear(self) -> None:
        with self._lock:
            self._refs.clear()
            self._sources.clear()

    def source(self, source_id: str) -> DataframeSource:
        with self._lock:
            entry = self._sources.get(source_id)
        if entry is not None:
            return entry.source
        owner = _owners.get(source_id)
        if owner is not None and owner is not self:
            raise ChunkError("Dataframe source does not belong to session.")
        raise ChunkError("Dataframe source not found or expired.")


def load_chunk(
    session: Session | None, source_id: str, offset: int, limit: int, sort_column: str | None, descending: bool
) -> bytes:
    """Rows `offset..offset+limit` of one of `session`'s sources as an Arrow IPC stream.

    Called by the runner's chunk loader threads, never while holding a run;
    `session` is None for a session that never ran (it has no sources).
    Raises `ChunkError` with the text the browser shows.
    """
    from streamlit import config, dataframe_util

    source = (session.lazy_sources if session is not None else _NO_SOURCES).source(source_id)
    if offset < 0:
        raise ChunkError("Chunk offset must be non-negative.")
    limit = min(max(limit, 0), MAX_CHUNK_ROWS)
    try:
        row_count = source.row_count
        if row_count is not None and offset >= row_count:
            table = source.schema.empty_table()
        else:
            sort = SortSpec(sort_column, descending) if sort_column else None
            table = source.load_rows(offset, limit, sort=sort)
        data = dataframe_util.convert_arrow_table_to_arrow_bytes(table)
    except ChunkError:
        raise
    except Exception as e:
        raise ChunkError("Failed to load dataframe chunk.") from e
    try:
        max_mb = float(config.get_option("server.maxMessageSize"))
    except (RuntimeError, TypeError, ValueError):
        max_mb = 200.0
    if len(data) > max_mb * 1e6:
        raise ChunkError(
            f"Dataframe chunk of size {len(data) / 1e6:.1f} MB exceeds the message size limit of "
            f"{max_mb:.1f} MB. Reduce the page size or increase the `server.maxMessageSize` config option."
        )
    return data


_NO_SOURCES = LazySources()


def session_ended(session: Session) -> None:
    """The session is over (discarded): its sources go with it."""
    session.lazy_sources.clear()
