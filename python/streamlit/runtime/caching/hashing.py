"""Stable hashes of cached functions' arguments (the value key, SPEC §5.1).

A value is reduced to bytes fed into MD5, recursively for containers, with
a guard against cycles. Known types hash by content (numbers, strings,
dates, containers, dataclasses, enums, numpy arrays, pandas objects, files,
functions by their source, ...); anything else by its pickle `__reduce__`
output; a value that cannot be reduced is unhashable, which the caller
turns into Streamlit's UnhashableParamError. `hash_funcs` maps a type (or
its fully qualified name) to a function whose result is hashed instead.
"""

from __future__ import annotations

import dataclasses
import datetime
import decimal
import enum
import functools
import hashlib
import inspect
import io
import os
import pickle
import re
import types
import uuid
from collections.abc import Callable
from typing import Any

HashFuncs = dict[Any, Callable[[Any], Any]]


class UnhashableTypeError(Exception):
    """A value has no content-based hash."""


def fqn_type(value: Any) -> str:
    """`module.QualName` of a value's type, as the error messages spell it."""
    t = type(value)
    return f"{t.__module__}.{t.__qualname__}"


class Hasher:
    """Feeds values into one MD5 digest."""

    def __init__(self, hash_funcs: HashFuncs | None = None, seed: int = 0) -> None:
        self._md5 = hashlib.md5(usedforsecurity=False)
        self._funcs: dict[Any, Callable[[Any], Any]] = {}
        for key, fn in (hash_funcs or {}).items():
            self._funcs[key if isinstance(key, str) else f"{key.__module__}.{key.__qualname__}"] = fn
        self._stack: set[int] = set()
        if seed:
            self._md5.update(str(seed).encode())

    def hexdigest(self) -> str:
        return self._md5.hexdigest()

    def update(self, value: Any) -> None:
        self._md5.update(self._to_bytes(value))

    def _to_bytes(self, value: Any) -> bytes:
        if self._funcs:
            fn = self._funcs.get(fqn_type(value))
            if fn is not None:
                return b"custom:" + self._nested(fn(value))
        if value is None or value is True or value is False:
            return repr(value).encode()
        t = type(value)
        if t is int or t is float or t is complex or t is decimal.Decimal:
            return f"{t.__name__}:{value!r}".encode()
        if t is str:
            return b"s:" + value.encode("utf-8", "surrogatepass")
        if t is bytes or t is bytearray or t is memoryview:
            return b"b:" + bytes(value)
        if isinstance(value, (datetime.date, datetime.time, datetime.timedelta, uuid.UUID)):
            return f"{t.__name__}:{value}".encode()
        if isinstance(value, enum.Enum):
            return f"enum:{fqn_type(value)}:{value.name}".encode()
        key = id(value)
        if key in self._stack:  # a cycle: the container is already being hashed
            return b"cycle"
        self._stack.add(key)
        try:
            return self._composite(value)
        finally:
            self._stack.discard(key)

    def _nested(self, value: Any) -> bytes:
        return hashlib.md5(self._to_bytes(value), usedforsecurity=False).digest()

    def _composite(self, value: Any) -> bytes:
        if isinstance(value, (list, tuple)):
            return type(value).__name__.encode() + b"".join(self._nested(v) for v in value)
        if isinstance(value, dict):
            return b"dict" + b"".join(self._nested(k) + self._nested(v) for k, v in value.items())
        if isinstance(value, (set, frozenset)):
            return b"set" + b"".join(sorted(self._nested(v) for v in value))
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            fields = {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
            return b"dataclass:" + fqn_type(value).encode() + self._nested(fields)
        special = _special(value, self._nested)
        if special is not None:
            return special
        if isinstance(value, functools.partial):
            return b"partial" + self._nested((value.func, value.args, value.keywords))
        if inspect.isroutine(value):
            return b"func:" + _function_identity(value)
        if isinstance(value, (type, types.ModuleType)):
            return f"name:{getattr(value, '__module__', '')}.{getattr(value, '__qualname__', value.__name__)}".encode()
        if isinstance(value, re.Pattern):
            return b"re" + self._nested((value.pattern, value.flags))
        if isinstance(value, (io.StringIO, io.BytesIO)):
            return b"buf" + self._nested(value.getvalue())
        if hasattr(value, "read") and isinstance(getattr(value, "name", None), str) and hasattr(value, "tell"):
            name = value.name
            mtime = os.path.getmtime(name) if os.path.exists(name) else 0
            return b"file" + self._nested((name, getattr(value, "mode", ""), value.tell(), mtime))
        try:
            reduced = value.__reduce_ex__(4)
        except Exception as e:
            raise UnhashableTypeError() from e
        if isinstance(reduced, str):  # a global, pickled by name
            return b"global:" + reduced.encode()
        return b"reduce:" + self._nested(reduced)


def _special(value: Any, nested: Callable[[Any], bytes]) -> bytes | None:
    """Third-party types hashed by content, without importing their packages."""
    module = type(value).__module__
    if module.startswith("numpy") and hasattr(value, "tobytes"):
        return b"np" + nested((str(getattr(value, "dtype", "")), getattr(value, "shape", ()), value.tobytes()))
    if module.startswith("pandas"):
        import pandas as pd

        if isinstance(value, (pd.DataFrame, pd.Series, pd.Index)):
            try:
                content = pd.util.hash_pandas_object(value).to_numpy().tobytes()
            except TypeError:  # unhashable cells (lists, dicts): fall back to pickle
                content = pickle.dumps(value, protocol=4)
            columns = list(value.columns) if isinstance(value, pd.DataFrame) else [getattr(value, "name", None)]
            return b"pd" + nested((type(value).__name__, columns, str(getattr(value, "dtypes", "")), content))
    if module.startswith("PIL.") and hasattr(value, "tobytes"):
        return b"pil" + nested((value.mode, value.size, value.tobytes()))
    if module.startswith(("unittest.mock", "mock")):
        return f"mock:{id(value)}".encode()
    if module == "streamlit.runtime.uploaded_file_manager" and hasattr(value, "file_id"):
        return b"upload" + nested((value.file_id, value.getvalue()))
    return None


def _function_identity(func: Any) -> bytes:
    """A function by module, qualified name and source (bytecode when the source is gone)."""
    parts = [getattr(func, "__module__", "") or "", getattr(func, "__qualname__", "") or ""]
    try:
        source: Any = inspect.getsource(func)
    except (OSError, TypeError):
        code = getattr(func, "__code__", None)
        source = code.co_code if code is not None else b""
    md5 = hashlib.md5(usedforsecurity=False)
    md5.update("\0".join(parts).encode())
    md5.update(source.encode() if isinstance(source, str) else source)
    return md5.digest()


def function_key(cache_kind: str, func: Any) -> str:
    """The key of a cached function: changes when its source code changes."""
    md5 = hashlib.md5(usedforsecurity=False)
    md5.update(cache_kind.encode())
    md5.update(_function_identity(func))
    return md5.hexdigest()
