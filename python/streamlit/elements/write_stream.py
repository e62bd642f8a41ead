"""st.write_stream: text chunks typed into one Markdown element as they come.

As in 1.67: a generator, generator function, async generator (function),
any iterable, or an OpenAI / LangChain chunk stream. String chunks grow one
`st.empty` (with `cursor` after every chunk but the first; the browser
closes unterminated markdown such as `**bold` while it streams); a callable
chunk is called; anything else is flushed through `st.write`. Each chunk is
an element delta the session sends as soon as it is written, so the page
shows the text while the script is still running.
"""

from __future__ import annotations

import inspect
import re
from typing import TYPE_CHECKING, Any

import _rustlit
from streamlit.elements.text import NATIVE
from streamlit.errors import StreamlitAPIException, StreamlitInvalidParameterTypeError

if TYPE_CHECKING:
    from collections.abc import AsyncGenerator, Generator

    from streamlit.delta_generator import DeltaGenerator

_OPENAI_CHUNK = re.compile(r"^openai\..+\.ChatCompletionChunk$")
_OPENAI_RESPONSE_EVENT = re.compile(r"^openai\..+\.Response.+Event$")
_OPENAI_RESPONSE_TEXT_EVENTS = frozenset({"response.output_text.delta", "response.refusal.delta"})
_LANGCHAIN_CHUNK = "langchain_core.messages.ai.AIMessageChunk"


class StreamingOutput(list):
    """What write_stream returns when more than one string was written."""


def _fqn(obj: Any) -> str:
    kind = type(obj)
    return f"{kind.__module__}.{kind.__qualname__}"


def _parse_failure(what: str, library: str) -> StreamlitAPIException:
    return StreamlitAPIException(
        f"Failed to parse the {what}. The most likely cause is a change of the "
        f"{'event' if 'event' in what else 'chunk'} object structure due to a recent {library} update. "
        f"You might be able to fix this by downgrading the {library} library or upgrading Streamlit. "
        "Also, please report this issue to: https://github.com/streamlit/streamlit/issues."
    )


def _as_text(chunk: Any) -> Any:
    """The text an OpenAI or LangChain chunk carries ("" for none); other chunks unchanged."""
    name = _fqn(chunk)
    if _OPENAI_CHUNK.match(name):
        try:
            if len(chunk.choices) == 0 or chunk.choices[0].delta is None:
                return ""
            return chunk.choices[0].delta.content or ""
        except AttributeError as err:
            raise _parse_failure("OpenAI ChatCompletionChunk", "OpenAI") from err
    if _OPENAI_RESPONSE_EVENT.match(name):
        try:
            return (chunk.delta or "") if chunk.type in _OPENAI_RESPONSE_TEXT_EVENTS else ""
        except AttributeError as err:
            raise _parse_failure("OpenAI Response stream event", "OpenAI") from err
    if name == _LANGCHAIN_CHUNK:
        try:
            return chunk.content or ""
        except AttributeError as err:
            raise _parse_failure("LangChain AIMessageChunk", "LangChain") from err
    return chunk


def _sync(stream: AsyncGenerator[Any, Any]) -> Generator[Any, None, None]:
    import asyncio

    loop = asyncio.new_event_loop()
    try:
        while True:
            try:
                yield loop.run_until_complete(anext(stream))
            except StopAsyncIteration:
                return
    finally:
        loop.close()


def write_stream(dg: DeltaGenerator, stream: Any, cursor: str | None) -> list[Any] | str:
    from streamlit import dataframe_util

    if isinstance(stream, str) or dataframe_util.is_dataframe_like(stream):
        raise StreamlitInvalidParameterTypeError(
            "stream", type(stream).__name__, ["generator", "stream-like object"],
            detail="Please use `st.write` instead for this data type.",
        )
    if inspect.isgeneratorfunction(stream) or inspect.isasyncgenfunction(stream):
        stream = stream()
    if inspect.isasyncgen(stream):
        stream = _sync(stream)
    try:
        chunks = iter(stream)
    except TypeError as exc:
        raise StreamlitAPIException(
            f"The provided input (type: {type(stream)}) cannot be iterated. "
            "Please make sure that it is a generator, generator function or iterable."
        ) from exc

    written = StreamingOutput()
    text = ""
    slot: tuple[int, ...] | None = None

    def flush() -> None:
        nonlocal text, slot
        if text and slot is not None:
            _rustlit.markdown(slot, body=text, allow_html=False, element_type=NATIVE, help="")
            written.append(text)
        text, slot = "", None

    for raw in chunks:
        chunk = _as_text(raw)
        if isinstance(chunk, str):
            if not chunk:
                continue
            first = slot is None
            if first:
                slot = dg.empty()._next_path()
            text += chunk
            _rustlit.markdown(
                slot, body=text + ("" if first else cursor or ""), allow_html=False, element_type=NATIVE, help="",
                unterminated_parsing=True,
            )
        elif callable(chunk):
            flush()
            chunk()
        else:
            flush()
            dg.write(chunk)
            written.append(chunk)
    flush()
    if not written:
        return ""
    if len(written) == 1 and isinstance(written[0], str):
        return written[0]
    return written
