"""`streamlit.components.v1`: custom components and HTML iframes.

Component frontends run in iframes served from an origin separate from the
app's (docs/architecture.md); the postMessage protocol is Streamlit's v1,
so components built with `streamlit-component-lib` work unmodified.
"""

from __future__ import annotations

from streamlit.components.v1.custom_component import (
    CustomComponent,
    MarshallComponentException,
    declare_component,
)
from streamlit.components.v1.iframes import html, iframe

__all__ = ["CustomComponent", "MarshallComponentException", "declare_component", "html", "iframe"]
