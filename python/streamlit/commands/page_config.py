"""st.set_page_config: the page's title, favicon, layout, sidebar and menu.

As in Streamlit 1.67 it may be called any number of times, anywhere in a
run; each call sends only the fields it sets and the page merges them, so a
later call overrides just those. The page keeps the merged config across
reruns (a rerun that no longer calls set_page_config changes nothing).

`page_icon`: "random" picks an emoji; an emoji is sent as "emoji:<it>"; a
`:material/name:` shortcode is checked and sent as is; an image (PIL image,
bytes, or a path to an image file) is stored in the session's media store by
`_rustlit`, which sends its URL; any other string (a URL, an emoji shortcode
such as ":shark:") passes through for the page to resolve.

Known difference: material icon names are checked for their form only, not
against the list of Material Symbols names.
"""

from __future__ import annotations

import io
import os
import random
import re
from collections.abc import Mapping
from pathlib import Path
from textwrap import dedent
from typing import Any

import _rustlit
from streamlit.elements.icons import _is_single_emoji
from streamlit.errors import StreamlitAPIException, StreamlitInvalidURLError, StreamlitValueError
from streamlit.url_util import is_url

# Wire values (proto/rustlit.proto PageConfig.Layout / .SidebarState).
# PageConfig.Layout and PageConfig.SidebarState.
_LAYOUTS = {None: "LAYOUT_UNSET", "centered": "CENTERED", "wide": "WIDE"}
_SIDEBAR_STATES = {
    None: "SIDEBAR_UNSET", "auto": "AUTO", "expanded": "EXPANDED", "collapsed": "COLLAPSED", "locked": "LOCKED",
}
_SIDEBAR_CHOICES = ["'auto'", "'expanded'", "'collapsed'", "'locked'", "a positive integer (width in pixels)"]
_MENU_KEYS = ("get help", "report a bug", "about")
# Per menu key: (the MenuItems field for its value, the one that hides it).
_MENU_FIELDS = {
    "get help": ("get_help_url", "hide_get_help"),
    "report a bug": ("report_a_bug_url", "hide_report_a_bug"),
    "about": ("about_markdown", "clear_about"),
}
_ICON_FILE_NAMES = {
    "image/jpeg": "favicon.jpg", "image/gif": "favicon.gif", "image/webp": "favicon.webp",
    "image/x-icon": "favicon.ico",
}
_URL_SCHEMES = ("http", "https", "mailto")
_MATERIAL = re.compile(r"^\s*:(.+)/(.+):\s*$")
_MATERIAL_NAME = re.compile(r"^[a-z0-9_]+$")

# A pool for page_icon="random": everyday pictographs, one code point each.
_RANDOM_EMOJI = (
    "🎈🚀🔥✨🎉🌟💡🌈🍀🌻🌙⭐🎨🎯🎲🎸🎧📚📈🧭🧪🧊🧩🪐🌊🍕🍩🍉🍒🐙🐢🦄🦋🐝🐳🦊🐼🐧🌵🌴🍄🎃🎁🏆⚡💎🔮🛰🗺🧠🤖👾"
)

_IMAGE_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "image/png", "favicon.png"),
    (b"\xff\xd8\xff", "image/jpeg", "favicon.jpg"),
    (b"GIF87a", "image/gif", "favicon.gif"),
    (b"GIF89a", "image/gif", "favicon.gif"),
    (b"\x00\x00\x01\x00", "image/x-icon", "favicon.ico"),
)


def random_emoji() -> str:
    return random.choice(_RANDOM_EMOJI)


def _image_mime(data: bytes) -> tuple[str, str] | None:
    for signature, mime, name in _IMAGE_SIGNATURES:
        if data.startswith(signature):
            return mime, name
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp", "favicon.webp"
    return None


def _pil_png(image: Any) -> bytes:
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return buf.getvalue()


def _favicon(page_icon: Any) -> tuple[str, bytes | None, str]:
    """(favicon string, image bytes to store, their MIME type)."""
    if isinstance(page_icon, str):
        if page_icon == "random":
            return f"emoji:{random_emoji()}", None, ""
        if page_icon and not page_icon.isascii() and _is_single_emoji(page_icon):
            return f"emoji:{page_icon}", None, ""
        if page_icon.startswith(":material"):
            return _material(page_icon), None, ""
    if isinstance(page_icon, Path):
        page_icon = str(page_icon)
    if isinstance(page_icon, str):
        if not os.path.isfile(page_icon):
            # A URL or an emoji shortcode (":shark:"): the page resolves it.
            return page_icon, None, ""
        with open(page_icon, "rb") as f:
            data = f.read()
        return _stored_image(data, page_icon)
    if isinstance(page_icon, (bytes, bytearray, memoryview)):
        return _stored_image(bytes(page_icon), repr(type(page_icon)))
    if isinstance(page_icon, io.IOBase) and hasattr(page_icon, "read"):
        data = page_icon.read()
        if isinstance(data, bytes):
            return _stored_image(data, repr(page_icon))
    if hasattr(page_icon, "save") and hasattr(page_icon, "mode"):  # a PIL image
        return "", _pil_png(page_icon), "image/png"
    if type(page_icon).__module__ == "numpy" and hasattr(page_icon, "shape"):
        return "", _numpy_png(page_icon), "image/png"
    raise StreamlitAPIException(f"Unrecognized image type for page_icon: {type(page_icon)}")


