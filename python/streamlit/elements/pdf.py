"""st.pdf: in 1.67 a custom component (components v2) from the optional
`streamlit-pdf` package. rustlit runs no components v2 yet, so this does what
1.67 does without that package installed: a missing `data` is the usual
missing-parameter error, anything else says to install the package (with
1.67's words). With the package installed, the error says that rustlit cannot
run it yet rather than asking to install what is already there.
"""

from __future__ import annotations

import importlib.util
from typing import TYPE_CHECKING, Any

from streamlit.errors import StreamlitAPIException, StreamlitMissingRequiredParameterError, StreamlitNotSupportedError

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

_NOT_INSTALLED = (
    "The PDF viewer requires the `streamlit-pdf` component to be installed.\n\n"
    "Please run `pip install streamlit[pdf]` to install it.\n\n"
    "For more information, see the Streamlit PDF documentation at "
    "https://docs.streamlit.io/develop/api-reference/media/st.pdf."
)


class PdfMixin:
    __slots__ = ()

    def pdf(
        self: DeltaGenerator, data: Any, *, height: Any = 500, key: str | None = None, alt: str | None = None,
    ) -> DeltaGenerator:
        """Display a PDF viewer (needs `streamlit-pdf`, which rustlit cannot run yet)."""
        if data is None:
            raise StreamlitMissingRequiredParameterError(
                "data", detail="Please provide a valid PDF file path, URL, bytes data, or file-like object."
            )
        if importlib.util.find_spec("streamlit_pdf") is None:
            raise StreamlitAPIException(_NOT_INSTALLED)
        raise StreamlitNotSupportedError(
            "st.pdf is not supported by rustlit yet: `streamlit-pdf` is a components v2 component, "
            "which rustlit does not run"
        )
