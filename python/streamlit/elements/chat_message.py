"""st.chat_message: a container for one message of a chat, with an avatar.

"user"/"human" and "assistant"/"ai" get the built-in avatars; an emoji, a
`:material/name:` icon or an image (URL, local file, bytes, PIL image) can
be given instead. Without an avatar the browser shows the name's initial.
"""

from __future__ import annotations

import io
import mimetypes
import os
import unicodedata
from typing import TYPE_CHECKING, Any

import _rustlit
from streamlit.elements.widgets import wire
from streamlit.errors import StreamlitAPIException, StreamlitInvalidWidthError, StreamlitMissingRequiredParameterError

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

_ICON, _EMOJI, _IMAGE = "ICON", "EMOJI", "IMAGE"  # ChatMessage.AvatarType
_PRESETS = {"user": "user", "human": "user", "assistant": "assistant", "ai": "assistant"}
# Code points that may appear inside an emoji sequence besides the pictographs
# themselves: zero-width joiner, variation selectors, keycap, skin tones, tags.
_EMOJI_JOINERS = {0x200D, 0xFE0E, 0xFE0F}
_KEYCAP = 0x20E3
_IMAGE_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "image/png", "avatar.png"),
    (b"\xff\xd8\xff", "image/jpeg", "avatar.jpg"),
    (b"GIF8", "image/gif", "avatar.gif"),
)


def is_emoji(text: str) -> bool:
    """Whether `text` is a single emoji (possibly a joined sequence), nothing else."""
    if not text or len(text) > 16:
        return False
    pictographs = 0
    for ch in text:
        cp = ord(ch)
        if cp in _EMOJI_JOINERS or 0x1F3FB <= cp <= 0x1F3FF or 0xE0020 <= cp <= 0xE007F:
            continue
        if cp == _KEYCAP or 0x1F1E6 <= cp <= 0x1F1FF or cp in (0xA9, 0xAE):
            pictographs += 1
            continue
        if cp >= 0x2100 and unicodedata.category(ch) == "So":
            pictographs += 1
            continue
        if ch in "#*0123456789" and "\u20e3" in text:
            continue
        return False
    return pictographs > 0


def _failed() -> StreamlitAPIException:
    return StreamlitAPIException(
        "Failed to load the provided avatar value as an image.", error_id="chat-failed-loading-avatar-image"
    )


def _image_bytes(data: bytes) -> tuple[bytes, str, str]:
    for signature, mime, name in _IMAGE_SIGNATURES:
        if data.startswith(signature):
            return data, mime, name
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return data, "image/webp", "avatar.webp"
    if data.lstrip()[:5] in (b"<svg ", b"<?xml"):
        return data, "image/svg+xml", "avatar.svg"
    raise _failed()


def _image_avatar(avatar: Any) -> tuple[str, bytes | None, str, str]:
    """(url, bytes, mime, file name) of an image avatar: a URL passes through, anything else is stored."""
    if isinstance(avatar, str):
        if avatar.startswith(("http://", "https://", "data:")):
            return avatar, None, "", ""
        if os.path.isfile(avatar):
            try:
                with open(avatar, "rb") as f:
                    data = f.read()
            except OSError:
                raise _failed()
            mime = mimetypes.guess_type(avatar)[0] or _image_bytes(data)[1]
            return "", data, mime, os.path.basename(avatar)
        raise _failed()
    if isinstance(avatar, (bytes, bytearray, memoryview)):
        return ("", *_image_bytes(bytes(avatar)))
    if hasattr(avatar, "save") and hasattr(avatar, "mode"):  # a PIL image
        buf = io.BytesIO()
        try:
            avatar.save(buf, format="PNG")
        except Exception:
            raise _failed()
        return "", buf.getvalue(), "image/png", "avatar.png"
    raise _failed()


def _width_px(width: Any) -> int:
    """0 for "stretch" (and "content", which rustlit lays out like "stretch"), else pixels."""
    if isinstance(width, str) and width in ("stretch", "content"):
        return 0
    if isinstance(width, int) and not isinstance(width, bool) and 0 < width < 2**32:
        return width
    raise StreamlitInvalidWidthError(width, allow_content=True)


class ChatMessageMixin:
    __slots__ = ()

    def chat_message(self: DeltaGenerator, name: str, *, avatar: Any = None, width: Any = "stretch") -> DeltaGenerator:
        """Insert a chat message container; write the message into it (`with st.chat_message("user"):`)."""
        if name is None:
            raise StreamlitMissingRequiredParameterError("name")
        name = str(name)
        if avatar is None and (name.lower() in _PRESETS or is_emoji(name)):
            avatar = name.lower()
        image: bytes | None = None
        mime = file_name = ""
        if avatar is None:
            kind, value = _ICON, ""
        elif isinstance(avatar, str) and avatar in _PRESETS:
            kind, value = _ICON, _PRESETS[avatar]
        elif isinstance(avatar, str) and is_emoji(avatar):
            kind, value = _EMOJI, avatar
        elif isinstance(avatar, str) and avatar.startswith(":material"):
            kind, value = _ICON, avatar
        else:
            kind = _IMAGE
            value, image, mime, file_name = _image_avatar(avatar)
        width_px = _width_px(width)
        path = self._next_path()
        if image is not None:
            # Outside a run nothing is stored and the block below is not sent either.
            value = _rustlit.media_url(image, mime, file_name, False) or ""
        _rustlit.block_chat_message(
            path, key="", allow_empty=True, name=name, avatar=value, avatar_type=kind,
            width_config=wire.width_config(width_px),
        )
        return self._block_dg(path)
