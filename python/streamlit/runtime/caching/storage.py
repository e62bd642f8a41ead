"""Where cached results live: one FunctionCache per cached function (per source version).

In memory: an LRU map from value key to entry, bounded by `max_entries` and
expired by `ttl`, guarded by a lock; plus one lock per value key so callers
with the same arguments compute once while others wait (SPEC §5.1).
`persist="disk"` (st.cache_data only) also writes each entry to
`~/.streamlit/cache/<function key>-<value key>.memo` and reads it back on a
memory miss, as Streamlit 1.67 does (the file format is rustlit's own: a
pickle of the pickled value and the recorded elements). Persisted entries
never expire by ttl (Streamlit ignores ttl there too, with a warning).

With `server.dataEncryptionKeyFile` set, each file is sealed by the native
runtime (AES-256-GCM, bound to the file's name; the key stays in Rust), and a
file that does not open — plain, changed, or made with another key — is a
miss: nothing unauthenticated is ever unpickled.
"""

from __future__ import annotations

import contextlib
import logging
import math
import os
import pickle
import shutil
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import _rustlit

_LOG = logging.getLogger("streamlit.caching")
MEMO_EXTENSION = ".memo"


def cache_dir() -> Path:
    """Streamlit's folder for persisted st.cache_data: `~/.streamlit/cache`."""
    return Path.home() / ".streamlit" / "cache"


def clear_disk() -> None:
    """Delete every persisted entry (the whole cache folder, as `streamlit cache clear`)."""
    folder = cache_dir()
    if folder.is_dir():
        shutil.rmtree(folder, ignore_errors=True)


class Entry:
    """One cached call: the value (pickled bytes for cache_data) and the elements it wrote."""

    __slots__ = ("messages", "size", "stored_at", "value")

    def __init__(self, value: Any, messages: list[Any], size: int = 0) -> None:
        self.value = value
        self.messages = messages
        self.size = size
        self.stored_at = time.monotonic()


class FunctionCache:
    """The entries of one cached function."""

    def __init__(
        self, function_key: str, display_name: str, *, ttl: float, max_entries: float, persist: bool,
        on_release: Callable[[Any], Any] | None = None, max_size: float = math.inf,
    ) -> None:
        self.function_key = function_key
        self.ttl = ttl
        self.max_entries = max_entries
        self.persist = persist
        self.on_release = on_release
        self.max_size = max_size
        self._bytes = 0
        self._entries: OrderedDict[str, Entry] = OrderedDict()
        self._lock = threading.Lock()
        self._key_locks: dict[str, threading.Lock] = {}
        if persist and not math.isinf(ttl):
            _LOG.warning(
                "The cached function '%s' has a TTL that will be ignored. "
                "Persistent cached functions currently don't support TTL.", display_name,
            )

    def key_lock(self, value_key: str) -> threading.Lock:
        with self._lock:
            lock = self._key_locks.get(value_key)
            if lock is None:
                lock = self._key_locks[value_key] = threading.Lock()
            return lock

    def get(self, value_key: str) -> Entry | None:
        released: list[Entry] = []
        with self._lock:
            entry = self._entries.get(value_key)
            if entry is not None and time.monotonic() - entry.stored_at > self.ttl:
                released.append(self._pop(value_key))
                entry = None
            if entry is not None:
                self._entries.move_to_end(value_key)
        self._release(released)
        if entry is None and self.persist:
            entry = self._read_disk(value_key)
            if entry is not None:
                self._store_memory(value_key, entry)
        return entry

    def set(self, value_key: str, entry: Entry) -> None:
        self._store_memory(value_key, entry)
        if self.persist:
            self._write_disk(value_key, entry)

    def delete(self, value_key: str) -> None:
        with self._lock:
            entry = self._pop(value_key)
        self._release([entry] if entry is not None else [])
        if self.persist:
            with contextlib.suppress(OSError):
                self._path(value_key).unlink()

    def clear(self, *, disk: bool = True) -> None:
        with self._lock:
            released = list(self._entries.values())
            self._entries.clear()
            self._bytes = 0
        self._release(released)
        if self.persist and disk:
            folder = cache_dir()
            if folder.is_dir():
                for path in folder.glob(f"{self.function_key}-*{MEMO_EXTENSION}"):
                    with contextlib.suppress(OSError):
                        path.unlink()

    def __len__(self) -> int:
        return len(self._entries)

    # ---------------------------------------------------------------- internals
    def _store_memory(self, value_key: str, entry: Entry) -> None:
        released: list[Entry] = []
        with self._lock:
            old = self._pop(value_key)
            if old is not None and old is not entry:
                released.append(old)
            self._entries[value_key] = entry
            self._bytes += entry.size
            # Least recently used first; the new entry itself always stays.
            while len(self._entries) > 1 and (len(self._entries) > self.max_entries or self._bytes > self.max_size):
                released.append(self._pop(next(iter(self._entries))))
        self._release(released)

    def _pop(self, value_key: str) -> Entry | None:
        entry = self._entries.pop(value_key, None)
        if entry is not None:
            self._bytes -= entry.size
        return entry

    def _release(self, entries: list[Entry]) -> None:
        if self.on_release is None:
            return
        for entry in entries:
            try:
                self.on_release(entry.value)
            except Exception:  # a failing release hook must not break the app
                _LOG.exception("on_release failed")

    def _path(self, value_key: str) -> Path:
        return cache_dir() / f"{self.function_key}-{value_key}{MEMO_EXTENSION}"

    def _read_disk(self, value_key: str) -> Entry | None:
        path = self._path(value_key)
        try:
            data = path.read_bytes()
            if _rustlit.at_rest_encrypted():
                data = _rustlit.at_rest_open(path.name, data)
            value, messages = pickle.loads(data)
        except FileNotFoundError:
            return None
        except Exception:  # a corrupt or foreign file is a miss
            _LOG.warning("Ignoring unreadable cache file %s", self._path(value_key))
            return None
        return Entry(value, messages)

    def _write_disk(self, value_key: str, entry: Entry) -> None:
        path = self._path(value_key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
            data = pickle.dumps((entry.value, entry.messages), protocol=pickle.HIGHEST_PROTOCOL)
            if _rustlit.at_rest_encrypted():
                data = _rustlit.at_rest_seal(path.name, data)
            tmp.write_bytes(data)
            os.replace(tmp, path)
        except Exception as e:  # unwritable folder, unpicklable recorded element: memory only
            _LOG.warning("Could not persist a cache entry to %s: %s", path, e)
