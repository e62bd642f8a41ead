"""st.download_button: a trigger widget whose click also saves a file.

The data (str, bytes, a text or binary file object, or a callable returning
one of those) becomes bytes here and is handed to `_rustlit`, which stores it
in the session's media store; the button carries only the file's URL. A
file name is inferred from a file object opened from disk; without one the
file is saved as "streamlit_download" plus the MIME type's extension.

Known difference: a callable is called on every run that shows the button
(Streamlit 1.67 defers it to the click).
"""

from __future__ import annotations

import io
import mimetypes
import os
from typing import TYPE_CHECKING, Any

import _rustlit
from streamlit.elements.form_context import current_form_id
from streamlit.elements.icons import validate_icon
from streamlit.elements.lib.shortcut_utils import normalize_icon_position, normalize_shortcut
from streamlit.elements.size import button_width
from streamlit.elements.widgets import wire
from streamlit.elements.widgets.button import FORM_DOCS_INFO
from streamlit.elements.widgets.common import (
    callback_of,
    check_session_state_rules,
    help_text,
    register,
    to_key,
)
from streamlit.errors import (
    StreamlitAPIException,
    StreamlitInvalidFormCallbackError,
    StreamlitInvalidLayoutContextError,
    StreamlitValueError,
)
from streamlit.runtime.run_context import get_ctx

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

_TYPES = ("primary", "secondary", "tertiary")


def _deserialize(raw: Any) -> bool:
    return bool(raw) if raw is not None else False


def data_to_bytes(data: Any) -> tuple[bytes, str]:
    """The bytes of `data` and the MIME type they imply."""
    if isinstance(data, str):
        return data.encode(), "text/plain"
    if isinstance(data, io.StringIO):
        return data.getvalue().encode(), "text/plain"
    if isinstance(data, io.TextIOBase):
        return data.read().encode(), "text/plain"
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data), "application/octet-stream"
    if isinstance(data, io.BytesIO):
        return data.getvalue(), "application/octet-stream"
    if isinstance(data, (io.BufferedIOBase, io.RawIOBase)):
        data.seek(0)
        return data.read() or b"", "application/octet-stream"
    raise StreamlitAPIException(f"Invalid binary data format: {type(data)}")


def _name_from_file(data: Any, file_name: str | None, mime: str | None) -> tuple[str | None, str | None]:
    """A file object opened from disk names the file (and its type) when the caller did not."""
    try:
        name = getattr(data, "name", None)
    except (AttributeError, ValueError, OSError):
        return file_name, mime
    if not isinstance(name, str) or not name:
        return file_name, mime
    if file_name is None:
        file_name = os.path.basename(name)
    if mime is None:
        mime = mimetypes.guess_type(file_name)[0]
    return file_name, mime


class DownloadButtonMixin:
    __slots__ = ()

    def download_button(
        self: DeltaGenerator, label: str, data: Any, file_name: str | None = None, mime: str | None = None,
        key: Any = None, help: str | None = None, on_click: Any = "rerun", args: Any = None, kwargs: Any = None,
        *, type: str = "secondary", icon: str | None = None, icon_position: str = "left", disabled: bool = False,
        use_container_width: bool | None = None, width: Any = "content", shortcut: str | None = None,
        wrap: bool | None = None,
    ) -> bool:
        """Display a download button; returns True only in the run its click caused."""
        if type not in _TYPES:
            raise StreamlitValueError("type", [f"'{t}'" for t in _TYPES])
        icon_position = normalize_icon_position(icon_position)
        key = to_key(key)
        callback = callback_of(on_click)
        shortcut = normalize_shortcut(shortcut) if shortcut is not None else None
        check_session_state_rules(None, key, writes_allowed=False)
        dg = self._active()
        label = "" if label is None else str(label)
        if use_container_width is not None:
            width = "stretch" if use_container_width else "content"
        if get_ctx() is not None and current_form_id(dg):
            if callback is not None:
                raise StreamlitInvalidFormCallbackError()
            raise StreamlitInvalidLayoutContextError(
                f"`st.download_button()` can't be used in an `st.form()`.{FORM_DOCS_INFO}"
            )
        reg = register(
            "download_button", user_key=key, dg=dg, key_as_main_identity=True,
            identity={
                "label": label, "icon": icon, "file_name": file_name, "mime": mime, "help": help, "type": type,
                "width": width, "shortcut": shortcut,
            },
            kind="trigger", deserializer=_deserialize, serializer=bool,
            callback=callback, args=args, kwargs=kwargs, disabled=disabled,
        )
        if callable(data):
            data = data()
        file_name, mime = _name_from_file(data, file_name, mime)
        payload, inferred = data_to_bytes(data)
        mime = mime or inferred
        if not file_name:
            file_name = "streamlit_download" + (mimetypes.guess_extension(mime) or "")
        fill, size = button_width(width)
        path = dg._next_path()
        # Outside a run nothing is stored and the button below is not sent either.
        url = _rustlit.media_url(payload, mime, file_name, True) or ""
        _rustlit.download_button(
            path, widget=wire.widget_fields(reg.id, label, help_text(help), bool(disabled)),
            type=type, icon=validate_icon(icon), use_container_width=fill, width_config=size, url=url,
            file_name=file_name, ignore_rerun=on_click == "ignore", shortcut=shortcut or "",
            icon_position=icon_position, wrap=None if wrap is None else bool(wrap),
        )
        return bool(reg.value)
