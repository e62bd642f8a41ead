"""The data libraries: imported only when data is converted, a missing one named in the error users
see; their versions."""

from __future__ import annotations

import importlib
from typing import Any

from streamlit import errors


def _require(package: str) -> Any:
    """Imports `package` or raises the error users see when it is missing."""
    try:
        return importlib.import_module(package)
    except ImportError as e:
        raise errors.StreamlitAPIException(
            f"Displaying dataframes needs the `{package}` package, which is not installed. "
            f"Install it with `pip install {package}`."
        ) from e


def _loaded(package: str) -> Any:
    """The package if the app already imported it (no import cost otherwise)."""
    import sys

    return sys.modules.get(package)


def _version_tuple(v: str) -> tuple[int, ...]:
    parts: list[int] = []
    for piece in v.split("."):
        digits = "".join(ch for ch in piece if ch.isdigit())
        if not digits:
            break
        parts.append(int(digits))
        if digits != piece:
            break
    return tuple(parts)


def is_pyarrow_version_less_than(v: str) -> bool:
    """True when the installed pyarrow is older than `v`."""
    pa = _require("pyarrow")
    return _version_tuple(pa.__version__) < _version_tuple(v)


def is_pandas_version_less_than(v: str) -> bool:
    """True when the installed pandas is older than `v`."""
    pd = _require("pandas")
    return _version_tuple(pd.__version__) < _version_tuple(v)
