"""`streamlit.components.v1.components`: the import path many component packages use."""

from __future__ import annotations

from streamlit.components.v1.custom_component import (
    CustomComponent,
    MarshallComponentException,
    declare_component,
)

__all__ = ["CustomComponent", "MarshallComponentException", "declare_component"]
