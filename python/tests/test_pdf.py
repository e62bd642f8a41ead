"""st.pdf's argument checks and its message without `streamlit-pdf` (1.67's errors); mounting
streamlit-pdf's component is in test_components_v2.py."""

from __future__ import annotations

import pytest

import streamlit as st
from streamlit.errors import StreamlitAPIException, StreamlitMissingRequiredParameterError


def test_pdf_asks_for_streamlit_pdf_as_1_67_does(monkeypatch):
    from streamlit.elements import pdf

    monkeypatch.setattr(pdf, "_viewer", lambda: None)
    with pytest.raises(StreamlitAPIException) as raised:
        st.pdf(b"%PDF-1.4")
    assert str(raised.value) == (
        "The PDF viewer requires the `streamlit-pdf` component to be installed.\n\n"
        "Please run `pip install streamlit[pdf]` to install it.\n\n"
        "For more information, see the Streamlit PDF documentation at "
        "https://docs.streamlit.io/develop/api-reference/media/st.pdf."
    )
    with pytest.raises(StreamlitMissingRequiredParameterError, match="The `data` parameter is required"):
        st.sidebar.pdf(None)


def test_a_missing_file_and_a_bad_type_are_1_67s_errors(monkeypatch):
    from streamlit.elements import pdf

    monkeypatch.setattr(pdf, "_viewer", lambda: lambda **kw: None)
    with pytest.raises(StreamlitAPIException, match=r"Unable to read file 'nope\.pdf'"):
        st.pdf("nope.pdf")
    with pytest.raises(StreamlitAPIException, match="Invalid `data` type"):
        st.pdf(3.5)
