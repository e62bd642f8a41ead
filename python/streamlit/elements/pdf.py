"""st.pdf: in 1.67 a components v2 component from the optional
`streamlit-pdf` package, which this calls as 1.67 does (the file as bytes or
a URL, the height as text). Without the package: 1.67's install message."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from streamlit import url_util
from streamlit.elements.lib.image_utils import normalize_alt
from streamlit.elements.size import height_config
from streamlit.errors import (
    StreamlitAPIException,
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
)

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

_NOT_INSTALLED = (
    "The PDF viewer requires the `streamlit-pdf` component to be installed.\n\n"
    "Please run `pip install streamlit[pdf]` to install it.\n\n"
    "For more information, see the Streamlit PDF documentation at "
    "https://docs.streamlit.io/develop/api-reference/media/st.pdf."
)


def _viewer() -> Any | None:
    try:
        import streamlit_pdf  # type: ignore[import-not-found]
    except ImportError:
        return None
    return streamlit_pdf.pdf_viewer


def _file(data: Any) -> str | bytes:
    """What the viewer takes: an http(s) URL as is, anything else as the file's bytes."""
    if isinstance(data, (str, Path)):
        text = str(data).strip()
        if url_util.is_url(text, ("http", "https")):
            return text
        try:
            with open(text, "rb") as f:
                return f.read()
        except (FileNotFoundError, PermissionError) as e:
            raise StreamlitAPIException(f"Unable to read file '{text}': {e}") from None
    if isinstance(data, bytes):
        return data
    if hasattr(data, "read") and hasattr(data, "getvalue"):
        return data.getvalue()
    if hasattr(data, "read"):
        return data.read()
    raise StreamlitInvalidParameterTypeError(
        "data", type(data).__name__, ["str", "Path", "bytes", "file-like object"],
        detail="A str can be a file path or a URL.",
    )


class PdfMixin:
    __slots__ = ()

    def pdf(
        self: DeltaGenerator, data: Any, *, height: Any = 500, key: str | None = None, alt: str | None = None,
    ) -> DeltaGenerator:
        """Display a PDF viewer (the `streamlit-pdf` package's component, as in 1.67)."""
        if data is None:
            raise StreamlitMissingRequiredParameterError(
                "data", detail="Please provide a valid PDF file path, URL, bytes data, or file-like object."
            )
        viewer = _viewer()
        if viewer is None:
            raise StreamlitAPIException(_NOT_INSTALLED)
        height_config(height, allow_content=False, default=None)
        kwargs: dict[str, Any] = {
            "file": _file(data), "height": "stretch" if height == "stretch" else str(height), "key": key,
        }
        text = normalize_alt(alt)
        if text is not None:
            kwargs["alt"] = text
        return cast("DeltaGenerator", viewer(**kwargs))
