"""The URL query string a page change leaves: only `embed`/`embed_options`
survive, plus the query parameters the caller asked for."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode

from streamlit.errors import StreamlitAPIException

_EMBED_KEYS = ("embed", "embed_options")


def _pairs(query_params: Any) -> list[tuple[str, str]]:
    if query_params is None:
        return []
    if isinstance(query_params, str):
        return parse_qsl(query_params.lstrip("?"), keep_blank_values=True)
    if isinstance(query_params, Mapping):
        items: Iterable[tuple[Any, Any]] = query_params.items()
    elif isinstance(query_params, Iterable):
        items = list(query_params)
    else:
        raise StreamlitAPIException("`query_params` must be a dict, a query string or a list of (key, value) pairs.")
    pairs: list[tuple[str, str]] = []
    for key, value in items:
        if isinstance(value, Mapping):
            raise StreamlitAPIException(
                f"Query param value for `{key}` cannot be set to a dictionary. "
                "Provide a string or iterable of strings instead."
            )
        if isinstance(value, Iterable) and not isinstance(value, (str, bytes)):
            pairs.extend((str(key), str(v)) for v in value)
        else:
            pairs.append((str(key), str(value)))
    return pairs


def query_string_for_page_change(current: str, query_params: Any = None) -> str:
    kept = [(k, v) for k, v in parse_qsl(current, keep_blank_values=True) if k.lower() in _EMBED_KEYS]
    given = [(k, v) for k, v in _pairs(query_params) if k.lower() not in _EMBED_KEYS]
    return urlencode(kept + given)
