"""st.login, st.logout and st.user, as Streamlit 1.67 has them.

The server runs the OpenID Connect flow (src/auth): `st.login` checks the `[auth]` section of
secrets.toml with 1.67's errors and sends the page to the login route; the server reads the login
cookie when the page's websocket connects, and `st.user` reads what it found
(`_rustlit.user_info()`). `st.logout` forgets the user in this session and sends the page to the
logout route, which ends the login on the server: the cookie no longer works anywhere.
"""

from __future__ import annotations

import json
import secrets as _random
from collections.abc import Iterator, Mapping
from typing import Any, NoReturn

import _rustlit
from streamlit.errors import StreamlitAPIException, StreamlitAuthError

EVENT_ROOT = 2

_NO_PROVIDERS = """To use authentication features you need to configure credentials for at
            least one authentication provider in `.streamlit/secrets.toml`."""


def _auth_section() -> Mapping[str, Any] | None:
    from streamlit.runtime.secrets import secrets

    try:
        section = secrets._load().get("auth")
    except FileNotFoundError:  # no secrets.toml at all (st.secrets' StreamlitSecretNotFoundError)
        return None
    return section if isinstance(section, Mapping) else None


def _default_provider_section(auth: Mapping[str, Any]) -> dict[str, Any]:
    keys = ("client_id", "client_secret", "server_metadata_url", "client_kwargs", "expose_tokens")
    return {key: auth[key] for key in keys if auth.get(key)}


def validate_auth_credentials(provider: str) -> None:
    """1.67's checks of `[auth]` for `provider`, with its messages."""
    auth = _auth_section()
    if auth is None:
        raise StreamlitAuthError(_NO_PROVIDERS)
    if "redirect_uri" not in auth:
        raise StreamlitAuthError(
            """Authentication credentials in `.streamlit/secrets.toml` are missing the
            "redirect_uri" key. Please check your configuration."""
        )
    if "cookie_secret" not in auth:
        raise StreamlitAuthError(
            """Authentication credentials in `.streamlit/secrets.toml` are missing the
            "cookie_secret" key. Please check your configuration."""
        )
    section = auth.get(provider)
    if "_" in provider:
        raise StreamlitAuthError(
            f'Auth provider name "{provider}" contains an underscore. '
            f"Please use a provider name without underscores."
        )
    if section is None and provider == "default":
        section = _default_provider_section(auth)
    if section is None:
        raise StreamlitAuthError(
            f"Authentication credentials in `.streamlit/secrets.toml` are missing for "
            f'the authentication provider "{provider}". Please check your '
            f"configuration."
        )
    if not isinstance(section, Mapping):
        raise StreamlitAuthError(
            f"Authentication credentials in `.streamlit/secrets.toml` for the "
            f'authentication provider "{provider}" must be valid TOML. Please check '
            f"your configuration."
        )
    missing = [key for key in ("client_id", "client_secret", "server_metadata_url") if key not in section]
    if missing:
        if provider == "default":
            raise StreamlitAuthError(
                "Authentication credentials in `.streamlit/secrets.toml` for the "
                f"default authentication provider are missing the following keys: "
                f"{missing}. Please check your configuration."
            )
        raise StreamlitAuthError(
            "Authentication credentials in `.streamlit/secrets.toml` for the "
            f'authentication provider "{provider}" are missing the following keys: '
            f"{missing}. Please check your configuration."
        )


def _redirect(url: str) -> None:
    from streamlit.delta_generator import DeltaGenerator

    path = DeltaGenerator(EVENT_ROOT)._next_path()
    _rustlit.auth_redirect(path, url=url, nonce=_random.randbits(63))


def login(provider: str | None = None) -> None:
    """Send the viewer to the identity provider (`[auth]` or `[auth.<provider>]` in secrets.toml)."""
    if provider is None:
        provider = "default"
    if not _rustlit.has_run_context():
        return
    validate_auth_credentials(provider)
    url = _rustlit.auth_login_url(provider)
    if url is None:
        raise StreamlitAuthError(
            f'The server could not start a login with provider "{provider}": its [auth] section was '
            "not usable when the server started (see the server log), or was added after it started. "
            "Restart the server after changing [auth]."
        )
    _redirect(url)


def logout() -> None:
    """Forget the user in this session, end the login on the server and go back to the app."""
    if not _rustlit.has_run_context():
        return
    url = _rustlit.auth_logout()
    if url is None:
        # No logins on the server: its logout route only goes back to the app.
        from streamlit import config

        base = "/".join(part for part in str(config.get_option("server.baseUrlPath") or "").split("/") if part)
        url = f"/{base}/auth/logout" if base else "/auth/logout"
    _redirect(url)


def _get_user_info() -> dict[str, Any]:
    if not _rustlit.has_run_context():
        return {}
    raw = _rustlit.user_info()
    info: dict[str, Any] = json.loads(raw) if raw else {}
    if "is_logged_in" not in info and _auth_section():
        info["is_logged_in"] = False
    return info


class TokensProxy(Mapping[str, str]):
    """`st.user.tokens`: the tokens `[auth] expose_tokens` names (`id`, `access`), read-only."""

    def __init__(self, tokens: dict[str, str]) -> None:
        object.__setattr__(self, "_tokens", dict(tokens))

    def __getitem__(self, key: str) -> str:
        return self._tokens[key]

    def __getattr__(self, key: str) -> str:
        try:
            return self._tokens[key]
        except KeyError:
            raise AttributeError(f'Token "{key}" is not exposed or does not exist.') from None

    def __setattr__(self, name: str, value: Any) -> None:
        raise StreamlitAPIException("st.user.tokens cannot be modified")

    def __setitem__(self, name: str, value: Any) -> None:
        raise StreamlitAPIException("st.user.tokens cannot be modified")

    def __iter__(self) -> Iterator[str]:
        return iter(self._tokens)

    def __len__(self) -> int:
        return len(self._tokens)

    def to_dict(self) -> dict[str, str]:
        return dict(self._tokens)


class UserInfoProxy(Mapping[str, Any]):
    """`st.user`: `is_logged_in`, the ID token's claims, `provider` and `tokens`, by key or attribute."""

    def __getitem__(self, key: str) -> Any:
        if key == "tokens":
            return self.tokens
        try:
            return _get_user_info()[key]
        except KeyError:
            raise KeyError(f'st.user has no key "{key}".') from None

    def __getattr__(self, key: str) -> Any:
        try:
            return _get_user_info()[key]
        except KeyError:
            raise AttributeError(f'st.user has no attribute "{key}".') from None

    def __setattr__(self, name: str, value: Any) -> NoReturn:
        raise StreamlitAPIException("st.user cannot be modified")

    def __setitem__(self, name: str, value: Any) -> NoReturn:
        raise StreamlitAPIException("st.user cannot be modified")

    def __iter__(self) -> Iterator[str]:
        return iter(_get_user_info())

    def __len__(self) -> int:
        return len(_get_user_info())

    def to_dict(self) -> dict[str, Any]:
        return _get_user_info()

    @property
    def tokens(self) -> TokensProxy:
        return TokensProxy(_get_user_info().get("tokens", {}))
