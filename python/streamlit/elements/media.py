"""st.audio and st.video: players for bytes, files, NumPy audio and URLs.

Bytes, files and file objects are stored in the session's media store
(`_rustlit.media_url`) and served with the type `format` names (as Streamlit
1.67 does: a file path's extension does not change it); a URL that is not a
local file passes through, and a YouTube link becomes an embed. A NumPy
array with `sample_rate` is encoded here as 16-bit PCM WAV, normalised to
its peak. Subtitles (WebVTT or SRT text, a .vtt/.srt file, bytes, or a dict
of label -> any of these) are stored as WebVTT files, one track each.
"""

from __future__ import annotations

import io
import logging
import math
import os
import re
import wave
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import _rustlit
from streamlit.elements.form_context import current_form_id
from streamlit.elements.lib.image_utils import normalize_alt
from streamlit.elements.size import width_config
from streamlit.errors import StreamlitAPIException, StreamlitValueError
from streamlit.runtime.run_context import get_ctx
from streamlit.runtime.widget_ids import compute_element_id, register_element_id

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

_LOGGER = logging.getLogger(__name__)

_TIME_ERROR = (
    "Failed to convert '{name}' to a timedelta. Please use a string in a format supported by "
    "[Pandas Timedelta constructor](https://pandas.pydata.org/docs/reference/api/pandas.Timedelta.html), "
    'e.g. `"10s"`, `"15 seconds"`, or `"1h23s"`. Got: {value}'
)
_YOUTUBE = re.compile(
    r"^((https?://(?:www\.)?(?:m\.)?youtube\.com))/((?:oembed\?url=https?%3A//(?:www\.)youtube.com/watch\?(?:v%3D)"
    r"(?P<id1>[\w\-]{10,20})&format=json)|(?:attribution_link\?a=.*watch(?:%3Fv%3D|%3Fv%3D)(?P<id2>[\w\-]{10,20}))"
    r"(?:%26feature.*))|(https?:)?(\/\/)?((www\.|m\.)?youtube(-nocookie)?\.com\/((watch)?\?(app=desktop&)?"
    r"(feature=\w*&)?v=|embed\/|v\/|e\/)|youtu\.be\/)(?P<id3>[\w\-]{10,20})"
)
_SRT_LINE = re.compile(r"\d{2}:\d{2}:\d{2},\d{3} --> \d{2}:\d{2}:\d{2},\d{3}")
_SRT_TIME = re.compile(r"(\d{2}:\d{2}:\d{2}),(\d{3})")


def _seconds(value: Any, name: str, allow_none: bool) -> int | None:
    if value is None and allow_none:
        return None
    try:
        if isinstance(value, timedelta):
            return int(value.total_seconds())
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            if math.isnan(value) or math.isinf(value):
                raise ValueError
            return int(value)
        if isinstance(value, str):
            from streamlit.runtime.caching.api import _parse_duration

            return int(_parse_duration(value))
    except Exception:
        pass
    raise StreamlitAPIException(_TIME_ERROR.format(name=name, value=value))


def _times(start_time: Any, end_time: Any) -> tuple[int, int | None]:
    start = _seconds(start_time, "start_time", allow_none=False)
    assert start is not None
    return start, _seconds(end_time, "end_time", allow_none=True)


def _media_width(width: Any) -> dict[str, Any] | None:
    return width_config(width, allow_content=False)


def is_url(data: Any) -> bool:
    return (
        isinstance(data, str)
        and not os.path.isfile(data)
        and (data.startswith(("http://", "https://", "data:")) or data.startswith(("app/static/", "./app/static/")))
    )


def youtube_embed(url: str) -> str | None:
    match = _YOUTUBE.match(url)
    if not match:
        return None
    return "https://www.youtube.com/embed/" + (match.group("id1") or match.group("id2") or match.group("id3"))


