"""The wrapper a cached function becomes, shared by st.cache_data and st.cache_resource.

A call hashes the arguments into a value key (parameters named with a
leading underscore are skipped), looks the key up in the function's cache
and, on a miss, runs the function under that key's lock, recording the
elements it writes (`replay`). Concurrent callers with the same key
therefore compute once: the others wait and get the stored result, whose
elements are replayed at their own cursor. Caches are process-wide (all
sessions) unless `scope="session"`.

The function key (kind, module, qualified name, source text) is memoized
per code object: the app script's code is compiled once per mtime, so a
rerun finds the same function key without reading the source again, and an
edited function gets a new key (its old entries are simply never hit).
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import math
import threading
import weakref
from collections.abc import Callable
from typing import Any

from streamlit.runtime.caching import replay
from streamlit.runtime.caching.cache_errors import UnhashableParamError
from streamlit.runtime.caching.hashing import Hasher, UnhashableTypeError, function_key
from streamlit.runtime.caching.spinner import cache_spinner
from streamlit.runtime.caching.storage import Entry, FunctionCache
from streamlit.runtime.run_context import get_ctx

_key_memo: weakref.WeakKeyDictionary[Any, dict[str, str]] = weakref.WeakKeyDictionary()
_key_memo_lock = threading.Lock()


class CacheKind:
    """What differs between the two caches: how values are stored and handed out."""

    decorator = ""

    def store(self, func: Any, value: Any) -> Any:
        return value

    def load(self, stored: Any) -> Any:
        return stored

    def valid(self, info: CachedFuncInfo, stored: Any) -> bool:
        return True


class Registry:
    """All FunctionCaches of one kind: process-wide, plus one set per session for scope="session"."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._global: dict[str, FunctionCache] = {}
        self._sessions: weakref.WeakKeyDictionary[Any, dict[str, FunctionCache]] = weakref.WeakKeyDictionary()

    def get(self, info: CachedFuncInfo, key: str) -> FunctionCache:
        if info.scope == "session":
            ctx = get_ctx()
            if ctx is None:
                raise RuntimeError(
                    f"`{info.display_name}` uses scope='session' but was called outside a script run."
                )
            with self._lock:
                caches = self._sessions.setdefault(ctx.session, {})
        else:
            caches = self._global
        with self._lock:
            cache = caches.get(key)
            if cache is None:
                cache = caches[key] = info.new_cache(key)
            return cache

    def clear_all(self, *, disk: bool = True) -> None:
        with self._lock:
            caches = list(self._global.values())
            for per_session in self._sessions.values():
                caches.extend(per_session.values())
        for cache in caches:
            cache.clear(disk=disk)

    def size(self) -> int:
        with self._lock:
            return sum(len(c) for c in self._global.values())


