"""`st.cache_data` and `st.cache_resource`: the decorator objects (SPEC §5).

Usable as `@st.cache_data`, `@st.cache_data(...)` or `st.cache_data(func, ...)`;
`st.cache_data.clear()` clears every data cache (memory and disk),
`st.cache_resource.clear()` every resource cache.

- cache_data stores the pickled return value and unpickles it for every
  caller (a copy each time); `persist="disk"`/True also keeps it on disk.
- cache_resource hands the very same object to every caller; `validate` is
  asked on each hit, `on_release` is called when an entry leaves the cache.
- While a call computes (a miss), a spinner shows `show_spinner`'s text (or
  "Running `name(...)`."), with the time elapsed when `show_time`; it overlays
  the page below (1.67's cache spinner takes no room).
- An `async def` function returns an awaitable, as in 1.67; async generator
  functions cannot be cached.
- `refresh_mode="background"` is accepted and behaves like "foreground" (an
  expired entry is recomputed by the caller, never served stale).
"""

from __future__ import annotations

import datetime
import inspect
import logging
import math
import pickle
import re
from collections.abc import Callable
from typing import Any

from streamlit.errors import StreamlitAPIException, StreamlitValueError
from streamlit.runtime.caching.cache_errors import StreamlitBadTimeStringError, UnserializableReturnValueError
from streamlit.runtime.caching.cached_func import CachedFunc, CachedFuncInfo, CacheKind, Registry
from streamlit.runtime.caching.storage import clear_disk

_LOG = logging.getLogger("streamlit.caching")
_UNITS = {
    "w": 604800, "week": 604800, "d": 86400, "day": 86400, "h": 3600, "hr": 3600, "hour": 3600,
    "m": 60, "min": 60, "minute": 60, "s": 1, "sec": 1, "second": 1, "ms": 0.001, "millisecond": 0.001,
    "us": 1e-6, "microsecond": 1e-6, "ns": 1e-9, "nanosecond": 1e-9,
}
_PART = re.compile(r"\s*(\d+(?:\.\d*)?|\.\d+)\s*([a-zA-Z]+)\s*,?")
_BYTE_UNITS = {"b": 1, "kb": 1024, "kib": 1024, "mb": 1024**2, "mib": 1024**2, "gb": 1024**3, "gib": 1024**3,
               "tb": 1024**4, "tib": 1024**4}


def ttl_seconds(ttl: Any) -> float:
    """None → forever; seconds; a timedelta; or a duration string ("1h", "2h30m", "1 day", "10s")."""
    if ttl is None:
        return math.inf
    if isinstance(ttl, datetime.timedelta):
        return ttl.total_seconds()
    if isinstance(ttl, str):
        return _parse_duration(ttl)
    return float(ttl)


def _parse_duration(text: str) -> float:
    pos, total, parts = 0, 0.0, 0
    while pos < len(text):
        m = _PART.match(text, pos)
        if m is None:
            break
        unit = m.group(2).lower()
        unit = unit[:-1] if unit.endswith("s") and unit[:-1] in _UNITS and unit not in _UNITS else unit
        if unit not in _UNITS:
            break
        total += float(m.group(1)) * _UNITS[unit]
        parts += 1
        pos = m.end()
    if parts and not text[pos:].strip():
        return total
    try:  # what pandas accepts beyond these ("P1DT2H", "1 days 02:00:00")
        import pandas as pd

        seconds = pd.Timedelta(text).total_seconds()
        if not math.isnan(seconds):
            return seconds
    except (ImportError, ValueError):
        pass
    raise StreamlitBadTimeStringError(text)


def _max_size_bytes(value: Any) -> float:
    if value is None:
        return math.inf
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    if isinstance(value, str):
        m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]+)\s*", value)
        if m and m.group(2).lower() in _BYTE_UNITS and float(m.group(1)) > 0:
            return int(float(m.group(1)) * _BYTE_UNITS[m.group(2).lower()])
    raise StreamlitValueError("max_size", ["a positive byte size"])


