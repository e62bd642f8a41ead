"""st.image: one image or a row of images, each with an optional caption.

The conversion of each input (PIL, NumPy, bytes, files, URLs, SVG) is in
`streamlit.elements.lib.image_utils`; the images are stored in the session's
media store and the element carries their URLs. `image_to_url` is importable
from here as packages written for older Streamlit expect
(`streamlit.elements.image.image_to_url`, e.g. streamlit-drawable-canvas).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import _rustlit
from streamlit.elements.lib.deprecation import show_deprecation
from streamlit.elements.lib.image_utils import (
    MAXIMUM_CONTENT_WIDTH,
    image_bytes,
    image_to_url,
    normalize_alt,
    store,
)
from streamlit.elements.size import width_config
from streamlit.errors import StreamlitAPIException

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

__all__ = ["MAXIMUM_CONTENT_WIDTH", "ImageMixin", "image_to_url"]

_USE_COLUMN_WIDTH_REMOVED = (
    "`use_column_width` was removed and has no effect. "
    "Use `width='stretch'`, `width='content'`, or an integer pixel value instead."
)


def _images(image: Any) -> list[Any]:
    if isinstance(image, (list, set, tuple)):
        return list(image)
    if type(image).__module__ == "numpy" and len(getattr(image, "shape", ())) == 4:
        return [image[i, :, :, :] for i in range(image.shape[0])]
    return [image]


def _captions(caption: Any, count: int) -> list[Any]:
    if isinstance(caption, list):
        captions = caption
    elif isinstance(caption, str):
        captions = [caption]
    elif type(caption).__module__ == "numpy" and len(getattr(caption, "shape", ())) == 1:
        captions = caption.tolist()
    elif caption is None:
        captions = [None] * count
    else:
        captions = [str(caption)]
    if len(captions) != count:
        raise StreamlitAPIException(f"Cannot pair {len(captions)} captions with {count} images.")
    return captions


def _alts(alt: Any, count: int) -> list[Any]:
    if alt is None:
        return [None] * count
    if isinstance(alt, (str, bytes, bytearray)) or not isinstance(alt, Sequence):
        if count != 1:
            raise StreamlitAPIException(
                "A single `alt` string can only be used with a single image. "
                f"You passed {count} images; provide a sequence of {count} alt values (use None to skip an image)."
            )
        return [alt]
    if len(alt) != count:
        raise StreamlitAPIException(f"Cannot pair {len(alt)} alt values with {count} images.")
    return list(alt)


class ImageMixin:
    __slots__ = ()

    def image(
        self: DeltaGenerator, image: Any, caption: Any = None, width: Any = "content", clamp: bool = False,
        channels: str = "RGB", output_format: str = "auto", *, use_container_width: bool | None = None,
        link: str | None = None, use_column_width: Any = None, alt: Any = None,
    ):
        """Display an image or a list of images (each with its caption)."""
        if use_column_width is not None:
            # 1.67 keeps the keyword but ignores its value.
            show_deprecation(_USE_COLUMN_WIDTH_REMOVED, show_in_browser=True)
        if use_container_width is not None:
            show_deprecation(
                "The `use_container_width` parameter has been deprecated and will be removed in a future "
                "release. For `use_container_width=True`, use `width='stretch'`. "
                "For `use_container_width=False`, use `width='content'`.",
                show_in_browser=False,
            )
            if use_container_width is True:
                width = "stretch"
            elif not (isinstance(width, int) and not isinstance(width, bool)):
                width = "content"
        size = width_config(width, allow_content=True, default="content")
        px = width if isinstance(width, int) and not isinstance(width, bool) else None
        channels = str(channels).upper()
        images = _images(image)
        captions = _captions(caption, len(images))
        alts = _alts(alt, len(images))
        if link and len(images) > 1:
            raise StreamlitAPIException(
                "The `link` parameter is only supported when displaying a single image. "
                f"You passed {len(images)} images."
            )
        imgs: list[dict[str, Any]] = []
        for single, single_caption, single_alt in zip(images, captions, alts, strict=False):
            url, data, mime = image_bytes(single, px, clamp, channels, output_format)
            entry: dict[str, Any] = {
                "url": url if url is not None else store(data, mime),
                "caption": "" if single_caption is None else str(single_caption),
            }
            alt_text = normalize_alt(single_alt, allow_empty=True)
            if alt_text is not None:
                entry["alt"] = alt_text
            imgs.append(entry)
        path = self._next_path()
        _rustlit.imgs(path, imgs=imgs, link=link or "", width_config=size)
        return self._element(path)
