"""st.logo: the app's logo in the sidebar's header, or the page header without a sidebar.

Written as an element of the event root each run, so a run that stops
calling st.logo removes the logo like any element it no longer writes.
"""

from __future__ import annotations

from typing import Any

import _rustlit
from streamlit.elements.icons import validate_icon
from streamlit.elements.lib.image_utils import image_bytes, store
from streamlit.errors import StreamlitAPIException, StreamlitInvalidURLError, StreamlitValueError
from streamlit.runtime.run_context import get_ctx
from streamlit.url_util import is_url

_SIZES = ("small", "medium", "large")


def _invalid(field: str) -> StreamlitAPIException:
    return StreamlitAPIException(
        f"The {field} passed to st.logo is invalid - See "
        "[documentation](https://docs.streamlit.io/develop/api-reference/media/st.logo) "
        "for more information on valid types"
    )


def _image(image: Any, field: str) -> tuple[str, str]:
    """(image, image type) as the element carries them."""
    try:
        if isinstance(image, str) and image.startswith(":material"):
            return validate_icon(image), "ICON"
        if isinstance(image, str) and not image.isascii() and len(image) <= 16:
            return validate_icon(image), "EMOJI"
        url, data, mime = image_bytes(image, None, False, "RGB", "auto")
        if url is not None:
            return url, "IMAGE"
        return store(data, mime), "IMAGE"
    except Exception as ex:
        raise _invalid(field) from ex


def logo(image: Any, *, size: str = "medium", link: str | None = None, icon_image: Any = None) -> None:
    """Show a logo at the top of the sidebar and the page."""
    if get_ctx() is None:
        return
    main, main_type = _image(image, "image")
    if link and not is_url(link, ("http", "https")):
        raise StreamlitInvalidURLError(link, ("http", "https"))
    icon, icon_type = _image(icon_image, "icon_image") if icon_image else ("", "IMAGE")
    if not (isinstance(size, str) and size.lower() in _SIZES):
        raise StreamlitValueError("size", [f"'{s}'" for s in _SIZES])
    from streamlit.delta_generator import DeltaGenerator

    path = DeltaGenerator(2)._next_path()
    _rustlit.logo(
        path, image=main, image_type=main_type, link=link or "", icon_image=icon, icon_image_type=icon_type,
        size=size.lower(),
    )
