"""rustlit's `streamlit` package: the Streamlit API, served by a Rust runtime.

`import streamlit as st` in a user's script resolves here. Element and
widget calls go through `_rustlit`, the native module of the rustlit binary.
Commands rustlit does not implement yet raise a StreamlitAPIException that
says so (see `streamlit.unsupported`).
"""

from __future__ import annotations

import os
import sys
from typing import Any

# Matplotlib's default backend on macOS crashes when a figure is drawn off the
# main thread, and scripts run on runner threads: Streamlit forces the
# headless Agg backend for every platform, before anything imports matplotlib.
os.environ["MPLBACKEND"] = "Agg"

from streamlit import column_config, errors
from streamlit import config as _config
from streamlit.commands.echo import echo
from streamlit.commands.logo import logo
from streamlit.commands.page_config import set_page_config
from streamlit.delta_generator import DeltaGenerator
from streamlit.elements.dialog import dialog
from streamlit.navigation.navigation import navigation
from streamlit.navigation.page import Page
from streamlit.navigation.switch_page import switch_page
from streamlit.runtime.caching import cache_data, cache_resource
from streamlit.runtime.context import context
from streamlit.runtime.execution_control import rerun, stop
from streamlit.runtime.fragment import fragment
from streamlit.runtime.query_params import QueryParamsProxy as _QueryParamsProxy
from streamlit.runtime.secrets import secrets
from streamlit.runtime.state_proxy import SessionStateProxy
from streamlit.unsupported import missing_module_attribute
from streamlit.user_info import UserInfoProxy as _UserInfoProxy
from streamlit.user_info import login, logout

__version__ = "1.67.0"

_main = DeltaGenerator(0, is_main=True)
sidebar = DeltaGenerator(1)
bottom = DeltaGenerator(3)
session_state = SessionStateProxy()
query_params = _QueryParamsProxy()
user = _UserInfoProxy()
get_option = _config.get_option
set_option = _config.set_user_option

# Every command of the main area is also `st.<name>`: the mixins of
# DeltaGenerator (streamlit.elements) are the one place a command is declared.
_COMMANDS = tuple(name for name in dir(DeltaGenerator) if not name.startswith("_"))
globals().update({name: getattr(_main, name) for name in _COMMANDS})

def __getattr__(name: str) -> Any:
    raise missing_module_attribute(name, sys.modules[__name__])


__all__ = [
    "DeltaGenerator",
    "Page",
    "__version__",
    "bottom",
    "cache_data",
    "cache_resource",
    "column_config",
    "context",
    "echo",
    "login",
    "logo",
    "logout",
    "dialog",
    "errors",
    "fragment",
    "get_option",
    "navigation",
    "query_params",
    "rerun",
    "secrets",
    "session_state",
    "set_option",
    "set_page_config",
    "sidebar",
    "stop",
    "switch_page",
    "user",
    *_COMMANDS,
]

# `st.components.v1.html(...)` works without importing the subpackage, as in Streamlit.
import streamlit.components.v1  # noqa: E402
import streamlit.components.v2  # noqa: E402, F401
