"""Names rustlit lacks fail the way feature checks expect (issue #13 point 5)."""

import pytest

import streamlit as st
from streamlit.errors import StreamlitAPIException, StreamlitNotSupportedError
from streamlit.unsupported import UNSUPPORTED_COMMANDS


def test_a_command_rustlit_lacks_is_also_an_attribute_error():
    name = "connection"  # not built yet; pick another when it lands
    assert name in UNSUPPORTED_COMMANDS
    assert not hasattr(st, name)
    assert getattr(st, name, None) is None
    with pytest.raises(StreamlitNotSupportedError, match=f"st.{name} is not supported by rustlit yet"):
        getattr(st, name)
    with pytest.raises(AttributeError):
        getattr(st.sidebar, name)
    with pytest.raises(ImportError):
        exec(f"from streamlit import {name}")


def test_the_catalogue_names_only_what_is_missing():
    implemented = sorted(n for n in UNSUPPORTED_COMMANDS if n in vars(st))
    assert implemented == [], "remove implemented commands from UNSUPPORTED_COMMANDS"


def test_suggestions_cover_commands_rustlit_lacks():
    with pytest.raises(AttributeError, match=r"Did you mean .*st\.logout"):
        st.logot


def test_an_unknown_container_name_fails_when_called(make_app):
    app = make_app("""
        import streamlit as st
        st.sidebar.rerun()
    """)
    app.run()
    (exc,) = app.of("exception")
    assert exc["message"] == "Method `rerun()` does not exist for `st.sidebar`. Did you mean `st.rerun()`?"
    assert issubclass(StreamlitNotSupportedError, StreamlitAPIException)
