"""`Runtime.instance().media_file_mgr`: the media store as packages reach for
it (streamlit-pdf stores its PDF this way). Files go to the running
session's own media store, whose URLs only that session can fetch."""

from __future__ import annotations

import mimetypes
import os
from typing import Any

import _rustlit
from streamlit.errors import StreamlitAPIException


class MediaFileManager:
    def add(
        self, path_or_data: Any, mimetype: str, coordinates: str = "", file_name: str | None = None,
        is_for_static_download: bool = False,
    ) -> str:
        """The URL ("/media/<id>.<ext>", the caller prefixes the base path) of a file's bytes or of
        bytes; "" outside a script run. `coordinates` (where the element sits) is not needed here."""
        if isinstance(path_or_data, (bytes, bytearray, memoryview)):
            data = bytes(path_or_data)
        elif isinstance(path_or_data, (str, os.PathLike)):
            path = os.fspath(path_or_data)
            try:
                with open(path, "rb") as f:
                    data = f.read()
            except OSError as e:
                raise StreamlitAPIException(f"Unable to read file '{path}': {e}") from None
            file_name = file_name or os.path.basename(path)
        else:
            raise StreamlitAPIException(f"Cannot store media of type {type(path_or_data).__name__}")
        if not file_name:
            file_name = "file" + (mimetypes.guess_extension(mimetype) or "")
        stored = _rustlit.media_url(data, mimetype, file_name, bool(is_for_static_download))
        return "/" + stored if stored else ""
