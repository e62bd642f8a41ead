"""Keyboard shortcuts of buttons (`shortcut=` of st.button, download_button, link_button and
form_submit_button): the text the app gives, checked with 1.67's rules and messages, and put in
the one spelling the browser binds ("ctrl+shift+s": modifiers in a fixed order, then one key).
The module path is 1.67's."""

from __future__ import annotations

import logging
from typing import Any

from streamlit.errors import StreamlitAPIException, StreamlitInvalidParameterTypeError

_LOGGER = logging.getLogger(__name__)

# Every name a modifier may go by, to the one the browser reads. "mod" is the platform's
# command key; the browser treats ctrl, cmd and mod alike (Cmd on a Mac, Ctrl elsewhere).
_MODIFIERS = {
    "ctrl": "ctrl", "control": "ctrl", "mod": "ctrl",
    "cmd": "cmd", "command": "cmd", "meta": "cmd",
    "alt": "alt", "option": "alt",
    "shift": "shift",
}
_ORDER = ("ctrl", "cmd", "alt", "shift")

_NAMED_KEYS = {
    "enter": "enter", "return": "enter", "space": "space", "spacebar": "space", "tab": "tab",
    "escape": "escape", "esc": "escape", "backspace": "backspace", "delete": "delete", "del": "delete",
    "home": "home", "end": "end", "pageup": "pageup", "pagedown": "pagedown",
    "left": "left", "arrowleft": "left", "right": "right", "arrowright": "right",
    "up": "up", "arrowup": "up", "down": "down", "arrowdown": "down",
}

# The page's own keys: C clears caches, R reruns.
_APP_KEYS = frozenset({"c", "r"})

# Combinations a browser or the system usually keeps for itself: allowed, with a warning once.
_TAKEN_BY_BROWSER = frozenset({
    "ctrl+t", "cmd+t", "ctrl+w", "cmd+w", "ctrl+n", "cmd+n", "ctrl+shift+t", "cmd+shift+t",
    "ctrl+shift+n", "cmd+shift+n", "ctrl+shift+w", "cmd+shift+w", "ctrl+tab", "ctrl+shift+tab",
    "cmd+tab", "cmd+shift+tab", "ctrl+pageup", "ctrl+pagedown", "cmd+pageup", "cmd+pagedown",
    "ctrl+l", "cmd+l", "alt+f4", "f11",
})
_warned: set[str] = set()


def _key(token: str) -> str:
    named = _NAMED_KEYS.get(token)
    if named is not None:
        return named
    if (len(token) == 1 and token.isalnum()) or (token.startswith("f") and token[1:].isdigit()):
        return token
    raise StreamlitAPIException(
        "shortcut must include a single character or one of the supported keys "
        "(e.g. Enter, Space, Tab, Escape).",
        error_id="shortcut-missing-character-or-key",
    )


def normalize_shortcut(shortcut: Any) -> str:
    """`shortcut` as the browser binds it, or 1.67's error for a shortcut it refuses."""
    if not isinstance(shortcut, str):
        raise StreamlitInvalidParameterTypeError("shortcut", type(shortcut).__name__, ["str"])
    tokens = [t.strip().lower() for t in shortcut.split("+")]
    tokens = [t for t in tokens if t]
    if not tokens:
        raise StreamlitAPIException(
            "The `shortcut` must contain at least one key or modifier.", error_id="shortcut-empty"
        )
    modifiers: set[str] = set()
    key: str | None = None
    for token in tokens:
        modifier = _MODIFIERS.get(token)
        if modifier is not None:
            modifiers.add(modifier)
            continue
        if key is not None:
            raise StreamlitAPIException(
                "The `shortcut` may only specify a single non-modifier key.",
                error_id="shortcut-multiple-non-modifier-keys",
            )
        key = _key(token)
        if key in _APP_KEYS:
            raise StreamlitAPIException(
                "The `shortcut` cannot use the keys 'C' or 'R', with or without modifiers.",
                error_id="shortcut-reserved-key",
            )
    if key is None:
        raise StreamlitAPIException(
            "The `shortcut` must include a non-modifier key such as 'K' or 'Ctrl+K'.",
            error_id="shortcut-missing-non-modifier-key",
        )
    normalized = "+".join([m for m in _ORDER if m in modifiers] + [key])
    if normalized in _TAKEN_BY_BROWSER and normalized not in _warned:
        _warned.add(normalized)
        _LOGGER.warning(
            "The shortcut %s is typically reserved by the browser or operating system and may never "
            "reach Streamlit. Consider choosing a different combination.",
            shortcut,
        )
    return normalized


def normalize_icon_position(icon_position: Any) -> str:
    """1.67's check of a button's `icon_position` (None means the default, 'left')."""
    from streamlit.errors import StreamlitValueError

    if icon_position is None:
        return "left"
    if icon_position not in ("left", "right"):
        raise StreamlitValueError("icon_position", ["'left'", "'right'"])
    return str(icon_position)
