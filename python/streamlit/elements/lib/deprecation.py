"""Deprecation warnings as 1.67 gives them: in the log, and in the page when allowed."""

from __future__ import annotations

import logging

from streamlit.elements.exception import error_details_visibility

_LOGGER = logging.getLogger("streamlit.deprecation")


def show_deprecation(message: str, show_in_browser: bool) -> None:
    """Logged always; also shown as an `st.warning` when client.showErrorDetails is "full", as 1.67 does."""
    _LOGGER.warning(message)
    if show_in_browser and error_details_visibility().message:
        import streamlit as st

        st.warning(message)
