"""st.write: the Swiss-army knife that picks an element for each argument."""

from __future__ import annotations

import dataclasses
import inspect
import json
import types
from collections import ChainMap, UserDict, UserList
from collections.abc import ItemsView, KeysView, ValuesView
from typing import TYPE_CHECKING, Any

import _rustlit
from streamlit.elements.help import MEMORY_ADDRESS_REPR
from streamlit.elements.json_el import to_json_text
from streamlit.elements.text import NATIVE, clean_text
from streamlit.elements.write_stream import write_stream

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

# Written as JSON by st.write (Streamlit 1.67 also adds namedtuples, dict and
# list views, pydantic models); tuples and sets are plain objects there.
_JSONABLE_OWN = (dict, list, map, enumerate, types.MappingProxyType, UserDict, ChainMap, UserList,
                 ItemsView, KeysView, ValuesView)
_JSONABLE = (*_JSONABLE_OWN, tuple)


class WriteMixin:
    __slots__ = ()

    def write_stream(self: DeltaGenerator, stream: Any, *, cursor: str | None = None) -> list[Any] | str:
        """Stream a generator, iterable or stream-like sequence into the app (see write_stream.py)."""
        return write_stream(self, stream, cursor)

    def write(self: DeltaGenerator, *args: Any, unsafe_allow_html: bool = False) -> None:
        """Write each argument in the most fitting form.

        As in Streamlit, strings and plain objects (numbers, booleans, None,
        tuples, sets, ...) are gathered into one Markdown element, joined by
        spaces, plain objects as inline code (`` `42` ``) or a fenced block
        when their text spans lines; dicts, lists and other containers become
        JSON; exceptions render as exception elements; classes, functions and
        modules show their code or text representation.
        """
        if len(args) == 1 and type(args[0]) is str:
            # The common case, kept lean: one string, one markdown element.
            path = self._next_path()
            _rustlit.markdown(
                path, body=clean_text(args[0]), allow_html=bool(unsafe_allow_html), element_type=NATIVE, help="",
            )
            return None
        pending: list[str] = []

        def flush() -> None:
            if pending:
                self.markdown(" ".join(pending), unsafe_allow_html=unsafe_allow_html)
                pending.clear()

        for arg in args:
            if isinstance(arg, str):
                pending.append(arg)
                continue
            inline = _as_inline_text(arg)
            if inline is not None:
                pending.append(inline)
                continue
            flush()
            _write_one(self, arg, unsafe_allow_html)
        flush()
        return None


def _as_inline_text(arg: Any) -> str | None:
    """Streamlit's rendering of a plain object inside the joined Markdown, or
    None when the object gets an element of its own."""
    if (
        isinstance(arg, (BaseException, *_JSONABLE_OWN))
        or _is_dataframe_like(arg)
        or callable(getattr(arg, "to_pandas", None))
        or callable(getattr(arg, "__dataframe__", None))
        or _is_namedtuple(arg)
        or (dataclasses.is_dataclass(arg) and not isinstance(arg, type))
        or isinstance(arg, (type, types.FunctionType, types.BuiltinFunctionType, types.MethodType, types.ModuleType))
        or hasattr(arg, "_repr_markdown_")
        or hasattr(arg, "to_dict")
    ):
        return None
    text = str(arg)
    if MEMORY_ADDRESS_REPR.search(text):
        return None  # Streamlit shows help for objects without a useful str()
    fence = "`" * (_longest_run(text, "`") + 1)
    if "\n" in text:
        fence = "`" * max(3, len(fence))
        return f"{fence}\n{text}\n{fence}"
    return f"{fence}{text}{fence}"


def _is_namedtuple(arg: Any) -> bool:
    return isinstance(arg, tuple) and hasattr(type(arg), "_fields")


def _longest_run(text: str, char: str) -> int:
    longest = run = 0
    for c in text:
        run = run + 1 if c == char else 0
        longest = max(longest, run)
    return longest


def _is_dataframe_like(arg: Any) -> bool:
    """A table or array st.write shows as a grid; only checked for objects of modules that make
    them (never imports pandas)."""
    if type(arg).__module__.split(".", 1)[0] in ("builtins", "streamlit"):
        return False
    from streamlit import dataframe_util

    return dataframe_util.is_dataframe_like(arg)


def _is_stream(arg: Any) -> bool:
    return (
        inspect.isgenerator(arg)
        or inspect.isgeneratorfunction(arg)
        or inspect.isasyncgenfunction(arg)
        or inspect.isasyncgen(arg)
        or f"{type(arg).__module__}.{type(arg).__qualname__}" == "openai.Stream"
    )


def _write_one(dg: DeltaGenerator, arg: Any, unsafe_allow_html: bool) -> None:
    if isinstance(arg, BaseException):
        dg.exception(arg)
    elif _is_stream(arg):
        dg.write_stream(arg)
    elif _is_dataframe_like(arg):
        dg.dataframe(arg)
    elif isinstance(arg, _JSONABLE) or (dataclasses.is_dataclass(arg) and not isinstance(arg, type)):
        value = dataclasses.asdict(arg) if dataclasses.is_dataclass(arg) else arg
        try:
            dg.json(to_json_text(value))
        except (TypeError, ValueError):
            dg.code(repr(arg), language="python")
    elif isinstance(arg, (type, types.FunctionType, types.BuiltinFunctionType, types.MethodType, types.ModuleType)):
        dg.help(arg)
    elif hasattr(arg, "_repr_markdown_") and callable(arg._repr_markdown_):
        dg.markdown(str(arg._repr_markdown_()), unsafe_allow_html=unsafe_allow_html)
    elif unsafe_allow_html and callable(getattr(arg, "_repr_html_", None)):
        dg.html(arg._repr_html_())
    elif callable(getattr(arg, "to_pandas", None)) or callable(getattr(arg, "__dataframe__", None)):
        dg.dataframe(arg)
    elif hasattr(arg, "to_dict") and callable(arg.to_dict):
        try:
            dg.json(json.dumps(arg.to_dict(), default=str))
        except Exception:
            dg.markdown(f"`{arg!r}`")
    elif MEMORY_ADDRESS_REPR.search(str(arg)):
        dg.help(arg)  # no useful text of its own: what Python knows about it, as 1.67
    else:
        dg.markdown(f"`{arg!r}`")
