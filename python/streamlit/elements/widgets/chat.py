"""st.chat_input: the message box of a chat app, a trigger widget.

It returns the submitted message in the run its submit caused and None in
every other run. Called at the top level of the main area it is pinned to
the bottom of the page (the bottom root); anywhere else (a container, a
column, the sidebar) it renders inline. Forms cannot hold one.

`st.session_state[key] = "text"` puts that text into the box without
submitting it (the run that assigns it gets None, and the key reads None
again afterwards), as in Streamlit 1.67.

With `accept_file` or `accept_audio` the value is a `ChatInputValue`. Its
files were uploaded by the page into the session's upload store before the
submit (as `st.file_uploader` does) and are read from there; allowed
extensions are checked again here. Voice messages are not recorded by the
page yet, so `audio` is always None.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import _rustlit
from streamlit.elements.form_context import container_path, current_form_id
from streamlit.elements.size import height_config
from streamlit.elements.widgets import wire
from streamlit.elements.widgets.capture_inputs import SAMPLE_RATES
from streamlit.elements.widgets.chat_value import ChatInputValue
from streamlit.elements.widgets.common import check_session_state_rules, register, to_key
from streamlit.elements.widgets.file_uploader import normalize_types, read_files, upload_limit_bytes
from streamlit.errors import (
    StreamlitAPIException,
    StreamlitInvalidFormCallbackError,
    StreamlitInvalidLayoutContextError,
    StreamlitInvalidWidthError,
    StreamlitValueError,
)
from streamlit.runtime.run_context import get_ctx
from streamlit.runtime.state_proxy import get_session_state

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

_MAIN, _BOTTOM = 0, 3
# ChatInput.AcceptFile and ChatInput.SubmitMode.
_ACCEPT_FILE = {False: "NONE", True: "SINGLE", "multiple": "MULTIPLE", "directory": "DIRECTORY"}
_ACCEPT_DIRECTORY = "DIRECTORY"
_SUBMIT_MODES = {"submit": "SUBMIT", "disable": "DISABLE", "stop": "STOP"}
# What a voice message must be: the page records WAV; anything else did not come from it.
_VOICE_EXTENSION = ".wav"
_VOICE_MIME_TYPES = ("audio/wav", "audio/wave", "audio/x-wav")


def _voice_message(recorded: Any) -> Any:
    """The recorded voice message as an UploadedFile (None if the session no longer holds it)."""
    audio = (read_files([recorded], []) or [None])[0]
    if audio is None:
        return None
    if not audio.name.lower().endswith(_VOICE_EXTENSION):
        raise StreamlitAPIException(
            f"Invalid file extension for audio input: `{audio.name}`. "
            f"Only WAV files ({_VOICE_EXTENSION}) are accepted.",
            error_id="audio-input-invalid-file-extension",
        )
    if audio.type not in _VOICE_MIME_TYPES:
        listed = ", ".join(repr(t) for t in _VOICE_MIME_TYPES)
        raise StreamlitAPIException(
            f"Invalid MIME type for audio input: `{audio.type}`. Expected one of frozenset({{{listed}}}).",
            error_id="audio-input-invalid-mime-type",
        )
    return audio


def _on_submit(on_submit: Any) -> Any:
    """The callback, or None; chat_input supports no on_change mode strings."""
    if on_submit is None or callable(on_submit):
        return on_submit
    if isinstance(on_submit, str) and on_submit in ("rerun", "ignore"):
        raise StreamlitAPIException(
            f'`on_submit="{on_submit}"` is not supported on this widget. Pass a callback, or omit `on_submit`.',
            error_id="unsupported-on-change-mode",
        )
    raise StreamlitValueError("on_submit", ["a callback function"])


def _accept_file(accept_file: Any) -> int:
    for option, value in _ACCEPT_FILE.items():
        # `1 == True` must not pass, nor `0 == False`: compare types too.
        if type(accept_file) is type(option) and accept_file == option:
            return value
    raise StreamlitValueError(
        "accept_file", ["True", "False", "'multiple'", "'directory'"], detail=f"Got {accept_file!r}."
    )


def _width_px(width: Any) -> int:
    """0 for "stretch", else the pixel width."""
    if width == "stretch" and isinstance(width, str):
        return 0
    if isinstance(width, int) and not isinstance(width, bool) and 0 < width < 2**32:
        return width
    raise StreamlitInvalidWidthError(width)


def _pinned_to_bottom(dg: DeltaGenerator) -> bool:
    """Top level of the main area (not in any block): the input goes to the bottom root."""
    where = container_path(dg)
    return where == (_MAIN,)


class ChatInputMixin:
    __slots__ = ()

    def chat_input(
        self: DeltaGenerator, placeholder: str = "Your message", *, key: Any = None,
        max_chars: int | None = None, max_upload_size: int | None = None, accept_file: Any = False,
        file_type: str | Sequence[str] | None = None, accept_audio: bool = False,
        audio_sample_rate: int | None = 16000, disabled: bool = False, submit_mode: str = "submit",
        on_submit: Any = None, args: Any = None, kwargs: Any = None, width: Any = "stretch",
        height: Any = "content",
    ) -> str | ChatInputValue | None:
        """Display a chat input; returns the submitted message in the run its submit caused, else None."""
        tall = height_config(height, allow_content=True, default="content")
        key = to_key(key)
        callback = _on_submit(on_submit)
        ctx = get_ctx()
        dg = self._active()
        form_id = current_form_id(dg) if ctx is not None else ""
        if form_id and callback is not None:
            raise StreamlitInvalidFormCallbackError()
        check_session_state_rules(None, key, writes_allowed=True)
        accept = _accept_file(accept_file)
        if submit_mode not in _SUBMIT_MODES:
            raise StreamlitValueError("submit_mode", ["'submit'", "'disable'", "'stop'"])
        upload_bytes = upload_limit_bytes(max_upload_size)
        if audio_sample_rate is not None and audio_sample_rate not in SAMPLE_RATES:
            raise StreamlitValueError("audio_sample_rate", [str(r) for r in SAMPLE_RATES] + ["None"])
        if form_id:
            raise StreamlitInvalidLayoutContextError("`st.chat_input()` can't be used in a `st.form()`.")
        types = normalize_types(file_type) if file_type else []
        files_on, audio_on = accept != "NONE", bool(accept_audio)

        def deserialize(raw: Any) -> str | ChatInputValue | None:
            if raw is None:
                return None
            text = raw if isinstance(raw, str) else str(raw[0])
            if max_chars:
                text = text[:max_chars]
            if not files_on and not audio_on:
                return text
            infos = list(raw[1]) if files_on and not isinstance(raw, str) else []
            files = read_files(infos, types, directory=accept == _ACCEPT_DIRECTORY)
            recorded = raw[2] if audio_on and not isinstance(raw, str) else None
            audio = _voice_message(recorded) if recorded else None
            return ChatInputValue(text, files, audio, _include_files=files_on, _include_audio=audio_on)

        def serialize(value: Any) -> Any:
            return value.text if isinstance(value, ChatInputValue) else value

        reg = register(
            "chat_input", user_key=key, dg=dg,
            key_as_main_identity=frozenset({"accept_file", "file_type", "max_chars", "max_upload_size"}),
            identity={
                "placeholder": placeholder, "max_chars": max_chars, "max_upload_size": max_upload_size,
                "accept_file": accept_file, "file_type": file_type, "accept_audio": accept_audio,
                "audio_sample_rate": audio_sample_rate, "submit_mode": submit_mode, "width": width,
                "height": height,
            },
            kind="chat", deserializer=deserialize, serializer=serialize,
            callback=callback, args=args, kwargs=kwargs, disabled=disabled,
        )
        if isinstance(reg.value, ChatInputValue):
            sent_audio = reg.value.audio if audio_on else None
            held = [*(reg.value.files if files_on else []), *([sent_audio] if sent_audio else [])]
            _rustlit.keep_uploaded_files([f.file_id for f in held])
        width_px = _width_px(width)
        forced = reg.value if reg.changed and isinstance(reg.value, str) else None
        if forced is not None and key is not None:
            # The assigned text went into the box; the key holds no message.
            get_session_state().new_session[key] = None
        pinned = _pinned_to_bottom(dg)
        target = self._bottom_dg() if pinned else dg
        path = target._next_path()
        _rustlit.chat_input(
            path,
            widget=wire.widget_fields(reg.id, disabled=bool(disabled)), prefill=forced,
            placeholder=str(placeholder), max_chars=int(max_chars or 0), accept_file=accept, file_type=types,
            max_upload_size_bytes=upload_bytes, accept_audio=bool(accept_audio),
            audio_sample_rate=int(audio_sample_rate or 0), submit_mode=_SUBMIT_MODES[submit_mode],
            pinned_to_bottom=pinned, width_config=wire.width_config(width_px), height_config=tall,
        )
        return None if reg.changed else reg.value

    def _bottom_dg(self) -> DeltaGenerator:
        from streamlit.delta_generator import DeltaGenerator

        return DeltaGenerator(_BOTTOM)
