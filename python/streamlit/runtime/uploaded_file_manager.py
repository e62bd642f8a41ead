"""`UploadedFile`: what the upload widgets return, a file-like object over
the bytes the page uploaded.

The bytes live in the session's upload store on the Rust side. Each run asks
for the files its widgets refer to (which also tells the store they are
still wanted); the bytes of a file cross into Python once per session and
are then reused from a small per-session cache, so rerunning a page with a
large upload does not copy it again. The cache keeps what the last two runs
used and forgets the rest.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any, NamedTuple

import _rustlit

if TYPE_CHECKING:
    from streamlit.runtime.session import Session


class UploadedFileRec(NamedTuple):
    """An uploaded file's metadata and bytes."""

    file_id: str
    name: str
    type: str
    data: bytes


class FileURLs(NamedTuple):
    """Where the page uploaded a file, and where it deletes it."""

    file_id: str
    upload_url: str
    delete_url: str


class DeletedFile(NamedTuple):
    """A file the widget still names but the session no longer holds."""

    file_id: str


class UploadedFile(io.BytesIO):
    """A file uploaded by the user: `name`, `type` (MIME), `size`, `file_id`,
    and everything `io.BytesIO` offers (`read`, `getvalue`, `seek`, ...)."""

    def __init__(self, record: UploadedFileRec, file_urls: FileURLs | None = None) -> None:
        super().__init__(record.data)
        self.file_id = record.file_id
        self.name = record.name
        self.type = record.type
        self.size = len(record.data)
        self._file_urls = file_urls

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UploadedFile):
            return NotImplemented
        return self.file_id == other.file_id

    def __hash__(self) -> int:
        return hash(self.file_id)

    def __repr__(self) -> str:
        fields = ", ".join(
            f"{name}={value!r}"
            for name, value in self.__dict__.items()
            if value not in (None, "", False, [], {})
        )
        return f"UploadedFile({fields})"


class UploadCache:
    """Bytes of uploaded files already copied into Python, by file id."""

    __slots__ = ("current", "previous")

    def __init__(self) -> None:
        self.current: dict[str, bytes] = {}
        self.previous: dict[str, bytes] = {}

    def next_run(self) -> None:
        self.previous, self.current = self.current, {}

    def get(self, file_id: str) -> bytes | None:
        data = self.current.get(file_id)
        if data is None:
            data = self.previous.pop(file_id, None)
            if data is None:
                data = _rustlit.uploaded_file_data(file_id)
            if data is not None:
                self.current[file_id] = data
        return data


def _directory_name(page_name: Any, stored: str) -> str:
    """For a directory upload, the file's path inside the chosen folder as the
    page reports it ("photos/2024/a.jpg"), if it is a plain relative path
    ending in the name the server stored; otherwise the stored name."""
    if not isinstance(page_name, str) or not page_name.endswith("/" + stored):
        return stored
    parts = page_name.split("/")
    if any(p in ("", ".", "..") or "\\" in p or any(ord(c) < 32 for c in p) for p in parts):
        return stored
    return page_name


def files_for(
    session: Session, infos: list[Any], directory: bool = False
) -> list[UploadedFile | DeletedFile]:
    """The files a widget value names (`(file_id, name, size)` from the page),
    in its order; ids the session does not hold become `DeletedFile`. The
    server stores plain file names; for a directory upload the name is the
    path inside the folder."""
    ids = [str(info[0]) for info in infos]
    page_names = {str(info[0]): info[1] for info in infos}
    held = {file_id: (name, mime) for file_id, name, mime, _size in _rustlit.uploaded_files(ids)}
    files: list[UploadedFile | DeletedFile] = []
    for file_id in ids:
        meta = held.get(file_id)
        data = session.upload_cache.get(file_id) if meta is not None else None
        if meta is None or data is None:
            files.append(DeletedFile(file_id))
            continue
        name = _directory_name(page_names[file_id], meta[0]) if directory else meta[0]
        url = f"_stcore/upload_file/{session.session_id}/{file_id}"
        files.append(UploadedFile(UploadedFileRec(file_id, name, meta[1], data), FileURLs(file_id, url, url)))
    return files
