"""st.file_uploader: files the user picks or drops, as `UploadedFile`s.

The page uploads each file over HTTP into the session's store (see
`src/uploads`); the widget's value is the list of `(file_id, name, size)` it
holds, and this module turns those into `UploadedFile` objects. Allowed
extensions are checked here again, as Streamlit does since CVE-2025-1684:
the page's file picker filter alone would let a crafted upload through.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
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
from streamlit.errors import StreamlitAPIException, StreamlitValueError
from streamlit.runtime.run_context import get_ctx
from streamlit.runtime.uploaded_file_manager import DeletedFile, UploadedFile, files_for

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

_SHORTCUTS = ("image", "audio", "video", "text")
# Extensions that name the same kind of file: allowing one allows the other.
_PAIRS = ((".jpg", ".jpeg"), (".mpg", ".mpeg"), (".mp4", ".mpeg4"), (".tif", ".tiff"), (".htm", ".html"))


def normalize_types(file_type: str | Sequence[str] | None) -> list[str]:
    """MIME patterns first ("image/*" for the "image" shortcut), then
    lower-case dot-extensions with their twins added."""
    if file_type is None:
        return []
    entries = [file_type] if isinstance(file_type, str) else list(file_type)
    mimes: list[str] = []
    extensions: list[str] = []
    for raw in entries:
        entry = str(raw).strip()
        if not entry:
            continue
        lowered = entry.lower()
        if lowered in _SHORTCUTS:
            mimes.append(f"{lowered}/*")
        elif "/" in entry:
            mimes.append(lowered)
        else:
            extensions.append(lowered if lowered.startswith(".") else f".{lowered}")
    for a, b in _PAIRS:
        if a in extensions and b not in extensions:
            extensions.append(b)
        if b in extensions and a not in extensions:
            extensions.append(a)
    return mimes + extensions


def check_file_name(name: str, allowed: list[str]) -> None:
    """Refuse a file whose extension is not allowed (only when every allowed
    type is an extension: a MIME pattern cannot be checked from a name)."""
    if "\0" in name:
        raise StreamlitAPIException("Filename cannot contain null bytes.")
    extensions = [t for t in allowed if t.startswith(".")]
    if not extensions or any("/" in t for t in allowed):
        return
    main = name
    if os.name == "nt" and ":" in name:
        # NTFS alternate data streams: "a.exe:b.pdf" is really "a.exe".
        head, stream = name.split(":", 1)
        if os.path.splitext(stream)[1]:
            main = head
    if not any(main.lower().endswith(ext) for ext in extensions):
        raise StreamlitAPIException(
            f"Invalid file extension: `{os.path.splitext(main)[1]}`. Allowed: {extensions}"
        )


def upload_limit_bytes(max_upload_size: Any) -> int:
    """A widget's `max_upload_size` (MB) in bytes; None is `server.maxUploadSize`."""
    if max_upload_size is None:
        return _rustlit.max_upload_bytes()
    if isinstance(max_upload_size, bool) or not isinstance(max_upload_size, int) or max_upload_size < 1:
        raise StreamlitValueError(
            "max_upload_size",
            ["a positive integer"],
            detail="Set it to None to fall back to the `server.maxUploadSize` configuration option.",
        )
    return max_upload_size * 1024 * 1024


def read_files(raw: Any, allowed: list[str], directory: bool = False) -> list[UploadedFile]:
    """The `UploadedFile`s a widget value names, checked against `allowed`."""
    ctx = get_ctx()
    if not raw or ctx is None:
        return []
    files = [f for f in files_for(ctx.session, list(raw), directory) if not isinstance(f, DeletedFile)]
    for f in files:
        if allowed:
            check_file_name(f.name, allowed)
    return files


def _serialize(value: Any) -> list[tuple[str, str, int]]:
    if not value:
        return []
    files = value if isinstance(value, list) else [value]
    return [(f.file_id, f.name, f.size) for f in files if isinstance(f, UploadedFile)]


class FileUploaderMixin:
    __slots__ = ()

    def file_uploader(
        self: DeltaGenerator, label: str, type: str | Sequence[str] | None = None,
        accept_multiple_files: bool | str = False, key: Any = None, help: str | None = None,
        on_change: Any = "rerun", args: Any = None, kwargs: Any = None, *, max_upload_size: int | None = None,
        disabled: bool = False, label_visibility: str = "visible", width: Any = "stretch",
    ) -> Any:
        """Display a file uploader; returns an `UploadedFile`, a list of them, or None."""
        key = to_key(key)
        callback = callback_of(on_change)
        limit = upload_limit_bytes(max_upload_size)
        check_session_state_rules(None, key, writes_allowed=False)
        lv = label_visibility_value(label_visibility)
        dg = self._active()
        label = str(label)
        directory = accept_multiple_files == "directory"
        multiple = accept_multiple_files is True or directory
        allowed = normalize_types(type) if type else []
        identity = {
            "label": label, "type": type, "accept_multiple_files": accept_multiple_files, "help": help,
            "width": width, "max_upload_size": max_upload_size,
        }

        def deserialize(raw: Any) -> Any:
            files = read_files(raw, allowed, directory)
            if multiple:
                return files
            return files[0] if files else None

        reg = register(
            "file_uploader", user_key=key, dg=dg,
            key_as_main_identity=frozenset({"type", "accept_multiple_files", "max_upload_size"}),
            identity=identity, kind="files", deserializer=deserialize, serializer=_serialize,
            callback=callback, args=args, kwargs=kwargs, disabled=disabled,
        )
        value = reg.value
        held = value if isinstance(value, list) else [] if value is None else [value]
        _rustlit.keep_uploaded_files([f.file_id for f in held])
        size = widget_width(width, default="stretch")
        path = dg._next_path()
        _rustlit.file_uploader(
            path,
            width_config=size,
            widget=wire.widget_fields(reg.id, label, help_text(help), bool(disabled), lv, default=wire.NO_FILES),
            type=allowed, max_upload_size_bytes=limit, multiple_files=multiple, accept_directory=directory,
        )
        return value