def _check_common(scope: str, refresh_mode: str) -> None:
    if scope not in ("global", "session"):
        raise StreamlitValueError("scope", ["'global'", "'session'"])
    if refresh_mode not in ("foreground", "background"):
        raise StreamlitValueError("refresh_mode", ["foreground", "background"])
    if refresh_mode == "background":
        _LOG.warning("refresh_mode='background' behaves like 'foreground' in rustlit")


def _decorate(func: Any, make: Callable[[Callable[..., Any]], CachedFuncInfo], refresh_mode: str) -> Any:
    def wrap(f: Callable[..., Any]) -> CachedFunc:
        if inspect.isasyncgenfunction(f):
            raise StreamlitAPIException(
                "Async-generator functions cannot be cached. Async generators produce streams that are one-shot "
                "iterators, rather than a single cacheable result. Consume the async generator and return a "
                "materialized result from an ordinary coroutine function if appropriate."
            )
        if inspect.iscoroutinefunction(f) and refresh_mode == "background":
            raise StreamlitValueError(
                "refresh_mode", ['"foreground"'],
                detail='Background refresh is not supported for coroutine functions (`async def`). '
                       'Use `refresh_mode="foreground"` instead.',
            )
        return CachedFunc(make(f))

    return wrap if func is None else wrap(func)


class _DataKind(CacheKind):
    decorator = "cache_data"

    def store(self, func: Any, value: Any) -> bytes:
        try:
            return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as e:
            raise UnserializableReturnValueError(func, value) from e

    def load(self, stored: Any) -> Any:
        return pickle.loads(stored)


class _ResourceKind(CacheKind):
    decorator = "cache_resource"

    def valid(self, info: CachedFuncInfo, stored: Any) -> bool:
        return info.validate is None or bool(info.validate(stored))


class CacheDataAPI:
    """`st.cache_data`."""

    def __init__(self) -> None:
        self._registry = Registry()
        self._kind = _DataKind()

    def __call__(
        self, func: Callable[..., Any] | None = None, *, ttl: Any = None, max_entries: int | None = None,
        max_size: Any = None, show_spinner: bool | str = True, show_time: bool = False, persist: Any = None,
        hash_funcs: dict[Any, Callable[[Any], Any]] | None = None, scope: str = "global",
        refresh_mode: str = "foreground",
    ) -> Any:
        persist_disk = persist is True or persist == "disk"
        if persist not in (None, False, True, "disk"):
            raise StreamlitValueError("persist", ["'disk'", "None"])
        _check_common(scope, refresh_mode)
        seconds = ttl_seconds(ttl)
        size = _max_size_bytes(max_size)
        entries = math.inf if max_entries is None else max_entries
        return _decorate(func, lambda f: CachedFuncInfo(
            f, self._kind, self._registry, ttl=seconds, max_entries=entries, hash_funcs=hash_funcs, scope=scope,
            persist=persist_disk, max_size=size, show_spinner=show_spinner, show_time=show_time,
        ), refresh_mode)

    def clear(self) -> None:
        """Clear all in-memory and on-disk data caches."""
        self._registry.clear_all()
        clear_disk()


class CacheResourceAPI:
    """`st.cache_resource`."""

    def __init__(self) -> None:
        self._registry = Registry()
        self._kind = _ResourceKind()

    def __call__(
        self, func: Callable[..., Any] | None = None, *, ttl: Any = None, max_entries: int | None = None,
        show_spinner: bool | str = True, show_time: bool = False, validate: Callable[[Any], bool] | None = None,
        hash_funcs: dict[Any, Callable[[Any], Any]] | None = None, on_release: Callable[[Any], Any] | None = None,
        scope: str = "global", refresh_mode: str = "foreground",
    ) -> Any:
        _check_common(scope, refresh_mode)
        seconds = ttl_seconds(ttl)
        entries = math.inf if max_entries is None else max_entries
        return _decorate(func, lambda f: CachedFuncInfo(
            f, self._kind, self._registry, ttl=seconds, max_entries=entries, hash_funcs=hash_funcs, scope=scope,
            validate=validate, on_release=on_release, show_spinner=show_spinner, show_time=show_time,
        ), refresh_mode)

    def clear(self) -> None:
        """Clear all cache_resource caches."""
        self._registry.clear_all()


cache_data = CacheDataAPI()
cache_resource = CacheResourceAPI()
