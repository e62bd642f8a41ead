"""Images to URLs the page can show: what st.image (and packages calling
`image_to_url`) hand the browser.

As in Streamlit 1.67, an image becomes bytes in one of three formats (JPEG,
PNG, GIF; `output_format="auto"` picks GIF for a GIF, PNG when the image may
have transparency, else JPEG), an image wider than its target width (an int
`width`, else 1460 px) is scaled down, and the bytes are stored in the
session's media store (`_rustlit.media_url`). A URL that is not a local
file passes through; SVG markup (a string or an .svg file) is sent inline
as a data: URL. PIL does the decoding and encoding; without PIL installed,
bytes and files are served as given (with the type their signature shows)
and only PIL/numpy inputs fail.
"""

from __future__ import annotations

import base64
import io
import mimetypes
import os
import re
from pathlib import Path
from typing import Any

import _rustlit
from streamlit.errors import StreamlitAPIException, StreamlitValueError

MAXIMUM_CONTENT_WIDTH = 2 * 730

_SVG = re.compile(r"(^\s?(<\?xml[\s\S]*<svg\s)|^\s?<svg\s|^\s?<svg>\s)")
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF8", "image/gif"),
)
_EXTENSIONS = {"image/png": "png", "image/jpeg": "jpg", "image/gif": "gif", "image/webp": "webp"}


def normalize_alt(alt: Any, *, allow_empty: bool = False) -> str | None:
    """Alt text as 1.67 sends it: stripped; None when not given or blank ("" kept for a decorative image)."""
    if alt is None:
        return None
    text = bytes(alt).decode("utf-8", "replace") if isinstance(alt, (bytes, bytearray)) else str(alt)
    if text == "" and allow_empty:
        return ""
    return text.strip() or None


def _is_url(text: str) -> bool:
    if text.startswith(("http://", "https://", "data:")):
        return "://" in text or text.startswith("data:")
    # A relative static path ("app/static/x.png", "./app/static/...").
    return text.startswith(("app/static/", "./app/static/", "/app/static/"))


def _sniff(data: bytes) -> str:
    for signature, mime in _SIGNATURES:
        if data.startswith(signature):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return "application/octet-stream"


def _pil() -> Any:
    try:
        from PIL import Image
    except ImportError:
        return None
    return Image


def _format_for(image: Any, output_format: str) -> str:
    """"JPEG", "PNG" or "GIF" for a PIL image, as 1.67 chooses it."""
    wanted = str(output_format).upper()
    if wanted in ("JPEG", "PNG"):
        return wanted
    if wanted == "JPG":
        return "JPEG"
    if getattr(image, "format", None) == "GIF":
        return "GIF"
    if image.mode in ("RGBA", "LA", "P"):
        return "PNG"
    return "JPEG"


def _encode(image: Any, fmt: str, quality: int = 100) -> bytes:
    if fmt == "JPEG" and image.mode in ("RGBA", "LA", "P"):
        image = image.convert("RGB")
    out = io.BytesIO()
    image.save(out, format=fmt, quality=quality)
    return out.getvalue()


def _clip(array: Any, clamp: bool) -> Any:
    import numpy as np

    if issubclass(array.dtype.type, np.floating):
        if clamp:
            array = np.clip(array, 0, 1.0)
        elif np.amin(array) < 0.0 or np.amax(array) > 1.0:
            raise StreamlitAPIException("Data is outside [0.0, 1.0] and clamp is not set.")
        return array * 255
    if clamp:
        return np.clip(array, 0, 255)
    if np.amin(array) < 0 or np.amax(array) > 255:
        raise StreamlitAPIException("Data is outside [0, 255] and clamp is not set.")
    return array


def _array_to_bytes(array: Any, clamp: bool, channels: str, output_format: str) -> bytes:
    import numpy as np

    shape = array.shape
    if len(shape) not in (2, 3):
        raise StreamlitValueError("image", ["a 2D or 3D NumPy array"])
    if len(shape) == 3 and shape[-1] not in (1, 3, 4):
        raise StreamlitAPIException(f"Channel can only be 1, 3, or 4 got {shape[-1]}. Shape is {shape}")
    if len(shape) == 3 and shape[-1] == 1:
        array = array[:, :, 0]
    array = _clip(array, clamp)
    if channels == "BGR":
        if len(array.shape) != 3:
            raise StreamlitAPIException(
                'When using `channels="BGR"`, the input image should have exactly 3 color channels'
            )
        array = array[:, :, [2, 1, 0]]
    pil = _pil()
    if pil is None:
        raise StreamlitAPIException("Showing a NumPy array as an image needs Pillow (pip install pillow).")
    image = pil.fromarray(array.astype(np.uint8))
    return _encode(image, _format_for(image, output_format))


