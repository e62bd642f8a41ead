"""The `icon=` of elements: a single emoji or a `:material/name:` shortcode.

Anything else (a word, an emoji shortcode like ":smile:", a URL) is refused
with Streamlit 1.67's error, since it would otherwise show as stray text.
Known difference: Material icon names are checked for their form only, not
against 1.67's catalog of names.
"""

from __future__ import annotations

import re
from typing import Any

from streamlit.errors import StreamlitAPIException, StreamlitInvalidParameterTypeError

_MATERIAL = re.compile(r"^:material/[a-z0-9_]+:$")
# Code points that make up emoji: pictographs, symbols, flags, keycaps, and
# the joiners/selectors/tags that combine them into one emoji.
_EMOJI_RANGES = (
    (0x1F000, 0x1FAFF), (0x2600, 0x27BF), (0x2300, 0x23FF), (0x2190, 0x21FF), (0x2B00, 0x2BFF),
    (0x1F1E6, 0x1F1FF), (0xE0020, 0xE007F), (0x2100, 0x214F),
)
_EMOJI_SINGLES = {0x00A9, 0x00AE, 0x203C, 0x2049, 0x3030, 0x303D, 0x3297, 0x3299, 0x24C2, 0x25AA, 0x25AB,
                  0x25B6, 0x25C0, 0x25FB, 0x25FC, 0x25FD, 0x25FE}
_COMBINING = {0x200D, 0xFE0F, 0xFE0E, 0x20E3}
_KEYCAP_BASES = set(map(ord, "0123456789#*"))


def _is_single_emoji(text: str) -> bool:
    points = [ord(c) for c in text]
    if not points or len(points) > 12:
        return False
    if len(points) >= 2 and points[0] in _KEYCAP_BASES and 0x20E3 in points:
        return True
    pictographs = 0
    for p in points:
        if p in _COMBINING or 0x1F3FB <= p <= 0x1F3FF:  # joiners, selectors, skin tones
            continue
        if p in _EMOJI_SINGLES or any(lo <= p <= hi for lo, hi in _EMOJI_RANGES):
            pictographs += 1
            continue
        return False
    # A ZWJ sequence joins several pictographs into one; without joiners only
    # a flag (two regional indicators) has more than one.
    joined = 0x200D in points or all(0x1F1E6 <= p <= 0x1F1FF for p in points)
    return pictographs == 1 or (pictographs > 1 and joined)


_SHORTCODE = re.compile(r":[a-zA-Z0-9_+-]+:")
_MATERIAL_FORM = re.compile(r"^\s*:(.+)/(.+):\s*$")
# A zero-width space before the slash keeps the example from being rendered
# as an icon inside the error message.
_FORMAT_HINT = "Please use a single emoji or a Material icon shortcode like `:material\u200b/thumb_up:`."


def _material_icon(icon: str) -> str:
    """A `:material/name:` icon by 1.67's rules (the name's form only: no catalog here)."""
    shown = icon.replace("/", "\u200b/")
    error = (
        f'The value `"{shown}"` is not a valid Material icon. '
        "Please use a Material icon shortcode like **`:material\u200b/thumb_up:`**"
    )
    match = _MATERIAL_FORM.match(icon)
    if not match:
        raise StreamlitAPIException(error, error_id="invalid-material-icon")
    pack, name = match.groups()
    if pack != "material" or not re.fullmatch(r"[a-z0-9_]+", name):
        raise StreamlitAPIException(error + ".", error_id="invalid-material-icon")
    return f":{pack}/{name}:"


def validate_icon(icon: Any) -> str:
    """The icon as the element carries it ("" for none), or Streamlit 1.67's error."""
    if icon is None:
        return ""
    if not isinstance(icon, str):
        raise StreamlitInvalidParameterTypeError("icon", type(icon).__name__, ["str", "None"])
    text = icon.strip()
    if not text or text == "spinner":  # "spinner" is a built-in icon name
        return text
    if text.lower().startswith(":material"):
        return _material_icon(text)
    if _SHORTCODE.fullmatch(text):
        message = f'The value "{text}" is not a valid icon. Emoji shortcodes are not supported. {_FORMAT_HINT}'
        raise StreamlitAPIException(message, error_id="invalid-emoji-shortcode")
    if "://" in text or text[:5].lower() == "data:" or text.startswith("//"):
        shown = text if len(text) <= 60 else f"{text[:60]}\u2026"
        message = (
            f'The value "{shown}" looks like a URL. Images are not supported for `icon`. {_FORMAT_HINT} '
            "To follow support for image icons, see https://github.com/streamlit/streamlit/issues/9770."
        )
        raise StreamlitAPIException(message, error_id="invalid-image")
    if text.isascii():
        raise StreamlitAPIException(f'The value "{text}" is not a valid icon. {_FORMAT_HINT}', error_id="invalid-icon")
    if _is_single_emoji(text):
        return text
    message = f'The value "{text}" is not a valid emoji. Please use a single emoji.'
    raise StreamlitAPIException(message, error_id="invalid-emoji")


def split_leading_emoji(text: str) -> tuple[str, str]:
    """(emoji, rest) when `text` starts with one emoji, else ("", text).

    A separator (`_`, `-` or spaces) after the emoji is dropped, so
    "📈_Plotting" gives ("📈", "Plotting").
    """
    if not text or text.isascii():
        return "", text
    for end in range(min(len(text), 12), 0, -1):
        if _is_single_emoji(text[:end]):
            return text[:end], text[end:].lstrip("_- ")
    return "", text
