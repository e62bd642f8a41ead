"""st.camera_input and st.audio_input: a photo or a voice recording made in
the page, uploaded like a file, returned as one `UploadedFile` (or None).

Both hold their value exactly as `st.file_uploader` does (kind "files", one
file at most), so forms, callbacks and state rules are the same.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import _rustlit
from streamlit.elements.size import widget_width
from streamlit.elements.widgets import wire
from streamlit.elements.widgets.common import (
    callback_of,
    check_session_state_rules,
    help_text,
    label_visibility_value,
    register,
    to_key,
)
from streamlit.elements.widgets.file_uploader import read_files
from streamlit.errors import StreamlitValueError

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator
    from streamlit.runtime.uploaded_file_manager import UploadedFile

_RESOLUTION_HEIGHT = {"480p": 480, "720p": 720, "1080p": 1080}
SAMPLE_RATES = (8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000)


def _one_file(raw: Any) -> UploadedFile | None:
    files = read_files(raw, [])
    return files[0] if files else None


def _serialize(value: Any) -> list[tuple[str, str, int]]:
    return [] if value is None else [(value.file_id, value.name, value.size)]


def _capture_widget(
    dg: DeltaGenerator, element_type: str, label: Any, key: Any, help: Any, on_change: Any, args: Any,
    kwargs: Any, disabled: bool, label_visibility: str, identity: dict[str, Any],
) -> tuple[Any, str, str, int]:
    """Registers the widget; returns (its file or None, id, label, label visibility)."""
    key = to_key(key)
    callback = callback_of(on_change)
    check_session_state_rules(None, key, writes_allowed=False)
    lv = label_visibility_value(label_visibility)
    dg = dg._active()
    label = str(label)
    reg = register(
        element_type, user_key=key, dg=dg, key_as_main_identity=True,
        identity={"label": label, "help": help, **identity}, kind="files", deserializer=_one_file,
        serializer=_serialize, callback=callback, args=args, kwargs=kwargs, disabled=disabled,
    )
    file = reg.value
    _rustlit.keep_uploaded_files([] if file is None else [file.file_id])
    return file, reg.id, label, lv


class CaptureInputsMixin:
    __slots__ = ()

    def camera_input(
        self: DeltaGenerator, label: str, key: Any = None, help: str | None = None, on_change: Any = "rerun",
        args: Any = None, kwargs: Any = None, *, disabled: bool = False, label_visibility: str = "visible",
        resolution: str | None = None, width: Any = "stretch",
    ) -> UploadedFile | None:
        """Display a camera preview with a button that takes a photo (a JPEG `UploadedFile`)."""
        if resolution is not None and resolution not in _RESOLUTION_HEIGHT:
            raise StreamlitValueError("resolution", ["'480p'", "'720p'", "'1080p'", "None"])
        dg = self._active()
        file, wid, label, lv = _capture_widget(
            dg, "camera_input", label, key, help, on_change, args, kwargs, disabled, label_visibility,
            {"width": width, "resolution": resolution},
        )
        height = _RESOLUTION_HEIGHT.get(resolution or "", 0)
        size = widget_width(width, default="stretch")
        _rustlit.camera_input(
            dg._next_path(),
            width_config=size,
            widget=wire.widget_fields(wid, label, help_text(help), bool(disabled), lv, default=wire.NO_FILES),
            resolution_height=height,
        )
        return file

    def audio_input(
        self: DeltaGenerator, label: str, *, sample_rate: int | None = 16000, key: Any = None,
        help: str | None = None, on_change: Any = "rerun", args: Any = None, kwargs: Any = None,
        disabled: bool = False, label_visibility: str = "visible", width: Any = "stretch",
    ) -> UploadedFile | None:
        """Display a recorder for the microphone; returns the recording as a WAV `UploadedFile`."""
        if sample_rate is not None and sample_rate not in SAMPLE_RATES:
            raise StreamlitValueError("sample_rate", [str(r) for r in SAMPLE_RATES] + ["None"])
        dg = self._active()
        file, wid, label, lv = _capture_widget(
            dg, "audio_input", label, key, help, on_change, args, kwargs, disabled, label_visibility,
            {"width": width, "sample_rate": sample_rate},
        )
        size = widget_width(width, default="stretch")
        _rustlit.audio_input(
            dg._next_path(),
            width_config=size,
            widget=wire.widget_fields(wid, label, help_text(help), bool(disabled), lv, default=wire.NO_FILES),
            sample_rate=sample_rate or 0,
        )
        return file
