"""st.pdf without `streamlit-pdf` (components v2, which rustlit does not run): 1.67's errors."""

from __future__ import annotations

import pytest

import streamlit as st
from streamlit.errors import StreamlitAPIException, StreamlitMissingRequiredParameterError, StreamlitNotSupportedError


def test_pdf_asks_for_streamlit_pdf_as_1_67_does(monkeypatch):
    import importlib.util

    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None)
    with pytest.raises(StreamlitAPIException) as raised:
        st.pdf(b"%PDF-1.4")
    assert str(raised.value) == (
        "The PDF viewer requires the `streamlit-pdf` component to be installed.\n\n"
        "Please run `pip install streamlit[pdf]` to install it.\n\n"
        "For more information, see the Streamlit PDF documentation at "
        "https://docs.streamlit.io/develop/api-reference/media/st.pdf."
    )
    assert not isinstance(raised.value, StreamlitNotSupportedError)
    with pytest.raises(StreamlitMissingRequiredParameterError, match="The `data` parameter is required"):
        st.sidebar.pdf(None)


def test_with_streamlit_pdf_installed_it_says_rustlit_cannot_run_it(monkeypatch):
    import importlib.util

    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: object())
    with pytest.raises(StreamlitNotSupportedError, match="components v2"):
        st.pdf("report.pdf")
