"""ChatInputValue: what `st.chat_input` returns when it accepts files or audio.

It is both an object (`value.text`, `value.files`, `value.audio`) and a
mapping (`value["text"]`, `dict(value)`), as in Streamlit. `files` exists
only when the widget accepts files and `audio` only when it accepts audio;
reading an attribute the widget did not ask for is an AttributeError, and the
mapping lists only the keys that exist.
"""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping
from typing import Any

_KEYS = ("text", "files", "audio")
_MISSING = object()


def _raw(value: ChatInputValue, key: str) -> Any:
    """An attribute as stored, whether or not the widget exposes it (deleted = a sentinel)."""
    try:
        return object.__getattribute__(value, key)
    except AttributeError:
        return _MISSING


class ChatInputValue(MutableMapping[str, Any]):
    """A submitted chat message: its text and, when enabled, files and audio."""

    __slots__ = ("_include_audio", "_include_files", "audio", "files", "text")

    def __init__(
        self, text: str, files: list[Any] | None = None, audio: Any = None, *,
        _include_files: bool = False, _include_audio: bool = False,
    ) -> None:
        object.__setattr__(self, "_include_files", _include_files)
        object.__setattr__(self, "_include_audio", _include_audio)
        self.text = text
        self.files = [] if files is None else files
        self.audio = audio

    def __getattribute__(self, name: str) -> Any:
        if name == "files" and not object.__getattribute__(self, "_include_files"):
            raise AttributeError("'ChatInputValue' object has no attribute 'files' (accept_file=False)")
        if name == "audio" and not object.__getattribute__(self, "_include_audio"):
            raise AttributeError("'ChatInputValue' object has no attribute 'audio' (accept_audio=False)")
        return object.__getattribute__(self, name)

    def _present(self) -> list[str]:
        keys = []
        for key in _KEYS:
            if _raw(self, key) is _MISSING:
                continue
            if key == "files" and not self._include_files:
                continue
            if key == "audio" and not self._include_audio:
                continue
            keys.append(key)
        return keys

    def to_dict(self) -> dict[str, Any]:
        return {key: object.__getattribute__(self, key) for key in self._present()}

    def __len__(self) -> int:
        return len(self._present())

    def __iter__(self) -> Iterator[str]:
        return iter(self._present())

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key in self._present()

    def __getitem__(self, key: str) -> Any:
        if key not in self:
            raise KeyError(f"Invalid key: {key}")
        return object.__getattribute__(self, key)

    def __setitem__(self, key: str, value: Any) -> None:
        allowed = {"text"}
        if self._include_files:
            allowed.add("files")
        if self._include_audio:
            allowed.add("audio")
        if key not in allowed:
            raise KeyError(f"Invalid key: {key}")
        setattr(self, key, value)

    def __delitem__(self, key: str) -> None:
        if key not in self:
            raise KeyError(f"Invalid key: {key}")
        object.__delattr__(self, key)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ChatInputValue):
            return NotImplemented
        return all(_raw(self, k) == _raw(other, k) for k in _KEYS)

    __hash__ = None  # type: ignore[assignment]  # mutable, like a dataclass with eq

    def __repr__(self) -> str:
        fields = ", ".join(f"{key}={value!r}" for key, value in self.to_dict().items())
        return f"ChatInputValue({fields})"
