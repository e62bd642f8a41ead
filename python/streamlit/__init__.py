"""rustlit's `streamlit` package: the Streamlit API, served by a Rust runtime.

`import streamlit as st` in a user's script resolves here. Element and
widget calls go through `_rustlit`, the native module of the rustlit binary.
Commands rustlit does not implement yet raise a StreamlitAPIException that
says so (see `streamlit.unsupported`).
"""

from __future__ import annotations

from typing import Any

from streamlit import config as _config
from streamlit import errors
from streamlit.commands.echo import echo
from streamlit.commands.page_config import set_page_config
from streamlit.delta_generator import DeltaGenerator
from streamlit.navigation.navigation import navigation
from streamlit.navigation.page import Page
from streamlit.navigation.switch_page import switch_page
from streamlit.runtime.caching import cache_data, cache_resource
from streamlit.runtime.execution_control import rerun, stop
from streamlit.runtime.query_params import QueryParamsProxy as _QueryParamsProxy
from streamlit.runtime.secrets import secrets
from streamlit.runtime.state_proxy import SessionStateProxy
from streamlit.unsupported import unsupported_error

__version__ = "1.67.0"

_main = DeltaGenerator(0, is_main=True)
sidebar = DeltaGenerator(1)
bottom = DeltaGenerator(3)
session_state = SessionStateProxy()
query_params = _QueryParamsProxy()
get_option = _config.get_option
set_option = _config.set_user_option

# Text
title = _main.title
header = _main.header
subheader = _main.subheader
markdown = _main.markdown
caption = _main.caption
text = _main.text
code = _main.code
divider = _main.divider
write = _main.write
json = _main.json
latex = _main.latex
badge = _main.badge
# Status
success = _main.success
info = _main.info
warning = _main.warning
error = _main.error
exception = _main.exception
# Widgets
button = _main.button
checkbox = _main.checkbox
toggle = _main.toggle
slider = _main.slider
text_input = _main.text_input
number_input = _main.number_input
selectbox = _main.selectbox
radio = _main.radio
text_area = _main.text_area
multiselect = _main.multiselect
select_slider = _main.select_slider
color_picker = _main.color_picker
pills = _main.pills
segmented_control = _main.segmented_control
feedback = _main.feedback
link_button = _main.link_button
page_link = _main.page_link
download_button = _main.download_button
file_uploader = _main.file_uploader
camera_input = _main.camera_input
audio_input = _main.audio_input
date_input = _main.date_input
time_input = _main.time_input
form = _main.form
form_submit_button = _main.form_submit_button
chat_input = _main.chat_input
chat_message = _main.chat_message
# Layout
columns = _main.columns
container = _main.container
expander = _main.expander
empty = _main.empty
tabs = _main.tabs
space = _main.space
# Status
progress = _main.progress
spinner = _main.spinner
toast = _main.toast
metric = _main.metric


def __getattr__(name: str) -> Any:
    err = unsupported_error(name)
    if err is not None:
        raise err
    message = f"module 'streamlit' has no attribute '{name}'"
    if name in _REMOVED:
        message += f". st.{name} has been removed. Use st.{_REMOVED[name]} instead."
    raise AttributeError(message)


# Commands Streamlit 1.67 no longer has, with its advice.
_REMOVED = {
    "experimental_get_query_params": "query_params",
    "experimental_set_query_params": "query_params",
}


__all__ = [
    "DeltaGenerator",
    "Page",
    "__version__",
    "audio_input",
    "badge",
    "bottom",
    "button",
    "cache_data",
    "cache_resource",
    "camera_input",
    "caption",
    "chat_input",
    "chat_message",
    "checkbox",
    "code",
    "color_picker",
    "columns",
    "container",
    "date_input",
    "divider",
    "download_button",
    "echo",
    "empty",
    "error",
    "errors",
    "exception",
    "expander",
    "feedback",
    "file_uploader",
    "form",
    "form_submit_button",
    "get_option",
    "header",
    "info",
    "json",
    "latex",
    "link_button",
    "markdown",
    "metric",
    "multiselect",
    "navigation",
    "number_input",
    "page_link",
    "pills",
    "progress",
    "query_params",
    "radio",
    "rerun",
    "secrets",
    "segmented_control",
    "select_slider",
    "selectbox",
    "session_state",
    "set_option",
    "set_page_config",
    "sidebar",
    "slider",
    "space",
    "spinner",
    "stop",
    "subheader",
    "success",
    "switch_page",
    "tabs",
    "text",
    "text_area",
    "text_input",
    "time_input",
    "title",
    "toast",
    "toggle",
    "warning",
    "write",
]

# `st.components.v1.html(...)` works without importing the subpackage, as in Streamlit.
import streamlit.components.v1  # noqa: E402, F401