class CachedFuncInfo:
    """A decorated function and its decorator arguments."""

    def __init__(
        self, func: Callable[..., Any], kind: CacheKind, registry: Registry, *, ttl: float, max_entries: float,
        hash_funcs: dict[Any, Callable[[Any], Any]] | None, scope: str, persist: bool = False,
        validate: Callable[[Any], bool] | None = None, on_release: Callable[[Any], Any] | None = None,
        max_size: float = math.inf, show_spinner: bool | str = True, show_time: bool = False,
    ) -> None:
        self.func = func
        self.show_spinner = show_spinner
        self.show_time = bool(show_time)
        self.is_async = inspect.iscoroutinefunction(func)
        self.kind = kind
        self.registry = registry
        self.ttl = ttl
        self.max_entries = max_entries
        self.max_size = max_size
        self.hash_funcs = hash_funcs
        self.scope = scope
        self.persist = persist
        self.validate = validate
        self.on_release = on_release
        self.display_name = getattr(func, "__qualname__", getattr(func, "__name__", repr(func)))
        try:
            self.params: list[inspect.Parameter] | None = list(inspect.signature(func).parameters.values())
        except (TypeError, ValueError):
            self.params = None

    def new_cache(self, key: str) -> FunctionCache:
        return FunctionCache(
            key, self.display_name, ttl=self.ttl, max_entries=self.max_entries, persist=self.persist,
            on_release=self.on_release, max_size=self.max_size,
        )

    def function_key(self) -> str:
        code = getattr(self.func, "__code__", None)
        if code is None:
            return function_key(self.kind.decorator, self.func)
        with _key_memo_lock:
            per_kind = _key_memo.get(code)
            key = per_kind.get(self.kind.decorator) if per_kind else None
        if key is None:
            key = function_key(self.kind.decorator, self.func)
            with _key_memo_lock:
                _key_memo.setdefault(code, {})[self.kind.decorator] = key
        return key

    def positional_name(self, index: int) -> str | None:
        if self.params is None:
            return None
        if index < len(self.params):
            param = self.params[index]
            if param.kind in (param.POSITIONAL_ONLY, param.POSITIONAL_OR_KEYWORD):
                return param.name
        return None

    def value_key(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> str:
        from streamlit import config

        try:
            seed = int(config.get_option("runner.cacheHashSeed") or 0)
        except (RuntimeError, TypeError, ValueError):
            seed = 0
        hasher = Hasher(self.hash_funcs, seed)
        named = [(self.positional_name(i), v) for i, v in enumerate(args)] + list(kwargs.items())
        for name, value in named:
            if name is not None and name.startswith("_"):
                continue
            try:
                hasher.update(name)
                hasher.update(value)
            except UnhashableTypeError as e:
                raise UnhashableParamError(self.kind.decorator, self.func, name, value) from e
        return hasher.hexdigest()


class CachedFunc:
    """What `@st.cache_data` / `@st.cache_resource` turn a function into."""

    def __init__(self, info: CachedFuncInfo, instance: Any = None) -> None:
        self._info = info
        self._instance = instance
        functools.update_wrapper(self, info.func)

    def __repr__(self) -> str:
        return f"<CachedFunc: {self._info.display_name}>"

    def __get__(self, instance: Any, owner: Any = None) -> CachedFunc:
        """Methods: `self` becomes the first argument (hashed unless it is named `_self`)."""
        if instance is None:
            return self
        return CachedFunc(self._info, instance)

    def _args(self, args: tuple[Any, ...]) -> tuple[Any, ...]:
        return args if self._instance is None else (self._instance, *args)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        info = self._info
        args = self._args(args)
        if info.is_async:
            return self._call_async(args, kwargs)
        cache = info.registry.get(info, info.function_key())
        value_key = info.value_key(args, kwargs)
        entry = self._lookup(cache, value_key)
        if entry is None:
            with self._spinner(args, kwargs), cache.key_lock(value_key):
                entry = self._lookup(cache, value_key)
                if entry is None:
                    return self._compute(cache, value_key, args, kwargs)
        replay.replay(entry.messages, info.kind.decorator, info.func)
        return info.kind.load(entry.value)

    async def _call_async(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        """An `async def` function: awaiting the call looks up, and on a miss awaits the function.

        Unlike a plain function, concurrent callers of one key may each compute it (a thread
        lock cannot be held across an await); the last result stored wins.
        """
        info = self._info
        cache = info.registry.get(info, info.function_key())
        value_key = info.value_key(args, kwargs)
        entry = self._lookup(cache, value_key)
        if entry is None:
            with self._spinner(args, kwargs):
                with replay.recording() as messages:
                    value = await info.func(*args, **kwargs)
                stored = info.kind.store(info.func, value)
                cache.set(value_key, Entry(stored, list(messages), _size(stored)))
                return info.kind.load(stored)
        replay.replay(entry.messages, info.kind.decorator, info.func)
        return info.kind.load(entry.value)

    def _spinner(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> contextlib.AbstractContextManager[Any]:
        """1.67's spinner while a miss computes: `show_spinner`'s text or "Running `name(...)`.", only for
        the outermost cached function (an inner one's caller already shows one)."""
        info = self._info
        if isinstance(info.show_spinner, str):
            message = info.show_spinner
        elif info.show_spinner is True:
            message = f"Running `{info.display_name}({'' if not args and not kwargs else '...'})`."
        else:
            return contextlib.nullcontext()
        if replay.in_cached_function():
            return contextlib.nullcontext()
        return cache_spinner(message, info.show_time)

    def _lookup(self, cache: FunctionCache, value_key: str) -> Entry | None:
        entry = cache.get(value_key)
        if entry is not None and not self._info.kind.valid(self._info, entry.value):
            cache.delete(value_key)
            return None
        return entry

    def _compute(self, cache: FunctionCache, value_key: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        info = self._info
        with replay.recording() as messages:
            value = info.func(*args, **kwargs)
        stored = info.kind.store(info.func, value)
        cache.set(value_key, Entry(stored, list(messages), _size(stored)))
        # cache_data hands out a copy even on the miss, so mutating it never touches the cache.
        return info.kind.load(stored)

    def clear(self, *args: Any, **kwargs: Any) -> None:
        """Without arguments: all entries of this function; with: the entry of those arguments."""
        info = self._info
        cache = info.registry.get(info, info.function_key())
        if not args and not kwargs and self._instance is None:
            cache.clear()
            return
        cache.delete(info.value_key(self._args(args), kwargs))


def _size(stored: Any) -> int:
    return len(stored) if isinstance(stored, (bytes, bytearray)) else 0
