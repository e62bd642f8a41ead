"""Streamlit 1.67 commands rustlit may lack, in one list.

`st.<name>` or `dg.<name>` for a name here that rustlit does not define
raises a StreamlitAPIException that says so, instead of an AttributeError
that looks like a typo. The list is consulted only for names that are
missing, so implementing a command needs no change here (remove its name
when convenient).
"""

from __future__ import annotations

from streamlit.errors import StreamlitNotSupportedError

UNSUPPORTED_COMMANDS: frozenset[str] = frozenset(
    {
        # text / data
        "help", "html", "data_editor",
        # charts
        "map",
        "plotly_chart", "pydeck_chart", "pyplot", "graphviz_chart", "echarts_chart", "mermaid_chart",
        "bokeh_chart",
        # widgets
        "menu_button",
        "datetime_input",
        "pagination", "write_stream",
        # media
        "logo", "pdf", "iframe",
        # layout
        "popover", "grid", "status",
        # status
        "balloons", "snow", "skeleton",
        # control flow, caching, config, navigation, auth
        "cache", "connection",
        "login", "logout", "user", "App",
        "experimental_user",
        "experimental_audio_input",
    }
)


def unsupported_error(name: str) -> StreamlitNotSupportedError | None:
    """The error for an unsupported command, or None if `name` is not one."""
    if name in UNSUPPORTED_COMMANDS:
        return StreamlitNotSupportedError(f"st.{name} is not supported by rustlit yet")
    return None
