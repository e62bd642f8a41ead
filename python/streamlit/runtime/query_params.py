"""`st.query_params`: the URL's query string as a dict of strings (SPEC §6.5).

Each run parses the query string the browser sent (blank values kept) into a
`QueryParams` held by the run context, so callbacks and the script body see
the same parameters. Every mutation re-encodes the whole set and tells the
browser through `_rustlit.page_info_changed`, which also makes the runtime
remember it: an `st.rerun()` (or any rerun the server starts) runs with the
new query string. The browser updates its address bar without rerunning.

`embed` and `embed_options` (any case) belong to Streamlit's embedding: they
are invisible to the script, cannot be set, and survive `clear()`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, MutableMapping
from typing import Any
from urllib import parse

import _rustlit
from streamlit.errors import LocalizableStreamlitException, StreamlitAPIException

EMBED_KEYS = ("embed", "embed_options")
# Client input beyond these limits is ignored as a whole, as in Streamlit.
MAX_QUERY_STRING_CHARS = 512 * 1024
MAX_QUERY_FIELDS = 1000

Value = str | list[str]


class StreamlitQueryParamDictValueError(LocalizableStreamlitException):
    """A query parameter was given a dict, which has no URL form."""

    def __init__(self, key: str) -> None:
        super().__init__(
            "Query param value for `{key}` cannot be set to a dictionary. "
            "Provide a string or iterable of strings instead.",
            key=key,
        )


def _is_embed(key: str) -> bool:
    return key.lower() in EMBED_KEYS


def missing_key_message(key: str) -> str:
    return f'st.query_params has no key "{key}".'


def missing_attr_message(key: str) -> str:
    return f'st.query_params has no attribute "{key}".'


def parse_query_string(query_string: str) -> dict[str, Value]:
    """One entry per key: the value, or the list of values of a repeated key."""
    if not query_string or len(query_string) > MAX_QUERY_STRING_CHARS:
        return {}
    if query_string.count("&") + 1 > MAX_QUERY_FIELDS:
        return {}
    parsed = parse.parse_qs(query_string, keep_blank_values=True)
    return {key: values[0] if len(values) == 1 else values for key, values in parsed.items()}


def _coerce(key: str, value: Any) -> Value:
    """What `params[key] = value` stores: str(value), or a list for other iterables."""
    if isinstance(value, dict):
        raise StreamlitQueryParamDictValueError(key)
    if _is_embed(key):
        raise StreamlitAPIException(
            "Query param embed and embed_options (case-insensitive) cannot be set programmatically."
        )
    if isinstance(value, Iterable) and not isinstance(value, str):
        return [str(item) for item in value]
    return str(value)


def _pairs(other: Any) -> list[tuple[str, Any]]:
    """A mapping or an iterable of (key, value) pairs, consumed once."""
    if hasattr(other, "keys") and hasattr(other, "__getitem__"):
        return [(key, other[key]) for key in list(other.keys())]
    return list(other)


class QueryParams:
    """The parameters of one run; every mutation is sent to the browser."""

    __slots__ = ("_on_change", "_params", "bound", "initial")

    def __init__(self, query_string: str = "", on_change: Any = None, bound: Any = None) -> None:
        self._params: dict[str, Value] = parse_query_string(query_string)
        # The parameters the run started with: what bound widgets take their values from.
        self.initial: dict[str, Value] = dict(self._params)
        # Parameters bound to widgets (bind="query-params"): the script cannot change them.
        self.bound: Any = bound if bound is not None else {}
        # Called with the new query string after each mutation.
        self._on_change = on_change

    # ---- reading
    def keys_visible(self) -> list[str]:
        return [key for key in self._params if not _is_embed(key)]

    def get_item(self, key: str) -> str:
        if _is_embed(key) or key not in self._params:
            raise KeyError(missing_key_message(key))
        value = self._params[key]
        if isinstance(value, list):
            return value[-1] if value else ""
        return value

    def get_all(self, key: str) -> list[str]:
        if _is_embed(key) or key not in self._params:
            return []
        value = self._params[key]
        return list(value) if isinstance(value, list) else [value]

    def to_dict(self) -> dict[str, str]:
        return {key: self.get_item(key) for key in self.keys_visible()}

    def raw_str(self) -> str:
        return str(self._params)

    def query_string(self) -> str:
        return parse.urlencode(self._params, doseq=True)

    def has(self, key: str) -> bool:
        return key in self._params

    def raw(self, key: str) -> Value | None:
        return self._params.get(key)

    # ---- writing
    def _refuse_bound(self, key: str) -> None:
        if key in self.bound:
            raise StreamlitAPIException(
                f"Cannot directly set query parameter '{key}' - it is bound to a widget. "
                "Modify the widget value instead."
            )

    def set_item(self, key: str, value: Any) -> None:
        self._refuse_bound(key)
        self._params[key] = _coerce(key, value)
        self._changed()

    def del_item(self, key: str) -> None:
        if _is_embed(key):
            raise KeyError(missing_key_message(key))
        if key in self.bound:
            raise StreamlitAPIException(
                f"Cannot directly delete query parameter '{key}' - it is bound to a widget. "
                "Modify the widget value instead."
            )
        if key not in self._params:
            raise KeyError(missing_key_message(key))
        del self._params[key]
        self._changed()

    def update(self, other: Any = (), /, **kwds: Any) -> None:
        pairs = _pairs(other) + list(kwds.items())
        for key, _value in pairs:
            self._refuse_bound(key)
        for key, value in pairs:
            self._params[key] = _coerce(key, value)
        self._changed()

    def clear(self) -> None:
        bound = [key for key in self._params if key in self.bound]
        if bound:
            raise StreamlitAPIException(
                "Cannot clear query parameters - the following are bound to widgets: "
                f"{', '.join(repr(k) for k in bound)}. "
                "Modify the widget values instead, or remove the bind parameter."
            )
        self._keep_only_embed()
        self._changed()

    # ---- bound widgets (runtime/query_binding.py): no protection, the binding decides
    def set_bound(self, key: str, value: Value) -> None:
        self._params[key] = value
        self._changed()

    def remove(self, key: str) -> None:
        """Drops a parameter and tells the browser, if it is there."""
        if key in self._params:
            del self._params[key]
            self._changed()

    def discard(self, key: str) -> None:
        """Drops a parameter the browser has already dropped."""
        self._params.pop(key, None)

    def from_dict(self, params: Any) -> None:
        saved = dict(self._params)
        self._keep_only_embed()
        try:
            self.update(params)
        except StreamlitAPIException:
            self._params = saved
            raise

    def _keep_only_embed(self) -> None:
        self._params = {key: value for key, value in self._params.items() if _is_embed(key)}

    def _changed(self) -> None:
        if self._on_change is not None:
            self._on_change(self.query_string())


def params_input(params: Any) -> Any:
    """Query parameters as st.page_link and st.switch_page take them (a
    mapping, (key, value) pairs, or a query string), for `from_dict`."""
    if isinstance(params, str):
        return parse_query_string(params.lstrip("?"))
    return params if params is not None else {}


def query_string_of(params: Any) -> str:
    """The query string of `params` (see `params_input`), checked as
    `st.query_params` checks what it is given."""
    query = QueryParams()
    query.from_dict(params_input(params))
    return query.query_string()


# Used when st.query_params is touched outside any run (plain `python app.py`).
_bare = QueryParams()


def _current() -> QueryParams:
    from streamlit.runtime.run_context import get_ctx

    ctx = get_ctx()
    return ctx.query_params if ctx is not None else _bare


class QueryParamsProxy(MutableMapping[str, str]):
    """`st.query_params`: forwards every access to the current run's parameters."""

    def __iter__(self) -> Iterator[str]:
        return iter(_current().keys_visible())

    def __len__(self) -> int:
        return len(_current().keys_visible())

    def __str__(self) -> str:
        return _current().raw_str()

    def __getitem__(self, key: str) -> str:
        return _current().get_item(key)

    def __setitem__(self, key: str, value: Any) -> None:
        _current().set_item(key, value)

    def __delitem__(self, key: str) -> None:
        _current().del_item(key)

    def __getattr__(self, key: str) -> str:
        try:
            return _current().get_item(key)
        except KeyError:
            raise AttributeError(missing_attr_message(key)) from None

    def __setattr__(self, key: str, value: Any) -> None:
        _current().set_item(key, value)

    def __delattr__(self, key: str) -> None:
        try:
            _current().del_item(key)
        except KeyError:
            raise AttributeError(missing_key_message(key)) from None

    def update(self, params: Any = (), /, **kwds: Any) -> None:  # type: ignore[override]
        _current().update(params, **kwds)

    def get_all(self, key: str) -> list[str]:
        return _current().get_all(key)

    def clear(self) -> None:
        _current().clear()

    def to_dict(self) -> dict[str, str]:
        return _current().to_dict()

    def from_dict(self, params: Any) -> None:
        _current().from_dict(params)


def send_to_browser(query_string: str) -> None:
    """Tell the browser (and the runtime) the run's new query string."""
    from streamlit.runtime.run_context import get_ctx

    ctx = get_ctx()
    if ctx is not None:
        ctx.query_string = query_string
    _rustlit.page_info_changed(query_string)
