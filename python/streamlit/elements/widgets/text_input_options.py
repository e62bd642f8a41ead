"""What st.text_input's 1.67 options become on the wire: the `type`'s defaults for icon,
placeholder, validation and autocomplete; `validate` as a regex and message; `live` as a pause in
milliseconds. The browser applies them (frontend/src/elements/widgets/TextInput.tsx); like 1.67's,
these checks run in the browser only and an app must not rely on them for security."""

from __future__ import annotations

from typing import Any, NamedTuple

from streamlit.errors import StreamlitInvalidParameterTypeError, StreamlitValueError, StreamlitValueOutOfRangeError
from streamlit.runtime.caching.api import ttl_seconds


class TypeDefaults(NamedTuple):
    wire: str  # TextInput.Type
    icon: str | None
    placeholder: str | None
    validate: tuple[str, str] | None
    autocomplete: str


# JavaScript patterns (the browser compiles them with the "su" flags). Deliberately loose: they
# catch plain mistakes (no "@", no dotted host, spaces), as 1.67's do; stricter rules are the
# app's `validate`.
_EMAIL = (r"^[^\s@]+@[^\s@]+\.[^\s@]+$", "Enter a valid email address.")
_URL = (r"^([Hh][Tt][Tt][Pp][Ss]?://)?[^\s/.]+\.\S+$", "Enter a valid URL.")

TYPE_DEFAULTS: dict[str, TypeDefaults] = {
    "default": TypeDefaults("DEFAULT", None, None, None, ""),
    "password": TypeDefaults("PASSWORD", None, None, None, "new-password"),
    "email": TypeDefaults("EMAIL", ":material/mail:", "you@example.com", _EMAIL, "email"),
    "url": TypeDefaults("URL", ":material/link:", "https://example.com", _URL, "url"),
    "phone": TypeDefaults("PHONE", ":material/call:", "+1 234 567 8900", None, "tel"),
    "search": TypeDefaults("SEARCH", ":material/search:", "Search", None, "off"),
}

LIVE_DEFAULT_MS = 250
_LIVE_MAX_MS = 60_000


def type_defaults(type: Any) -> TypeDefaults:
    found = TYPE_DEFAULTS.get(type) if isinstance(type, str) else None
    if found is None:
        raise StreamlitValueError("type", [repr(t) for t in TYPE_DEFAULTS])
    return found


def validate_rule(validate: Any) -> tuple[str | None, str]:
    """(regex or None, message or "") from `validate`: a regex, or a (regex, message) pair."""
    if validate is None:
        return None, ""
    if isinstance(validate, str):
        return validate, ""
    if isinstance(validate, tuple):
        if len(validate) == 2 and all(isinstance(part, str) for part in validate):
            return validate[0], validate[1]
        raise StreamlitValueError("validate", ["a regex string", "a (regex, message) tuple of strings"])
    raise StreamlitInvalidParameterTypeError("validate", type(validate).__name__, ["None", "str", "tuple"])


def live_debounce_ms(live: Any) -> int | None:
    """None when `live` is off; else the pause in typing after which the text is sent (0 = every change)."""
    if live is False:
        return None
    if live is True:
        return LIVE_DEFAULT_MS
    if isinstance(live, (int, float)) or type(live).__name__ == "timedelta":
        raise StreamlitInvalidParameterTypeError(
            "live", type(live).__name__, ["bool", "str"],
            detail=(
                "A number or `datetime.timedelta` is not accepted. Use `True` for a 250ms pause, or a duration "
                "string like `'300ms'` or `'0.5s'`. `live=300` is not milliseconds (and `live=0.3` is not "
                "seconds); duration units must be explicit."
            ),
        )
    if not isinstance(live, str):
        raise StreamlitInvalidParameterTypeError("live", type(live).__name__, ["bool", "str"])
    seconds = ttl_seconds(live)
    ms = round(seconds * 1000)
    if seconds > 0 and ms == 0:  # a positive pause never means "every keystroke"
        ms = 1
    if seconds < 0 or ms > _LIVE_MAX_MS:
        raise StreamlitValueOutOfRangeError(
            "live", live, "0ms", "1m",
            detail=(
                "Use `True` for the 250ms default, `'0ms'` to commit on every change, or a duration string "
                "up to `'1m'`."
            ),
        )
    return ms