def make_wav(data: Any, sample_rate: int) -> bytes:
    """16-bit PCM WAV of a 1-D (mono) or 2-D (channels by samples) array, scaled to its peak."""
    import numpy as np

    samples = np.array(data, dtype=float)
    if samples.ndim == 1:
        channels = 1
    elif samples.ndim == 2:
        channels = samples.shape[0]
        samples = samples.T.ravel()
    else:
        raise StreamlitAPIException("Numpy array audio input must be a 1D or 2D array.")
    if samples.size:
        peak = np.max(np.abs(samples))
        if peak > 0:
            samples = samples / peak * 32767
    pcm = samples.astype(np.int16).tobytes()
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(channels)
        w.setframerate(int(sample_rate))
        w.setsampwidth(2)
        w.setcomptype("NONE", "NONE")
        w.writeframes(pcm)
    return out.getvalue()


def media_bytes(data: Any) -> bytes | None:
    """The bytes of a file path, bytes, a file object or an array; None for nothing to show."""
    if isinstance(data, Path):
        data = str(data)
    if isinstance(data, str):
        try:
            with open(data, "rb") as f:
                return f.read()
        except OSError:
            raise StreamlitAPIException(f"Could not open the media file {data!r}.") from None
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    if isinstance(data, io.BytesIO):
        return data.getvalue()
    if isinstance(data, (io.RawIOBase, io.BufferedReader)):
        data.seek(0)
        return data.read()
    if type(data).__module__ == "numpy" and hasattr(data, "tobytes"):
        return data.tobytes()
    raise StreamlitAPIException(
        f"Invalid value for `data`: {type(data).__name__}. Expected str, bytes, Path, BytesIO, a file or an ndarray."
    )


_EXTENSIONS = {
    "audio/wav": "wav", "audio/x-wav": "wav", "audio/wave": "wav", "audio/mpeg": "mp3", "audio/mp3": "mp3",
    "audio/ogg": "ogg", "audio/webm": "webm", "audio/flac": "flac", "audio/mp4": "m4a", "audio/aac": "aac",
    "video/mp4": "mp4", "video/webm": "webm", "video/ogg": "ogv", "video/quicktime": "mov",
    "text/vtt": "vtt",
}


def store(data: bytes, mime: str, stem: str) -> str:
    ext = _EXTENSIONS.get(mime.lower())
    name = f"{stem}.{ext}" if ext else stem
    return _rustlit.media_url(data, mime, name, False) or ""


def _is_srt(data: bytes) -> bool:
    try:
        lines = data[:33].decode("utf-8").strip().split("\n")
    except UnicodeDecodeError:
        return False
    return len(lines) >= 2 and lines[0].isdigit() and bool(_SRT_LINE.search(lines[1]))


def _srt_to_vtt(data: bytes) -> bytes:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise StreamlitAPIException("Could not decode the input stream as UTF-8.") from None
    return ("WEBVTT\n\n" + _SRT_TIME.sub(r"\1.\2", text)).strip().encode("utf-8")


def subtitle_vtt(data: Any) -> bytes:
    """WebVTT bytes of one subtitle track."""
    if isinstance(data, (str, Path)):
        if os.path.isfile(data):
            ext = Path(data).suffix.lower()
            if ext not in (".srt", ".vtt"):
                raise StreamlitValueError("subtitles", [".srt", ".vtt"], detail=f"Got {ext}.")
            with open(data, "rb") as f:
                content = f.read()
            return _srt_to_vtt(content) if ext == ".srt" else content
        if isinstance(data, Path):
            raise StreamlitAPIException(f"File {data} does not exist.")
        text = data.strip()
        if text.startswith("WEBVTT") or text == "":
            return text.encode("utf-8")
        if _is_srt(text.encode("utf-8")):
            return _srt_to_vtt(text.encode("utf-8"))
        raise StreamlitValueError("subtitles", ["VTT-formatted text", "SRT-formatted text"])
    if isinstance(data, io.BytesIO):
        data = data.getvalue()
    if isinstance(data, bytes):
        return _srt_to_vtt(data) if _is_srt(data) else data
    raise StreamlitAPIException(
        f"Invalid value for `subtitles`: {type(data).__name__}. Expected str, bytes, Path or BytesIO."
    )