def _fit(data: bytes, width: int | None, output_format: str) -> tuple[bytes, str]:
    """The bytes to serve and their MIME type: scaled to the target width and in the chosen format."""
    pil = _pil()
    if pil is None:
        return data, _sniff(data)
    try:
        image = pil.open(io.BytesIO(data))
        fmt = _format_for(image, output_format)
        target = width if width is not None else MAXIMUM_CONTENT_WIDTH
        actual_width, actual_height = image.size
        if target > 0 and actual_width > target:
            image = image.resize((target, int(1.0 * actual_height * target / actual_width)), resample=pil.BILINEAR)
            data = _encode(image, fmt, quality=90)
        elif image.format != fmt:
            data = _encode(image, fmt, quality=90)
    except Exception as e:  # not an image PIL can read
        raise StreamlitAPIException(f"Could not read the image: {e}") from None
    return data, f"image/{fmt.lower()}"


def _svg_url(markup: str) -> str:
    if "xmlns" not in markup:
        markup = markup.replace("<svg", '<svg xmlns="http://www.w3.org/2000/svg" ', 1)
    return "data:image/svg+xml;base64," + base64.b64encode(markup.encode("utf-8")).decode("ascii")


def image_bytes(
    image: Any, width: int | None, clamp: bool, channels: str, output_format: str
) -> tuple[str | None, bytes, str]:
    """(url, b"", "") for an image that passes through as a URL, else (None, bytes, mime)."""
    if isinstance(image, Path):
        image = str(image)
    if isinstance(image, str):
        if not os.path.isfile(image) and _is_url(image):
            return image, b"", ""
        if image.endswith(".svg") and os.path.isfile(image):
            with open(image, encoding="utf-8") as f:
                image = f.read()
        if _SVG.search(image):
            return _svg_url(image), b"", ""
        try:
            with open(image, "rb") as f:
                data = f.read()
        except OSError:
            raise StreamlitAPIException(f"Could not open the image file {image!r}.") from None
        if not data:
            raise StreamlitAPIException(f"The image file {image!r} is empty.")
        if _pil() is None:
            return None, data, mimetypes.guess_type(image)[0] or _sniff(data)
        return (None, *_fit(data, width, output_format))
    pil = _pil()
    if pil is not None and isinstance(image, pil.Image):
        data = _encode(image, _format_for(image, output_format))
    elif isinstance(image, io.BytesIO):
        data = image.getvalue()
    elif type(image).__module__ == "numpy" and hasattr(image, "shape"):
        data = _array_to_bytes(image, clamp, channels, output_format)
    elif isinstance(image, (bytes, bytearray, memoryview)):
        data = bytes(image)
    else:
        raise StreamlitAPIException(f"Unrecognized image type: {type(image).__name__}")
    return (None, *_fit(data, width, output_format))


def store(data: bytes, mime: str) -> str:
    """The media URL (relative to the app's base path) of stored bytes; "" outside a run."""
    name = "image." + _EXTENSIONS.get(mime, mime.rsplit("/", 1)[-1].split("+")[0] or "bin")
    return _rustlit.media_url(data, mime, name, False) or ""


def image_to_url(
    image: Any, width: Any = -1, clamp: bool = False, channels: str = "RGB",
    output_format: str = "auto", image_id: str = "",
) -> str:
    """A URL the image can be fetched from (packages such as streamlit-drawable-canvas call this).

    `width` is a pixel width (older Streamlit's signature) or an object with a
    `width` attribute (1.67's layout config); `image_id` is accepted and not
    needed. A stored image's URL starts with "/" ("/media/<id>.png"), as
    Streamlit's do; the caller prefixes the server's base path.
    """
    target = getattr(width, "width", width)
    px = target if isinstance(target, int) and not isinstance(target, bool) and target > 0 else None
    url, data, mime = image_bytes(image, px, clamp, str(channels).upper(), output_format)
    if url is not None:
        return url
    stored = store(data, mime)
    return "/" + stored if stored else ""