def _stored_image(data: bytes, what: str) -> tuple[str, bytes, str]:
    found = _image_mime(data)
    if found is not None:
        return "", data, found[0]
    try:  # any other format PIL reads (BMP, TIFF, ...) becomes a PNG
        from PIL import Image

        with Image.open(io.BytesIO(data)) as image:
            return "", _pil_png(image), "image/png"
    except Exception:
        raise StreamlitAPIException(f"Unrecognized image for page_icon: {what}") from None


def _numpy_png(array: Any) -> bytes:
    try:
        from PIL import Image
    except ImportError:
        raise StreamlitAPIException("A numpy page_icon needs Pillow (pip install pillow)") from None
    return _pil_png(Image.fromarray(array))


def _material(icon: str) -> str:
    # A zero-width space keeps the shortcode from being rendered as an icon
    # inside the error message.
    shown = icon.replace("/", "\u200b/")
    error = StreamlitAPIException(
        f'The value `"{shown}"` is not a valid Material icon. Please use a Material icon shortcode like '
        "**`:material\u200b/thumb_up:`**",
        error_id="invalid-material-icon",
    )
    match = _MATERIAL.match(icon)
    if not match:
        raise error
    pack, name = match.groups()
    if pack != "material" or not _MATERIAL_NAME.match(name):
        raise StreamlitAPIException(str(error) + ".", error_id="invalid-material-icon")
    return f":{pack}/{name}:"


def _menu_items(menu_items: Mapping[Any, Any]) -> dict[str, Any]:
    """A PageConfig.MenuItems: per item a value shows it, hide_* hides it, neither leaves it as it is."""
    items = {str(k).lower().strip(): v for k, v in menu_items.items()}
    out: dict[str, Any] = {"hide_get_help": False, "hide_report_a_bug": False, "clear_about": False}
    for key, value in items.items():
        if key not in _MENU_KEYS:
            raise StreamlitValueError(
                "menu_items",
                ["'Get help'", "'Report a bug'", "'About'"],
                detail=f"`{key}` is not a supported menu item key.",
            )
        if value is not None and key != "about" and not is_url(value, ("http", "https", "mailto")):
            raise StreamlitInvalidURLError(value, _URL_SCHEMES)
        if key == "about" and value is not None:
            value = dedent(value or "")
        url_field, hide_field = _MENU_FIELDS[key]
        if value is None:
            out[hide_field] = True
        else:
            out[url_field] = value
    return out


def _sidebar(state: Any) -> tuple[str, int | None]:
    """(wire state, width in pixels or None)."""
    if isinstance(state, str) or state is None:
        if state in _SIDEBAR_STATES:
            return _SIDEBAR_STATES[state], None
    elif isinstance(state, int) and not isinstance(state, bool):
        if state <= 0:
            raise StreamlitValueError("initial_sidebar_state", _SIDEBAR_CHOICES, detail=f"Got {state}.")
        return _SIDEBAR_STATES["auto"], min(state, 2**32 - 1)
    raise StreamlitValueError("initial_sidebar_state", _SIDEBAR_CHOICES, detail=f"Got {state!r}.")


def set_page_config(
    page_title: str | None = None,
    page_icon: Any = None,
    layout: str | None = None,
    initial_sidebar_state: str | int | None = None,
    menu_items: Mapping[str, str | None] | None = None,
) -> None:
    """Configure the page: title, favicon, layout, sidebar state and the main menu's items.

    Every argument left at None keeps what an earlier call set.
    """
    title = None if page_title is None else str(page_title)
    favicon: str | None = None
    icon_data: bytes | None = None
    icon_mime = ""
    if page_icon is not None:
        favicon, icon_data, icon_mime = _favicon(page_icon)
    if not isinstance(layout, (str, type(None))) or layout not in _LAYOUTS:
        raise StreamlitValueError("layout", ["'centered'", "'wide'"])
    sidebar_state, sidebar_width = _sidebar(initial_sidebar_state)
    menu = None if menu_items is None else _menu_items(menu_items)
    if icon_data is not None:
        # Pinned: the page keeps showing the icon after runs that no longer set it.
        favicon = _rustlit.media_url(icon_data, icon_mime, _ICON_FILE_NAMES.get(icon_mime, "favicon.png"), False,
                                     pin="favicon")
        if favicon is None:  # outside a run: nothing is shown
            return
    _rustlit.page_config(
        title=title, favicon=favicon, layout=_LAYOUTS[layout], initial_sidebar_state=sidebar_state,
        initial_sidebar_width=sidebar_width, menu_items=menu,
    )