def _subtitles(subtitles: Any) -> list[dict[str, str]]:
    if not subtitles:
        return []
    if isinstance(subtitles, (str, bytes, io.BytesIO, Path)):
        items = [("default", subtitles)]
    elif isinstance(subtitles, dict):
        items = list(subtitles.items())
    else:
        raise StreamlitAPIException(
            f"Invalid value for `subtitles`: {type(subtitles).__name__}. Expected str, bytes, BytesIO, Path or dict."
        )
    tracks = []
    for label, data in items:
        try:
            vtt = subtitle_vtt(data)
        except (TypeError, ValueError, StreamlitAPIException) as e:
            raise StreamlitAPIException(f"Failed to process the provided subtitle {label!r}: {e}") from e
        tracks.append({"label": str(label or ""), "url": store(vtt, "text/vtt", "subtitles")})
    return tracks


def _register_autoplay(dg: DeltaGenerator, kind: str, identity: dict[str, Any]) -> None:
    """An autoplaying player gets an element id, as in 1.67: the same one twice in a run is an error."""
    dg = dg._active()
    element_id = compute_element_id(kind, None, False, dg._root, identity, form_id=current_form_id(dg))
    register_element_id(get_ctx(), kind, element_id, None)


class MediaMixin:
    __slots__ = ()

    def audio(
        self: DeltaGenerator, data: Any, format: str = "audio/wav", start_time: Any = 0, *,
        sample_rate: int | None = None, end_time: Any = None, loop: bool = False, autoplay: bool = False,
        alt: str | None = None, width: Any = "stretch",
    ):
        """Display an audio player."""
        start, end = _times(start_time, end_time)
        size = _media_width(width)
        is_array = type(data).__module__ == "numpy" and hasattr(data, "shape")
        if is_array and sample_rate is None:
            raise StreamlitAPIException(
                "Missing required parameter `sample_rate`. Must be specified when `data` is a numpy array."
            )
        if not is_array and sample_rate is not None:
            _LOGGER.warning("`sample_rate` will be ignored since data is not a numpy array.")
        url = ""
        if isinstance(data, Path):
            data = str(data)
        if is_url(data):
            url = data
        elif data is not None:
            payload = make_wav(data, sample_rate) if is_array and sample_rate is not None else media_bytes(data)
            if payload is not None:
                url = store(payload, format, "audio")
        if autoplay:
            _register_autoplay(self, "audio", {
                "url": url, "mimetype": format, "start_time": start, "sample_rate": sample_rate, "end_time": end,
                "loop": loop, "autoplay": autoplay, "alt": normalize_alt(alt), "width": width,
            })
        path = self._next_path()
        _rustlit.audio(path, url=url, start_time=start, end_time=end, loop=bool(loop), autoplay=bool(autoplay),
                       alt=normalize_alt(alt), width_config=size)
        return self._element(path)

    def video(
        self: DeltaGenerator, data: Any, format: str = "video/mp4", start_time: Any = 0, *,
        subtitles: Any = None, end_time: Any = None, loop: bool = False, autoplay: bool = False,
        muted: bool = False, alt: str | None = None, width: Any = "stretch",
    ):
        """Display a video player (a YouTube link is embedded)."""
        start, end = _times(start_time, end_time)
        size = _media_width(width)
        if start < 0 or (end is not None and end <= start):
            raise StreamlitAPIException("Invalid start_time and end_time combination.")
        kind = "NATIVE"
        url = ""
        if isinstance(data, Path):
            data = str(data)
        if is_url(data):
            embed = youtube_embed(data)
            if embed is not None:
                if subtitles:
                    raise StreamlitAPIException(
                        "The parameter `subtitles` is incompatible with `data=<YouTube URL>`. "
                        "Subtitles are not supported for YouTube videos."
                    )
                kind, url = "YOUTUBE_IFRAME", embed
            else:
                url = data
        elif data is not None:
            payload = media_bytes(data)
            if payload is not None:
                url = store(payload, format, "video")
        tracks = _subtitles(subtitles)
        if autoplay:
            _register_autoplay(self, "video", {
                "url": url, "mimetype": format, "start_time": start, "end_time": end, "loop": loop,
                "autoplay": autoplay, "muted": muted, "alt": normalize_alt(alt), "width": width,
            })
        path = self._next_path()
        _rustlit.video(path, url=url, type=kind, start_time=start, end_time=end, loop=bool(loop),
                       autoplay=bool(autoplay), muted=bool(muted), subtitles=tracks, alt=normalize_alt(alt),
                       width_config=size)
        return self._element(path)
