"""st.context: read-only facts about the viewer of this run, as Streamlit 1.67 has them.

The handshake's headers and the peer address come from the server (the socket
now serving the session); time zone, locale, URL, embedding and colour scheme
come from the browser with each rerun. One difference from Streamlit: the
`Sec-WebSocket-Protocol` header is not shown, because rustlit's page sends its
resume secret there.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from http.cookies import CookieError, SimpleCookie
from typing import Any

import _rustlit

_KEYS = ("headers", "cookies", "theme", "timezone", "timezone_offset", "locale", "url", "ip_address",
         "is_embedded")
_LOOPBACK = {"127.0.0.1", "::1"}


def _normalize_header(name: str) -> str:
    """Http-Header-Case, as Streamlit shows header names."""
    return "-".join(word.capitalize() for word in name.split("-"))


class StreamlitHeaders(Mapping[str, str]):
    """The websocket handshake's headers: case-insensitive; a repeated header's first value, or all
    of them with `get_all`."""

    def __init__(self, headers: Iterable[tuple[str, str]]) -> None:
        self._headers: dict[str, list[str]] = {}
        for key, value in headers:
            self._headers.setdefault(_normalize_header(key), []).append(value)

    def get_all(self, key: str) -> list[str]:
        return list(self._headers.get(_normalize_header(key), []))

    def __getitem__(self, key: str) -> str:
        try:
            return self._headers[_normalize_header(key)][0]
        except KeyError:
            raise KeyError(key) from None

    def __len__(self) -> int:
        return len(self._headers)

    def __iter__(self) -> Iterator[str]:
        return iter(self._headers)

    def to_dict(self) -> dict[str, str]:
        return {key: self[key] for key in self}


class StreamlitCookies(Mapping[str, str]):
    """The app's cookies the browser sent with the handshake (never a component origin's)."""

    def __init__(self, cookies: Mapping[str, str]) -> None:
        self._cookies = dict(cookies)

    def __getitem__(self, key: str) -> str:
        return self._cookies[key]

    def __len__(self) -> int:
        return len(self._cookies)

    def __iter__(self) -> Iterator[str]:
        return iter(self._cookies)

    def to_dict(self) -> dict[str, str]:
        return dict(self._cookies)


class StreamlitTheme(dict):
    """`{"type": "light" | "dark" | None}`, also readable as `.type`."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


def _parse_cookies(headers: StreamlitHeaders) -> dict[str, str]:
    cookies: dict[str, str] = {}
    for header in headers.get_all("Cookie"):
        for part in header.split(";"):
            jar: SimpleCookie = SimpleCookie()
            try:
                jar.load(part.strip())
            except CookieError:
                continue  # one malformed cookie does not hide the others
            cookies.update({name: morsel.value for name, morsel in jar.items()})
    return cookies


class ContextProxy:
    """`st.context`: attributes (and `st.context["name"]`) read the viewer of the current run."""

    @staticmethod
    def _client() -> dict[str, Any]:
        return _rustlit.client_context() or {}

    @property
    def headers(self) -> StreamlitHeaders:
        return StreamlitHeaders(self._client().get("headers") or [])

    @property
    def cookies(self) -> StreamlitCookies:
        return StreamlitCookies(_parse_cookies(self.headers))

    @property
    def theme(self) -> StreamlitTheme:
        return StreamlitTheme({"type": self._client().get("color_scheme")})

    @property
    def timezone(self) -> str | None:
        return self._client().get("timezone")

    @property
    def timezone_offset(self) -> int | None:
        return self._client().get("timezone_offset")

    @property
    def locale(self) -> str | None:
        return self._client().get("locale")

    @property
    def url(self) -> str | None:
        return self._client().get("url")

    @property
    def ip_address(self) -> str | None:
        """The peer's address; None on loopback, as in Streamlit."""
        ip = self._client().get("ip")
        return None if ip in _LOOPBACK else ip

    @property
    def is_embedded(self) -> bool | None:
        return self._client().get("is_embedded")

    def __getitem__(self, key: str) -> Any:
        if key not in _KEYS:
            raise KeyError(f'st.context has no key "{key}". Valid keys are: {", ".join(sorted(_KEYS))}.')
        return getattr(self, key)

    def __contains__(self, key: object) -> bool:
        return key in _KEYS


context = ContextProxy()
