"""`st.secrets`: the app's secrets.toml files as a read-only mapping.

The files are read here, in the runner, because that is where the runtime
reads the user's files (the script, its modules); the HTTP server never opens
them and has no route that could serve them. The Rust side only tells this
module which paths to read (`secrets.files`). Loading is lazy (an app that
never touches `st.secrets` never reads them) and the files' modification
times are checked at the start of every run, so an edit takes effect on the
next run. As in Streamlit, root-level string and number values are also
exported to `os.environ` (and removed again when the secrets are reloaded).
Values are never logged.
"""

from __future__ import annotations

import os
import threading
import tomllib
from collections.abc import Iterator, Mapping
from typing import Any, NoReturn

from streamlit.errors import Error

_MORE_INFO = (
    "Did you forget to add it to secrets.toml, mount it to secret directory, or the app "
    "settings on Streamlit Cloud? More info: "
    "https://docs.streamlit.io/deploy/streamlit-community-cloud/deploy-your-app/secrets-management"
)


class StreamlitSecretNotFoundError(Error, FileNotFoundError):
    """No secrets.toml exists at any configured path."""


def _missing_key(key: str) -> KeyError:
    return KeyError(f'st.secrets has no key "{key}". {_MORE_INFO}')


def _missing_attr(key: str) -> AttributeError:
    return AttributeError(f'st.secrets has no attribute "{key}". {_MORE_INFO}')


class AttrDict(Mapping[str, Any]):
    """A read-only section of secrets: `section.key` and `section["key"]`."""

    def __init__(self, value: Mapping[str, Any]) -> None:
        self.__dict__["_AttrDict__nested"] = dict(value)

    @staticmethod
    def _wrap(value: Any) -> Any:
        return AttrDict(value) if isinstance(value, Mapping) else value

    def __getitem__(self, key: str) -> Any:
        try:
            return self._wrap(self.__nested[key])
        except KeyError:
            raise _missing_key(key) from None

    def __getattr__(self, key: str) -> Any:
        try:
            return self._wrap(self.__nested[key])
        except KeyError:
            raise _missing_attr(key) from None

    def __iter__(self) -> Iterator[str]:
        return iter(self.__nested)

    def __len__(self) -> int:
        return len(self.__nested)

    def __repr__(self) -> str:
        return repr(self.__nested)

    def __setitem__(self, key: str, value: Any) -> NoReturn:
        raise TypeError("Secrets does not support item assignment.")

    def __setattr__(self, key: str, value: Any) -> NoReturn:
        raise TypeError("Secrets does not support attribute assignment.")

    def to_dict(self) -> dict[str, Any]:
        return {k: v.to_dict() if isinstance(v, AttrDict) else v for k, v in map(self._item, self.__nested)}

    def _item(self, key: str) -> tuple[str, Any]:
        return key, self._wrap(self.__nested[key])


class Secrets(Mapping[str, Any]):
    """`st.secrets`: every existing file of `secrets.files`, merged in order."""

    def __init__(self) -> None:
        self._files: list[str] = []
        self._lock = threading.Lock()
        self._data: dict[str, Any] | None = None
        self._stamp: tuple[Any, ...] | None = None
        self._exported: list[str] = []

    def configure(self, files: list[str]) -> None:
        with self._lock:
            self._files = list(files)
            self._reset()

    def check_for_changes(self) -> None:
        """Called at the start of every run: drop the cache if a file changed."""
        if self._data is not None and self._file_stamp() != self._stamp:
            with self._lock:
                self._reset()

    def _file_stamp(self) -> tuple[Any, ...]:
        stamp = []
        for path in self._files:
            try:
                st = os.stat(path)
                stamp.append((st.st_mtime_ns, st.st_size))
            except OSError:
                stamp.append(None)
        return tuple(stamp)

    def _reset(self) -> None:
        for key in self._exported:
            os.environ.pop(key, None)
        self._exported = []
        self._data = None
        self._stamp = None

    def _load(self) -> dict[str, Any]:
        data = self._data
        if data is not None:
            return data
        with self._lock:
            if self._data is not None:
                return self._data
            stamp = self._file_stamp()
            merged: dict[str, Any] = {}
            found = False
            for path in self._files:
                try:
                    with open(path, "rb") as f:
                        merged.update(tomllib.load(f))
                    found = True
                except FileNotFoundError:
                    continue
                except tomllib.TOMLDecodeError as e:
                    raise StreamlitSecretNotFoundError(f"Error parsing secrets file at {path}: {e}") from None
            if not found:
                raise StreamlitSecretNotFoundError(
                    "No secrets found. Valid paths for a secrets.toml file or secret directories are: "
                    + ", ".join(self._files)
                )
            for key, value in merged.items():
                if isinstance(value, (str, int, float)) and not isinstance(value, bool):
                    os.environ[key] = str(value)
                    self._exported.append(key)
            self._data, self._stamp = merged, stamp
            return merged

    def __getitem__(self, key: str) -> Any:
        data = self._load()
        if key not in data:
            raise _missing_key(key)
        return AttrDict._wrap(data[key])

    def __getattr__(self, key: str) -> Any:
        if key.startswith("_"):
            raise AttributeError(key)
        data = self._load()
        if key not in data:
            raise _missing_attr(key)
        return AttrDict._wrap(data[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self._load())

    def __len__(self) -> int:
        return len(self._load())

    def __contains__(self, key: object) -> bool:
        return key in self._load()

    def __repr__(self) -> str:
        # Never the values: a stray print(st.secrets) must not leak them to logs.
        return "Secrets"

    def __setitem__(self, key: str, value: Any) -> NoReturn:
        raise TypeError("Secrets does not support item assignment.")

    def __setattr__(self, key: str, value: Any) -> None:
        if key.startswith("_"):
            object.__setattr__(self, key, value)
            return
        raise TypeError("Secrets does not support attribute assignment.")

    def to_dict(self) -> dict[str, Any]:
        return {k: v.to_dict() if isinstance(v, AttrDict) else v for k, v in ((k, self[k]) for k in self._load())}


secrets = Secrets()
