"""Configuration as the script sees it: `st.get_option` and `st.set_option`.

The server resolves every option (defaults, config.toml files, environment,
flags) and hands the effective values over once at startup; this module
only answers questions about them. As in Streamlit, `st.set_option` may
change only the few `client.*` options meant to be set from a script, and
the change holds for the whole process.
"""

from __future__ import annotations

import threading
import tomllib
from typing import Any

from streamlit.errors import StreamlitAPIException

# Options a script may set (Streamlit marks them "scriptable").
SCRIPTABLE = frozenset(
    {"client.showErrorDetails", "client.disableDataExport", "client.showSidebarNavigation", "client.toolbarMode"}
)

_lock = threading.Lock()
_options: dict[str, Any] = {}


def configure(values: dict[str, Any]) -> None:
    """Once, from the server: every option's effective value."""
    with _lock:
        _options.clear()
        _options.update(values)


def parse_toml_value(text: str) -> Any:
    """An option given as TOML text (e.g. `theme.fontFaces`)."""
    return tomllib.loads(f"value = {text}")["value"]


def get_option(key: str) -> Any:
    """The current value of a configuration option, e.g. `st.get_option("server.port")`."""
    with _lock:
        if key not in _options:
            raise RuntimeError(f'Config key "{key}" not defined.')
        return _options[key]


def get_options_for_section(section: str) -> dict[str, Any]:
    """The options of one section, by name without the section prefix."""
    prefix = f"{section}."
    with _lock:
        return {k[len(prefix):]: v for k, v in _options.items() if k.startswith(prefix)}


def set_option(key: str, value: Any) -> None:
    """Internal: set any known option (the server has already applied its own)."""
    with _lock:
        if key not in _options:
            raise RuntimeError(f'Config key "{key}" not defined.')
        _options[key] = value


def set_user_option(key: str, value: Any) -> None:
    """`st.set_option`: only the `client.*` options meant for scripts."""
    with _lock:
        known = key in _options
    if not known:
        raise StreamlitAPIException(f"Unrecognized config option: {key}")
    if key not in SCRIPTABLE:
        raise StreamlitAPIException(
            f"{key} cannot be set on the fly. Set it with the command-line flag --{key} "
            "or in config.toml instead."
        )
    set_option(key, value)
